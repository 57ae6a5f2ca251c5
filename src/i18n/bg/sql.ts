import { translation } from '../catalog.js';
import { sql as english } from '../en/sql.js';

export const sql = translation('bg', english, {
  problems: {
    csvNeedsDuckdb: '--from чете CSV файл, а в една заявка това може само DuckDB; заредете файла в таблица ({example}) и подайте --table',
    csvClickhouse:
      "--from не е наличен с --dialect clickhouse: file() в ClickHouse чете от папката user_files на сървъра, а не от пътя на тази машина, и разчита CSV иначе от batch; заредете файла в таблица (clickhouse-client --query 'INSERT INTO leads FORMAT CSVWithNames' < leads.csv) и подайте --table",
    csvEncoding: 'DuckDB чете CSV като UTF-8, а този файл е в {encoding}: първо го прекодирайте (iconv -f {encoding} -t utf-8) или го оценете с clientfit batch',
    csvPath: 'read_csv в DuckDB не може да прочете точно пътя {path} (приема обратната наклонена черта за разделител на папки): преименувайте или копирайте файла или го оценете с clientfit batch',
    dbtEndraw: 'текст от файла с критерии би затворил блок на Jinja {% raw %} в модела на dbt ({% endraw %}): променете този текст или създайте заявката без --dbt-ref/--dbt-source',
    sigmaContext:
      '{id}: тревожният сигнал „{flag}“ съдържа σ или ς, чиято малка буква зависи от съседните букви (JavaScript прави Σ на ς в края на дума); точно търсене в SQL няма: започнете или завършете сигнала с цяла дума или оценете с clientfit batch',
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
  badName: '{flag} „{name}“ не е име на таблица: всяка част между точките трябва да е просто име (латински букви, цифри, _ или $, не започва с цифра) или име в двойни кавички',
  badNameHint: `Сложете в кавички част с интервали или други знаци: {flag} '"Sales Team".leads' (кавичка вътре се пише "")`,
  fromStdin: '--from посочва файл, който заявката чете по пътя му, а не стандартния вход: първо запишете редовете във файл',
  mapMalformed: '--map „{value}“ не е във вида id=Колона',
  columnsMalformed: '--columns „{value}“ не е един ред имена, разделени със запетаи: сложете в кавички име със запетая или кавичка, както в CSV файл ("Budget, EUR"; кавичка вътре се удвоява)',
  cannotCompile: '{file} не може да се преведе точно в SQL за {dialect}: {problem}',
  also: '  още: {problem}',
  oneSource: 'посочете един източник на редове: --from, --table, --dbt-ref или --dbt-source',
  dbtNoView: '--view създава изглед, а dbt създава свой от модела: махнете --view (materialized се задава в config на модела)',
  dbtParts: '{flag} „{name}“: --dbt-ref приема МОДЕЛ или ПАКЕТ.МОДЕЛ, --dbt-source приема ИЗТОЧНИК.ТАБЛИЦА, както ref() и source() в dbt',
  allowMissingNeedsColumns: '--allow-missing с --table изисква --columns: без колоните на таблицата не се знае кои липсват (заявката ще се провали на първата); изброете ги с --columns',
  alreadyScored: '{source} вече има колоната „{column}“, която заявката добавя (тези редове оценявани ли са вече?): първо премахнете или преименувайте колоните clientfit_',
  checkViewAlone: '--check-view чете дефиницията на изглед и не оценява редове: махнете --from, --table и --view',
  viewTooLarge: '{source} е по-голям от {limit}: подайте дефиницията на изгледа или стойността на clientfit_list',
  viewNoFingerprint: '{source}: в него няма отпечатък на списъка (sha256:…): подайте дефиницията на изгледа или стойността на clientfit_list',
  viewHowTo: 'Изведете я например така (scored_leads е изгледът):',
  viewStale: '{source}: изгледът оценява с друг списък ({found}); днес {file} е {today}',
  viewRemake: 'Създайте изгледа отново с clientfit sql, както е бил създаден (--view ИМЕ).',
  viewCurrent: '{source}: изгледът оценява с {file} такъв, какъвто е днес ({today})',
});
