import { translation } from '../catalog.js';
import { problems as english } from '../en/problems.js';

export const problems = translation('bs', english, {
  got: {
    nothing: 'ništa',
    null: 'null',
    list: 'lista',
    mapping: 'mapa',
    text: '„{text}“',
  },
  kinds: {
    text: 'tekst',
    number: 'broj',
    boolean: 'true ili false',
    list: 'lista',
    mapping: 'mapa',
  },
  separator: '; ',
  or: ' ili ',
  file: 'fajl',
  didYouMean: ' (možda ste mislili „{suggestion}“?)',
  verdicts: { accept: 'prihvatanje', review: 'razmatranje', reject: 'odbijanje' },

  answer: {
    notYesNo: 'očekuje se „da“ ili „ne“',
    notYesNoGot: 'očekuje se „da“ ili „ne“, a ne „{raw}“',
    notANumber: 'očekuje se broj',
    notANumberGot: 'očekuje se broj, a ne „{raw}“',
    commaHint: ': separator hiljada odvaja tačno tri cifre; ako je zarez ovdje decimalni, dodajte --decimal-comma',
    commaHintPrompt: ': separator hiljada odvaja tačno tri cifre; decimale pišite s tačkom: 30.5',
    ambiguous: '„{raw}“ može biti i {decimal} i {thousands}',
    ambiguousHint: '„{raw}“ može biti i {decimal} i {thousands}: za {comma} dodajte --decimal-comma (ili kriteriju dajte decimal: comma), za {point} kriteriju dajte decimal: point',
    notOneOf: 'očekuje se jedna od opcija: {options}',
    notOneOfGot: 'očekuje se jedna od opcija: {options}, a ne „{raw}“',
    notText: 'očekuje se tekst',
    notAnOutcome: 'očekuje se „dobar“ ili „loš“, a ne „{raw}“',
  },

  reason: {
    expectedYes: 'trebalo je „da“',
    expectedNo: 'trebalo je „ne“',
    belowMinimum: 'ispod minimuma od {min}',
    aboveMaximum: 'iznad maksimuma od {max}',
    dealbreakerOption: '„{label}“ znači odmah odbiti',
    notAnOption: 'takve opcije nema',
    redFlag: 'spominje „{words}“',
  },

  criteria: {
    unknownKey: '{where}: takav ključ ne postoji{suggestion}',
    required: '{where} je obavezan, a nedostaje',
    notAMapping: 'fajl mora biti mapa s ključevima version, thresholds i criteria (a ovdje je {got})',
    wrongType: '{where} mora biti {expected} (a ovdje je {got})',
    notOneOfValues: '{where} mora biti jedno od: {values} (a ovdje je {got})',
    tooFewItems: {
      one: '{where} treba imati bar {count} stavku',
      few: '{where} treba imati bar {count} stavke',
      other: '{where} treba imati bar {count} stavki',
    },
    emptyText: '{where} ne smije biti prazno',
    tooSmall: '{where} mora biti najmanje {minimum} (a ovdje je {got})',
    tooManyItems: '{where} ima više od {maximum} stavki',
    tooBig: '{where} može biti najviše {maximum} (a ovdje je {got})',
    badId: '{where} mora počinjati malim latiničnim slovom i sadržavati samo a-z, 0-9 i _ (a ovdje je {got})',
    reservedId: '{where} je rezervisano ime: izaberite drugi id',
    notTrueFalse: '{where} mora biti true ili false (a ovdje je „{raw}“)',
    schema: '{where}: {detail}',
    onlyForTypes: '{where} postoji samo za kriterije tipa {types}, ne za {type}',
    choiceNeedsOptions: '{where} nema options: kriterij s izborom navodi svoje odgovore u options',
    choicePointsUnused: '{where} se ne koristi kod kriterija s izborom: dajte bodove svakoj opciji',
    minAboveMax: '{where} ne smije biti veće od max ({min} > {max})',
    expectNotYesNo: '{where} mora biti „da“ ili „ne“ (a ovdje je „{raw}“)',
    cueNotYesNo: '{where}: nagovještaji za pitanje „da/ne“ pišu se pod yes ili no (a ovdje je „{key}“)',
    cueNotOption: '{where}: „{key}“ nije među ponuđenim odgovorima; nagovještaji se pišu pod vrijednošću odgovora',
    cueNotNear: '{where}: nagovještaji za brojčano pitanje pišu se pod near (a ovdje je „{key}“)',
    duplicateOption: '{where}: „{value}“ je navedeno dvaput',
    noPassingOption: '{where}: nijedna opcija ne prolazi, sve imaju fail: true',
    duplicateId: '{where}: „{id}“ je već id od criteria[{first}]',
    whenNeverAnswer: '{where}: „{value}“ nikad nije odgovor na „{id}“ (kriterij tipa {type})',
    targetAcceptOrder: '{where} mora biti [donja, gornja] granica, s donjom <= gornjom (a ovdje je [{low}, {high}])',
    askNotAnOption: '{where}: „{value}“ nije među opcijama ovog kriterija ({values})',
  },

  yaml: {
    duplicateKey: 'ključ „{key}“ se ponavlja, a u mapi svaki ključ smije biti samo jednom',
    tagNotAllowed: {
      criteria: 'tagovi ({tag}) nisu dozvoljeni: fajl s kriterijima ima obične vrijednosti, bez tagova',
      answers: 'tagovi ({tag}) nisu dozvoljeni: fajl s odgovorima ima obične vrijednosti, bez tagova',
    },
    unknownTag: {
      criteria: 'nepoznat tag {tag}: fajl s kriterijima ima obične vrijednosti, bez tagova',
      answers: 'nepoznat tag {tag}: fajl s odgovorima ima obične vrijednosti, bez tagova',
    },
    aliasNotAllowed: {
      criteria: 'reference (*{alias}) nisu dozvoljene u fajlu s kriterijima: napišite vrijednost cijelu',
      answers: 'reference (*{alias}) nisu dozvoljene u fajlu s odgovorima: napišite vrijednost cijelu',
    },
    anchorNotAllowed: {
      criteria: 'sidra (&{anchor}) nisu dozvoljena u fajlu s kriterijima',
      answers: 'sidra (&{anchor}) nisu dozvoljena u fajlu s odgovorima',
    },
    reservedKey: {
      criteria: '„{key}“ je rezervisano ime i ne može biti ključ u fajlu s kriterijima',
      answers: '„{key}“ je rezervisano ime i ne može biti ključ u fajlu s odgovorima',
    },
    tooDeep: {
      criteria: 'ugniježđeno dublje od {max} nivoa, a fajl s kriterijima je obična lista',
      answers: 'ugniježđeno dublje od {max} nivoa, a fajl s odgovorima je obična lista',
    },
    emptyFile: 'fajl je prazan, a treba imati version, thresholds i criteria (šablon daje `clientfit init`)',
    utf16: 'fajl je u UTF-16 (ili UTF-32), a ne u UTF-8: sačuvajte ga kao UTF-8 (fajlovi s kriterijima su u UTF-8, oznaka redoslijeda bajtova je dozvoljena)',
    notUtf8: 'ovaj bajt nije UTF-8: sačuvajte fajl kao UTF-8 (fajlovi s kriterijima su u UTF-8, oznaka redoslijeda bajtova je dozvoljena)',
    nulByte: 'NUL bajt, a fajl s kriterijima je UTF-8 tekst (fajlovi s kriterijima su u UTF-8, oznaka redoslijeda bajtova je dozvoljena)',
  },

  journal: {
    notJson: 'red nije JSON',
    notAnObject: 'red nije JSON objekat',
    unknownLineType: 'nepoznata vrsta reda {type}',
    invalidLine: 'neispravan red vrste {type} ({details})',
    lineTooLong: 'duži od {limit}, nije red dnevnika',
    idConflict: {
      decision: 'odluka {id} već postoji u redu {first}, ali s drugim sadržajem (koristi se red {first})',
      outcome: 'ishod {id} već postoji u redu {first}, ali s drugim sadržajem (koristi se red {first})',
    },
  },

  calibration: {
    noLeads: 'nema se na čemu kalibrirati: nije pročitan nijedan upit',
    badCost: 'očekuje se broj, 0 ili veći',
  },

  lint: {
    tooManyMusts: {
      one: '{count} obavezan kriterij (više od {max}): malo klijenata ispuni sve; zadržite samo one bez kojih zaista ne ide',
      few: '{count} obavezna kriterija (više od {max}): malo klijenata ispuni sve; zadržite samo one bez kojih zaista ne ide',
      other: '{count} obaveznih kriterija (više od {max}): malo klijenata ispuni sve; zadržite samo one bez kojih zaista ne ide',
    },
    tooManyCriteria: {
      one: '{count} kriterij (više od {max}): to je lista želja, a ne minimalni zahtjevi; zadržite nekoliko koji su važni',
      few: '{count} kriterija (više od {max}): to je lista želja, a ne minimalni zahtjevi; zadržite nekoliko koji su važni',
      other: '{count} kriterija (više od {max}): to je lista želja, a ne minimalni zahtjevi; zadržite nekoliko koji su važni',
    },
    mustInEffect:
      '„{id}“ je u praksi obavezan: ako padne samo on, a sve ostalo prođe, ocjena je {score}, ispod praga za prihvatanje ({accept}); smanjite mu bodove ili prag, ili ga označite s must: true ako bez njega zaista ne ide',
    acceptsEveryone: 'bez obaveznog kriterija klijent koji padne na svemu i dalje dobije ocjenu {score} i prihvaćen je',
    acceptsEveryoneAtZero: 'prag za prihvatanje je 0 i nijedan kriterij nije obavezan: prihvaćen je svaki klijent',
    unreachable: 'čak ni klijent koji prođe sve kriterije nije prihvaćen (ocjena {score}, preporuka „{verdict}“)',
    reviewAboveAccept: 'prag za razmatranje ({review}) je iznad praga za prihvatanje ({accept}): „razmatranje“ se tada dobija samo kad je obavezni kriterij nepoznat',
    whenUnknown: '„{id}“ zavisi od „{parent}“, a takav kriterij ne postoji{suggestion}: nikad se ne primjenjuje',
    whenLater: '„{id}“ zavisi od „{parent}“, koji se pita kasnije: nikad se ne primjenjuje (premjestite „{parent}“ iznad njega)',
    whenItself: '„{id}“ zavisi sam od sebe: nikad se ne primjenjuje (premjestite „{parent}“ iznad njega)',
    sharedColumn: '„{first}“ i „{second}“ čitaju istu kolonu „{column}“: dajte svakom svoju',
    acceptsUnknown: 'klijent o kojem se ništa ne zna je prihvaćen: dajte kriterijima bodove, jedan označite kao obavezan ili postavite thresholds.max_unknown',
    maxUnknownAllowsAll: {
      one: 'thresholds.max_unknown je {maxUnknown}, a lista ima {count} kriterij: svi odgovori mogu biti nepoznati, pa ništa ne ograničava; smanjite ga',
      few: 'thresholds.max_unknown je {maxUnknown}, a lista ima {count} kriterija: svi odgovori mogu biti nepoznati, pa ništa ne ograničava; smanjite ga',
      other: 'thresholds.max_unknown je {maxUnknown}, a lista ima {count} kriterija: svi odgovori mogu biti nepoznati, pa ništa ne ograničava; smanjite ga',
    },
    formWithoutQuestions: 'fajl ima odjeljak form:, ali nijedan kriterij nema pitanje za klijenta (ask:): obrazac bi bio prazan',
  },

  criteriaFile: {
    cannotRead: 'fajl s kriterijima {file} se ne može pročitati: {reason}',
    createOne: 'Napravite ga sa `clientfit init` ili navedite drugi sa -c FAJL.',
    tooLarge: 'fajl s kriterijima {file} je veći od {limit}, granice za fajl s kriterijima: je li to pravi fajl?',
  },

  report: {
    code: '[{code}]',
    more: '... i još {count}',
    found: {
      one: 'U {file} pronađen je {count} problem.',
      few: 'U {file} pronađena su {count} problema.',
      other: 'U {file} pronađeno je {count} problema.',
    },
  },
});
