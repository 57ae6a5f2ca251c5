import { translation } from '../catalog.js';
import { batch as english } from '../en/batch.js';

export const batch = translation('bg', english, {
  progressLabel: 'Оценяване',
  scored: { one: 'Оценен е {count} ред от {source} по списъка {criteria}.', other: 'Оценени са {count} реда от {source} по списъка {criteria}.' },
  verdicts: { accept: 'приемане', review: 'уточняване', reject: 'отказ' },
  table: {
    line: 'ред',
    name: 'име',
    score: 'оценка',
    verdict: 'вердикт',
    failed: 'неизпълнени',
    /** a text criterion failed by a red flag: the words it matched in the answer */
    redFlag: '{id} „{words}“',
    toAsk: 'за уточняване',
    more: { one: '… и още {count} ред: за всички редове ползвайте -o ФАЙЛ или --format csv|jsonl', other: '… и още {count} реда: за всички редове ползвайте -o ФАЙЛ или --format csv|jsonl' },
  },
  failsMostOften: 'Най-често не се изпълняват: {list}',
  readWith: 'Как е прочетен файлът: {dialect}.',
  blankLines: { one: '{count} празен ред е пропуснат (не е оценяван).', other: '{count} празни реда са пропуснати (не са оценявани).' },
  blankLinesWritten: { one: '{count} празен ред е пропуснат (не е оценяван, записан е както е бил).', other: '{count} празни реда са пропуснати (не са оценявани, записани са както са били).' },
  invalidCells: { one: '{count} невалидна клетка (брои се за неизвестна)', other: '{count} невалидни клетки (броят се за неизвестни)' },
  shortRows: { one: '{count} къс ред (допълнен с празни клетки)', other: '{count} къси реда (допълнени с празни клетки)' },
  longRows: {
    one: '{count} дълъг ред (излишните клетки са запазени: в CSV след колоните на clientfit, в JSON като "extra")',
    other: '{count} дълги реда (излишните клетки са запазени: в CSV след колоните на clientfit, в JSON като "extra")',
  },
  rowProblems: 'Проблеми в редовете: {list}.',
  theFirst: ' Първите {count}:',
  ragged: { one: 'ред {line}: {count} поле, а заглавният ред има {width}: {what}', other: 'ред {line}: {count} полета, а заглавният ред има {width}: {what}' },
  padded: 'допълнен с празни клетки',
  extraKept: 'излишните клетки са запазени',
  invalidCell: 'ред {line}: {problem}',
  invalidCellColumn: 'ред {line}, колона „{column}“: {problem}',
  kept: { one: 'Остава {count} ред (--only {only}).', other: 'Остават {count} реда (--only {only}).' },
  failOnReached: {
    one: '--fail-on {verdict}: {count} ред получи този вердикт или по-лош (код на изход 3).',
    other: '--fail-on {verdict}: {count} реда получиха този вердикт или по-лош (код на изход 3).',
  },
  wrote: 'Записано в {file}.',
  wroteEncoding: 'Записано в {file} ({encoding}).',
  errors: {
    only: '--only приема вердикти, разделени със запетая: accept, review, reject (а е подадено „{value}“)',
    spreadsheetOutput: '-o {file}: clientfit записва CSV, JSON Lines или JSON, а не файл на електронна таблица',
    spreadsheetOutputHint: 'Дайте на изходния файл разширение .csv (Excel го отваря), .jsonl или .json.',
    nameColumn: '--name-column {column}: няма такава колона{suggestion}',
    headers: 'Заглавия: {headers}',
    outputEncodingFormat: '--output-encoding важи за изход в CSV, не за --format {format} (JSON винаги е в UTF-8)',
    outputEncoding: '--output-encoding {name}: clientfit записва UTF-8, UTF-16 и еднобайтови кодови таблици (windows-1251, windows-1253, windows-1250, latin1 ...), но не {encoding}',
    cannotWriteEncoding: 'предупреждение: clientfit не може да записва {encoding}: изходът е в UTF-8 с BOM (изберете с --output-encoding)',
  },
});
