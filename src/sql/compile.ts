/**
 * Compiles a criteria file to one SQL statement that scores every row of a table (or a CSV
 * file, in DuckDB) exactly as `clientfit batch` does: the same answer reader (yes/no words,
 * unknown words, numbers as spreadsheets write them, choices, red flags), `when`, must-haves,
 * rounding half up and the verdict rules. Pure: it returns the SQL or typed problems (a rule a
 * dialect cannot express exactly is refused, never approximated); the command words them.
 *
 * Shape of the statement: the source's columns (`src.*`) beside five result columns, computed
 * in a chain of `CROSS JOIN LATERAL (SELECT …)` steps, each a readable list with one entry per
 * criterion: the cell, its word, the answer, whether the criterion applies, its status, then
 * the sums and the verdict.
 */
import {
  COMMA_DECIMAL,
  CURRENCY_CODES,
  CURRENCY_SUFFIX,
  GROUP_SPACE,
  GROUPED_APOSTROPHE,
  GROUPED_COMMA_DECIMAL,
  GROUPED_POINT,
  LONGEST_UNKNOWN_WORD,
  NO_WORDS,
  normalizeWord,
  PLAIN,
  readChoice,
  TWO_READINGS,
  readNumber,
  readText,
  readYesNo,
  UNKNOWN_WORDS,
  YES_WORDS,
} from '../core/answers.js';
import type { Criteria, Criterion } from '../core/criteria.js';
import { fnv1a } from '../core/form.js';
import type { Dialect } from './dialect.js';
import type { SqlName } from './names.js';
import { caseVariants, currencyCodePoints, DOTTED_CAPITAL_I, lowering, nfcChangeable, sigmaSubstringVariants, sigmaVariants, spaceCodePoints, wordCodePoints, type Lowering } from './unicode.js';

export type SqlSource =
  | {
      readonly kind: 'csv';
      /** absolute: the statement reads the same file from any folder */
      readonly path: string;
      /** the header as read, in order */
      readonly names: readonly string[];
      readonly delimiter: string;
      /** physical lines before the header (a `sep=` line, blank lines), as DuckDB's `skip` counts them */
      readonly skip: number;
      readonly encoding: string;
    }
  | { readonly kind: 'table'; readonly name: SqlName }
  /** a dbt model's source: `{{ ref('stg_leads') }}` or `{{ source('crm', 'leads') }}` */
  | { readonly kind: 'dbt'; readonly call: 'ref' | 'source'; readonly args: readonly string[] };

export interface SqlOptions {
  readonly dialect: Dialect;
  readonly source: SqlSource;
  /** for each criterion in file order: its column name, or undefined to score it as unknown */
  readonly columns: readonly (string | undefined)[];
  readonly decimalComma: boolean;
  /** wrap in CREATE OR REPLACE VIEW */
  readonly view?: SqlName;
  /** a first comment line naming the criteria file */
  readonly title?: string;
  /** the list's fingerprint (`sha256:…` of the criteria file): in the header, and a view's constant column clientfit_list */
  readonly fingerprint?: string;
}

/** The columns the statement adds beside the source's (a view also clientfit_list). */
export const RESULT_COLUMNS = ['clientfit_score', 'clientfit_potential', 'clientfit_verdict', 'clientfit_failed', 'clientfit_unknown', 'clientfit_list'] as const;

/** A list's fingerprint as the statement writes it (in its header, a view's clientfit_list column). */
export const FINGERPRINT = /sha256:[0-9a-f]{64}/gu;

export type SqlProblem =
  | { readonly code: 'csv-needs-duckdb'; readonly dialect: string }
  | { readonly code: 'csv-encoding'; readonly encoding: string }
  | { readonly code: 'csv-path'; readonly path: string }
  | { readonly code: 'dbt-endraw' }
  /** a table or view name with more parts than the dialect takes (`crm.sales.leads` in MySQL or ClickHouse) */
  | { readonly code: 'name-parts'; readonly which: 'table' | 'view'; readonly name: string; readonly dialect: string }
  | { readonly code: 'sigma-context'; readonly id: string; readonly flag: string }
  | { readonly code: 'too-many-spellings'; readonly id: string; readonly text: string }
  | { readonly code: 'not-lower-case'; readonly id: string; readonly text: string }
  | { readonly code: 'core-changed'; readonly what: string };

export type SqlResult = { readonly ok: true; readonly sql: string } | { readonly ok: false; readonly problems: readonly SqlProblem[] };

/** 2^1024 − 2^970: a decimal at or above it is Infinity in JavaScript (not a number there). */
const OVERFLOW_AT = (2n ** 1024n - 2n ** 970n).toString();
/** The digits of 2^−1075 after its 323 leading zeros: at or below it JavaScript reads 0. */
const UNDERFLOW_DIGITS = (5n ** 1075n).toString();
const UNDERFLOW_ZEROS = 1075 - UNDERFLOW_DIGITS.length;

const ANSWER_UNKNOWN = 'unknown';
const ANSWER_INVALID = 'invalid';

class Builder {
  readonly d: Dialect;
  readonly problems: SqlProblem[] = [];
  private lower: Lowering | undefined;
  readonly space: string;
  /** every space but ' ' (which a word may hold one at a time) */
  readonly otherSpace: string;

  /** functions counting characters (ClickHouse's plain ones count bytes) */
  readonly chars: NonNullable<Dialect['characters']>;

  constructor(dialect: Dialect) {
    this.d = dialect;
    this.chars = dialect.characters ?? { length: 'length', left: 'left', right: 'right', substr: 'substr', translate: 'translate' };
    this.space = this.charClass(spaceCodePoints());
    this.otherSpace = this.charClass(spaceCodePoints().filter((point) => point !== 0x20));
  }

  /** A bracket expression from code points, ranges folded. */
  charClass(points: readonly number[], negate = false): string {
    const sorted = [...new Set(points)].sort((a, b) => a - b);
    let body = '';
    for (let index = 0; index < sorted.length; index++) {
      let end = index;
      while (end + 1 < sorted.length && sorted[end + 1] === sorted[end]! + 1) end++;
      body += this.regexChar(sorted[index]!);
      if (end > index + 1) body += `-${this.regexChar(sorted[end]!)}`;
      else if (end === index + 1) body += this.regexChar(sorted[end]!);
      index = end;
    }
    return `[${negate ? '^' : ''}${body}]`;
  }

  regexChar(point: number): string {
    const char = String.fromCodePoint(point);
    return /^[A-Za-z0-9]$/u.test(char) || (point >= 0x400 && point <= 0x4ff) || (point >= 0x370 && point <= 0x3ff && /\p{L}/u.test(char)) ? char : this.d.regexChar(point);
  }

  /** A literal word matched case-insensitively, as a `/…/iu` regex matches it. */
  foldedWord(word: string): string {
    return [...word]
      .map((char) => {
        if (char === '.') return '\\.';
        const variants = caseVariants(char);
        return variants.length === 1 ? this.regexChar(variants[0]!) : this.charClass(variants);
      })
      .join('');
  }

  setLowering(targets: Set<string>): void {
    const found = lowering(targets);
    if ('code' in found) {
      this.problems.push({ code: 'not-lower-case', id: '', text: found.text });
      this.lower = { dottedI: false, from: '', to: '' };
    } else {
      this.lower = found;
    }
  }

