import { translation } from '../catalog.js';
import { init as english } from '../en/init.js';

export const init = translation('el', english, {
  table: { template: 'πρότυπο', name: 'όνομα', size: 'μέγεθος' },
  invalid: '(πρότυπο με λάθη)',
  default: '{title} (προεπιλογή)',
  size: { one: 'κριτήρια: {criteria}, απαραίτητα: {count}', other: 'κριτήρια: {criteria}, απαραίτητα: {count}' },
  unknown: 'άγνωστο πρότυπο «{name}»{suggestion}',
  templates: 'Πρότυπα: {names} (clientfit init --list).',
  fileOrGlobal: 'δώστε ή ΑΡΧΕΙΟ ή --global, όχι και τα δύο',
  exists: 'το {path} υπάρχει ήδη: δεν το αντικαθιστώ',
  forceGlobal: 'Δώστε --force για να αντικατασταθεί.',
  force: 'Δώστε --force για να αντικατασταθεί ή άλλο ΑΡΧΕΙΟ.',
  notAFolder: 'το {path} δεν είναι φάκελος',
  cannotWrite: 'δεν γίνεται εγγραφή στο {path}: {reason}',
  wrote: 'Δημιουργήθηκε το {path} από το πρότυπο {template} (κριτήρια: {criteria}, απαραίτητα: {musts}).',
  next: 'Προσαρμόστε το ώστε να γίνει η δική σας σύντομη λίστα ελάχιστων απαιτήσεων και μετά τρέξτε `{check}`.',
  languageTemplate: 'Το πρότυπο {template} είναι στα ελληνικά. Για το αγγλικό, τρέξτε `clientfit --lang en init`.',
});
