import { translation } from '../catalog.js';
import { read as english } from '../en/read.js';

/** Ελληνικά: η ενότητα `read` (βλ. ../catalog.ts): src/cli/commands/read/run.ts. */
// After a question, which ends with the Greek question mark ';', a dash starts the note: a lower-case
// word right after ';' would read as the question going on.
export const read = translation('el', english, {
  clipped: '{file}: διαβάστηκαν μόνο τα πρώτα {limit} του κειμένου του πελάτη (ένα πρώτο μήνυμα είναι πολύ μικρότερο).',
  quote: '«{text}»',
  and: ' και ',
  name: 'Όνομα: {name}',
  language: 'Γλώσσα: {language}',
  noAnswers: 'Το μήνυμα δεν απαντά καθαρά σε καμία ερώτηση.',
  redFlags: 'Προειδοποιητικά σημάδια',
  redFlag: '{words} (σημάδι «{phrase}», {id})',
  leftOpen: 'Μένουν ανοιχτά',
  disagree: '{question} — το μήνυμα λέει δύο διαφορετικά πράγματα: {evidence}',
  asked: '{question} — ο πελάτης το ρωτά, δεν το απαντά: {evidence}',
  hedged: '{question} — το μήνυμα δεν το λέει με σιγουριά: {evidence}',
  elsewhere: '{question} — αφορά άλλη φορά ή άλλη συνεργασία, όχι αυτή: {evidence}',
  next: 'Επόμενο βήμα: {command}',
  fromMessage: 'Από το μήνυμα: {evidence}',
});
