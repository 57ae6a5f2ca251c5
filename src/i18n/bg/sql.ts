import { translation } from '../catalog.js';
import { sql as english } from '../en/sql.js';

export const sql = translation('bg', english, {
  problems: {
    csvNeedsDuckdb: "--from чете CSV файл, а в една заявка това може само DuckDB; заредете файла в таблица (psql: \\copy leads FROM 'leads.csv' CSV HEADER) и подайте --table",
    csvEncoding: 'DuckDB чете CSV като UTF-8, а този файл е в {encoding}: първо го прекодирайте (iconv -f {encoding} -t utf-8) или го оценете с clientfit batch',
    sigmaContext:
      '{id}: червеният флаг „{flag}“ съдържа σ или ς, чиято малка буква зависи от съседните букви (JavaScript прави Σ на ς в края на дума); точно търсене в SQL няма: започнете или завършете флага с цяла дума или оценете с clientfit batch',
    tooManySpellings: '{id}: „{text}“ има твърде много σ/ς, за да се изброят всички изписвания с главни; оценете с clientfit batch',
    notLowerCase: '„{text}“ се променя при повторно сваляне в малки букви; оценете с clientfit batch',
    coreChanged: '{what} в четенето на отговори е непознат за SQL компилатора: това е грешка в clientfit, моля, съобщете за нея',
  },
  ambiguousColumn: '{source}: колоната „{header}“ се среща {count} пъти и „{id}“ я чете: не е ясно коя се има предвид',
  columns: 'Колони: {columns}',
  mapHint: {
    one: 'Свържете колона с --map {id}="{column}" или подайте --allow-missing, за да се брои за неизвестен.',
    other: 'Свържете колона с --map {id}="{column}" или подайте --allow-missing, за да се броят за неизвестни.',
  },
  columnPlaceholder: 'Колона',
  quotedSpaces: '{source}:{line}: ред само от интервали, част от тях в кавички: batch го оценява, а read_csv на DuckDB не го различава от празен ред; оценете файла с clientfit batch',
  mixedEndings: '{source}: във файла има различни знаци за край на ред ({counts}), а read_csv на DuckDB ги чете различно; уеднаквете ги или оценете файла с clientfit batch',
  noRows: 'посочете редовете за оценка: --from ФАЙЛ.csv (DuckDB) или --table ИМЕ',
  noRowsExamples: 'Примери: clientfit sql --from leads.csv | duckdb',
  noRowsExamples2: '         clientfit sql --dialect postgres --table crm.leads --view scored_leads | psql',
  mapMalformed: '--map „{value}“ не е във вида id=Колона',
  cannotCompile: '{file} не може да се преведе точно в SQL за {dialect}: {problem}',
  also: '  още: {problem}',
});
