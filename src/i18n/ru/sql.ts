import { translation } from '../catalog.js';
import { sql as english } from '../en/sql.js';

export const sql = translation('ru', english, {
  problems: {
    csvNeedsDuckdb: "--from читает CSV-файл, а в одном запросе так умеет только DuckDB; загрузите файл в таблицу (psql: \\copy leads FROM 'leads.csv' CSV HEADER) и передайте --table",
    csvEncoding: 'DuckDB читает CSV как UTF-8, а этот файл в {encoding}: сначала перекодируйте его (iconv -f {encoding} -t utf-8) или оцените через clientfit batch',
    csvPath: 'read_csv в DuckDB не прочитает путь {path} точно (обратную косую черту он принимает за разделитель папок): переименуйте или скопируйте файл либо оцените его через clientfit batch',
    sigmaContext:
      '{id}: в красном флаге «{flag}» есть σ или ς, строчная форма которых зависит от соседних букв (JavaScript превращает Σ в ς в конце слова); точного поиска в SQL для этого нет: начните или закончите флаг целым словом либо оцените через clientfit batch',
    tooManySpellings: '{id}: в «{text}» слишком много σ/ς, чтобы перечислить все написания заглавными; оцените через clientfit batch',
    notLowerCase: '«{text}» меняется при повторном переводе в нижний регистр; оцените через clientfit batch',
    coreChanged: '{what} в чтении ответов незнаком компилятору SQL: это ошибка в clientfit, пожалуйста, сообщите о ней',
  },
  ambiguousColumn: '{source}: колонок с именем «{header}» несколько (всего {count}), а «{id}» читает колонку с этим именем: непонятно, какую из них брать',
  columns: 'Колонки: {columns}',
  mapHint: {
    one: 'Сопоставьте колонку через --map {id}="{column}" или передайте --allow-missing, чтобы считать его неизвестным.',
    few: 'Сопоставьте колонку через --map {id}="{column}" или передайте --allow-missing, чтобы считать их неизвестными.',
    many: 'Сопоставьте колонку через --map {id}="{column}" или передайте --allow-missing, чтобы считать их неизвестными.',
    other: 'Сопоставьте колонку через --map {id}="{column}" или передайте --allow-missing, чтобы считать их неизвестными.',
  },
  columnPlaceholder: 'Колонка',
  quotedSpaces: '{source}:{line}: строка из одних пробелов, часть в кавычках: batch её оценит, а read_csv в DuckDB не отличит от пустой; оцените файл через clientfit batch',
  mixedEndings: '{source}: в файле смешаны разные переводы строк ({counts}), а read_csv в DuckDB читает их иначе; приведите их к одному виду или оцените через clientfit batch',
  noRows: 'укажите, какие строки оценивать: --from ФАЙЛ.csv (DuckDB) или --table ИМЯ',
  noRowsExamples: 'Примеры: clientfit sql --from leads.csv | duckdb',
  noRowsExamples2: '         clientfit sql --dialect postgres --table crm.leads --view scored_leads | psql',
  badName: '{flag} «{name}» — не имя таблицы: каждая часть между точками должна быть простым именем (латинские буквы, цифры, _ или $, не с цифры в начале) или именем в двойных кавычках',
  badNameHint: `Часть с пробелами или другими символами возьмите в кавычки: {flag} '"Sales Team".leads' (кавычка внутри пишется как "")`,
  fromStdin: '--from называет файл, который запрос читает по пути, а не стандартный ввод: сначала сохраните строки в файл',
  mapMalformed: '--map «{value}»: нужно в виде id=Колонка',
  columnsMalformed: '--columns «{value}» — не одна строка имён через запятую: имя с запятой или кавычкой возьмите в кавычки, как в CSV-файле ("Budget, EUR"; кавычка внутри удваивается)',
  cannotCompile: 'не удаётся точно перевести {file} в SQL для {dialect}: {problem}',
  also: '  ещё: {problem}',
});
