import { translation } from '../catalog.js';
import { program as english } from '../en/program.js';

export const program = translation('el', english, {
  description: 'Αποφασίστε με ποιους πελάτες θα δουλέψετε: ελέγξτε έναν υποψήφιο πελάτη, βαθμολογήστε CSV με επαφές, βαθμονομήστε τα κριτήριά σας.',
  version: 'εμφανίζει την έκδοση (και με -v)',
  help: 'εμφανίζει τη βοήθεια',
  helpCommand: 'βοήθεια για μια εντολή',
  noColor: 'χωρίς χρώματα, ακόμη και σε τερματικό (ισχύουν και τα NO_COLOR και FORCE_COLOR)',
  debug: 'τυπώνει το stack trace στα σφάλματα',
  lang: 'γλώσσα διεπαφής: en, ru, bg, el ή bs (προεπιλογή: CLIENTFIT_LANG, αλλιώς η τοπική ρύθμιση: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)',
  afterHelp: `
Κωδικοί εξόδου:
  0    όλα καλά
  1    σφάλμα δεδομένων ή εκτέλεσης (είσοδος που δεν διαβάζεται, χαλασμένο CSV,
       έξοδος που δεν γράφεται, προειδοποιήσεις με --strict)
  2    σφάλμα στην εντολή ή στο αρχείο κριτηρίων
  3    επιτεύχθηκε η ετυμηγορία του --fail-on
  130  διακόπηκε (Ctrl-C)

Τεκμηρίωση: README.md ή \`clientfit <command> --help\`.

Παραδείγματα:
  clientfit                                   έλεγχος πελάτη, μία ερώτηση τη φορά
  clientfit score --resume "Acme Ltd" --save  συνέχεια με ό,τι έμεινε άγνωστο
  clientfit batch leads.csv -o scored.csv     βαθμολόγηση αρχείου επαφών`,
  headings: {
    usage: 'Χρήση:',
    options: 'Επιλογές:',
    commands: 'Εντολές:',
    arguments: 'Ορίσματα:',
    globalOptions: 'Γενικές επιλογές:',
    optionsWord: '[επιλογές]',
    commandWord: '[εντολή]',
    choices: 'τιμές: {list}',
    default: 'προεπιλογή: {value}',
  },
  errors: {
    unknownOption: "άγνωστη επιλογή '{flag}'",
    unknownCommand: "άγνωστη εντολή '{name}'",
    missingArgument: "λείπει το υποχρεωτικό όρισμα '{name}'",
    optionMissingArgument: "η επιλογή '{flags}' θέλει τιμή",
    missingMandatoryOption: "δεν δόθηκε η υποχρεωτική επιλογή '{flags}'",
    invalidOptionArgument: "επιλογή '{flags}': η τιμή '{value}' δεν επιτρέπεται.",
    invalidArgument: "όρισμα '{name}': η τιμή '{value}' δεν επιτρέπεται.",
    allowedChoices: 'Επιτρέπονται: {choices}.',
    tooManyArguments: {
      one: 'πάρα πολλά ορίσματα: αναμενόταν {count} όρισμα, δόθηκαν {got}.',
      other: 'πάρα πολλά ορίσματα: αναμένονταν {count} ορίσματα, δόθηκαν {got}.',
    },
    tooManyArgumentsFor: {
      one: "πάρα πολλά ορίσματα για το '{name}': αναμενόταν {count} όρισμα, δόθηκαν {got}.",
      other: "πάρα πολλά ορίσματα για το '{name}': αναμένονταν {count} ορίσματα, δόθηκαν {got}.",
    },
    conflictingOption: 'το {first} δεν συνδυάζεται με το {second}',
    didYouMean: '(Μήπως εννοούσατε {word};)',
    didYouMeanOneOf: '(Μήπως εννοούσατε {words};)',
  },
  unknownCommand: 'άγνωστη εντολή "{name}"',
  scoreALeadFile: 'Για βαθμολόγηση αρχείου επαφών: clientfit batch {file}',
  commandList: 'Εντολές: {commands} (clientfit --help).',
  criteriaOption: 'αρχείο κριτηρίων (προεπιλογή: ./clientfit.yaml, μετά ~/.config/clientfit/clientfit.yaml, μετά η ενσωματωμένη λίστα)',
  journalOption: 'αρχείο ημερολογίου (προεπιλογή: $CLIENTFIT_JOURNAL, αλλιώς $XDG_DATA_HOME/clientfit/journal.jsonl, αλλιώς ~/.local/share/clientfit/journal.jsonl)',
  failOnOption: 'έξοδος με 3 όταν η ετυμηγορία είναι αυτή ή χειρότερη',
  formatOption: 'μορφή εξόδου',
  leads: {
    encoding: 'κωδικοποίηση εισόδου, π.χ. windows-1251, windows-1253, windows-1250, latin1 (προεπιλογή: UTF-8, ή UTF-16 από το BOM)',
    delimiter: 'διαχωριστικό πεδίων: , ; | ή tab (προεπιλογή: η γραμμή sep=, αλλιώς εντοπίζεται)',
    decimalComma: 'διαβάζει το 1 200,50 ως 1200.5 (ενεργό από μόνο του με διαχωριστικό ;)',
    map: 'διαβάζει ένα κριτήριο από αυτή τη στήλη (επαναλαμβάνεται)',
    allowMissing: 'τα κριτήρια χωρίς στήλη μετρούν ως άγνωστα αντί να σταματά',
    sheet: 'ποιο φύλλο βιβλίου .xlsx: όνομα ή αριθμός (προεπιλογή: το πρώτο)',
  },
  score: {
    description: 'έλεγχος υποψήφιου πελάτη (η προεπιλογή: σκέτο `clientfit`): απαντάτε στα κριτήρια, ένα ένα σε τερματικό, και παίρνετε ετυμηγορία, τι να ρωτήσετε ακόμη και προσχέδιο μηνύματος',
    answers: 'απαντήσεις ως YAML ή JSON: id κριτηρίου → τιμή (το - διαβάζει το stdin)',
    set: 'μία απάντηση, επαναλαμβάνεται και υπερισχύει του --answers',
    name: 'το όνομα του πελάτη',
    noInput: 'καμία ερώτηση: όσες απαντήσεις λείπουν μετρούν ως άγνωστες',
    noMessage: 'χωρίς προσχέδιο μηνύματος',
    save: 'προσθέτει την απόφαση στο ημερολόγιο (σε τερματικό ρωτάμε μετά τις ερωτήσεις)',
    noSave: 'ούτε αποθήκευση ούτε ερώτηση',
    resume: 'συνέχεια από την τελευταία απόφαση για τον πελάτη: ρωτά μόνο ό,τι είναι ακόμη άγνωστο, δείχνει πριν και μετά',
    ids: 'id κριτηρίων αντί για ερωτήσεις στον πίνακα (αυτόματα όταν οι ερωτήσεις δεν χωρούν)',
    decimalComma: 'διαβάζει το "1.200,50" ως 1200.5',
    examples: `
Παραδείγματα:
  clientfit                                    ερωτήσεις για τον πελάτη, μία τη φορά
  clientfit score --resume "Acme Ltd" --save   συνέχεια: μόνο ό,τι είναι ακόμη άγνωστο
  clientfit score --set pays_upfront=yes --set revisions=3 --no-input --fail-on reject`,
  },
  batch: {
    description: 'βαθμολογεί ένα CSV με επαφές: όλες οι στήλες εισόδου μαζί με βαθμό, ετυμηγορία, κριτήρια που απέτυχαν και άγνωστα',
    file: 'CSV επαφών ή βιβλίο .xlsx. Το - ή τίποτα με είσοδο από σωλήνα διαβάζει το stdin',
    output: 'γράφει εδώ (ατομικά: όλα ή τίποτα) αντί για το stdout',
    format: 'csv, jsonl, json ή table (προεπιλογή: table σε τερματικό, αλλιώς csv, ή από την κατάληξη του -o)',
    outputEncoding: 'κωδικοποίηση του CSV εξόδου: utf-8, utf-8-bom, utf-16le, windows-1251 ... (προεπιλογή: όπως της εισόδου)',
    only: 'κρατά μόνο γραμμές με αυτές τις ετυμηγορίες, π.χ. accept,review',
    strict: 'έξοδος με 1 στο τέλος αν κάποιο κελί ήταν άκυρο ή κάποια γραμμή ελλιπής',
    noEscapeFormulas: "δεν βάζει ' μπροστά σε κελιά που μοιάζουν με τύπο λογιστικού φύλλου",
    nameColumn: 'η στήλη με το όνομα κάθε επαφής στον πίνακα (προεπιλογή: στήλη ονόματος, ονοματεπώνυμου ή εταιρείας)',
    quiet: 'χωρίς σύνοψη ή προειδοποιήσεις στο stderr, μόνο σφάλματα',
    examples: `
Παραδείγματα:
  clientfit batch leads.csv                       πίνακας σε τερματικό, CSV σε σωλήνα
  clientfit batch leads.csv -o scored.csv --only accept,review
  clientfit batch crm.csv --map pays_upfront="Deposit?" --fail-on reject`,
  },
  calibrate: {
    description: 'μήπως η λίστα είναι πολύ αυστηρή ή πολύ χαλαρή; Αποδοχές, κριτήρια που αποκλείουν μόνα τους, σάρωση ορίων και εκβάσεις, σε πραγματικές επαφές και παλιούς πελάτες',
    file: 'CSV επαφών ή βιβλίο .xlsx, διαβάζεται ακριβώς όπως στο batch. Το - ή τίποτα με είσοδο από σωλήνα διαβάζει το stdin',
    journal: 'χρησιμοποιεί και (ή μόνο) τις αποφάσεις και τις εκβάσεις του ημερολογίου (προεπιλογή: το προσωπικό ημερολόγιο)',
    outcome: 'στήλη του CSV που λέει πώς βγήκε κάθε πελάτης: good/bad, ναι/όχι ...',
    good: 'τιμές που σημαίνουν καλό πελάτη, χωρισμένες με κόμμα, π.χ. "Closed Won" (επαναλαμβάνεται)',
    bad: 'τιμές που σημαίνουν κακό πελάτη, π.χ. Lost,Churned (επαναλαμβάνεται)',
    costBadAccepted: 'ένας κακός πελάτης που πέρασε κοστίζει όσο τόσοι καλοί που απορρίφθηκαν',
    threshold: 'κι αν τα όρια ήταν αυτά',
    drop: 'κι αν έλειπε αυτό το κριτήριο (επαναλαμβάνεται)',
    optional: 'κι αν αυτή η απαράβατη προϋπόθεση ήταν απλό κριτήριο (επαναλαμβάνεται)',
    examples: `
Παραδείγματα:
  clientfit calibrate leads.csv                   πολύ αυστηρή ή πολύ χαλαρή για αυτές τις επαφές;
  clientfit calibrate --journal                   μάθετε από τις αποφάσεις σας και τις εκβάσεις τους
  clientfit calibrate leads.csv --threshold accept=75,review=45 --drop polite`,
  },
  sql: {
    description: 'τυπώνει μία εντολή SQL που βαθμολογεί κάθε γραμμή ενός πίνακα ή CSV μέσα στο DuckDB ή το PostgreSQL, όπως το batch',
    dialect: 'η μηχανή SQL',
    from: 'βαθμολογεί αυτό το CSV (το DuckDB το διαβάζει με read_csv, κάθε στήλη ως κείμενο)',
    table: 'βαθμολογεί αυτόν τον πίνακα ή την όψη',
    view: 'τυλίγει το ερώτημα σε CREATE OR REPLACE VIEW όνομα',
    map: 'διαβάζει ένα κριτήριο από αυτή τη στήλη (επαναλαμβάνεται)',
    columns: 'οι στήλες του πίνακα, χωρισμένες με κόμμα, για να βρεθεί η στήλη κάθε κριτηρίου όπως στο batch (προεπιλογή με --table: το πρώτο όνομα στήλης κάθε κριτηρίου)',
    encoding: '--from: η κωδικοποίηση του CSV (το DuckDB διαβάζει UTF-8)',
    delimiter: '--from: διαχωριστικό πεδίων (προεπιλογή: η γραμμή sep=, αλλιώς εντοπίζεται)',
    decimalComma: 'διαβάζει το 1 200,50 ως 1200.5 (ενεργό από μόνο του με διαχωριστικό ; στο --from)',
  },
  history: {
    description: 'παλιές αποφάσεις αποθηκευμένες με `score --save`, μία γραμμή ανά πελάτη (η τελευταία του απόφαση), με εκβάσεις. ΟΝΟΜΑ ή ID δείχνει όλο το ιστορικό του πελάτη',
    prospect: 'όνομα πελάτη ή id απόφασης: κάθε απόφαση για αυτόν τον πελάτη, με τις απαντήσεις',
    name: 'μόνο πελάτες που το όνομά τους περιέχει αυτό (πεζά ή κεφαλαία)',
    limit: 'μόνο οι τελευταίες N γραμμές',
    since: 'μόνο αποφάσεις από αυτή την ημερομηνία και μετά (ΕΕΕΕ-ΜΜ-ΗΗ)',
    all: 'δείχνει κάθε έκβαση που καταγράφηκε, και όσες αντικαταστάθηκαν αργότερα',
    examples: `
Παραδείγματα:
  clientfit history                           μία γραμμή ανά πελάτη, η πιο πρόσφατη τελευταία
  clientfit history "Acme Ltd"                κάθε απόφαση για την Acme Ltd, με τις απαντήσεις
  clientfit history --since 2026-01-01 --format json`,
  },
  outcome: {
    description: 'καταγράφει πώς βγήκε τελικά ένας πελάτης (πλήρωσε στην ώρα του, τήρησε τους όρους), για τη βαθμονόμηση',
    name: 'το όνομα με το οποίο αποθηκεύτηκε η απόφαση ("(no name)", όπως το δείχνει το history, για απόφαση χωρίς όνομα)',
    outcome: 'πώς πήγε',
    note: 'τι έγινε, σε λίγες λέξεις',
    id: 'σε ποια απόφαση (προεπιλογή: η τελευταία με αυτό το όνομα, δείτε `clientfit history`)',
    examples: `
Παραδείγματα:
  clientfit outcome "Acme Ltd" good --note "πλήρωσε στην ώρα του"
  clientfit outcome - bad --id mwtj5t5m-0mt31q    απόφαση αποθηκευμένη χωρίς όνομα`,
  },
  init: {
    description: 'γράφει ένα αρχείο κριτηρίων από πρότυπο, για να το προσαρμόσετε στις δικές σας ελάχιστες απαιτήσεις',
    file: 'πού θα γραφτεί',
    template: 'πρότυπο για αρχή (δείτε --list)',
    list: 'η λίστα των προτύπων',
    global: 'γράφει το προσωπικό σας αρχείο στον φάκελο ρυθμίσεων (~/.config/clientfit/clientfit.yaml), ισχύει από κάθε φάκελο',
    force: 'αντικαθιστά υπάρχον αρχείο',
    examples: `
Παραδείγματα:
  clientfit init                                  ./clientfit.yaml από το πρότυπο freelancer
  clientfit init --list                           τα πρότυπα
  clientfit init --global -t agency               προσωπικό αρχείο, από κάθε φάκελο`,
  },
  check: {
    description: 'ελέγχει ένα αρχείο κριτηρίων, το συνοψίζει και βρίσκει προβλήματα βαθμονόμησης (πολύ αυστηρό, δέχεται όλους, ανέφικτο όριο)',
    file: 'αρχείο κριτηρίων (προεπιλογή: αυτό που θα χρησιμοποιούσε το clientfit)',
    strict: 'έξοδος με 1 όταν υπάρχουν προειδοποιήσεις',
    examples: `
Παραδείγματα:
  clientfit check                                 το αρχείο που θα χρησιμοποιούσε το clientfit
  clientfit check my-criteria.yaml --strict       κωδικός 1 και στις προειδοποιήσεις (για CI)`,
  },
  completion: {
    description: 'τυπώνει σενάριο συμπλήρωσης για το κέλυφος (εντολές, επιλογές, id κριτηρίων, πρότυπα και ονόματα πελατών). Δεν αγγίζει τα αρχεία rc σας',
    shell: 'το κέλυφος',
    examples: `
Παραδείγματα:
  eval "$(clientfit completion bash)"                               στο ~/.bashrc
  eval "$(clientfit completion zsh)"                                στο ~/.zshrc, μετά το compinit
  clientfit completion fish > ~/.config/fish/completions/clientfit.fish`,
    complete: 'τυπώνει υποψήφιες συμπληρώσεις για τις λέξεις που δόθηκαν (το καλούν τα σενάρια συμπλήρωσης)',
    completeShell: 'ποιο κέλυφος ρωτά',
    completeLine: 'η γραμμή εντολών ως τον δρομέα (bash)',
    completeWords: 'οι λέξεις μετά το "clientfit", η τελευταία συμπληρώνεται',
  },
});
