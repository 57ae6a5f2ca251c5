/** `clientfit sql`: the criteria compiled to one SQL statement for DuckDB, PostgreSQL or ClickHouse. */
import { parseMapOptions, resolveColumns, type ColumnMap } from '../../../core/columns.js';
import { didYouMean } from '../../suggest.js';
import { createReadStream } from 'node:fs';
import { parseRecords, rawFields, type LineEndings } from '../../../csv/parse.js';
import { DataError, ExitCode, UserError } from '../../../errors.js';
import type { AllWords, Voice } from '../../../i18n/index.js';
import { plain } from '../../../render/locale.js';
import { compileSql, FINGERPRINT, RESULT_COLUMNS, type SqlProblem, type SqlSource } from '../../../sql/compile.js';
import { DIALECT } from '../../../sql/dialect.js';
import { parseName, type SqlName } from '../../../sql/names.js';
import { printable } from '../../../render/sanitize.js';
import { describeSource, displayPath, loadCriteriaFile, type LoadedCriteria } from '../../criteria-file.js';
import { checkStdin, write, type IO } from '../../io.js';
import { formatBytes, readFileBounded, readStreamBounded, type Bounded } from '../../bounded-read.js';
import { describeFsError } from '../../fs-errors.js';
import { resolve } from 'node:path';
import { openLeads } from '../../leads-input.js';
import type { SqlFlags } from './types.js';

/** How each engine loads a CSV file into a table, for the --from refusal (commands, not words). */
const LOAD_CSV: Readonly<Record<string, string>> = {
  postgres: "psql: \\copy leads FROM 'leads.csv' CSV HEADER",
  mysql: "mariadb/mysql: LOAD DATA LOCAL INFILE 'leads.csv' INTO TABLE leads FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '\"' IGNORE 1 LINES",
};

/** Words a refusal: which criterion, which rule, and what to do instead. */
export function describeProblem(t: AllWords['sql']['problems'], problem: SqlProblem): string {
  switch (problem.code) {
    case 'csv-needs-duckdb':
      return problem.dialect === 'clickhouse' ? t.csvClickhouse : t.csvNeedsDuckdb({ example: LOAD_CSV[problem.dialect] ?? LOAD_CSV.postgres! });
    case 'csv-encoding':
      return t.csvEncoding({ encoding: problem.encoding });
    case 'csv-path':
      return t.csvPath({ path: printable(problem.path) });
    case 'dbt-endraw':
      return t.dbtEndraw;
    case 'name-parts':
      return t.nameParts({ flag: problem.which === 'table' ? '--table' : '--view', name: printable(problem.name), dialect: problem.dialect });
    case 'sigma-context':
      return t.sigmaContext({ id: problem.id, flag: problem.flag });
    case 'too-many-spellings':
      return t.tooManySpellings({ id: problem.id, text: problem.text });
    case 'not-lower-case':
      return t.notLowerCase({ text: problem.text });
    case 'core-changed':
      return t.coreChanged({ what: problem.what });
  }
}

function columnErrors(voice: Voice, source: string, names: readonly string[], columns: ColumnMap, criteriaIds: readonly string[], allowMissing: boolean): void {
  const t = voice.words;
  for (const unknown of columns.unknownIds) {
    throw new UserError(t.common.leads.mapUnknown({ id: unknown.id, suggestion: didYouMean(voice.words.common, unknown.id, criteriaIds) }));
  }
  if (columns.ambiguous.length > 0) {
    const [first] = columns.ambiguous;
    throw new UserError(t.sql.ambiguousColumn({ source, header: first!.header, count: plain(voice.lang, first!.positions.length), id: first!.id }));
  }
  if (columns.missing.length > 0 && !allowMissing) {
    const count = columns.missing.length;
    const example = columns.missing.find((entry) => entry.suggestion !== undefined) ?? columns.missing[0]!;
    throw new UserError(t.common.leads.noColumn({ source, count: plain(voice.lang, count) }), {
      details: [
        ...columns.missing.map(({ id, tried, suggestion }) =>
          t.common.leads.tried({ id, names: tried.map((name) => `"${name}"`).join(', '), suggestion: suggestion === undefined ? '' : t.common.didYouMean({ word: suggestion }) }),
        ),
        t.sql.columns({ columns: names.map((name) => `"${name}"`).join(', ') }),
        t.sql.mapHint({ count, id: example.id, column: example.suggestion ?? t.sql.columnPlaceholder }),
      ],
    });
  }
}

