import { translation } from '../catalog.js';
import { result as english } from '../en/result.js';

export const result = translation('bs', english, {
  banner: { accept: 'PRIHVATANJE', review: 'RAZMATRANJE', reject: 'ODBIJANJE' },
  verdict: { accept: 'prihvatanje', review: 'razmatranje', reject: 'odbijanje' },
  marks: { pass: '✓ ispunjava', fail: '✗ ne ispunjava', unknown: '? nepoznato', na: '– ne odnosi se', invalid: '! neispravno' },
  yes: 'da',
  no: 'ne',
  score: {
    complete: 'ocjena {score}',
    /** a must-have's question inside the line above */
    quoted: '„{text}“',
    couldChange: 'ocjena {score}, do {potential} kad stignu odgovori na otvorena pitanja',
    mustFailed: {
      one: 'ocjena {score}; odgovori na otvorena pitanja to ne mogu promijeniti: obavezni kriterij {ids} nije ispunjen',
      few: 'ocjena {score}; odgovori na otvorena pitanja to ne mogu promijeniti: obavezni kriteriji {ids} nisu ispunjeni',
      other: 'ocjena {score}; odgovori na otvorena pitanja to ne mogu promijeniti: obavezni kriteriji {ids} nisu ispunjeni',
    },
    sameVerdict: 'ocjena {score}; odgovori na otvorena pitanja ne bi promijenili preporuku (najviše {potential})',
    capped: {
      one: '; ostaje na razmatranju: {count} odgovor je nepoznat ili nečitljiv, a max_unknown dopušta najviše {max}',
      few: '; ostaje na razmatranju: {count} odgovora su nepoznata ili nečitljiva, a max_unknown dopušta najviše {max}',
      other: '; ostaje na razmatranju: {count} odgovora je nepoznato ili nečitljivo, a max_unknown dopušta najviše {max}',
    },
    upTo: 'ocjena {score}, do {potential}',
  },
  table: { status: 'status', question: 'pitanje', criterion: 'kriterij', answer: 'odgovor', points: 'bodovi', must: 'obavezno' },
  stillToAsk: 'Još treba pitati:',
  mustHave: ' (obavezno)',
  followUpIf: 'ako {values}: {question}{must}',
  require: 'Ako prihvatite posao, ugovorite:',
  draftDecline: 'Nacrt poruke (ljubazno odbijanje):',
  draftReview: 'Nacrt poruke (odgovor prije dogovora):',
  draftAccept: 'Nacrt poruke (prihvatanje i sljedeći koraci):',
  drafts: {
    decline: `{name}

Dobar dan,

Hvala vam što ste se javili i opisali svoj projekat. Razmislivši o svemu, ipak ga neću preuzeti.
{reasons}

Ako se vaši planovi promijene, slobodno mi se ponovo javite. Želim vam puno uspjeha s projektom.

Srdačan pozdrav`,
    review: `{name}

Dobar dan,

Hvala vam što ste se javili u vezi s projektom. Prije nego što se obavežem, predlažem da se dogovorimo oko nekoliko praktičnih stvari:
{terms}

Možete li mi javiti da li vam to odgovara? Kad se dogovorimo, poslat ću vam kratku ponudu s rokovima i cijenom.

Srdačan pozdrav`,
    accept: `{name}

Dobar dan,

Hvala vam što ste se javili u vezi s projektom. Rado ću ga preuzeti. Predlažem da nastavimo ovako:
{terms}
- Poslat ću vam kratku ponudu s rokovima, cijenom i dinamikom plaćanja.
- Čim je pismeno potvrdite, počinjem s radom.

Radujem se saradnji.

Srdačan pozdrav`,
  },
  reasons: { two: '{first} i {second}', separator: '; ', last: '{rest} i {last}' },
  followUp: {
    title: 'Nastavak{who}, odluka {id} od {time}',
    of: ' za {name}',
    before: 'prije',
    after: 'poslije',
    changed: 'promjene',
    noChange: 'nijedan odgovor nije promijenjen',
  },
  thread: {
    decisions: { one: '{name}: {count} odluka', few: '{name}: {count} odluke', other: '{name}: {count} odluka' },
    noName: '(bez imena)',
    continues: 'nastavlja {id}',
    decision: 'odluka',
    answer: 'odgovor',
    was: 'prije: {value}',
    /** beside an answer the prospect gave (a form reply, their message) */
    from: 'izvor: {source}',
    outcome: 'ishod',
    nothingNoted: '(ništa nije zabilježeno)',
  },
  outcome: { good: 'dobar', bad: 'loš' },
});
