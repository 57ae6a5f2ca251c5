import { translation } from '../catalog.js';
import { batch as english } from '../en/batch.js';

export const batch = translation('el', english, {
  progressLabel: 'Βαθμολόγηση',
  scored: { one: 'Βαθμολογήθηκε {count} γραμμή από το {source} με τα κριτήρια {criteria}.', other: 'Βαθμολογήθηκαν {count} γραμμές από το {source} με τα κριτήρια {criteria}.' },
  verdicts: { accept: 'αποδοχή', review: 'συζήτηση', reject: 'απόρριψη' },
  table: {
    line: 'γραμμή',
    name: 'όνομα',
    score: 'βαθμολογία',
    verdict: 'ετυμηγορία',
    failed: 'δεν πληρούνται',
    /** a text criterion failed by a red flag: the words it matched in the answer */
    redFlag: '{id} «{words}»',
    toAsk: 'να ρωτήσετε',
    more: {
      one: '… και άλλη {count} γραμμή: όλες τις γραμμές τις δίνει το -o ΑΡΧΕΙΟ ή το --format csv|jsonl',
      other: '… και άλλες {count} γραμμές: όλες τις γραμμές τις δίνει το -o ΑΡΧΕΙΟ ή το --format csv|jsonl',
    },
  },
  failsMostOften: 'Συχνότερα δεν πληρούνται: {list}',
  readWith: 'Διαβάστηκε με {dialect}.',
  blankLines: { one: '{count} κενή γραμμή παραλείφθηκε (δεν βαθμολογήθηκε).', other: '{count} κενές γραμμές παραλείφθηκαν (δεν βαθμολογήθηκαν).' },
  blankLinesWritten: { one: '{count} κενή γραμμή παραλείφθηκε (δεν βαθμολογήθηκε, γράφτηκε όπως ήταν).', other: '{count} κενές γραμμές παραλείφθηκαν (δεν βαθμολογήθηκαν, γράφτηκαν όπως ήταν).' },
  invalidCells: { one: '{count} άκυρο κελί (μετρά ως άγνωστο)', other: '{count} άκυρα κελιά (μετρούν ως άγνωστα)' },
  shortRows: { one: '{count} ελλιπής γραμμή (συμπληρώθηκε με κενά κελιά)', other: '{count} ελλιπείς γραμμές (συμπληρώθηκαν με κενά κελιά)' },
  longRows: {
    one: '{count} γραμμή με περισσότερα κελιά (τα επιπλέον κελιά κρατήθηκαν: μετά τις στήλες του clientfit στο CSV, ως "extra" στο JSON)',
    other: '{count} γραμμές με περισσότερα κελιά (τα επιπλέον κελιά κρατήθηκαν: μετά τις στήλες του clientfit στο CSV, ως "extra" στο JSON)',
  },
  rowProblems: 'Προβλήματα γραμμών: {list}.',
  theFirst: ' Τα πρώτα {count}:',
  ragged: { one: 'γραμμή {line}: {count} πεδίο ενώ η επικεφαλίδα έχει {width}: {what}', other: 'γραμμή {line}: {count} πεδία ενώ η επικεφαλίδα έχει {width}: {what}' },
  padded: 'συμπληρώθηκε με κενά κελιά',
  extraKept: 'τα επιπλέον κελιά κρατήθηκαν',
  invalidCell: 'γραμμή {line}: {problem}',
  invalidCellColumn: 'γραμμή {line}, στήλη «{column}»: {problem}',
  kept: { one: 'Κρατήθηκε {count} γραμμή (--only {only}).', other: 'Κρατήθηκαν {count} γραμμές (--only {only}).' },
  failOnReached: {
    one: '--fail-on {verdict}: {count} γραμμή πήρε αυτή την ετυμηγορία ή χειρότερη (κωδικός εξόδου 3).',
    other: '--fail-on {verdict}: {count} γραμμές πήραν αυτή την ετυμηγορία ή χειρότερη (κωδικός εξόδου 3).',
  },
  wrote: 'Γράφτηκε το {file}.',
  wroteEncoding: 'Γράφτηκε το {file} ({encoding}).',
  errors: {
    only: 'το --only δέχεται ετυμηγορίες χωρισμένες με κόμμα: accept, review, reject (δόθηκε «{value}»)',
    spreadsheetOutput: '-o {file}: το clientfit γράφει CSV, JSON Lines ή JSON, όχι λογιστικό φύλλο',
    spreadsheetOutputHint: 'Δώστε στην έξοδο κατάληξη .csv (το ανοίγει το Excel), .jsonl ή .json.',
    nameColumn: '--name-column {column}: δεν υπάρχει τέτοια στήλη{suggestion}',
    headers: 'Επικεφαλίδες: {headers}',
    outputEncodingFormat: 'το --output-encoding αφορά έξοδο CSV, όχι --format {format} (το JSON είναι πάντα UTF-8)',
    outputEncoding: '--output-encoding {name}: το clientfit γράφει UTF-8, UTF-16 και μονοβυτικές κωδικοσελίδες (windows-1251, windows-1253, windows-1250, latin1 ...), όχι {encoding}',
    cannotWriteEncoding: 'προειδοποίηση: το clientfit δεν μπορεί να γράψει σε {encoding}: η έξοδος είναι UTF-8 με BOM (επιλέξτε με --output-encoding)',
  },
});
