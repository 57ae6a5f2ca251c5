import { translation } from '../catalog.js';
import { outcome as english } from '../en/outcome.js';

export const outcome = translation('bs', english, {
  noName: '(bez imena)',
  good: 'dobar',
  bad: 'loš',
  noId: 'u dnevniku nema odluke s id-om "{id}"{suggestion}',
  historyListsIds: '`clientfit history` prikazuje id-ove.',
  otherProspect: 'odluka {id} se odnosi na "{owner}", a ne na "{name}"',
  unnamed: {
    one: '{count} odluka je sačuvana bez imena: `clientfit outcome "{noName}" good` bilježi ishod za posljednju, za neku drugu dodajte --id ID (`clientfit history` prikazuje id-ove).',
    few: '{count} odluke su sačuvane bez imena: `clientfit outcome "{noName}" good` bilježi ishod za posljednju, za neku drugu dodajte --id ID (`clientfit history` prikazuje id-ove).',
    other: '{count} odluka je sačuvano bez imena: `clientfit outcome "{noName}" good` bilježi ishod za posljednju, za neku drugu dodajte --id ID (`clientfit history` prikazuje id-ove).',
  },
  notFound: 'u dnevniku nema odluke za "{name}"{suggestion}',
  noNames: 'Nijedna odluka u dnevniku nema ime: navedite --name kad je čuvate.',
  savedNames: 'Sačuvana imena: {names}{more} (`clientfit history` prikazuje sva).',
  several: {
    one: 'Za "{name}" je sačuvana {count} odluka: bilježim ishod za posljednju ({time}, id {id}).',
    few: 'Za "{name}" su sačuvane {count} odluke: bilježim ishod za posljednju ({time}, id {id}).',
    other: 'Za "{name}" je sačuvano {count} odluka: bilježim ishod za posljednju ({time}, id {id}).',
  },
  pickAnother: 'Za neku drugu dodajte --id ID (`clientfit history "{name}"` ih prikazuje).',
  noJournal: 'nema dnevnika na {path}',
  notAnOutcome: '„{word}“ nije ishod: napišite dobar (dobro, da, good) ili loš (loše, ne, bad)',
  saveFirst: 'Prvo sačuvajte odluke s `clientfit score --save` ili navedite --journal FAJL.',
  recorded: 'Zabilježen ishod „{outcome}“ za {name} (odluka {id}) u {path}.',
  laterOutcome: '{file}:{line}: ishod „{earlier}“ za {name} ima datum {time}, kasnije od sadašnjeg trenutka, pa bi i dalje važio on: ishod „{outcome}“ nije zabilježen',
  fixTime: 'Ako je taj red zapisao sat s pogrešnim vremenom, ispravite vrijeme u njemu (ili obrišite red), pa ponovo zabilježite ishod.',
  replaces: 'Ovo zamjenjuje ishod „{earlier}“ zabilježen {time}; oba ostaju u dnevniku (`clientfit history --all` prikazuje svaki ishod).',
});
