import { translation } from '../catalog.js';
import { compare as english } from '../en/compare.js';

export const compare = translation('bs', english, {
  progressLabel: 'Poređenje',
  heading: '{comparing}: {before} i {after} na osnovu: {notes}.',
  headings: {
    verdicts: 'Preporuke',
    moves: 'Upiti kojima se mijenja preporuka',
    causes: 'Šta mijenja preporuke',
    outcomes: 'Ishodi',
    flips: 'Upiti s promijenjenom preporukom',
    someFlips: {
      one: 'Prvi {count} od {total} upita s promijenjenom preporukom',
      few: 'Prva {count} od {total} upita s promijenjenom preporukom',
      other: 'Prvih {count} od {total} upita s promijenjenom preporukom',
    },
  },
  columns: { before: 'stara lista', after: 'nova lista', leads: 'upita', change: 'razlika', flips: 'upita se mijenja' },
  acceptance: 'Prihvatanje {from} → {to}: promjena u procentnim poenima {change}{interval}.',
  pairedInterval: ' (95% interval od {from} do {to}, u parovima: isti upiti ocijenjeni po objema listama)',
  intervalMeans: '95% interval je raspon u kojem je prava vrijednost za ovakve upite 95 puta od 100; uzak interval znači da podataka ima dovoljno da budete sigurni.',
  noneChanged: {
    one: 'Nijednom upitu se ne mijenja preporuka: {count} upit dobija istu i po staroj i po novoj listi.',
    few: 'Nijednom upitu se ne mijenja preporuka: sva {count} upita dobijaju istu i po staroj i po novoj listi.',
    other: 'Nijednom upitu se ne mijenja preporuka: svih {count} upita dobija istu i po staroj i po novoj listi.',
  },
  changed: {
    one: '{count} od {leads} upita mijenja preporuku:',
    few: '{count} od {leads} upita mijenjaju preporuku:',
    other: '{count} od {leads} upita mijenja preporuku:',
  },
  change: {
    added: '"{id}": samo u novoj listi',
    removed: '"{id}": samo u staroj listi',
    changed: '"{id}": {aspects}',
    thresholds: 'pragovi (accept/review) {from} → {to}',
  },
  aspects: {
    type: 'vrsta',
    must: 'obaveznost',
    points: 'bodovi',
    expect: 'očekivani odgovor',
    range: 'min/max',
    options: 'opcije',
    red_flags: 'znakovi upozorenja',
    when: 'kada važi',
    column: 'kolona',
  },
  sameLists: 'Obje liste ocjenjuju svaki upit jednako: ne razlikuju se ni u jednom kriteriju, bodovima ni pragu.',
  together: {
    one: '{count} upit mijenja preporuku samo kroz dvije ili više razlika zajedno.',
    few: '{count} upita mijenjaju preporuku samo kroz dvije ili više razlika zajedno.',
    other: '{count} upita mijenja preporuku samo kroz dvije ili više razlika zajedno.',
  },
  causesLegend: 'Razlika mijenja upit kada, poništena sama, upitu vraća staru preporuku; jedan upit može mijenjati više razlika.',
  notTraced: 'Liste se razlikuju na previše mjesta da bi se svaka promjena pratila do svojih upita.',
  outcomesLine: {
    one: 'Brojano na {count} upitu s poznatim ishodom (od {leads}): dobrih {good}, loših {bad}. Upit koji niko nije preuzeo nema ishod, pa se ne broji ni kakav bi bio.',
    few: 'Brojano na {count} upita s poznatim ishodom (od {leads}): dobrih {good}, loših {bad}. Upit koji niko nije preuzeo nema ishod, pa se ne broji ni kakav bi bio.',
    other: 'Brojano na {count} upita s poznatim ishodom (od {leads}): dobrih {good}, loših {bad}. Upit koji niko nije preuzeo nema ishod, pa se ne broji ni kakav bi bio.',
  },
  rows: { badLetIn: 'propušteni loši', goodTurnedAway: 'odbijeni dobri', cost: 'trošak' },
  costLine: 'Trošak računa jednog propuštenog lošeg klijenta kao {cost} × odbijen dobar (--cost-bad-accepted). Nova lista ga mijenja za {change}{interval}.',
  costInterval: ' (95% interval od {from} do {to} na {known} ovakvih upita)',
  costNoInterval: {
    one: '; za interval treba {min} upita s poznatim ishodom kojima se mijenja trošak, a ima {count}',
    few: '; za interval treba {min} upita s poznatim ishodom kojima se mijenja trošak, a ima ih {count}',
    other: '; za interval treba {min} upita s poznatim ishodom kojima se mijenja trošak, a ima ih {count}',
  },
  lineLabel: 'red {line}',
  decisionLabel: 'odluka {id}',
  moreFlips: {
    one: '… i još {count} (svi uz --format json)',
    few: '… i još {count} (svi uz --format json)',
    other: '… i još {count} (svi uz --format json)',
  },
  errors: {
    noInput: 'nema ulaza: navedite CSV s upitima, pošaljite ga na standardni ulaz ili dodajte --journal za poređenje na sačuvanim odlukama',
    noInputExamples: 'Primjer: clientfit compare {before} {after} leads.csv',
    journalLooksLikeLeadsHint: 'Stavite fajl s upitima iza dvije liste: clientfit compare {before} {after} {file} --journal',
    noLeads: 'nema se šta porediti: ulaz nema upita',
  },
});
