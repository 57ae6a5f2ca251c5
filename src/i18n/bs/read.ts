import { translation } from '../catalog.js';
import { read as english } from '../en/read.js';

/** Bosanski: odjeljak `read` (vidi ../catalog.ts): src/cli/commands/read/run.ts. */
export const read = translation('bs', english, {
  clipped: '{file}: pročitano je samo prvih {limit} teksta klijenta (prva poruka je obično mnogo kraća).',
  quote: '„{text}“',
  and: ' i ',
  name: 'Ime: {name}',
  language: 'Jezik: {language}',
  noAnswers: 'Poruka nijedan odgovor ne kaže jasno.',
  redFlags: 'Znakovi upozorenja',
  redFlag: '{words} (s liste: „{phrase}“, {id})',
  leftOpen: 'Ostaje otvoreno',
  disagree: '{question} poruka kaže dvije različite stvari: {evidence}',
  asked: '{question} ovo je pitanje, ne odgovor: {evidence}',
  hedged: '{question} nije rečeno sigurno: {evidence}',
  elsewhere: '{question} odnosi se na neki drugi put ili drugi posao, ne na ovaj: {evidence}',
  next: 'Dalje: {command}',
  fromMessage: 'Iz poruke: {evidence}',
});