  /** `toLowerCase()` of a text, for comparison with the compiled targets only. */
  lowered(expression: string): string {
    const lower = this.lower!;
    let result = expression;
    if (lower.dottedI) result = `replace(${result}, ${this.d.string(DOTTED_CAPITAL_I)}, ${this.d.string('i\u0307')})`;
    if (lower.from !== '') result = this.d.translate?.(result, lower.from, lower.to) ?? `${this.chars.translate}(${result}, ${this.d.string(lower.from)}, ${this.d.string(lower.to)})`;
    if (result === expression) return result;
    // translate() costs ~8 µs a cell with a 45-character map: only text holding a character it maps pays for it.
    const mapped = [...lower.from, ...(lower.dottedI ? [DOTTED_CAPITAL_I] : [])].map((char) => char.codePointAt(0)!);
    const cases = [`WHEN NOT ${this.d.matches(expression, this.charClass(mapped))} THEN ${expression}`, `ELSE ${result}`];
    const alike = this.d.lowerLikeJavaScript;
    if (alike !== undefined) {
      // lower() lowers every letter, the map only those a target uses: the same comparisons (a letter outside the map lowers to none a target holds).
      const points = alike.flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, offset) => first + offset));
      cases.unshift(`WHEN NOT ${this.d.matches(expression, this.charClass(points, true))} THEN lower(${expression})`);
    }
    if (this.d.asciiOnly !== undefined && this.d.lowerAsciiExact) cases.unshift(`WHEN ${this.d.asciiOnly(expression)} THEN lower(${expression})`);
    return `CASE ${cases.join(' ')} END`;
  }

  /**
   * The text has no space that trimming or folding would change: none at either end, no two in
   * a row, none but ' '. One regex pass over each cell (most cells are plain), so that trimming
   * and folding run their own only where there is something to change (expression: a column).
   */
  plain(expression: string): string {
    const S = this.space;
    return `NOT ${this.d.matches(expression, `^${S}|${S}$|${S}${S}|${this.otherSpace}`)}`;
  }

  /** JavaScript's `trim()`, of a text that is not plain (expression: a column). */
  trim(expression: string): string {
    return this.d.replace(expression, `^${this.space}+|${this.space}+$`, '', true);
  }

  /** The length in characters. */
  length(expression: string): string {
    return this.d.charLength?.(expression) ?? `${this.chars.length}(${expression})`;
  }

  /** NFC, skipped for ASCII text (which it never changes). */
  nfc(expression: string): string {
    return this.d.asciiOnly === undefined ? this.d.nfc(expression) : `CASE WHEN ${this.d.asciiOnly(expression)} THEN ${expression} ELSE ${this.d.nfc(expression)} END`;
  }

  /**
   * `normalizeWord`'s inner spaces folded to one ' ' (of trimmed text: the expression is a column,
   * read once); the regex runs only where there is something to fold.
   */
  folded(expression: string): string {
    const foldable = `${this.space}${this.space}|${this.otherSpace}`;
    return `CASE WHEN ${this.d.matches(expression, foldable)} THEN ${this.d.replace(expression, `${this.space}+`, ' ', true)} ELSE ${expression} END`;
  }

  /** `expression IN (…)` over whole lower-cased strings, with their Σ spellings. */
  inList(id: string, expression: string, targets: Iterable<string>): string {
    const spellings = new Set<string>();
    for (const target of targets) {
      const variants = sigmaVariants(target);
      if (variants === undefined) {
        this.problems.push({ code: 'too-many-spellings', id, text: target });
        continue;
      }
      for (const variant of variants) spellings.add(variant);
    }
    if (spellings.size === 0) return 'FALSE';
    return `${this.d.binary(expression)} IN (${[...spellings].map((text) => this.d.string(text)).join(', ')})`;
  }
}

/** A core regex's source as SQL regex: only the plain subset the core uses is accepted. */
function plainRegex(regex: RegExp, problems: SqlProblem[]): string {
  const source = regex.source;
  if (!/^[\^$\\d+?(){}:,.'|0-9[\]-]*$/u.test(source.replaceAll('\\d', '').replaceAll('\\.', ''))) {
    problems.push({ code: 'core-changed', what: `number pattern ${source}` });
  }
  return source.replaceAll('\\d', '[0-9]');
}

/** The currency-suffix words besides the codes and signs: `руб\.?`, `kn`… taken from the core's regex. */
function suffixWords(problems: SqlProblem[]): string[] {
  const source = CURRENCY_SUFFIX.source;
  const head = `\\s*(?:\\p{Sc}|\\b(?:${CURRENCY_CODES})|`;
  if (!source.startsWith(head) || !source.endsWith(')$') || CURRENCY_SUFFIX.flags !== 'iu') {
    problems.push({ code: 'core-changed', what: 'currency suffix pattern' });
    return [];
  }
  const words = source.slice(head.length, -2).split('|');
  for (const word of words) {
    if (!/^[^\\.?()[\]|]+(?:\\\.\??)?$/u.test(word)) problems.push({ code: 'core-changed', what: `currency suffix ${word}` });
  }
  return words;
}

/** Words as people type them: as listed, then Capitalised, then in capitals (the likelier first: a lookup may search in order; an empty cell, the likeliest, is listed first). */
function typed(words: Iterable<string>): Set<string> {
  const listed = [...words];
  const capitalised = listed.map((word) => {
    const [first = '', ...rest] = [...word];
    return first.toUpperCase() + rest.join('');
  });
  return new Set([...listed, ...capitalised, ...listed.map((word) => word.toUpperCase())]);
}

/**
 * The cells a criterion reads without its chain of steps: each spelling of a word its reader
 * knows (typed()) with the answer the core's own reader gives it, in the answer step's terms
 * ('yes'/'no', the option's number, 'unknown'). Read by the core, so the lookup and batch
 * cannot disagree; a spelling the reader refuses is left to the chain. `skip`: spellings the
 * dialect must read through the chain (MariaDB's refusal of text NFC could change).
 */
function quickSpellings(criterion: Criterion, decimalComma: boolean, skip: (text: string) => boolean): Map<string, string> {
  const answers = new Map<string, string>();
  const add = (words: Iterable<string>, read: (text: string) => string | undefined): void => {
    for (const spelling of typed(words)) {
      if (answers.has(spelling) || skip(spelling)) continue;
      const answer = read(spelling);
      if (answer !== undefined) answers.set(spelling, answer);
    }
  };
  switch (criterion.type) {
    case 'yes-no':
      add(['', ...YES_WORDS, ...NO_WORDS, ...UNKNOWN_WORDS], (text) => {
        const answer = readYesNo(text);
        return answer.kind === 'unknown' ? ANSWER_UNKNOWN : answer.kind === 'yes-no' ? (answer.value ? 'yes' : 'no') : undefined;
      });
      break;
    case 'choice':
      add(['', ...criterion.options.flatMap((option) => [option.value, option.label, normalizeWord(option.value), normalizeWord(option.label)]), ...UNKNOWN_WORDS], (text) => {
        const answer = readChoice(text, criterion.options);
        if (answer.kind === 'unknown') return ANSWER_UNKNOWN;
        return answer.kind === 'choice' ? String(criterion.options.findIndex((option) => option.value === answer.value)) : undefined;
      });
      break;
    case 'number':
      add(UNKNOWN_WORDS, (text) => (readNumber(text, { decimalComma, ...(criterion.decimal === undefined ? {} : { decimal: criterion.decimal }) }).kind === 'unknown' ? ANSWER_UNKNOWN : undefined));
      break;
    case 'text':
      break;
  }
  return answers;
}

/** A whole number as people type it, maybe with a %: read by one cast (readNumberText gives it the same value under any decimal mark). */
const QUICK_NUMBER = /^[0-9]{1,15}%?$/u;

/** The answer paired with the cell's exact text, NULL when none: one IN list per answer. */
function lookupCase(d: Dialect, expression: string, answers: ReadonlyMap<string, string>): string {
  const byAnswer = new Map<string, string[]>();
  for (const [spelling, answer] of answers) byAnswer.set(answer, [...(byAnswer.get(answer) ?? []), spelling]);
  if (byAnswer.size === 0) return 'NULL';
  return `CASE ${[...byAnswer].map(([answer, spellings]) => `WHEN ${d.binary(expression)} IN (${spellings.map((text) => d.string(text)).join(', ')}) THEN ${d.string(answer)}`).join(' ')} END`;
}

function comment(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/gu, ' ').trim();
}