type CsvSurprise = { readonly code: 'mixed-line-endings'; readonly endings: LineEndings } | { readonly code: 'quoted-spaces'; readonly line: number };

/** A quoted field that is empty (`""`, maybe padded): DuckDB reads it as '', which is not a blank cell. */
const QUOTED_EMPTY = /^""[ \t]*$/u;

/**
 * Reads the whole UTF-8 file with batch's record parser for what DuckDB's read_csv would read
 * differently: records ended by more than one kind of line ending (DuckDB takes one for the
 * file), and rows batch scores but the statement takes for blank (only whitespace, some of it quoted).
 */
async function scanCsv(path: string, delimiter: string): Promise<CsvSurprise | undefined> {
  const endings: LineEndings = { crlf: 0, lf: 0, cr: 0 };
  const decoder = new TextDecoder('utf-8', { ignoreBOM: false });
  let pending = '';
  let line = 1;
  const check = (final: boolean): CsvSurprise | undefined => {
    const result = parseRecords(pending, { delimiter, line, final, endings, raw: true });
    for (const record of result.records) {
      if (record.blank || record.quoted === 0 || !record.fields.every((field) => /^\s*$/u.test(field))) continue;
      if (!rawFields(record.raw ?? '', delimiter).some((field) => QUOTED_EMPTY.test(field))) return { code: 'quoted-spaces', line: record.line };
    }
    if ([endings.crlf, endings.lf, endings.cr].filter((count) => count > 0).length > 1) return { code: 'mixed-line-endings', endings };
    // A broken quote is batch's error to word; DuckDB reads no further than the statement lets it.
    if (result.problem !== undefined) return undefined;
    pending = pending.slice(result.cursor);
    line = result.cursorLine;
    return undefined;
  };
  for await (const chunk of createReadStream(path)) {
    pending += decoder.decode(chunk as Buffer, { stream: true });
    const found = check(false);
    if (found !== undefined) return found;
  }
  pending += decoder.decode();
  return check(true);
}

function describeSurprise(t: AllWords['sql'], source: string, surprise: CsvSurprise): string {
  if (surprise.code === 'quoted-spaces') {
    return t.quotedSpaces({ source, line: String(surprise.line) });
  }
  const { crlf, lf, cr } = surprise.endings;
  const counts = [
    [crlf, 'CRLF'],
    [lf, 'LF'],
    [cr, 'CR'],
  ]
    .flatMap(([count, name]) => (count === 0 ? [] : [`${String(count)} ${String(name)}`]))
    .join(', ');
  return t.mixedEndings({ source, counts });
}

/** The source already has a column the statement adds (it was scored before): the engine would refuse the duplicate. */
function alreadyScored(t: AllWords['sql'], source: string, names: readonly string[]): void {
  const taken = names.find((name) => (RESULT_COLUMNS as readonly string[]).includes(name.toLowerCase()));
  if (taken !== undefined) throw new UserError(t.alreadyScored({ source: printable(source), column: printable(taken) }));
}

const fingerprintOf = (loaded: LoadedCriteria): string => `sha256:${loaded.sha256}`;

/**
 * `--check-view FILE`: whether a view's list is the criteria file's today, from the view's
 * definition or its clientfit_list value (read from a file or standard input, no database).
 */
