import { translation } from '../catalog.js';
import { history as english } from '../en/history.js';

export const history = translation('bs', english, {
  table: { date: 'datum', name: 'ime', verdict: 'preporuka', score: 'ocjena', decisions: 'odluke', outcome: 'ishod', id: 'id' },
  noName: '(bez imena)',
  replaced: 'zamijenjeno:',
  noDecision: 'nema odluke za "{prospect}" u {path}{suggestion}',
  listsProspects: '`clientfit history` prikazuje sve klijente.',
  saveFirst: 'Prvo sačuvajte odluku s `clientfit score --save`.',
  notADate: '--since {value}: to nije datum',
  dateForm: 'Napišite ga kao GGGG-MM-DD, npr. --since 2026-03-01.',
  badLimit: '--limit {value}: treba cijeli broj, 1 ili veći',
  noJournal: 'Još nema dnevnika na {path}. Sačuvajte odluku s `clientfit score --save`.',
  empty: 'U {path} još nema odluka. Sačuvajte prvu s `clientfit score --save`.',
  noneMatch: 'Nema odluka {named}{since}u {path}.',
  namedLike: 's imenom poput "{name}" ',
  since: 'od {date} ',
  journal: {
    cannot: {
      open: 'ne mogu otvoriti dnevnik {path}: {reason}',
      write: 'ne mogu pisati u dnevnik {path}: {reason}',
      read: 'ne mogu pročitati dnevnik {path}: {reason}',
    },
    notAFile: 'ne mogu pročitati dnevnik {path}: to je {kind}, a ne fajl',
    skipped: '{file}:{line}: {problem}, preskočeno',
    moreSkipped: {
      one: '{file}: preskočen je još {count} red',
      few: '{file}: preskočena su još {count} reda',
      other: '{file}: preskočeno je još {count} redova',
    },
    ambiguous: '„{key}“ je i id odluke za „{owner}“ i ime klijenta: ne čitam ga ni na jedan način',
    ambiguousHow: 'Recite šta mislite: {asId} za odluku, {asName} za klijenta.',
    several: { one: '„{key}“ je dio imena {count} klijenta: {names}', few: '„{key}“ je dio imena {count} klijenta: {names}', other: '„{key}“ je dio imena {count} klijenata: {names}' },
    severalHow: 'Napišite više od imena ili jedan od id-ova odluka u zagradama.',
    took: '„{key}“: uzimam „{name}“, jedinog klijenta čije ime to sadrži.',
    future: {
      decision:
        '{file}:{line}: odluka {id} za „{name}“ ima datum {time}, više od jednog dana ispred sata ovog računara: do tada ostaje najnovija odluka za klijenta, ona koju uzimaju `score --resume` i `outcome`; ako ju je zapisao sat s pogrešnim vremenom, ispravite joj vrijeme',
      outcome:
        '{file}:{line}: ishod {id} za „{name}“ ima datum {time}, više od jednog dana ispred sata ovog računara: do tada važi on; ako ga je zapisao sat s pogrešnim vremenom, ispravite mu vrijeme',
    },
    moreFuture: {
      one: '{file}: još {count} red ima datum više od jednog dana unaprijed',
      few: '{file}: još {count} reda imaju datum više od jednog dana unaprijed',
      other: '{file}: još {count} redova ima datum više od jednog dana unaprijed',
    },
  },
});
