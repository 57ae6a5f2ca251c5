import { translation } from '../catalog.js';
import { outcome as english } from '../en/outcome.js';

export const outcome = translation('el', english, {
  noName: '(χωρίς όνομα)',
  good: 'καλή',
  bad: 'κακή',
  noId: 'δεν υπάρχει απόφαση με id «{id}» στο αρχείο αποφάσεων{suggestion}',
  historyListsIds: 'Το `clientfit history` δείχνει τα id.',
  otherProspect: 'η απόφαση {id} είναι για «{owner}», όχι για «{name}»',
  unnamed: {
    one: '{count} απόφαση αποθηκεύτηκε χωρίς όνομα: το `clientfit outcome "{noName}" good` καταγράφει την έκβαση για την τελευταία, για άλλη προσθέστε --id ID (το `clientfit history` δείχνει τα id).',
    other:
      '{count} αποφάσεις αποθηκεύτηκαν χωρίς όνομα: το `clientfit outcome "{noName}" good` καταγράφει την έκβαση για την τελευταία, για άλλη προσθέστε --id ID (το `clientfit history` δείχνει τα id).',
  },
  notFound: 'δεν υπάρχει απόφαση για «{name}» στο αρχείο αποφάσεων{suggestion}',
  noNames: 'Καμία απόφαση στο αρχείο αποφάσεων δεν έχει όνομα: δώστε --name όταν αποθηκεύετε.',
  savedNames: 'Αποθηκευμένα ονόματα: {names}{more} (το `clientfit history` τα δείχνει όλα).',
  several: {
    one: 'Για «{name}» υπάρχει {count} αποθηκευμένη απόφαση: καταγράφω την έκβαση για την τελευταία ({time}, id {id}).',
    other: 'Για «{name}» υπάρχουν {count} αποθηκευμένες αποφάσεις: καταγράφω την έκβαση για την τελευταία ({time}, id {id}).',
  },
  pickAnother: 'Για άλλη, δώστε --id ID (το `clientfit history "{name}"` τις δείχνει).',
  noJournal: 'δεν υπάρχει αρχείο αποφάσεων στο {path}',
  notAnOutcome: 'το «{word}» δεν είναι έκβαση: γράψτε καλή (καλός, καλά, ναι, good) ή κακή (κακός, κακά, όχι, bad)',
  saveFirst: 'Αποθηκεύστε πρώτα αποφάσεις με `clientfit score --save` ή δώστε --journal ΑΡΧΕΙΟ.',
  recorded: 'Καταγράφηκε έκβαση «{outcome}» για «{name}» (απόφαση {id}) στο {path}.',
  laterOutcome: '{file}:{line}: η έκβαση «{earlier}» για «{name}» έχει ημερομηνία {time}, μεταγενέστερη από τώρα, οπότε θα έμενε αυτή που μετράει: η έκβαση «{outcome}» δεν καταγράφηκε',
  fixTime: 'Αν τη γραμμή την έγραψε ρολόι με λάθος ώρα, διορθώστε την ώρα της (ή διαγράψτε τη γραμμή) και καταγράψτε ξανά την έκβαση.',
  replaces: 'Αντικαθιστά την έκβαση «{earlier}» που καταγράφηκε στις {time}. Μένουν και οι δύο στο αρχείο αποφάσεων (το `clientfit history --all` δείχνει κάθε έκβαση).',
});