async function checkView(io: IO, flags: SqlFlags, file: string): Promise<number> {
  if (flags.from !== undefined || flags.table !== undefined || flags.view !== undefined || flags.dbtRef !== undefined || flags.dbtSource !== undefined)
    throw new UserError(io.voice.words.sql.checkViewAlone);
  const loaded = await loadCriteriaFile(io, flags.criteria);
  let display = '<stdin>';
  let read: Bounded;
  if (file === '-') {
    checkStdin(io);
    read = await readStreamBounded(io.stdin);
  } else {
    const path = resolve(io.cwd, file);
    display = displayPath(io, path);
    try {
      read = readFileBounded(path);
    } catch (error) {
      throw new DataError(io.voice.words.common.cannotRead({ source: display, reason: describeFsError(io.voice.words.common, error) }));
    }
  }
  if (!read.ok) throw new DataError(io.voice.words.sql.viewTooLarge({ source: display, limit: formatBytes(read.limit) }));
  const found = [...new Set(read.bytes.toString('latin1').match(FINGERPRINT) ?? [])];
  const today = fingerprintOf(loaded);
  if (found.length === 0) throw new UserError(io.voice.words.sql.viewNoFingerprint({ source: display }), { details: [io.voice.words.sql.viewHowTo, ...VIEW_QUERIES] });
  const other = found.find((fingerprint) => fingerprint !== today);
  if (other !== undefined) {
    throw new DataError(io.voice.words.sql.viewStale({ source: display, found: other, file: loaded.display, today }), { details: [io.voice.words.sql.viewRemake] });
  }
  await write(io.stdout, `${io.voice.words.sql.viewCurrent({ source: display, file: loaded.display, today })}\n`);
  return ExitCode.ok;
}

/** How to print a view's definition or its list column, per engine (commands, not words). */
const VIEW_QUERIES = [
  `  psql -Atc "SELECT pg_get_viewdef('scored_leads')" | clientfit sql --check-view -`,
  `  clickhouse-client -q "SELECT create_table_query FROM system.tables WHERE name = 'scored_leads'" | clientfit sql --check-view -`,
  `  duckdb leads.db -noheader -list -c "SELECT sql FROM duckdb_views() WHERE view_name = 'scored_leads'" | clientfit sql --check-view -`,
  `  psql -Atc "SELECT clientfit_list FROM scored_leads LIMIT 1" | clientfit sql --check-view -`,
];

/** --columns read as one CSV line, so that a name holding a comma is written "Budget, EUR". */
function columnList(t: AllWords['sql'], text: string): string[] {
  const parsed = parseRecords(text, { delimiter: ',', line: 1, final: true });
  if (parsed.problem !== undefined || parsed.records.length !== 1) throw new UserError(t.columnsMalformed({ value: printable(text) }));
  return parsed.records[0]!.fields.map((name) => name.trim()).filter((name) => name !== '');
}

/** --table or --view as its parts, or a usage error showing how to quote one. */
function nameOption(t: AllWords['sql'], flag: '--table' | '--view' | '--dbt-ref' | '--dbt-source', text: string): SqlName {
  const name = parseName(text);
  if (name === undefined) throw new UserError(t.badName({ flag, name: printable(text) }), { details: [t.badNameHint({ flag })] });
  return name;
}

/** --dbt-ref MODEL (or PACKAGE.MODEL) or --dbt-source SOURCE.TABLE, as dbt's ref() and source() take them. */
function dbtSource(t: AllWords['sql'], flags: SqlFlags): (SqlSource & { kind: 'dbt' }) | undefined {
  if (flags.dbtRef !== undefined) {
    const name = nameOption(t, '--dbt-ref', flags.dbtRef);
    if (name.length > 2) throw new UserError(t.dbtParts({ flag: '--dbt-ref', name: printable(flags.dbtRef) }));
    return { kind: 'dbt', call: 'ref', args: name.map((part) => part.text) };
  }
  if (flags.dbtSource !== undefined) {
    const name = nameOption(t, '--dbt-source', flags.dbtSource);
    if (name.length !== 2) throw new UserError(t.dbtParts({ flag: '--dbt-source', name: printable(flags.dbtSource) }));
    return { kind: 'dbt', call: 'source', args: name.map((part) => part.text) };
  }
  return undefined;
}