function describe(criterion: Criterion): string {
  const parts: string[] = [criterion.type];
  if (criterion.must) parts.push('must-have');
  switch (criterion.type) {
    case 'yes-no':
      parts.push(`expects ${criterion.expect ? 'yes' : 'no'}`);
      break;
    case 'number':
      if (criterion.min !== undefined) parts.push(`min ${criterion.min}`);
      if (criterion.max !== undefined) parts.push(`max ${criterion.max}`);
      break;
    case 'choice':
      break;
    case 'text':
      if (criterion.redFlags.length > 0) parts.push(`${criterion.redFlags.length} red flag${criterion.redFlags.length === 1 ? '' : 's'}`);
      break;
  }
  parts.push(`${criterion.maxPoints} point${criterion.maxPoints === 1 ? '' : 's'}`);
  if (criterion.when !== undefined) parts.push(`when ${Object.keys(criterion.when).join(' and ')}`);
  return `${criterion.id}: ${comment(criterion.question)} (${parts.join(', ')})`;
}

interface Step {
  readonly alias: string;
  readonly note: string;
  readonly entries: readonly { readonly comment?: string | undefined; readonly expression: string; readonly name: string }[];
}

/** A result column beside the source's. */
interface Result {
  readonly name: (typeof RESULT_COLUMNS)[number];
  readonly expression: string;
}

const resultLines = (results: readonly Result[]): string => results.map((result) => `  ${result.expression} AS ${result.name}`).join(',\n');

function step(alias: string, note: string, entries: Step['entries']): Step {
  return { alias, note, entries };
}

function entryLines(_d: Dialect, step: Step, indent: string, name: (entry: Step['entries'][number]) => string): string[] {
  return step.entries.map((entry, index) => {
    const head = entry.comment === undefined ? '' : `${indent}-- ${entry.comment}\n`;
    return `${head}${indent}${entry.expression} AS ${name(entry)}${index === step.entries.length - 1 ? '' : ','}`;
  });
}

/** PostgreSQL: each step a LATERAL subquery; OFFSET 0 keeps the planner from inlining (and so repeating) earlier steps. */
function lateralSql(d: Dialect, source: string, steps: readonly Step[], results: readonly Result[]): string {
  const joins = steps.map((step) => `CROSS JOIN LATERAL (\n  -- ${step.note}\n  SELECT\n${entryLines(d, step, '    ', (entry) => d.ident(entry.name)).join('\n')}\n  OFFSET 0\n) AS ${step.alias}`);
  return `WITH source AS (\n  ${source}\n)\nSELECT\n  src.*,\n${resultLines(results)}\nFROM source AS src\n${joins.join('\n')}`;
}

/**
 * DuckDB: a chain of common table expressions, each adding its columns ("step.id"). The source
 * row travels packed in one struct column, src, so that no source column can meet a helper's
 * name (a column "cell.notes" would otherwise replace the helper); the result unpacks it.
 * (LATERAL steps, as in PostgreSQL, cost DuckDB 3.4x the CPU: measured on 100,000 rows.)
 */
function chainSql(d: Dialect, source: string, steps: readonly Step[], results: readonly Result[]): string {
  const ctes = [`source AS (\n  SELECT struct_pack(*COLUMNS(*)) AS src FROM (\n  ${source}\n  )\n)`];
  let previous = 'source';
  for (const step of steps) {
    ctes.push(`${step.alias} AS (\n  -- ${step.note}\n  SELECT *,\n${entryLines(d, step, '    ', (entry) => d.ident(`${step.alias}.${entry.name}`)).join('\n')}\n  FROM ${previous}\n)`);
    previous = step.alias;
  }
  return `WITH ${ctes.join(',\n')}\nSELECT\n  src.*,\n${resultLines(results)}\nFROM ${previous}`;
}

/**
 * ClickHouse: no LATERAL, and in a chain of CTEs a step's alias replaces a source column of its
 * name, silently (a column "cell.notes" would take the helper's value, in the output too). Each
 * step is a lambda over one-element arrays whose parameters are its entries ("cell.notes"): a
 * parameter is seen only inside its lambda and shadows any column, so no source column can meet
 * a helper. Lambdas nest, so each step's values follow the steps it feeds (its comment names it);
 * the innermost returns the results as one tuple, which the outer query spreads beside the
 * source's columns.
 */
function lambdaSql(d: Dialect, source: string, steps: readonly Step[], results: readonly Result[]): string {
  let body = `tuple(\n${results.map((result) => `  -- ${result.name}\n  ${result.expression}`).join(',\n')}\n)`;
  for (const step of [...steps].reverse()) {
    const params = step.entries.map((entry) => d.ident(`${step.alias}.${entry.name}`)).join(', ');
    const values = step.entries.map((entry) => `${entry.comment === undefined ? '' : `  -- ${entry.comment}\n`}  [${entry.expression}]`).join(',\n');
    body = `arrayMap((${params}) ->\n${body},\n-- ${step.alias}: ${step.note}\n${values}\n)[1]`;
  }
  // The tuple travels as clientfit_score (a name the statement takes anyway); qualified, no alias can shadow it.
  const spread = results.map((result, index) => `  tupleElement(scored.clientfit_score, ${index + 1}) AS ${result.name}`).join(',\n');
  return `SELECT\n  * EXCEPT (clientfit_score),\n${spread}\nFROM (\nSELECT\n  *,\n  ${body} AS clientfit_score\nFROM (\n  ${source}\n) AS src\n) AS scored`;
}

/** The alias of the row a keyed chain's steps read (and the result joins). */
const KEYED_ROW = 'x';

/** MariaDB and MySQL refuse a column name over 64 characters: a longer helper name keeps its start and a hash of the whole. */
function keyedName(stage: string, name: string): string {
  const full = [...`${stage}.${name}`];
  return full.length <= 64 ? full.join('') : `${full.slice(0, 55).join('')}~${fnv1a(full.join(''))}`;
}

/**
 * MariaDB (no LATERAL, no struct): the steps are common table expressions over each different
 * row of cells once (the source's own columns never enter them, so none can meet a helper's
 * name), keyed by a SHA-256 of the cells; the result joins each source row to its scored cells
 * by that key. Rows with the same cells are scored once.
 */
function keyedSql(d: Dialect, source: string, steps: readonly Step[], results: readonly Result[]): string {
  const [cells, ...rest] = steps as [Step, ...Step[]];
  const key = `SHA2(JSON_ARRAY(${cells.entries.map((entry) => entry.expression).join(', ')}), 256)`;
  const keyName = d.ident('row key');
  // A view's stored text drops the quotes around a CTE name, and some steps' (decimal) are reserved words.
  const cte = (alias: string): string => d.ident(`step_${alias}`);
  // A step with a LIMIT is materialized, never merged into the next: merged, every reference to a
  // column repeats its whole expression (300 rows: 57 s merged, 0.8 s materialized, MariaDB 10.11).
  const all = 'LIMIT 18446744073709551615';
  const ctes = [
    `${d.ident('source')} AS (\n  ${source}\n)`,
    `${cte(cells.alias)} AS (\n  -- ${cells.note}: each different row once, keyed by a hash of its cells\n  SELECT DISTINCT\n    ${key} AS ${keyName},\n${entryLines(d, cells, '    ', (entry) => d.ident(keyedName(cells.alias, entry.name))).join('\n')}\n  FROM ${d.ident('source')} AS src\n  ${all}\n)`,
  ];
  let previous = cells.alias;
  for (const step of rest) {
    ctes.push(
      `${cte(step.alias)} AS (\n  -- ${step.note}\n  SELECT ${KEYED_ROW}.*,\n${entryLines(d, step, '    ', (entry) => d.ident(keyedName(step.alias, entry.name))).join('\n')}\n  FROM ${cte(previous)} AS ${KEYED_ROW}\n  ${all}\n)`,
    );
    previous = step.alias;
  }
  return `WITH ${ctes.join(',\n')}\nSELECT\n  src.*,\n${resultLines(results)}\nFROM ${d.ident('source')} AS src\nJOIN ${cte(previous)} AS ${KEYED_ROW} ON ${KEYED_ROW}.${keyName} = ${key}`;
}

