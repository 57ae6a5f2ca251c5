/**
 * Everything that differs between SQL engines, one small object per engine. The compiler only
 * speaks through these, so BigQuery or Spark SQL later is a new object, not a new compiler.
 */

import type { SqlName } from './names.js';

export type DialectName = 'duckdb' | 'postgres';
export const DIALECTS: readonly DialectName[] = ['duckdb', 'postgres'];

export interface Dialect {
  readonly name: DialectName;
  /** a quoted identifier */
  ident(name: string): string;
  /** a parsed table or view name, every part quoted (a plain part folded first, as the engine folds it unquoted) */
  tableName(name: SqlName): string;
  /** a string literal, whatever the engine's settings for backslashes */
  string(text: string): string;
  /** a double-precision literal (plain decimals are DECIMAL/NUMERIC in both engines: not the same arithmetic) */
  double(value: number): string;
  /** a value of any column type as text */
  text(expression: string): string;
  /** text to double (the compiler guards against out-of-range values first) */
  toDouble(expression: string): string;
  /** double to a whole number for the output columns */
  toInteger(expression: string): string;
  /** one code point inside a regular expression (or a bracket expression) */
  regexChar(point: number): string;
  /** the regex searches the text */
  matches(expression: string, regex: string): string;
  /** replaces the first match, or every match */
  replace(expression: string, regex: string, replacement: string, global: boolean): string;
  /** Unicode normalisation form C */
  nfc(expression: string): string;
  /** code-point comparison whatever the column's collation */
  binary(expression: string): string;
  /** the needle occurs in the text */
  contains(haystack: string, needle: string): string;
  /** non-null parts joined with a separator; '' when every part is null */
  joinNonNull(separator: string, parts: readonly string[]): string;
  /** the text is ASCII only (a cheap test, no regex) */
  readonly asciiOnly?: (expression: string) => string;
  /** lower() of ASCII text is exact whatever the collation (PostgreSQL's under a Turkish locale is not) */
  readonly lowerAsciiExact: boolean;
  /** how steps follow each other: CTEs adding columns (nested) or LATERAL subqueries */
  readonly chain: 'nested' | 'lateral';
  /** parsing a decimal below the smallest double raises an error instead of giving 0 */
  readonly underflowRaises: boolean;
}

const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/**
 * A literal in single quotes, each quote doubled; control characters and invisible spaces are
 * spelled out with chr() so the SQL reads (and pastes) safely. DuckDB reads a backslash in '…' as
 * itself; PostgreSQL does too unless standard_conforming_strings is off (`escapeBackslash`): there
 * a text with a backslash is an E'…' literal, whose doubled backslash is one under either setting.
 */
function quoteString(text: string, escapeBackslash = false): string {
  const parts: string[] = [];
  let plain = '';
  for (const char of text) {
    const point = char.codePointAt(0)!;
    if (point < 0x20 || point === 0x7f || (point >= 0x80 && point < 0xa0) || point === 0x2028 || point === 0x2029) {
      if (plain !== '') parts.push(literal(plain));
      plain = '';
      parts.push(`chr(${point})`);
    } else {
      plain += char;
    }
  }
  if (plain !== '' || parts.length === 0) parts.push(literal(plain));
  return parts.length === 1 ? parts[0]! : `(${parts.join(' || ')})`;

  function literal(body: string): string {
    const quoted = body.replaceAll("'", "''");
    return escapeBackslash && quoted.includes('\\') ? `E'${quoted.replaceAll('\\', '\\\\')}'` : `'${quoted}'`;
  }
}

/** Every part quoted, so no name can end the statement or meet a reserved word; `fold` as the engine folds an unquoted name. */
const quoteName =
  (fold: (part: string) => string) =>
  (name: SqlName): string =>
    name.map((part) => quoteIdent(part.quoted ? part.text : fold(part.text))).join('.');

/** JavaScript's shortest round-trip spelling of a double, which both engines parse exactly. */
const doubleText = (value: number): string => (Object.is(value, -0) ? '-0' : String(value));

export const duckdb: Dialect = {
  name: 'duckdb',
  ident: quoteIdent,
  // DuckDB matches names without regard to case, quoted or not.
  tableName: quoteName((part) => part),
  string: (text) => quoteString(text),
  double: (value) => `CAST('${doubleText(value)}' AS DOUBLE)`,
  text: (expression) => `CAST(${expression} AS VARCHAR)`,
  toDouble: (expression) => `CAST(${expression} AS DOUBLE)`,
  toInteger: (expression) => `CAST(${expression} AS INTEGER)`,
  // RE2
  regexChar: (point) => `\\x{${point.toString(16).padStart(4, '0')}}`,
  matches: (expression, regex) => `regexp_matches(${expression}, ${quoteString(regex)})`,
  replace: (expression, regex, replacement, global) => `regexp_replace(${expression}, ${quoteString(regex)}, ${quoteString(replacement)}${global ? ", 'g'" : ''})`,
  nfc: (expression) => `nfc_normalize(${expression})`,
  binary: (expression) => expression,
  contains: (haystack, needle) => `strpos(${haystack}, ${needle}) > 0`,
  joinNonNull: (separator, parts) => `concat_ws(${quoteString(separator)}, ${parts.join(', ')})`,
  underflowRaises: false,
  chain: 'nested',
  // translate() costs ~8 µs a cell with a 45-character map; lower() of ASCII text is exact and 25x faster.
  // Text is ASCII when it has as many bytes as characters (no regex needed).
  asciiOnly: (expression) => `strlen(${expression}) = length(${expression})`,
  lowerAsciiExact: true,
};

const pgString = (text: string): string => quoteString(text, true);

export const postgres: Dialect = {
  name: 'postgres',
  ident: quoteIdent,
  // Unquoted names are folded to lower case (plain parts are ASCII).
  tableName: quoteName((part) => part.toLowerCase()),
  string: pgString,
  double: (value) => `CAST('${doubleText(value)}' AS DOUBLE PRECISION)`,
  text: (expression) => `CAST(${expression} AS TEXT)`,
  toDouble: (expression) => `CAST(${expression} AS DOUBLE PRECISION)`,
  toInteger: (expression) => `CAST(${expression} AS INTEGER)`,
  // Advanced regular expressions (the default flavour)
  regexChar: (point) => (point > 0xffff ? `\\U${point.toString(16).padStart(8, '0')}` : `\\u${point.toString(16).padStart(4, '0')}`),
  matches: (expression, regex) => `(${expression} ~ ${pgString(regex)})`,
  replace: (expression, regex, replacement, global) => `regexp_replace(${expression}, ${pgString(regex)}, ${pgString(replacement)}${global ? ", 'g'" : ''})`,
  nfc: (expression) => `normalize(${expression}, NFC)`,
  binary: (expression) => `(${expression} COLLATE "C")`,
  contains: (haystack, needle) => `strpos(${haystack}, ${needle}) > 0`,
  joinNonNull: (separator, parts) => `concat_ws(${pgString(separator)}, ${parts.join(', ')})`,
  underflowRaises: true,
  chain: 'lateral',
  asciiOnly: (expression) => `octet_length(${expression}) = char_length(${expression})`,
  lowerAsciiExact: false,
};

export const DIALECT: Readonly<Record<DialectName, Dialect>> = { duckdb, postgres };
