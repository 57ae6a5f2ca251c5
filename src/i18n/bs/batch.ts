import { translation } from '../catalog.js';
import { batch as english } from '../en/batch.js';

export const batch = translation('bs', english, {
  progressLabel: 'Ocjenjivanje',
  scored: {
    one: 'Ocijenjen je {count} red iz {source} po kriterijima: {criteria}.',
    few: 'Ocijenjena su {count} reda iz {source} po kriterijima: {criteria}.',
    other: 'Ocijenjeno je {count} redova iz {source} po kriterijima: {criteria}.',
  },
  verdicts: { accept: 'prihvatanje', review: 'razmatranje', reject: 'odbijanje' },
  table: {
    line: 'red',
    name: 'ime',
    score: 'ocjena',
    verdict: 'preporuka',
    failed: 'nije ispunjeno',
    /** a text criterion failed by a red flag: the words it matched in the answer */
    redFlag: '{id} „{words}“',
    toAsk: 'pitati',
    more: {
      one: '… i još {count} red: sve redove daje -o FAJL ili --format csv|jsonl',
      few: '… i još {count} reda: sve redove daje -o FAJL ili --format csv|jsonl',
      other: '… i još {count} redova: sve redove daje -o FAJL ili --format csv|jsonl',
    },
  },
  failsMostOften: 'Najčešće padaju: {list}',
  readWith: 'Pročitano uz: {dialect}.',
  blankLines: {
    one: '{count} prazan red preskočen (nije ocijenjen).',
    few: '{count} prazna reda preskočena (nisu ocijenjena).',
    other: '{count} praznih redova preskočeno (nisu ocijenjeni).',
  },
  blankLinesWritten: {
    one: '{count} prazan red preskočen (nije ocijenjen, upisan je kakav je bio).',
    few: '{count} prazna reda preskočena (nisu ocijenjena, upisana su kakva su bila).',
    other: '{count} praznih redova preskočeno (nisu ocijenjeni, upisani su kakvi su bili).',
  },
  invalidCells: {
    one: '{count} neispravna ćelija (računa se kao nepoznata)',
    few: '{count} neispravne ćelije (računaju se kao nepoznate)',
    other: '{count} neispravnih ćelija (računaju se kao nepoznate)',
  },
  shortRows: {
    one: '{count} kratak red (dopunjen praznim ćelijama)',
    few: '{count} kratka reda (dopunjena praznim ćelijama)',
    other: '{count} kratkih redova (dopunjeni praznim ćelijama)',
  },
  longRows: {
    one: '{count} dug red (višak ćelija zadržan: u CSV-u iza kolona clientfita, u JSON-u kao "extra")',
    few: '{count} duga reda (višak ćelija zadržan: u CSV-u iza kolona clientfita, u JSON-u kao "extra")',
    other: '{count} dugih redova (višak ćelija zadržan: u CSV-u iza kolona clientfita, u JSON-u kao "extra")',
  },
  rowProblems: 'Problemi u redovima: {list}.',
  theFirst: ' Prvih {count}:',
  ragged: {
    one: 'red {line}: {count} polje, a zaglavlje ima {width}: {what}',
    few: 'red {line}: {count} polja, a zaglavlje ima {width}: {what}',
    other: 'red {line}: {count} polja, a zaglavlje ima {width}: {what}',
  },
  padded: 'dopunjen praznim ćelijama',
  extraKept: 'višak ćelija zadržan',
  invalidCell: 'red {line}: {problem}',
  invalidCellColumn: 'red {line}, kolona "{column}": {problem}',
  kept: {
    one: 'Zadržan je {count} red (--only {only}).',
    few: 'Zadržana su {count} reda (--only {only}).',
    other: 'Zadržano je {count} redova (--only {only}).',
  },
  failOnReached: {
    one: '--fail-on {verdict}: {count} red je dobio tu preporuku ili goru (izlazni kod 3).',
    few: '--fail-on {verdict}: {count} reda su dobila tu preporuku ili goru (izlazni kod 3).',
    other: '--fail-on {verdict}: {count} redova je dobilo tu preporuku ili goru (izlazni kod 3).',
  },
  wrote: 'Upisano u {file}.',
  wroteEncoding: 'Upisano u {file} ({encoding}).',
  errors: {
    only: '--only prima preporuke odvojene zarezom: accept, review, reject (navedeno "{value}")',
    spreadsheetOutput: '-o {file}: clientfit piše CSV, JSON Lines ili JSON, a ne tabelu',
    spreadsheetOutputHint: 'Nazovite izlaz .csv (Excel ga otvara), .jsonl ili .json.',
    nameColumn: '--name-column {column}: nema takve kolone{suggestion}',
    headers: 'Zaglavlja: {headers}',
    outputEncodingFormat: '--output-encoding važi za CSV izlaz, a ne za --format {format} (JSON je uvijek UTF-8)',
    outputEncoding: '--output-encoding {name}: clientfit piše UTF-8, UTF-16 i jednobajtne kodne stranice (windows-1251, windows-1253, windows-1250, latin1 ...), ali ne {encoding}',
    cannotWriteEncoding: 'upozorenje: clientfit ne može pisati {encoding}: izlaz je UTF-8 s BOM-om (izaberite pomoću --output-encoding)',
  },
});
