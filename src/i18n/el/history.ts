import { translation } from '../catalog.js';
import { history as english } from '../en/history.js';

export const history = translation('el', english, {
  table: { date: 'ημερομηνία', name: 'όνομα', verdict: 'ετυμηγορία', score: 'βαθμολογία', decisions: 'αποφάσεις', outcome: 'έκβαση', id: 'id' },
  noName: '(χωρίς όνομα)',
  replaced: 'αντικαταστάθηκε:',
  noDecision: 'δεν υπάρχει απόφαση για «{prospect}» στο {path}{suggestion}',
  listsProspects: 'Το `clientfit history` δείχνει όλους τους πελάτες.',
  saveFirst: 'Αποθηκεύστε πρώτα μια απόφαση με `clientfit score --save`.',
  notADate: '--since {value}: δεν είναι ημερομηνία',
  dateForm: 'Γράψτε την ως ΕΕΕΕ-ΜΜ-ΗΗ, π.χ. --since 2026-03-01.',
  badLimit: '--limit {value}: χρειάζεται ακέραιος αριθμός από 1 και πάνω',
  noJournal: 'Δεν υπάρχει ακόμα αρχείο αποφάσεων στο {path}. Αποθηκεύστε μια απόφαση με `clientfit score --save`.',
  empty: 'Δεν υπάρχουν ακόμα αποφάσεις στο {path}. Αποθηκεύστε την πρώτη με `clientfit score --save`.',
  noneMatch: 'Δεν υπάρχουν αποφάσεις {named}{since}στο {path}.',
  namedLike: 'με όνομα που περιέχει «{name}» ',
  since: 'από τις {date} ',
  journal: {
    cannot: {
      open: 'δεν ανοίγει το αρχείο αποφάσεων {path}: {reason}',
      write: 'δεν γίνεται εγγραφή στο αρχείο αποφάσεων {path}: {reason}',
      read: 'δεν διαβάζεται το αρχείο αποφάσεων {path}: {reason}',
    },
    notAFile: 'δεν διαβάζεται το αρχείο αποφάσεων {path}: είναι {kind}, όχι αρχείο',
    skipped: '{file}:{line}: {problem}, παραλείφθηκε',
    moreSkipped: { one: '{file}: παραλείφθηκε άλλη {count} γραμμή', other: '{file}: παραλείφθηκαν άλλες {count} γραμμές' },
    ambiguous: 'το «{key}» είναι και id απόφασης για «{owner}» και όνομα πελάτη: δεν είναι σαφές ποιο από τα δύο εννοείτε',
    ambiguousHow: 'Διευκρινίστε: {asId} για την απόφαση, {asName} για τον πελάτη.',
    several: { one: 'το «{key}» υπάρχει στο όνομα {count} πελάτη: {names}', other: 'το «{key}» υπάρχει στα ονόματα {count} πελατών: {names}' },
    severalHow: 'Γράψτε περισσότερο από το όνομα ή ένα από τα id αποφάσεων στις παρενθέσεις.',
    took: '«{key}»: επιλέγω τον πελάτη «{name}», τον μόνο που το όνομά του το περιέχει.',
    future: {
      decision:
        '{file}:{line}: η απόφαση {id} για «{name}» έχει ημερομηνία {time}, πάνω από μία μέρα μπροστά από το ρολόι αυτού του υπολογιστή: ως τότε μένει η πιο πρόσφατη απόφαση για τον πελάτη, αυτή που παίρνουν τα `score --resume` και `outcome`· αν την έγραψε ρολόι με λάθος ώρα, διορθώστε την ώρα της',
      outcome:
        '{file}:{line}: η έκβαση {id} για «{name}» έχει ημερομηνία {time}, πάνω από μία μέρα μπροστά από το ρολόι αυτού του υπολογιστή: ως τότε μετράει αυτή για την απόφασή της· αν την έγραψε ρολόι με λάθος ώρα, διορθώστε την ώρα της',
    },
    moreFuture: { one: '{file}: άλλη {count} γραμμή έχει ημερομηνία πάνω από μία μέρα μπροστά', other: '{file}: άλλες {count} γραμμές έχουν ημερομηνία πάνω από μία μέρα μπροστά' },
  },
});