/**
 * A struct key for read_csv's `columns`, or its path: DuckDB takes only a plain string literal
 * there (no `chr(10)` expression), and a literal may hold any character but NUL as it is.
 */
function plainLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/**
 * read_csv takes its path as a glob pattern: `a?b.csv` would also read `axb.csv`. Each glob
 * character is written as a bracket expression matching only itself (`[?]`, `[*]`, `[[]`), so
 * exactly the file named is read. A backslash cannot be escaped (DuckDB reads it as a path
 * separator): undefined.
 */
export function globLiteral(path: string): string | undefined {
  if (path.includes('\\') || path.includes('\u0000')) return undefined;
  return plainLiteral(path.replace(/[*?[]/gu, '[$&]'));
}

/** A name with too many parts for the dialect, written back as it was typed (the engine would refuse it only when it runs the statement). */
function nameParts(which: 'table' | 'view', name: SqlName, d: Dialect): SqlProblem {
  const typed = name.map((part) => (part.quoted ? `"${part.text.replaceAll('"', '""')}"` : part.text)).join('.');
  return { code: 'name-parts', which, name: typed, dialect: d.name };
}

function sourceSql(options: SqlOptions, b: Builder): string {
  const { dialect: d, source } = options;
  const { problems } = b;
  if (source.kind === 'table') {
    if (source.name.length > d.nameParts) problems.push(nameParts('table', source.name, d));
    return `SELECT * FROM ${d.tableName(source.name)}`;
  }
  if (source.kind === 'dbt') return `SELECT * FROM ${DBT_SOURCE}`;
  if (d.name !== 'duckdb') {
    problems.push({ code: 'csv-needs-duckdb', dialect: d.name });
    return '';
  }
  if (!/^utf-?8$/iu.test(source.encoding)) problems.push({ code: 'csv-encoding', encoding: source.encoding });
  // Column names and types are given, not sniffed: every cell is read as text, as batch reads it.
  const taken = new Set<string>();
  const names = source.names.map((name, index) => {
    let unique = name === '' ? `column${index + 1}` : name;
    for (let count = 2; taken.has(unique.toLowerCase()); count++) unique = `${name === '' ? `column${index + 1}` : name} (${count})`;
    taken.add(unique.toLowerCase());
    return unique;
  });
  const columns = names.map((name) => `${plainLiteral(name)}: 'VARCHAR'`).join(', ');
  const path = globLiteral(source.path);
  if (path === undefined) problems.push({ code: 'csv-path', path: source.path });
  const settings = [
    path ?? '',
    'header = true',
    'auto_detect = false',
    `delim = ${d.string(source.delimiter)}`,
    `quote = '"'`,
    `escape = '"'`,
    ...(source.skip > 0 ? [`skip = ${source.skip}`] : []),
    // Short rows are padded as batch pads them; DuckDB's parallel reader refuses that together with quoted newlines.
    'null_padding = true',
    'parallel = false',
    'strict_mode = false',
    // A quoted "" stays '' (an unquoted empty cell, or a padded one, is NULL): batch never skips a row with a quoted cell.
    'allow_quoted_nulls = false',
    `columns = {${columns}}`,
  ];
  // Batch skips blank rows (every cell empty or whitespace, none quoted); DuckDB skips only empty
  // lines. A row is kept when a cell is quoted empty ('') or holds a character that is no space
  // (NULL: empty or padded). Written as OR, DuckDB tests the next cell only where the ones before
  // were blank: about one regex a row (0.12 s on 1M rows, against 0.40 s for NOT (blank AND …)).
  const kept = names.map((name) => `${d.ident(name)} = '' OR ${d.matches(d.ident(name), b.charClass(spaceCodePoints(), true))}`).join('\n    OR ');
  // DuckDB reads an empty cell as NULL; batch passes it through as '': so do we.
  return `SELECT ${names.map((name) => `coalesce(${d.ident(name)}, '') AS ${d.ident(name)}`).join(', ')}\n  FROM read_csv(${settings.join(', ')})\n  WHERE ${kept}`;
}

export function compileSql(criteria: Criteria, options: SqlOptions): SqlResult {
  const b = new Builder(options.dialect);
  const d = options.dialect;
  const { problems } = b;
  if (options.view !== undefined && options.view.length > d.nameParts) problems.push(nameParts('view', options.view, d));
  const list = criteria.criteria;
  const r = (stage: string, name: string): string =>
    d.chain === 'keyed' ? `${KEYED_ROW}.${d.ident(keyedName(stage, name))}` : d.chain === 'lateral' ? `${stage}.${d.ident(name)}` : d.ident(`${stage}.${name}`);
  const source = sourceSql(options, b);

  // Everything a lower-cased comparison may meet, so one lowering serves every criterion.
  const targets = new Set<string>([...UNKNOWN_WORDS, ...YES_WORDS, ...NO_WORDS]);
  const flagTargets = new Map<Criterion, string[]>();
  const textWhen = new Map<string, string>();
  for (const criterion of list) {
    if (criterion.type === 'choice') {
      for (const option of criterion.options) {
        targets.add(normalizeWord(option.value));
        targets.add(normalizeWord(option.label));
      }
    }
    if (criterion.type === 'text') {
      const spellings: string[] = [];
      for (const flag of criterion.redFlags) {
        const lower = flag.toLowerCase();
        targets.add(lower);
        const variants = sigmaSubstringVariants(lower);
        if (variants === undefined) problems.push({ code: 'sigma-context', id: criterion.id, flag });
        else spellings.push(...variants);
      }
      flagTargets.set(criterion, spellings);
    }
  }
  for (const criterion of list) {
    for (const [parentId, values] of Object.entries(criterion.when ?? {})) {
      const parent = list.find((candidate) => candidate.id === parentId);
      if (parent?.type !== 'text') continue;
      for (const value of values) {
        const answer = readText(value);
        if (answer.kind === 'text') {
          targets.add(answer.value.toLowerCase());
          textWhen.set(String(value), answer.value.toLowerCase());
        }
      }
    }
  }
  b.setLowering(targets);

  const numbers = list.filter((criterion) => criterion.type === 'number');
  const texts = list.filter((criterion) => criterion.type === 'text');
  const steps: Step[] = [];

  // 1. cells: the text of each criterion's column ('' for an empty or missing cell)
  steps.push(
    step(
      'cell',
      'the cell each criterion reads, as text',
      list.map((criterion, index) => {
        const column = options.columns[index];
        return column === undefined
          ? { name: criterion.id, expression: "''", comment: `${criterion.id}: no column, scored as unknown` }
          : { name: criterion.id, expression: `coalesce(${d.text(`src.${d.ident(column)}`)}, '')` };
      }),
    ),
  );

  // 1b. the quick reading: a cell spelled exactly as a word the reader knows, or a whole number,
  // is read here by one lookup with no regex (most cells: yes, Нет, negotiates, 30, 50%, ''); the
  // chain below reads only the others (NULL here). Text answers always take the chain.
  const nfcRefused = d.needsNfc === undefined ? undefined : new Set(nfcChangeable().points);
  const skip = (text: string): boolean => nfcRefused !== undefined && [...text].some((char) => nfcRefused.has(char.codePointAt(0)!) || /\p{M}/u.test(char));
  if ([...UNKNOWN_WORDS].some((word) => QUICK_NUMBER.test(word))) problems.push({ code: 'core-changed', what: 'an unknown word is a whole number' });
  const quickEntries = list.flatMap((criterion, index) => {
    if (criterion.type === 'text' || options.columns[index] === undefined) return [];
    const cell = r('cell', criterion.id);
    const spellings = quickSpellings(criterion, options.decimalComma, skip);
    const lookup = d.lookup?.(cell, spellings) ?? lookupCase(d, cell, spellings);
    const expression = criterion.type === 'number' ? `CASE WHEN ${d.matches(cell, QUICK_NUMBER.source)} THEN 'number' ELSE ${lookup} END` : lookup;
    return [{ name: criterion.id, expression }];
  });
  const quickIds = new Set(quickEntries.map((entry) => entry.name));
  /** The step's expression only for a cell the quick reading left (NULL for the others). */
  const slow = (criterion: Criterion, expression: string): string => (quickIds.has(criterion.id) ? `CASE WHEN ${r('quick', criterion.id)} IS NULL THEN ${expression} END` : expression);
  if (quickEntries.length > 0) steps.push(step('quick', 'cells read by one lookup: words the reader knows as typed, whole numbers (NULL: read by the steps below)', quickEntries));

  // 2. the trimmed text, once per cell: every later step reads it (words, numbers, red flags)
  steps.push(
    step(
      'plain',
      "the cell has no space to trim or fold (none at the ends, none but single ' '): most cells, read without another regex",
      list.map((criterion) => ({ name: criterion.id, expression: slow(criterion, b.plain(r('cell', criterion.id))) })),
    ),
  );
  steps.push(
    step(
      'trimmed',
      'trimmed as JavaScript trims (every Unicode space)',
      list.map((criterion) => {
        const cell = r('cell', criterion.id);
        return { name: criterion.id, expression: slow(criterion, `CASE WHEN ${r('plain', criterion.id)} THEN ${cell} ELSE ${b.trim(cell)} END`) };
      }),
    ),
  );

  // 3. words: NFC, trimmed, spaces folded, lower-cased (yes/no words also lose a trailing . or !).
  // Trimmed before NFC: the same text, since NFC maps a space only to a space and never joins one
  // to its neighbours; so each cell is trimmed once and each step reads the one before it once.
  const yesNo = list.filter((criterion) => criterion.type === 'yes-no');
  steps.push(
    step(
      'normal',
      'the answer in Unicode normalisation form C',
      list.map((criterion) => {
        const trimmed = r('trimmed', criterion.id);
        if (criterion.type !== 'text') return { name: criterion.id, expression: b.nfc(trimmed) };
        // A text answer is read as a word only to see whether it is an unknown word: not when it is longer.
        return { name: criterion.id, expression: `CASE WHEN ${b.length(trimmed)} <= ${LONGEST_UNKNOWN_WORD} THEN ${b.nfc(trimmed)} END` };
      }),
    ),
  );
  steps.push(
    step(
      'spaced',
      'the answer as a word, before lower-casing: inner spaces folded',
      list.map((criterion) => {
        const normal = r('normal', criterion.id);
        return { name: criterion.id, expression: `CASE WHEN ${r('plain', criterion.id)} THEN ${normal} ELSE ${b.folded(normal)} END` };
      }),
    ),
  );
  if (yesNo.length > 0) {
    steps.push(
      step(
        'bare',
        'yes/no words also lose a trailing . or !',
        // Lower-casing never makes or removes a trailing . or !: taking it off first is the same.
        yesNo.map((criterion) => {
          const spaced = r('spaced', criterion.id);
          return { name: criterion.id, expression: `CASE WHEN ${b.chars.right}(${spaced}, 1) IN ('.', '!') THEN ${d.replace(spaced, '[.!]+$', '', false)} ELSE ${spaced} END` };
        }),
      ),
    );
  }
  steps.push(
    step(
      'word',
      "lower-cased as JavaScript does (an explicit map, not the database's collation)",
      list.map((criterion) => ({ name: criterion.id, expression: b.lowered(r(criterion.type === 'yes-no' ? 'bare' : 'spaced', criterion.id)) })),
    ),
  );

  // A text answer lower-cased once: red flags search it, a `when` on it compares it.
  if (texts.length > 0) {
    steps.push(
      step(
        'lowered',
        'text answers lower-cased as JavaScript does, for red flags and when',
        texts.map((criterion) => ({ name: criterion.id, expression: b.lowered(r('trimmed', criterion.id)) })),
      ),
    );
  }

  // 4-7. numbers, as spreadsheets write them
  if (numbers.length > 0) {
    const S = b.space;
    const codes = CURRENCY_CODES;
    const sc = b.charClass(currencyCodePoints());
    const prefix = `^(?:${sc}|(?:${codes})${S})${S}*`;
    const foldedCodes = codes
      .split('|')
      .map((code) => b.foldedWord(code))
      .join('|');
    const words = suffixWords(problems).map((word) => {
      const optionalPoint = word.endsWith('\\.?');
      const point = word.endsWith('\\.');
      const letters = word.replace(/\\\.\??$/u, '');
      return `${b.foldedWord(letters)}${optionalPoint ? '\\.?' : point ? '\\.' : ''}`;
    });
    const notSpace = b.charClass(spaceCodePoints(), true);
    const notWordOrSpace = b.charClass([...wordCodePoints(), ...spaceCodePoints()], true);
    // `\s*(?:\p{Sc}|\b(?:CODES)|руб\.?|…)$` under /iu, without \b (RE2 and PostgreSQL differ on it):
    // the character before the match is kept, and for a code it must not be a word character.
    const suffix = `(^|${notSpace})${S}*(?:${sc}|${words.join('|')})$|(^|${notSpace})${S}+(?:${foldedCodes})$|(^|${notWordOrSpace})(?:${foldedCodes})$`;
    // Where a replacement cannot name a group: the same, with the character before looked behind at.
    const wordOrSpace = b.charClass([...wordCodePoints(), ...spaceCodePoints()]);
    const suffixBehind = `(?<!${S})${S}*(?:${sc}|${words.join('|')})$|(?<!${S})${S}+(?:${foldedCodes})$|(?<!${wordOrSpace})(?:${foldedCodes})$`;
    const group = b.charClass([...spaceCodePoints()].filter((point) => new RegExp(GROUP_SPACE.source, 'u').test(String.fromCodePoint(point))));
    const minus = `^[${b.regexChar(0x2212)}-]`;

    steps.push(
      step(
        'currency',
        'numbers: currency signs and codes dropped from both ends',
        numbers.map((criterion) => ({
          name: criterion.id,
          expression: d.lookbehind
            ? d.replace(d.replace(`${r('trimmed', criterion.id)}`, prefix, '', false), suffixBehind, '', false)
            : d.replace(d.replace(`${r('trimmed', criterion.id)}`, prefix, '', false), suffix, '\\1\\2\\3', false),
        })),
      ),
    );
    steps.push(
      step(
        'body',
        'numbers: the sign taken off (then a currency after it, and a %)',
        numbers.flatMap((criterion) => {
          const value = `${r('currency', criterion.id)}`;
          const unsigned = `CASE WHEN ${d.matches(value, minus)} OR ${d.matches(value, '^[+]')} THEN ${b.chars.substr}(${value}, 2) ELSE ${value} END`;
          return [
            { name: criterion.id, expression: d.replace(d.replace(unsigned, prefix, '', false), `${S}*%$`, '', false) },
            { name: `${criterion.id} negative`, expression: d.matches(value, minus) },
          ];
        }),
      ),
    );
    const grouped = `^[0-9]{1,3}(?:${group}[0-9]{3})+(?:[.,][0-9]+)?$`;
    steps.push(
      step(
        'grouped',
        'numbers: spaces may group thousands only in threes',
        numbers.map((criterion) => {
          const value = `${r('body', criterion.id)}`;
          return {
            name: criterion.id,
            expression: `CASE WHEN ${d.matches(value, S)} THEN CASE WHEN ${d.matches(value, grouped)} THEN ${d.replace(value, group, '', true)} END ELSE ${value} END`,
          };
        }),
      ),
    );
    const plain = plainRegex(PLAIN, problems);
    // The decimal mark in force: the criterion's own (`decimal:`), else the file's (a decimal
    // comma), else unknown, where one `.` or `,` before exactly three digits reads two ways and
    // is not a number (answers.ts TWO_READINGS): never read at 1/1000 of its value.
    const markOf = (criterion: Criterion): 'comma' | 'point' | undefined => (criterion.type === 'number' ? criterion.decimal : undefined) ?? (options.decimalComma ? 'comma' : undefined);
    const twoReadings = plainRegex(TWO_READINGS, problems);
    steps.push(
      step(
        'decimal',
        'numbers: separators read as the criterion or the file says; with neither, a lone . or , before three digits reads two ways (NULL: not a number)',
        numbers.map((criterion) => {
          const value = `${r('grouped', criterion.id)}`;
          const mark = markOf(criterion);
          const cases =
            mark === 'comma'
              ? [
                  `WHEN ${d.matches(value, plainRegex(COMMA_DECIMAL, problems))} THEN replace(${value}, ',', '.')`,
                  `WHEN ${d.matches(value, plainRegex(GROUPED_COMMA_DECIMAL, problems))} THEN replace(replace(${value}, '.', ''), ',', '.')`,
                  `WHEN ${d.matches(value, plain)} THEN ${value}`,
                ]
              : [
                  ...(mark === undefined ? [`WHEN ${d.matches(value, twoReadings)} THEN NULL`] : []),
                  `WHEN ${d.matches(value, plain)} THEN ${value}`,
                  `WHEN ${d.matches(value, plainRegex(GROUPED_POINT, problems))} THEN replace(${value}, ',', '')`,
                  `WHEN ${d.matches(value, plainRegex(GROUPED_APOSTROPHE, problems))} THEN replace(${value}, '''', '')`,
                ];
          return { name: criterion.id, expression: `CASE ${cases.join(' ')} END` };
        }),
      ),
    );
    steps.push(
      step(
        'number',
        'numbers: the value (NULL: not a number, or beyond a double as JavaScript reads it)',
        numbers.map((criterion) => {
          const value = `${r('decimal', criterion.id)}`;
          // (value is digits with at most one point: without groups, leading zeros and the fraction go)
          const whole = d.lookbehind ? d.replace(value, '^0+|[.][0-9]*$', '', true) : d.replace(value, '^0*([0-9]*)([.][0-9]*)?$', '\\1', false);
          const fraction = d.replace(value, '^[0-9]*[.]?', '', false);
          const zeros = `(length(${fraction}) - length(ltrim(${fraction}, '0')))`;
          const overflow = `length(${whole}) > ${OVERFLOW_AT.length} OR (length(${whole}) = ${OVERFLOW_AT.length} AND ${d.binary(whole)} >= ${d.string(OVERFLOW_AT)})`;
          const underflow = d.underflowRaises
            ? ` WHEN ${whole} = '' AND rtrim(${fraction}, '0') <> '' AND (${zeros} > ${UNDERFLOW_ZEROS} OR (${zeros} = ${UNDERFLOW_ZEROS} AND ${d.binary(`rtrim(ltrim(${fraction}, '0'), '0')`)} <= ${d.string(UNDERFLOW_DIGITS)})) THEN ${d.double(0)}`
            : '';
          const read = `CASE WHEN ${value} IS NULL THEN NULL WHEN length(${value}) < 300 THEN ${d.toDouble(value)} WHEN ${overflow} THEN NULL${underflow} ELSE ${d.toDouble(value)} END`;
          const chained = `CASE WHEN ${r('body', `${criterion.id} negative`)} THEN -(${read}) ELSE ${read} END`;
          if (!quickIds.has(criterion.id)) return { name: criterion.id, expression: chained };
          const quick = r('quick', criterion.id);
          return { name: criterion.id, expression: `CASE WHEN ${quick} = 'number' THEN ${d.toDouble(`replace(${r('cell', criterion.id)}, '%', '')`)} WHEN ${quick} IS NULL THEN ${chained} END` };
        }),
      ),
    );
  }

  // 8. the answer: one CASE per criterion, in the reader's own order of rules
  const unknownWord = (criterion: Criterion): string => b.inList(criterion.id, `${r('word', criterion.id)}`, UNKNOWN_WORDS);
  steps.push(
    step(
      'answer',
      `the answer read: 'unknown', 'invalid', or ${["'yes'/'no'", 'the option number', "'number'", "'text'"].join(', ')}`,
      list.map((criterion) => {
        const word = `${r('word', criterion.id)}`;
        let expression: string;
        switch (criterion.type) {
          case 'yes-no':
            expression = `CASE WHEN ${unknownWord(criterion)} THEN '${ANSWER_UNKNOWN}' WHEN ${b.inList(criterion.id, word, YES_WORDS)} THEN 'yes' WHEN ${b.inList(criterion.id, word, NO_WORDS)} THEN 'no' ELSE '${ANSWER_INVALID}' END`;
            break;
          case 'number':
            expression = `CASE WHEN ${unknownWord(criterion)} THEN '${ANSWER_UNKNOWN}' WHEN ${r('number', criterion.id)} IS NULL THEN '${ANSWER_INVALID}' ELSE 'number' END`;
            break;
          case 'choice': {
            // Values first, then labels, each in file order; only then the unknown words.
            const byValue = criterion.options.map((option, index) => `WHEN ${b.inList(criterion.id, word, [normalizeWord(option.value)])} THEN '${index}'`);
            const byLabel = criterion.options.map((option, index) => `WHEN ${b.inList(criterion.id, word, [normalizeWord(option.label)])} THEN '${index}'`);
            expression = `CASE ${[...byValue, ...byLabel].join(' ')} WHEN ${unknownWord(criterion)} THEN '${ANSWER_UNKNOWN}' ELSE '${ANSWER_INVALID}' END`;
            break;
          }
          case 'text': {
            const trimmed = `${r('trimmed', criterion.id)}`;
            expression = `CASE WHEN ${trimmed} = '' THEN 'text' WHEN ${b.length(trimmed)} <= ${LONGEST_UNKNOWN_WORD} AND ${unknownWord(criterion)} THEN '${ANSWER_UNKNOWN}' ELSE 'text' END`;
            break;
          }
        }
        // Without NFC in the engine, an answer NFC could change is refused (text: only a short one, read as a word).
        if (d.needsNfc !== undefined) expression = `CASE WHEN ${d.needsNfc(r('normal', criterion.id))} THEN '${ANSWER_INVALID}' ELSE ${expression} END`;
        if (quickIds.has(criterion.id)) expression = `CASE WHEN ${r('quick', criterion.id)} IS NOT NULL THEN ${r('quick', criterion.id)} ELSE ${expression} END`;
        if (options.columns[list.indexOf(criterion)] === undefined) expression = `'${ANSWER_UNKNOWN}'`;
        return { name: criterion.id, expression, comment: describe(criterion) };
      }),
    ),
  );

  // 9. when: a criterion applies only when every named earlier answer is one of the listed ones
  const applies: string[] = [];
  const matchParent = (parent: Criterion, values: readonly (string | number | boolean)[]): string => {
    const answer = `${r('answer', parent.id)}`;
    switch (parent.type) {
      case 'yes-no': {
        const wanted = [...new Set(values.map((value) => readYesNo(value)).flatMap((read) => (read.kind === 'yes-no' ? [read.value ? 'yes' : 'no'] : [])))];
        return wanted.length === 0 ? 'FALSE' : `${answer} IN (${wanted.map((word) => `'${word}'`).join(', ')})`;
      }
      case 'number': {
        const wanted = [...new Set(values.map((value) => readNumber(value, { decimalComma: options.decimalComma })).flatMap((read) => (read.kind === 'number' ? [read.value] : [])))];
        return wanted.length === 0 ? 'FALSE' : `(${answer} = 'number' AND ${r('number', parent.id)} IN (${wanted.map((value) => d.double(value)).join(', ')}))`;
      }
      case 'choice': {
        const wanted = [
          ...new Set(values.map((value) => readChoice(value, parent.options)).flatMap((read) => (read.kind === 'choice' ? [parent.options.findIndex((option) => option.value === read.value)] : []))),
        ];
        return wanted.length === 0 ? 'FALSE' : `${answer} IN (${wanted.map((index) => `'${index}'`).join(', ')})`;
      }
      case 'text': {
        const wanted = values.flatMap((value) => (textWhen.has(String(value)) ? [textWhen.get(String(value))!] : []));
        return wanted.length === 0 ? 'FALSE' : `(${answer} = 'text' AND ${b.inList(parent.id, r('lowered', parent.id), wanted)})`;
      }
    }
  };
  list.forEach((criterion, index) => {
    const rules = Object.entries(criterion.when ?? {}).map(([parentId, values]) => {
      const parent = list.findIndex((candidate) => candidate.id === parentId);
      // An unknown or later parent can never have been answered first: the criterion never applies.
      if (parent < 0 || parent >= index) return 'FALSE';
      return `(${applies[parent]} AND ${matchParent(list[parent]!, values)})`;
    });
    applies.push(rules.length === 0 ? 'TRUE' : rules.join(' AND '));
  });
  const whenCriteria = list.filter((criterion) => criterion.when !== undefined);
  if (whenCriteria.length > 0) {
    steps.push(
      step(
        'applies',
        'when: the criterion applies (its parents apply and gave one of the listed answers)',
        whenCriteria.map((criterion) => ({
          name: criterion.id,
          expression: applies[list.indexOf(criterion)]!,
        })),
      ),
    );
  }
  const appliesRef = (criterion: Criterion): string => (criterion.when === undefined ? 'TRUE' : `${r('applies', criterion.id)}`);

  // 10. status and points: one CASE per criterion
  const statusEntries = list.flatMap((criterion) => {
    const answer = `${r('answer', criterion.id)}`;
    const head = `CASE ${criterion.when === undefined ? '' : `WHEN NOT ${appliesRef(criterion)} THEN 'n/a' `}WHEN ${answer} IN ('${ANSWER_UNKNOWN}', '${ANSWER_INVALID}') THEN ${answer}`;
    let passes: string;
    switch (criterion.type) {
      case 'yes-no':
        passes = `${answer} = '${criterion.expect ? 'yes' : 'no'}'`;
        break;
      case 'number': {
        const checks = [
          ...(criterion.min === undefined ? [] : [`${r('number', criterion.id)} >= ${d.double(criterion.min)}`]),
          ...(criterion.max === undefined ? [] : [`${r('number', criterion.id)} <= ${d.double(criterion.max)}`]),
        ];
        passes = checks.length === 0 ? 'TRUE' : checks.join(' AND ');
        break;
      }
      case 'choice': {
        const passing = criterion.options.flatMap((option, index) => (option.fail ? [] : [`'${index}'`]));
        passes = passing.length === 0 ? 'FALSE' : `${answer} IN (${passing.join(', ')})`;
        break;
      }
      case 'text': {
        const flags = flagTargets.get(criterion) ?? [];
        const text = r('lowered', criterion.id);
        const found = d.searchesAlternatives
          ? d.matches(text, [...new Set(flags)].map((flag) => [...flag].map((char) => b.regexChar(char.codePointAt(0)!)).join('')).join('|'))
          : [...new Set(flags)].map((flag) => d.contains(d.binary(text), d.string(flag))).join(' OR ');
        passes = flags.length === 0 ? 'TRUE' : `${`${r('trimmed', criterion.id)}`} = '' OR NOT (${found})`;
        break;
      }
    }
    const entries: { name: string; comment?: string | undefined; expression: string }[] = [
      { name: criterion.id, comment: describe(criterion), expression: `${head} WHEN ${passes} THEN 'pass' ELSE 'fail' END` },
    ];
    if (criterion.type === 'choice') {
      const earned = criterion.options.flatMap((option, index) => (option.fail ? [] : [`WHEN ${answer} = '${index}' THEN ${d.double(option.points)}`]));
      entries.push({ name: `${criterion.id} points`, comment: undefined, expression: `CASE ${earned.join(' ')} ELSE ${d.double(0)} END` });
    }
    return entries;
  });
  steps.push(step('status', "each criterion: 'pass', 'fail', 'unknown', 'invalid' or 'n/a' (its when does not match)", statusEntries));

  // 11. sums in criteria order, as the core adds them (doubles, so the arithmetic is the same)
  const zero = d.double(0);
  const status = (criterion: Criterion): string => `${r('status', criterion.id)}`;
  const earnedTerm = (criterion: Criterion): string =>
    criterion.type === 'choice'
      ? `CASE WHEN ${status(criterion)} = 'pass' THEN ${r('status', `${criterion.id} points`)} ELSE ${zero} END`
      : `CASE WHEN ${status(criterion)} = 'pass' THEN ${d.double(criterion.maxPoints)} ELSE ${zero} END`;
  const sum = (terms: string[]): string => [zero, ...terms].join(' + ');
  const musts = list.filter((criterion) => criterion.must);
  const open = (criterion: Criterion): string => `${status(criterion)} IN ('unknown', 'invalid')`;
  const idIf =
    (wanted: string) =>
    (criterion: Criterion): string =>
      `CASE WHEN ${status(criterion)} = '${wanted}' THEN ${d.string(criterion.id)} END`;
  // Where the dialect picks from a list (d.pick), the ids with a status are one of 2^n texts, listed
  // here: a number made of one bit per criterion picks it (at most 7 criteria a list, 128 texts).
  // 0.07 CPU s for the failed ids of 1M rows of 7 criteria, against 0.16 s for concat_ws() of 7 CASEs.
  const CHUNK = 7;
  const picks = (wanted: string, emptyText: boolean): string[] => {
    const pick = d.pick!;
    const chunks = Array.from({ length: Math.ceil(list.length / CHUNK) }, (_, index) => list.slice(index * CHUNK, (index + 1) * CHUNK));
    return chunks.map((chunk) => {
      const texts = Array.from({ length: 2 ** chunk.length }, (_, bits) =>
        chunk
          .filter((_, index) => (bits >> index) & 1)
          .map((criterion) => criterion.id)
          .join(';'),
      );
      const index = chunk.map((criterion, bit) => `CASE WHEN ${status(criterion)} = '${wanted}' THEN ${2 ** bit} ELSE 0 END`).join(' + ');
      return pick(
        `1 + ${index}`,
        texts.map((text) => (text === '' && !emptyText ? undefined : text)),
      );
    });
  };
  /** The ids of the criteria with a status, ';'-joined in criteria order ('' when none). */
  const idsWhere = (wanted: string): string => {
    if (d.pick === undefined) return d.joinNonNull(';', list.map(idIf(wanted)));
    return list.length <= CHUNK ? picks(wanted, true)[0]! : d.joinNonNull(';', picks(wanted, false));
  };
  // The points at stake: a criterion without `when` always applies. Whole points add up exactly in
  // any order, so theirs are added here; other points are added in criteria order, as the core adds them.
  const stake = (criterion: Criterion): string => `CASE WHEN ${status(criterion)} <> 'n/a' THEN ${d.double(criterion.maxPoints)} ELSE ${zero} END`;
  const whole = list.every((criterion) => Number.isInteger(criterion.maxPoints)) && list.reduce((total, criterion) => total + Math.abs(criterion.maxPoints), 0) <= Number.MAX_SAFE_INTEGER;
  const atStake = whole
    ? [d.double(list.filter((criterion) => criterion.when === undefined).reduce((total, criterion) => total + criterion.maxPoints, 0)), ...whenCriteria.map(stake)].join(' + ')
    : sum(list.map(stake));
  steps.push(
    step('total', 'sums over the criteria that apply', [
      { name: 'earned', expression: sum(list.map(earnedTerm)) },
      { name: 'total', expression: atStake },
      { name: 'open', expression: sum(list.map((criterion) => `CASE WHEN ${open(criterion)} THEN ${d.double(criterion.maxPoints)} ELSE ${zero} END`)) },
      { name: 'applicable', expression: [String(list.length - whenCriteria.length), ...whenCriteria.map((criterion) => `CASE WHEN ${status(criterion)} <> 'n/a' THEN 1 ELSE 0 END`)].join(' + ') },
      { name: 'must_failed', expression: musts.length === 0 ? 'FALSE' : musts.map((criterion) => `${status(criterion)} = 'fail'`).join(' OR ') },
      { name: 'must_open', expression: musts.length === 0 ? 'FALSE' : musts.map(open).join(' OR ') },
      { name: 'open_count', expression: list.map((criterion) => `CASE WHEN ${open(criterion)} THEN 1 ELSE 0 END`).join(' + ') },
      { name: 'failed', expression: idsWhere('fail') },
      d.pick === undefined
        ? {
            name: 'unknown',
            comment: 'unknown answers, then unreadable ones, each in criteria order (as batch writes them)',
            expression: d.joinNonNull(';', [...list.map(idIf('unknown')), ...list.map(idIf('invalid'))]),
          }
        : { name: 'unknown only', comment: 'unknown answers (unreadable ones follow in the next step, where there are any)', expression: idsWhere('unknown') },
    ]),
  );
  // 12. percent(part, whole) = floor(round(100 × part / whole × 1e9) / 1e9 + 0.5), with Math.round's ties up
  const hundred = d.double(100);
  const billion = d.double(1e9);
  const half = d.double(0.5);
  // Unreadable answers are rare: only a row with one pays for joining the two lists.
  const unknownIds =
    d.pick === undefined
      ? r('total', 'unknown')
      : `CASE WHEN ${list.map((criterion) => `${status(criterion)} = 'invalid'`).join(' OR ')} THEN ${d.joinNonNull(';', [`nullif(${r('total', 'unknown only')}, '')`, ...list.map(idIf('invalid'))])} ELSE ${r('total', 'unknown only')} END`;
  steps.push(
    step('ratio', '100 × part / whole, scaled by 1e9 (the core rounds float noise away first)', [
      ...(d.pick === undefined ? [] : [{ name: 'unknown', comment: 'unknown answers, then unreadable ones, each in criteria order (as batch writes them)', expression: unknownIds }]),
      { name: 'score', expression: `CASE WHEN ${r('total', 'total')} > ${zero} THEN ${hundred} * (${r('total', 'earned')} / ${r('total', 'total')}) * ${billion} END` },
      { name: 'potential', expression: `CASE WHEN ${r('total', 'total')} > ${zero} THEN ${hundred} * ((${r('total', 'earned')} + ${r('total', 'open')}) / ${r('total', 'total')}) * ${billion} END` },
    ]),
  );
  const mathRound = (value: string): string => `(floor(${value}) + CASE WHEN ${value} - floor(${value}) >= ${half} THEN ${d.double(1)} ELSE ${zero} END)`;
  const percent = (value: string): string =>
    `CASE WHEN ${r('total', 'applicable')} = 0 THEN ${zero} WHEN ${r('total', 'total')} > ${zero} THEN floor(${mathRound(value)} / ${billion} + ${half}) ELSE ${hundred} END`;
  steps.push(
    step('result', 'score and potential, rounded half up (no criterion applies: 0; no points at stake: 100)', [
      { name: 'score', expression: percent(r('ratio', 'score')) },
      { name: 'potential', expression: percent(r('ratio', 'potential')) },
    ]),
  );
  const { accept, review, maxUnknown } = criteria.thresholds;
  // max_unknown: with more unknown or unreadable answers than that, an accept is held at review.
  const accepted = maxUnknown === undefined ? "'accept'" : `CASE WHEN ${r('total', 'open_count')} > ${maxUnknown} THEN 'review' ELSE 'accept' END`;
  const verdict = `CASE WHEN ${r('total', 'applicable')} = 0 THEN 'review' WHEN ${r('total', 'must_failed')} THEN 'reject' WHEN ${r('result', 'score')} >= ${d.double(accept)} AND NOT ${r('total', 'must_open')} THEN ${accepted} WHEN ${r('result', 'score')} >= ${d.double(review)} OR ${r('result', 'potential')} >= ${d.double(accept)} THEN 'review' ELSE 'reject' END`;

  if (problems.length > 0) return { ok: false, problems };
  const header = [
    `-- ${comment(options.title ?? 'clientfit criteria')}: ${list.length} criteria, scored as clientfit batch scores them (${d.name})`,
    `-- accept at ${accept}, review at ${review}${maxUnknown === undefined ? '' : `, accept with at most ${maxUnknown} unknown`}${options.decimalComma ? '; numbers read with a decimal comma' : ''}`,
    ...(options.fingerprint === undefined ? [] : [`-- list ${options.fingerprint} (clientfit sql --check-view tells whether a view's list is the file's today)`]),
  ];
  const results: Result[] = [
    { name: 'clientfit_score', expression: d.toInteger(r('result', 'score')) },
    { name: 'clientfit_potential', expression: d.toInteger(r('result', 'potential')) },
    { name: 'clientfit_verdict', expression: verdict },
    { name: 'clientfit_failed', expression: r('total', 'failed') },
    { name: 'clientfit_unknown', expression: d.pick === undefined ? r('total', 'unknown') : r('ratio', 'unknown') },
    // A view outlives the file it was made from: it carries the list's fingerprint in a column.
    ...((options.view !== undefined || options.source.kind === 'dbt') && options.fingerprint !== undefined ? [{ name: 'clientfit_list' as const, expression: d.string(options.fingerprint) }] : []),
  ];
  const body =
    d.chain === 'nested'
      ? chainSql(d, source, steps, results)
      : d.chain === 'lambda'
        ? lambdaSql(d, source, steps, results)
        : d.chain === 'keyed'
          ? keyedSql(d, source, steps, results)
          : lateralSql(d, source, steps, results);
  if (options.source.kind === 'dbt') {
    const model = dbtModel(`${header.join('\n')}\n${body}\n`, options.source);
    return model === undefined ? { ok: false, problems: [{ code: 'dbt-endraw' }] } : { ok: true, sql: model };
  }
  const statement = options.view === undefined ? body : `CREATE OR REPLACE VIEW ${d.tableName(options.view)} AS\n${body}`;
  return { ok: true, sql: `${header.join('\n')}\n${statement};\n` };
}

/** Where a dbt model's source goes: NUL occurs nowhere else in the statement (chr(0) would spell one). */
const DBT_SOURCE = '\u0000dbt\u0000';

/**
 * A dbt model: the statement as a `select` (no `;`) with the source as a Jinja call. dbt runs
 * a model through Jinja, so text from the criteria file holding `{{`, `{%` or `{#` would run as
 * Jinja: then everything but the call is written inside `{% raw %}` blocks, and a text that
 * would end such a block is refused (undefined). Names are Jinja string literals (JSON's escapes
 * are Python's).
 */
function dbtModel(sql: string, source: { readonly call: 'ref' | 'source'; readonly args: readonly string[] }): string | undefined {
  const literal = (arg: string): string => (/^[^'\\\u0000-\u001f]*$/u.test(arg) ? `'${arg}'` : JSON.stringify(arg));
  const call = `{{ ${source.call}(${source.args.map(literal).join(', ')}) }}`;
  if (!/\{[{%#]/u.test(sql)) return sql.replace(DBT_SOURCE, call);
  if (/\{%[-+]?\s*endraw/u.test(sql)) return undefined;
  const [before, after] = sql.split(DBT_SOURCE) as [string, string];
  return `{% raw %}${before}{% endraw %}${call}{% raw %}${after.trimEnd()}{% endraw %}\n`;
}
