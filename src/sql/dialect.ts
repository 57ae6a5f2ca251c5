/**
 * Everything that differs between SQL engines, one small object per engine. The compiler only
 * speaks through these, so BigQuery or Spark SQL later is a new object, not a new compiler.
 */

export type DialectName = 'duckdb' | 'postgres';
export const DIALECTS: readonly DialectName[] = ['duckdb', 'postgres'];

export interface Dialect {
  readonly name: DialectName;
  /** a quoted identifier */
  ident(name: string): string;
  /** a table name as given: plain names and dotted paths pass through, anything else is quoted */
  tableName(name: string): string;
  /** a string literal */
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
  /** lower() where it is exact: for ASCII-only text (undefined: never trusted) */
  readonly lowerAscii?: (expression: string) => string;
  /** how steps follow each other: CTEs adding columns (nested) or LATERAL subqueries */
  readonly chain: 'nested' | 'lateral';
  /** parsing a decimal below the smallest double raises an error instead of giving 0 */
  readonly underflowRaises: boolean;
}

const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;

function quoteString(text: string): string {
  // Control characters and invisible spaces are spelled out so the SQL reads (and pastes) safely.
  const parts: string[] = [];
  let plain = '';
  for (const char of text) {
    const point = char.codePointAt(0)!;
    if (point < 0x20 || point === 0x7f || (point >= 0x80 && point < 0xa0) || point === 0x2028 || point === 0x2029) {
      if (plain !== '') parts.push(`'${plain}'`);
      plain = '';
      parts.push(`chr(${point})`);
    } else {
      plain += char === "'" ? "''" : char;
    }
  }
  if (plain !== '' || parts.length === 0) parts.push(`'${plain}'`);
  return parts.length === 1 ? parts[0]! : `(${parts.join(' || ')})`;
}

const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_$]*(?:\.[A-Za-z_][A-Za-z0-9_$]*)*$/u;

function tableName(name: string): string {
  return PLAIN_NAME.test(name) || name.includes('"') ? name : quoteIdent(name);
}

/** JavaScript's shortest round-trip spelling of a double, which both engines parse exactly. */
const doubleText = (value: number): string => (Object.is(value, -0) ? '-0' : String(value));

export const duckdb: Dialect = {
  name: 'duckdb',
  ident: quoteIdent,
  tableName,
  string: quoteString,
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
  lowerAscii: (expression) => `CASE WHEN regexp_matches(${expression}, '[^\\x{0000}-\\x{007f}]') THEN NULL ELSE lower(${expression}) END`,
};

export const postgres: Dialect = {
  name: 'postgres',
  ident: quoteIdent,
  tableName,
  string: quoteString,
  double: (value) => `CAST('${doubleText(value)}' AS DOUBLE PRECISION)`,
  text: (expression) => `CAST(${expression} AS TEXT)`,
  toDouble: (expression) => `CAST(${expression} AS DOUBLE PRECISION)`,
  toInteger: (expression) => `CAST(${expression} AS INTEGER)`,
  // Advanced regular expressions (the default flavour)
  regexChar: (point) => (point > 0xffff ? `\\U${point.toString(16).padStart(8, '0')}` : `\\u${point.toString(16).padStart(4, '0')}`),
  matches: (expression, regex) => `(${expression} ~ ${quoteString(regex)})`,
  replace: (expression, regex, replacement, global) => `regexp_replace(${expression}, ${quoteString(regex)}, ${quoteString(replacement)}${global ? ", 'g'" : ''})`,
  nfc: (expression) => `normalize(${expression}, NFC)`,
  binary: (expression) => `(${expression} COLLATE "C")`,
  contains: (haystack, needle) => `strpos(${haystack}, ${needle}) > 0`,
  joinNonNull: (separator, parts) => `concat_ws(${quoteString(separator)}, ${parts.join(', ')})`,
  underflowRaises: true,
  chain: 'lateral',
};

export const DIALECT: Readonly<Record<DialectName, Dialect>> = { duckdb, postgres };
