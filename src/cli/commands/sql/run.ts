/** `clientfit sql`: the criteria compiled to one SQL statement for DuckDB or PostgreSQL. */
import { parseMapOptions, resolveColumns, type ColumnMap } from '../../../core/columns.js';
import { didYouMean } from '../../../core/suggest.js';
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
