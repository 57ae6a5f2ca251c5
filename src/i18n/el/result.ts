import { translation } from '../catalog.js';
import { result as english } from '../en/result.js';

// Greek: ';' is the question mark, so clauses are joined with commas and dashes.
export const result = translation('el', english, {
  // Three nouns for what happens next: ΣΥΖΗΤΗΣΗ (we talk terms before deciding). ΕΞΕΤΑΣΗ read as an
  // exam or a medical test; «ΠΡΟΣ ΣΥΖΗΤΗΣΗ» (13 columns) pushed batch's table past 60 columns.
  banner: { accept: 'ΑΠΟΔΟΧΗ', review: 'ΣΥΖΗΤΗΣΗ', reject: 'ΑΠΟΡΡΙΨΗ' },
  verdict: { accept: 'αποδοχή', review: 'συζήτηση', reject: 'απόρριψη' },
  marks: { pass: '✓ πληροί', fail: '✗ δεν πληροί', unknown: '? άγνωστο', na: '– δεν αφορά', invalid: '! άκυρο' },
  yes: 'ναι',
  no: 'όχι',
  score: {
    complete: 'βαθμολογία {score}',
    /** a must-have's question inside the line above */
    quoted: '«{text}»',
    couldChange: 'βαθμολογία {score}, έως {potential} όταν απαντηθούν τα άγνωστα',
    mustFailed: {
      one: 'βαθμολογία {score} — ό,τι κι αν απαντηθεί στα άγνωστα, αυτό δεν αλλάζει: το απαραίτητο κριτήριο {ids} δεν πληρούται',
      other: 'βαθμολογία {score} — ό,τι κι αν απαντηθεί στα άγνωστα, αυτό δεν αλλάζει: τα απαραίτητα κριτήρια {ids} δεν πληρούνται',
    },
    sameVerdict: 'βαθμολογία {score} — ό,τι κι αν απαντηθεί στα άγνωστα, η ετυμηγορία δεν αλλάζει (το πολύ {potential})',
    capped: {
      one: ' — μένει σε «συζήτηση»: {count} απάντηση είναι άγνωστη ή δεν διαβάζεται, ενώ το max_unknown επιτρέπει έως {max}',
      other: ' — μένει σε «συζήτηση»: {count} απαντήσεις είναι άγνωστες ή δεν διαβάζονται, ενώ το max_unknown επιτρέπει έως {max}',
    },
    upTo: 'βαθμολογία {score}, έως {potential}',
  },
  table: { status: 'κατάσταση', question: 'ερώτηση', criterion: 'κριτήριο', answer: 'απάντηση', points: 'πόντοι', must: 'απαραίτητο' },
  stillToAsk: 'Μένει να ρωτήσετε:',
  mustHave: ' (απαραίτητο)',
  followUpIf: 'αν {values}: {question}{must}',
  require: 'Αν αναλάβετε το έργο, βάλτε στη συμφωνία:',
  draftDecline: 'Προσχέδιο μηνύματος (ευγενική άρνηση):',
  draftReview: 'Προσχέδιο μηνύματος (προκαταρκτική απάντηση):',
  draftAccept: 'Προσχέδιο μηνύματος (αποδοχή και επόμενα βήματα):',
  /**
   * The name stands alone on the first line, as a letter's heading, where the nominative is right.
   * «Γεια σας, {name},» would need the vocative (Γιώργο, not Γιώργος; κυρία Παπαδοπούλου), which
   * depends on the name, its gender and whether it is a company. A line holding only {name}
   * disappears when there is no name (core/message.ts fillTemplate).
   */
  drafts: {
    decline: `{name}

Γεια σας,

Σας ευχαριστώ που επικοινωνήσατε μαζί μου και μου περιγράψατε το έργο σας. Το εξέτασα προσεκτικά και αποφάσισα να μην το αναλάβω.
{reasons}

Αν αλλάξουν τα σχέδιά σας, μη διστάσετε να μου ξαναγράψετε. Σας εύχομαι καλή επιτυχία.

Με εκτίμηση`,
    review: `{name}

Γεια σας,

Σας ευχαριστώ που επικοινωνήσατε μαζί μου για το έργο σας. Πριν δεσμευτώ, θα ήθελα να συμφωνήσουμε σε μερικά πρακτικά θέματα:
{terms}

Μπορείτε να μου πείτε αν σας βολεύουν; Μόλις τα κανονίσουμε, θα σας στείλω μια σύντομη πρόταση με χρονοδιάγραμμα και τιμή.

Με εκτίμηση`,
    accept: `{name}

Γεια σας,

Σας ευχαριστώ που επικοινωνήσατε μαζί μου για το έργο σας: θα το αναλάβω με χαρά. Προτείνω να προχωρήσουμε ως εξής:
{terms}
- Σας στέλνω μια σύντομη πρόταση με χρονοδιάγραμμα, τιμή και πρόγραμμα πληρωμών.
- Μόλις την επιβεβαιώσετε γραπτώς, ξεκινώ τη δουλειά.

Ανυπομονώ να συνεργαστούμε.

Με εκτίμηση`,
  },
  reasons: { two: '{first} και {second}', separator: ', ', last: '{rest} και {last}' },
  followUp: {
    title: 'Συνέχεια{who}, απόφαση {id} της {time}',
    of: ' για «{name}»',
    before: 'πριν',
    after: 'μετά',
    changed: 'αλλαγές',
    noChange: 'καμία απάντηση δεν άλλαξε',
  },
  thread: {
    decisions: { one: '{name}: {count} απόφαση', other: '{name}: {count} αποφάσεις' },
    noName: '(χωρίς όνομα)',
    continues: 'συνέχεια της {id}',
    decision: 'απόφαση',
    answer: 'απάντηση',
    was: 'ήταν {value}',
    /** beside an answer the prospect gave (a form reply, their message) */
    from: 'πηγή: {source}',
    outcome: 'έκβαση',
    nothingNoted: '(δεν σημειώθηκε τίποτα)',
  },
  outcome: { good: 'καλή', bad: 'κακή' },
});
