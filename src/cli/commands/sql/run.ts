/** `clientfit sql`: the criteria compiled to one SQL statement for DuckDB or PostgreSQL. */
import { parseMapOptions, resolveColumns, type ColumnMap } from '../../../core/columns.js';
import { didYouMean } from '../../suggest.js';
import { createReadStream } from 'node:fs';
import { parseRecords, rawFields, type LineEndings } from '../../../csv/parse.js';
import { ExitCode, UserError } from '../../../errors.js';
import { words } from '../../../i18n/index.js';
import { plain } from '../../../render/locale.js';
import { compileSql, type SqlProblem, type SqlSource } from '../../../sql/compile.js';
import { DIALECT } from '../../../sql/dialect.js';
import { describeSource, loadCriteriaFile } from '../../criteria-file.js';
import { write, type IO } from '../../io.js';
import { openLeads } from '../../../leads/open.js';
import type { SqlFlags } from './types.js';

/** Words a refusal: which criterion, which rule, and what to do instead. */
export function describeProblem(problem: SqlProblem): string {
  const t = words().sql.problems;
  switch (problem.code) {
    case 'csv-needs-duckdb':
      return t.csvNeedsDuckdb;
    case 'csv-encoding':
      return t.csvEncoding({ encoding: problem.encoding });
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

function columnErrors(source: string, names: readonly string[], columns: ColumnMap, criteriaIds: readonly string[], allowMissing: boolean): void {
  const t = words();
  for (const unknown of columns.unknownIds) {
    throw new UserError(t.common.leads.mapUnknown({ id: unknown.id, suggestion: didYouMean(unknown.id, criteriaIds) }));
  }
  if (columns.ambiguous.length > 0) {
    const [first] = columns.ambiguous;
    throw new UserError(t.sql.ambiguousColumn({ source, header: first!.header, count: plain(first!.positions.length), id: first!.id }));
  }
  if (columns.missing.length > 0 && !allowMissing) {
    const count = columns.missing.length;
    const example = columns.missing.find((entry) => entry.suggestion !== undefined) ?? columns.missing[0]!;
    throw new UserError(t.common.leads.noColumn({ source, count: plain(count) }), {
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

function describeSurprise(source: string, surprise: CsvSurprise): string {
  if (surprise.code === 'quoted-spaces') {
    return words().sql.quotedSpaces({ source, line: String(surprise.line) });
  }
  const { crlf, lf, cr } = surprise.endings;
  const counts = [
    [crlf, 'CRLF'],
    [lf, 'LF'],
    [cr, 'CR'],
  ]
    .flatMap(([count, name]) => (count === 0 ? [] : [`${String(count)} ${String(name)}`]))
    .join(', ');
  return words().sql.mixedEndings({ source, counts });
}

export async function runSql(io: IO, flags: SqlFlags): Promise<number> {
  if ((flags.from === undefined) === (flags.table === undefined)) {
    throw new UserError(words().sql.noRows, {
      details: [words().sql.noRowsExamples, words().sql.noRowsExamples2],
    });
  }
  const dialect = DIALECT[flags.dialect];
  if (flags.from !== undefined && dialect.name !== 'duckdb') throw new UserError(describeProblem({ code: 'csv-needs-duckdb', dialect: dialect.name }));
  const loaded = await loadCriteriaFile(io, flags.criteria);
  const criteria = loaded.criteria;
  let source: SqlSource;
  let columns: (string | undefined)[];
  let decimalComma = flags.decimalComma === true;
  if (flags.from !== undefined) {
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
      if (surprise !== undefined) throw new UserError(describeSurprise(leads.source, surprise), { exitCode: ExitCode.usage });
    }
    // Every line before the header (a sep= line, blank lines) is skipped: DuckDB would take the first for the header.
    source = { kind: 'csv', path: flags.from, names: header.names, delimiter: header.delimiter, skip: header.line - 1, encoding: header.encoding };
    columns = leads.columns.indexes.map((index) => (index < 0 ? undefined : header.names[index]));
    decimalComma = leads.decimalComma;
  } else {
    const overrides = parseMapOptions(flags.map ?? []);
    if (overrides.malformed !== undefined) {
      throw new UserError(words().sql.mapMalformed({ value: overrides.malformed }), { details: [words().common.leads.mapExample] });
    }
    const names =
      flags.columns !== undefined
        ? flags.columns
            .split(',')
            .map((name) => name.trim())
            .filter((name) => name !== '')
        : criteria.criteria.map((criterion) => overrides.map.get(criterion.id) ?? criterion.column[0]!);
    const map = resolveColumns(criteria, names, overrides.map);
    columnErrors(
      flags.table!,
      names,
      map,
      criteria.criteria.map((criterion) => criterion.id),
      flags.allowMissing === true,
    );
    source = { kind: 'table', name: flags.table! };
    columns = map.indexes.map((index) => (index < 0 ? undefined : names[index]));
  }
  const compiled = compileSql(criteria, { dialect, source, columns, decimalComma, view: flags.view, title: describeSource(loaded) });
  if (!compiled.ok) {
    const [first, ...rest] = compiled.problems.map(describeProblem);
    throw new UserError(words().sql.cannotCompile({ file: loaded.display, dialect: dialect.name, problem: first! }), {
      exitCode: ExitCode.usage,
      details: rest.map((line) => words().sql.also({ problem: line })),
    });
  }
  await write(io.stdout, compiled.sql);
  return ExitCode.ok;
}
