import { translation } from '../catalog.js';
import { sql as english } from '../en/sql.js';

export const sql = translation('el', english, {
  problems: {
    csvNeedsDuckdb: 'το --from διαβάζει αρχείο CSV, κάτι που μέσα σε μία εντολή κάνει μόνο το DuckDB. Φορτώστε το αρχείο σε πίνακα ({example}) και δώστε --table',
    csvClickhouse:
      "το --from δεν διατίθεται με --dialect clickhouse: η file() του ClickHouse διαβάζει από τον φάκελο user_files του διακομιστή, όχι από τη διαδρομή σε αυτό το μηχάνημα, και διαβάζει το CSV αλλιώς από το batch. Φορτώστε το αρχείο σε πίνακα (clickhouse-client --query 'INSERT INTO leads FORMAT CSVWithNames' < leads.csv) και δώστε --table",
    csvEncoding: 'το DuckDB διαβάζει τα CSV ως UTF-8 και αυτό είναι σε {encoding}: μετατρέψτε το πρώτα (iconv -f {encoding} -t utf-8) ή βαθμολογήστε το με clientfit batch',
    csvPath:
      'Το read_csv του DuckDB δεν μπορεί να διαβάσει ακριβώς τη διαδρομή {path} (παίρνει την ανάποδη κάθετο για διαχωριστικό φακέλων): μετονομάστε ή αντιγράψτε το αρχείο ή βαθμολογήστε το με το clientfit batch',
    sigmaContext:
      '{id}: το προειδοποιητικό σημάδι «{flag}» έχει σ ή ς που τα πεζά τους εξαρτώνται από τα γύρω γράμματα (η JavaScript κάνει το Σ ς στο τέλος λέξης). Ακριβής αναζήτηση σε SQL δεν υπάρχει: ξεκινήστε ή τελειώστε το σημάδι με ολόκληρη λέξη ή βαθμολογήστε με clientfit batch',
    tooManySpellings: '{id}: το «{text}» έχει πάρα πολλά σ/ς για να απαριθμηθεί κάθε γραφή με κεφαλαία. Βαθμολογήστε με clientfit batch',
    notLowerCase: 'το «{text}» αλλάζει όταν ξαναγίνει πεζό. Βαθμολογήστε με clientfit batch',
    coreChanged: 'το {what} του αναγνώστη απαντήσεων δεν το ξέρει ο μεταγλωττιστής SQL: πρόκειται για σφάλμα του clientfit, αναφέρετέ το',
    dbtEndraw: 'Ένα κείμενο του αρχείου κριτηρίων θα έκλεινε ένα μπλοκ Jinja {% raw %} στο μοντέλο dbt ({% endraw %}): αλλάξτε το ή γράψτε το ερώτημα χωρίς --dbt-ref/--dbt-source',
    nameParts: 'Το {flag} {name} έχει τρία μέρη (κατάλογος.σχήμα.πίνακας), ενώ το --dialect {dialect} δέχεται το πολύ δύο (βάση.πίνακας): παραλείψτε το πρώτο μέρος',
  },
  ambiguousColumn: '{source}: η στήλη «{header}» εμφανίζεται {count} φορές και τη διαβάζει το «{id}»: δεν είναι σαφές ποια εννοείται',
  columns: 'Στήλες: {columns}',
  mapHint: {
    one: 'Αντιστοιχίστε μια στήλη με --map {id}="{column}" ή δώστε --allow-missing ώστε να μετρά ως άγνωστο.',
    other: 'Αντιστοιχίστε μια στήλη με --map {id}="{column}" ή δώστε --allow-missing ώστε να μετρούν ως άγνωστα.',
  },
  columnPlaceholder: 'Στήλη',
  quotedSpaces:
    '{source}:{line}: γραμμή μόνο με κενά, κάποια σε εισαγωγικά: το batch τη βαθμολογεί, το read_csv του DuckDB δεν την ξεχωρίζει από κενή γραμμή. Βαθμολογήστε το αρχείο με clientfit batch',
  mixedEndings: '{source}: το αρχείο ανακατεύει τέλη γραμμής ({counts}), που το read_csv του DuckDB τα διαβάζει αλλιώς. Κάντε τα όλα ίδια ή βαθμολογήστε με clientfit batch',
  noRows: 'δώστε τις γραμμές προς βαθμολόγηση: --from ΑΡΧΕΙΟ.csv (DuckDB) ή --table ΟΝΟΜΑ',
  noRowsExamples: 'Παραδείγματα: clientfit sql --from leads.csv | duckdb',
  noRowsExamples2: '              clientfit sql --dialect postgres --table crm.leads --view scored_leads | psql',
  badName: '{flag} «{name}»: δεν είναι όνομα πίνακα· κάθε τμήμα ανάμεσα στις τελείες πρέπει να είναι απλό όνομα (λατινικά γράμματα, ψηφία, _ ή $, όχι ψηφίο στην αρχή) ή όνομα σε διπλά εισαγωγικά',
  badNameHint: `Βάλτε σε εισαγωγικά ένα τμήμα με κενά ή άλλους χαρακτήρες: {flag} '"Sales Team".leads' (ένα εισαγωγικό μέσα γράφεται "")`,
  fromStdin: 'Το --from ορίζει αρχείο που το ερώτημα διαβάζει από τη διαδρομή του, όχι την τυπική είσοδο: αποθηκεύστε πρώτα τις γραμμές σε αρχείο',
  mapMalformed: 'το --map «{value}» δεν έχει τη μορφή id=Στήλη',
  columnsMalformed:
    '--columns «{value}»: δεν είναι μία γραμμή ονομάτων χωρισμένων με κόμμα· βάλτε σε εισαγωγικά ένα όνομα με κόμμα ή εισαγωγικό, όπως σε αρχείο CSV ("Budget, EUR"· ένα εισαγωγικό μέσα διπλασιάζεται)',
  cannotCompile: 'το {file} δεν μεταφράζεται ακριβώς σε SQL του {dialect}: {problem}',
  also: '  επίσης: {problem}',
  oneSource: 'δώστε μία πηγή γραμμών: --from, --table, --dbt-ref ή --dbt-source',
  dbtNoView: 'Το --view φτιάχνει όψη, ενώ το dbt φτιάχνει τη δική του από το μοντέλο: αφήστε έξω το --view (το materialized ορίζεται στο config του μοντέλου)',
  dbtParts: '{flag} «{name}»: το --dbt-ref δέχεται ΜΟΝΤΕΛΟ ή ΠΑΚΕΤΟ.ΜΟΝΤΕΛΟ, το --dbt-source δέχεται ΠΗΓΗ.ΠΙΝΑΚΑΣ, όπως τα ref() και source() του dbt',
  allowMissingNeedsColumns: 'Το --allow-missing με --table θέλει --columns: χωρίς τις στήλες του πίνακα δεν φαίνεται ποιες λείπουν (το ερώτημα θα αποτύχει στην πρώτη)· απαριθμήστε τις με --columns',
  alreadyScored: 'Το {source} έχει ήδη τη στήλη «{column}», που την προσθέτει το ερώτημα (βαθμολογήθηκαν ήδη αυτές οι γραμμές;): αφαιρέστε ή μετονομάστε πρώτα τις στήλες clientfit_',
  checkViewAlone: 'Το --check-view διαβάζει τον ορισμό μιας όψης και δεν βαθμολογεί γραμμές: αφήστε έξω τα --from, --table και --view',
  viewTooLarge: 'Το {source} είναι μεγαλύτερο από {limit}: δώστε τον ορισμό της όψης ή την τιμή της clientfit_list',
  viewNoFingerprint: '{source}: δεν περιέχει αποτύπωμα λίστας (sha256:…): δώστε τον ορισμό της όψης ή την τιμή της clientfit_list',
  viewHowTo: 'Εμφανίστε τον για παράδειγμα έτσι (scored_leads είναι η όψη):',
  viewStale: '{source}: η όψη βαθμολογεί με άλλη λίστα ({found})· το {file} σήμερα είναι {today}',
  viewRemake: 'Φτιάξτε ξανά την όψη με το clientfit sql, όπως φτιάχτηκε (--view ΟΝΟΜΑ).',
  viewCurrent: '{source}: η όψη βαθμολογεί με το {file} όπως είναι σήμερα ({today})',
});
