/** `clientfit sql`: the criteria compiled to one SQL statement for DuckDB or PostgreSQL. */
import { parseMapOptions, resolveColumns, type ColumnMap } from '../../../core/columns.js';
import { didYouMean } from '../../suggest.js';
import { createReadStream } from 'node:fs';
import { parseRecords, rawFields, type LineEndings } from '../../../csv/parse.js';
import { ExitCode, UserError } from '../../../errors.js';
import { compileSql, type SqlProblem, type SqlSource } from '../../../sql/compile.js';
import { DIALECT } from '../../../sql/dialect.js';
import { describeSource, loadCriteriaFile } from '../../criteria-file.js';
import { write, type IO } from '../../io.js';
import { openLeads } from '../../leads.js';
import type { SqlFlags } from './index.js';

/** Words a refusal: which criterion, which rule, and what to do instead. */
export function describeProblem(problem: SqlProblem): string {
  switch (problem.code) {
    case 'csv-needs-duckdb':
      return `--from reads a CSV file, which only DuckDB does inside one statement; load the file into a table (psql: \\copy leads FROM 'leads.csv' CSV HEADER) and pass --table`;
    case 'csv-encoding':
      return `DuckDB reads CSV files as UTF-8, and this one is ${problem.encoding}: convert it first (iconv -f ${problem.encoding} -t utf-8), or score it with clientfit batch`;
    case 'sigma-context':
      return `${problem.id}: the red flag "${problem.flag}" has a σ or ς whose lower case depends on the letters around the match (JavaScript lowers Σ to ς at the end of a word); no exact SQL search exists: start or end the flag with a whole word, or score with clientfit batch`;
    case 'too-many-spellings':
      return `${problem.id}: "${problem.text}" has too many σ/ς to list every upper-case spelling; score with clientfit batch`;
    case 'not-lower-case':
      return `"${problem.text}" does not stay the same when lower-cased again; score with clientfit batch`;
    case 'core-changed':
      return `the answer reader's ${problem.what} is not one the SQL compiler knows: this is a bug in clientfit, please report it`;
  }
}

function columnErrors(source: string, names: readonly string[], columns: ColumnMap, criteriaIds: readonly string[], allowMissing: boolean): void {
  for (const unknown of columns.unknownIds) {
    throw new UserError(`--map names "${unknown.id}", which is not a criterion${didYouMean(unknown.id, criteriaIds)}`);
  }
  if (columns.ambiguous.length > 0) {
    const [first] = columns.ambiguous;
    throw new UserError(`${source}: the column "${first!.header}" appears ${first!.positions.length} times, and "${first!.id}" reads it: which one is meant is unclear`);
  }
  if (columns.missing.length > 0 && !allowMissing) {
    const count = columns.missing.length;
    const example = columns.missing.find((entry) => entry.suggestion !== undefined) ?? columns.missing[0]!;
    throw new UserError(`${source}: no column for ${count === 1 ? '1 criterion' : `${count} criteria`}:`, {
      details: [
        ...columns.missing.map(({ id, tried, suggestion }) => `  ${id}: tried ${tried.map((name) => `"${name}"`).join(', ')}${suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`}`),
        `Columns: ${names.map((name) => `"${name}"`).join(', ')}`,
        `Map a column with --map ${example.id}="${example.suggestion ?? 'Column'}", or pass --allow-missing to score ${count === 1 ? 'it' : 'them'} as unknown.`,
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

function describeSurprise(source: string, surprise: CsvSurprise): string {
  if (surprise.code === 'quoted-spaces') {
    return `${source}:${surprise.line}: a row of only spaces, some of them quoted: batch scores it, DuckDB's read_csv cannot tell it from a blank line; score the file with clientfit batch`;
  }
  const { crlf, lf, cr } = surprise.endings;
  const counts = [[crlf, 'CRLF'], [lf, 'LF'], [cr, 'CR']].flatMap(([count, name]) => (count === 0 ? [] : [`${String(count)} ${String(name)}`])).join(', ');
  return `${source}: the file mixes line endings (${counts}), which DuckDB's read_csv reads differently; convert it to one line ending or score it with clientfit batch`;
}

export async function runSql(io: IO, flags: SqlFlags): Promise<number> {
  if ((flags.from === undefined) === (flags.table === undefined)) {
    throw new UserError('give the rows to score: --from FILE.csv (DuckDB) or --table NAME', {
      details: ['Examples: clientfit sql --from leads.csv | duckdb', '          clientfit sql --dialect postgres --table crm.leads --view scored_leads | psql'],
    });
  }
  const dialect = DIALECT[flags.dialect];
  if (flags.from !== undefined && dialect.name !== 'duckdb') throw new UserError(describeProblem({ code: 'csv-needs-duckdb', dialect: dialect.name }));
  const loaded = loadCriteriaFile(io, flags.criteria);
  const criteria = loaded.criteria;
  let source: SqlSource;
  let columns: (string | undefined)[];
  let decimalComma = flags.decimalComma === true;
  if (flags.from !== undefined) {
    const leads = await openLeads(io, flags.from, criteria, { encoding: flags.encoding, delimiter: flags.delimiter, decimalComma: flags.decimalComma, map: flags.map, allowMissing: flags.allowMissing }, (message) => io.stderr.write(`${message}\n`));
    const { header } = leads;
    if (leads.path !== undefined && /^utf-?8$/iu.test(header.encoding)) {
      const surprise = await scanCsv(leads.path, header.delimiter);
      if (surprise !== undefined) throw new UserError(describeSurprise(leads.source, surprise), { exitCode: ExitCode.usage });
    }
    // Every line before the header (a sep= line, blank lines) is skipped: DuckDB would take the first for the header.
    source = { kind: 'csv', path: flags.from, names: header.names, delimiter: header.delimiter, skip: header.line - 1, encoding: header.encoding };
    columns = leads.columns.indexes.map((index) => (index < 0 ? undefined : header.names[index]));
    decimalComma = leads.decimalComma;
  } else {
    const overrides = parseMapOptions(flags.map ?? []);
    if (overrides.malformed !== undefined) {
      throw new UserError(`--map "${overrides.malformed}" is not of the form id=Column`, { details: ['Example: --map pays_upfront="Prepayment"'] });
    }
    const names = flags.columns !== undefined
      ? flags.columns.split(',').map((name) => name.trim()).filter((name) => name !== '')
      : criteria.criteria.map((criterion) => overrides.map.get(criterion.id) ?? criterion.column[0]!);
    const map = resolveColumns(criteria, names, overrides.map);
    columnErrors(flags.table!, names, map, criteria.criteria.map((criterion) => criterion.id), flags.allowMissing === true);
    source = { kind: 'table', name: flags.table! };
    columns = map.indexes.map((index) => (index < 0 ? undefined : names[index]));
  }
  const compiled = compileSql(criteria, { dialect, source, columns, decimalComma, view: flags.view, title: describeSource(loaded) });
  if (!compiled.ok) {
    const [first, ...rest] = compiled.problems.map(describeProblem);
    throw new UserError(`cannot compile ${loaded.display} to ${dialect.name} SQL exactly: ${first}`, {
      exitCode: ExitCode.usage,
      details: rest.map((line) => `  also: ${line}`),
    });
  }
  await write(io.stdout, compiled.sql);
  return ExitCode.ok;
}