export async function runSql(io: IO, flags: SqlFlags): Promise<number> {
  if (flags.checkView !== undefined) return checkView(io, flags, flags.checkView);
  const given = [flags.from, flags.table, flags.dbtRef, flags.dbtSource].filter((option) => option !== undefined).length;
  if (given === 0) {
    throw new UserError(io.voice.words.sql.noRows, {
      details: [io.voice.words.sql.noRowsExamples, io.voice.words.sql.noRowsExamples2],
    });
  }
  if (given > 1) throw new UserError(io.voice.words.sql.oneSource);
  const view = flags.view === undefined ? undefined : nameOption(io.voice.words.sql, '--view', flags.view);
  const dbt = dbtSource(io.voice.words.sql, flags);
  if (dbt !== undefined && view !== undefined) throw new UserError(io.voice.words.sql.dbtNoView);
  const table = flags.table === undefined ? undefined : nameOption(io.voice.words.sql, '--table', flags.table);
  /** what messages call the rows: the table, or the dbt model's source */
  const rows = flags.table ?? flags.dbtRef ?? flags.dbtSource ?? '';
  const dialect = DIALECT[flags.dialect];
  if (flags.from !== undefined && dialect.name !== 'duckdb') throw new UserError(describeProblem(io.voice.words.sql.problems, { code: 'csv-needs-duckdb', dialect: dialect.name }));
  const loaded = await loadCriteriaFile(io, flags.criteria);
  const criteria = loaded.criteria;
  let source: SqlSource;
  let columns: (string | undefined)[];
  let decimalComma = flags.decimalComma === true;
  if (flags.from !== undefined) {
    if (flags.from === '-') throw new UserError(io.voice.words.sql.fromStdin);
    const leads = await openLeads(
      io,
      flags.from,
      criteria,
      { encoding: flags.encoding, delimiter: flags.delimiter, decimalComma: flags.decimalComma, map: flags.map, allowMissing: flags.allowMissing },
      (message) => io.stderr.write(`${message}\n`),
    );
    const { header } = leads;
    if (leads.path !== undefined && /^utf-?8$/iu.test(header.encoding)) {
      const surprise = await scanCsv(leads.path, header.delimiter);
      if (surprise !== undefined) throw new UserError(describeSurprise(io.voice.words.sql, leads.source, surprise), { exitCode: ExitCode.usage });
    }
    alreadyScored(io.voice.words.sql, leads.source, header.names);
    // Every line before the header (a sep= line, blank lines) is skipped: DuckDB would take the first for the header.
    source = { kind: 'csv', path: leads.path!, names: header.names, delimiter: header.delimiter, skip: header.line - 1, encoding: header.encoding };
    columns = leads.columns.indexes.map((index) => (index < 0 ? undefined : header.names[index]));
    decimalComma = leads.decimalComma;
  } else {
    // Without the table's columns nothing tells which are missing: the query would fail on the first.
    if (flags.allowMissing === true && flags.columns === undefined) throw new UserError(io.voice.words.sql.allowMissingNeedsColumns);
    const overrides = parseMapOptions(flags.map ?? []);
    if (overrides.malformed !== undefined) {
      throw new UserError(io.voice.words.sql.mapMalformed({ value: overrides.malformed }), { details: [io.voice.words.common.leads.mapExample] });
    }
    const names = flags.columns !== undefined ? columnList(io.voice.words.sql, flags.columns) : criteria.criteria.map((criterion) => overrides.map.get(criterion.id) ?? criterion.column[0]!);
    if (flags.columns !== undefined) alreadyScored(io.voice.words.sql, rows, names);
    const map = resolveColumns(criteria, names, overrides.map);
    columnErrors(
      io.voice,
      rows,
      names,
      map,
      criteria.criteria.map((criterion) => criterion.id),
      flags.allowMissing === true,
    );
    source = dbt ?? { kind: 'table', name: table! };
    columns = map.indexes.map((index) => (index < 0 ? undefined : names[index]));
  }
  const compiled = compileSql(criteria, { dialect, source, columns, decimalComma, view, title: describeSource(io.voice.words.input, loaded), fingerprint: fingerprintOf(loaded) });
  if (!compiled.ok) {
    const [first, ...rest] = compiled.problems.map((problem) => describeProblem(io.voice.words.sql.problems, problem));
    throw new UserError(io.voice.words.sql.cannotCompile({ file: loaded.display, dialect: dialect.name, problem: first! }), {
      exitCode: ExitCode.usage,
      details: rest.map((line) => io.voice.words.sql.also({ problem: line })),
    });
  }
  await write(io.stdout, compiled.sql);
  return ExitCode.ok;
}
