/**
 * Everything that differs between SQL engines, one small object per engine. The compiler only
 * speaks through these, so BigQuery or Spark SQL later is a new object, not a new compiler.
 */

import type { SqlName } from './names.js';
import { nfcChangeable } from './unicode.js';

export type DialectName = 'duckdb' | 'postgres' | 'mysql' | 'clickhouse';
export const DIALECTS: readonly DialectName[] = ['duckdb', 'postgres', 'mysql', 'clickhouse'];

export interface Dialect {
  readonly name: DialectName;
  /** a quoted identifier */
  ident(name: string): string;
  /** a parsed table or view name, every part quoted (a plain part folded first, as the engine folds it unquoted) */
  tableName(name: SqlName): string;
  /** the most dot-separated parts a table or view name may have: catalog.schema.table (3) or database.table (2) */
  readonly nameParts: 2 | 3;
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
  /**
   * An engine without NFC (MariaDB): true when the text holds a code point NFC could change
   * (`nfc` is then the identity), so that the answer is refused as invalid, never misread.
   */
  readonly needsNfc?: (expression: string) => string;
  /** the length in characters (default `length()`, which counts bytes in MySQL) */
  readonly charLength?: (expression: string) => string;
  /** maps each character of `from` to the one at its place in `to` (default `translate()`) */
  readonly translate?: (expression: string, from: string, to: string) => string;
  /**
   * The value paired with the text that equals the expression's exactly, NULL when none (default:
   * one IN list per value). DuckDB rewrites each IN list into a join that runs over every row.
   */
  readonly lookup?: (expression: string, pairs: ReadonlyMap<string, string>) => string;
  /** code-point comparison whatever the column's collation */
  binary(expression: string): string;
  /** the needle occurs in the text */
  contains(haystack: string, needle: string): string;
  /** red flags are searched by one regex of alternatives (the text scanned once), not one contains() each */
  readonly searchesAlternatives?: boolean;
  /** the value at a 1-based index of a list of texts (undefined: NULL), for a dialect whose list lookup costs less than CASEs */
  readonly pick?: (index: string, values: readonly (string | undefined)[]) => string;
  /** non-null parts joined with a separator; '' when every part is null */
  joinNonNull(separator: string, parts: readonly string[]): string;
  /** the text is ASCII only (a cheap test, no regex) */
  readonly asciiOnly?: (expression: string) => string;
  /** lower() of ASCII text is exact whatever the collation (PostgreSQL's under a Turkish locale is not) */
  readonly lowerAsciiExact: boolean;
  /**
   * Code point ranges where the engine's lower() gives JavaScript's toLowerCase(), a character at
   * a time and whatever its neighbours: text made only of them is lowered by lower(), which
   * costs far less than the map (test/sql/unicode.test.ts holds the engine to it).
   */
  readonly lowerLikeJavaScript?: readonly (readonly [number, number])[];
  /**
   * how steps follow each other: CTEs adding columns to a packed source row (nested), LATERAL
   * subqueries, CTEs over each different row of cells once, joined back by a hash of the cells
   * (keyed), or lambdas whose parameters are the step's entries
   */
  readonly chain: 'nested' | 'lateral' | 'keyed' | 'lambda';
  /** functions that count characters where the engine's plain length/left/right/substr/translate count bytes */
  readonly characters?: { readonly length: string; readonly left: string; readonly right: string; readonly substr: string; readonly translate: string };
  /** a replacement cannot name a group (`\\1`): patterns keep what precedes a match with a lookbehind instead */
  readonly lookbehind?: boolean;
  /** parsing a decimal below the smallest double raises an error instead of giving 0 */
  readonly underflowRaises: boolean;
}

const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** How a dialect writes a string: plain runs as literals, the characters it must spell out one by one, and how the parts join. */
interface Spelling {
  readonly literal: (body: string) => string;
  /** true: the character is written by `char`, not inside a literal */
  readonly spelled?: (point: number) => boolean;
  readonly char: (char: string) => string;
  readonly join: (parts: readonly string[]) => string;
}

/** Control characters and invisible line separators: spelled out so that the SQL reads (and pastes) safely. */
const invisible = (point: number): boolean => point < 0x20 || point === 0x7f || (point >= 0x80 && point < 0xa0) || point === 0x2028 || point === 0x2029;

function spell(text: string, spelling: Spelling): string {
  const parts: string[] = [];
  let plain = '';
  for (const char of text) {
    const point = char.codePointAt(0)!;
    if (invisible(point) || spelling.spelled?.(point) === true) {
      if (plain !== '') parts.push(spelling.literal(plain));
      plain = '';
      parts.push(spelling.char(char));
    } else {
      plain += char;
    }
  }
  if (plain !== '' || parts.length === 0) parts.push(spelling.literal(plain));
  return parts.length === 1 ? parts[0]! : spelling.join(parts);
}

/**
 * A literal in single quotes, each quote doubled; control characters and invisible spaces are
 * spelled out with chr(). DuckDB reads a backslash in '…' as itself; PostgreSQL does too unless
 * standard_conforming_strings is off (`escapeBackslash`): there a text with a backslash is an
 * E'…' literal, whose doubled backslash is one under either setting.
 */
function quoteString(text: string, escapeBackslash = false): string {
  return spell(text, {
    literal: (body) => {
      const quoted = body.replaceAll("'", "''");
      return escapeBackslash && quoted.includes('\\') ? `E'${quoted.replaceAll('\\', '\\\\')}'` : `'${quoted}'`;
    },
    char: (char) => `chr(${char.codePointAt(0)})`,
    join: (parts) => `(${parts.join(' || ')})`,
  });
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
  nameParts: 3,
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
  // RE2 scans the text once for every flag: 11 flags in 1M notes, 0.13 CPU s against 0.19 s for 11 strpos().
  searchesAlternatives: true,
  pick: (index, values) => `[${values.map((value) => (value === undefined ? 'NULL' : quoteString(value))).join(', ')}][${index}]`,
  joinNonNull: (separator, parts) => `concat_ws(${quoteString(separator)}, ${parts.join(', ')})`,
  underflowRaises: false,
  chain: 'nested',
  // One list search: 3 IN lists (each a join over every row) cost 3x its CPU on 1M rows.
  lookup: (expression, pairs) =>
    pairs.size === 0
      ? 'NULL'
      : `[${[...pairs.values()].map((value) => quoteString(value)).join(', ')}][list_position([${[...pairs.keys()].map((key) => quoteString(key)).join(', ')}], ${expression})]`,
  // translate() costs ~8 µs a cell with a 45-character map; lower() of ASCII text is exact and 25x faster.
  // Text is ASCII when it has as many bytes as characters (no regex needed).
  asciiOnly: (expression) => `strlen(${expression}) = length(${expression})`,
  lowerAsciiExact: true,
  // Latin, Greek and Cyrillic (below U+0500) but İ (JavaScript: i + U+0307) and Σ (JavaScript: ς
  // at the end of a word): translate() with the map cost 1.3 of the 7 CPU s on the 1M-row bench file.
  lowerLikeJavaScript: [
    [0x0, 0x12f],
    [0x131, 0x3a2],
    [0x3a4, 0x4ff],
  ],
};

const pgString = (text: string): string => quoteString(text, true);

export const postgres: Dialect = {
  name: 'postgres',
  ident: quoteIdent,
  // Unquoted names are folded to lower case (plain parts are ASCII).
  tableName: quoteName((part) => part.toLowerCase()),
  // database.schema.table, the database being the one connected to
  nameParts: 3,
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

/**
 * MariaDB 10.11+ and MySQL 8. A literal never holds a backslash (its meaning depends on the
 * NO_BACKSLASH_ESCAPES mode): a backslash or a control character is CHAR(n USING utf8mb4), and a
 * pattern's backslashes are written as ~ and put back by REPLACE(). Non-ASCII text carries the
 * _utf8mb4 introducer, so the client's character set cannot change it.
 */
const mysqlLiteral = (body: string): string => `${/^[\x00-\x7f]*$/u.test(body) ? '' : '_utf8mb4'}'${body.replaceAll("'", "''")}'`;

/** CHAR() takes the character's bytes (in UTF-8), not its code point. */
const mysqlChar = (char: string): string => {
  const bytes = [...new TextEncoder().encode(char)];
  return `CHAR(${bytes.length === 1 ? bytes[0] : `0x${bytes.map((byte) => byte.toString(16).padStart(2, '0')).join('')}`} USING utf8mb4)`;
};

function mysqlString(text: string): string {
  return spell(text, { literal: mysqlLiteral, spelled: (point) => point === 0x5c, char: mysqlChar, join: (parts) => `CONCAT(${parts.join(', ')})` });
}

/**
 * A pattern both PCRE2 (MariaDB) and ICU (MySQL 8) read alike: flags set by the server
 * (default_regex_flags) are turned off with (?-imsx); `$` becomes \z (both engines' `$` also
 * matches before a final line break, JavaScript's does not). The compiler writes code points as
 * \x{…}, which both read.
 */
function mysqlPattern(regex: string): string {
  let out = '(?-imsx)';
  let bracket = false;
  for (let index = 0; index < regex.length; index++) {
    const char = regex[index]!;
    if (char === '\\') {
      out += char + (regex[index + 1] ?? '');
      index++;
    } else if (bracket) {
      if (char === ']') bracket = false;
      out += char;
    } else if (char === '[') {
      bracket = true;
      out += char;
      if (regex[index + 1] === '^') out += regex[++index];
      if (regex[index + 1] === ']') out += regex[++index];
    } else {
      out += char === '$' ? '\\z' : char;
    }
  }
  if (out.includes('~') || /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u.test(out)) return mysqlString(out);
  return out.includes('\\') ? `REPLACE(${mysqlLiteral(out.replaceAll('\\', '~'))}, '~', CHAR(92 USING utf8mb4))` : mysqlLiteral(out);
}

/** The class of code points NFC can change (unicode.ts), for a MariaDB pattern. */
let nfcSensitive: string | undefined;
function nfcClass(): string {
  if (nfcSensitive !== undefined) return nfcSensitive;
  const { marks, points } = nfcChangeable();
  const sorted = [...points].sort((a, b) => a - b);
  const hex = (point: number): string => `\\x{${point.toString(16)}}`;
  let body = marks ? '\\p{M}' : '';
  for (let index = 0; index < sorted.length; index++) {
    let end = index;
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end]! + 1) end++;
    body += end > index ? `${hex(sorted[index]!)}-${hex(sorted[end]!)}` : hex(sorted[index]!);
    index = end;
  }
  nfcSensitive = `[${body}]`;
  return nfcSensitive;
}

/** Text as the statement reads it: utf8mb4 under its binary collation (no collation decides equality). */
const mysqlText = (expression: string): string => `CAST(${expression} AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_bin`;

export const mysql: Dialect = {
  name: 'mysql',
  // Backticks work whatever sql_mode says (ANSI_QUOTES or not).
  ident: (name) => `\`${name.replaceAll('`', '``')}\``,
  // MariaDB and MySQL keep a table name's case as written (on Linux): no folding.
  tableName: (name) => name.map((part) => `\`${part.text.replaceAll('`', '``')}\``).join('.'),
  nameParts: 2,
  string: mysqlString,
  double: (value) => `CAST('${doubleText(value)}' AS DOUBLE)`,
  text: mysqlText,
  toDouble: (expression) => `CAST(${expression} AS DOUBLE)`,
  toInteger: (expression) => `CAST(${expression} AS SIGNED)`,
  // PCRE2 and ICU alike
  regexChar: (point) => `\\x{${point.toString(16).padStart(4, '0')}}`,
  matches: (expression, regex) => `(${expression} REGEXP ${mysqlPattern(regex)})`,
  replace: (expression, regex, replacement, _global) => {
    // MariaDB's REGEXP_REPLACE replaces every match (MySQL 8's too, by default): the compiler's
    // one-match patterns are anchored, so the first match is the only one.
    if (/[\\$]/u.test(replacement)) throw new Error(`mysql: a replacement cannot name a group (${replacement})`);
    return `REGEXP_REPLACE(${expression}, ${mysqlPattern(regex)}, ${mysqlString(replacement)})`;
  },
  nfc: (expression) => expression,
  needsNfc: (expression) => `(${expression} REGEXP ${mysqlPattern(nfcClass())})`,
  charLength: (expression) => `CHAR_LENGTH(${expression})`,
  // No translate(): one REPLACE() a character (each maps to a character that is never mapped itself).
  translate: (expression, from, to) => {
    const source = [...from];
    const target = [...to];
    return source.reduce((result, char, index) => `REPLACE(${result}, ${mysqlString(char)}, ${mysqlString(target[index]!)})`, expression);
  },
  // Both sides as bytes: a _bin collation still pads with spaces ('a' = 'a ').
  binary: (expression) => `CAST(${expression} AS BINARY)`,
  contains: (haystack, needle) => `LOCATE(${needle}, ${haystack}) > 0`,
  joinNonNull: (separator, parts) => `CONCAT_WS(${mysqlString(separator)}, ${parts.join(', ')})`,
  underflowRaises: false,
  chain: 'keyed',
  lookbehind: true,
  asciiOnly: (expression) => `LENGTH(${expression}) = CHAR_LENGTH(${expression})`,
  // The text carries utf8mb4_bin, whose LOWER() of ASCII is plain ASCII (no Turkish rules).
  lowerAsciiExact: true,
};

const UTF8 = new TextEncoder();

/**
 * ClickHouse reads a backslash in '…' and `…` as an escape: a literal spells a quote and a
 * backslash with one, and every control or invisible character as its UTF-8 bytes in \xHH, so
 * the literal stays one token that reads (and pastes) safely. An identifier the same way.
 */
function clickhouseEscape(text: string, quote: "'" | '`'): string {
  let body = '';
  for (const char of text) {
    const point = char.codePointAt(0)!;
    if (point < 0x20 || point === 0x7f || (point >= 0x80 && point < 0xa0) || point === 0x2028 || point === 0x2029) {
      for (const byte of UTF8.encode(char)) body += `\\x${byte.toString(16).padStart(2, '0')}`;
    } else if (char === quote || char === '\\') {
      body += `\\${char}`;
    } else {
      body += char;
    }
  }
  return `${quote}${body}${quote}`;
}

const chString = (text: string): string => clickhouseEscape(text, "'");

export const clickhouse: Dialect = {
  name: 'clickhouse',
  ident: (name) => clickhouseEscape(name, '`'),
  // ClickHouse names are case-sensitive, quoted or not.
  tableName: (name) => name.map((part) => clickhouseEscape(part.text, '`')).join('.'),
  nameParts: 2,
  string: chString,
  double: (value) => `toFloat64(${chString(doubleText(value))})`,
  // toString keeps a Nullable column nullable (CAST … AS String refuses NULL).
  text: (expression) => `toString(${expression})`,
  // …OrNull: the compiler's guards choose the branch, and a user may turn short-circuit evaluation off.
  toDouble: (expression) => `toFloat64OrNull(${expression})`,
  toInteger: (expression) => `toInt32(${expression})`,
  // RE2, matching UTF-8 code points
  regexChar: (point) => `\\x{${point.toString(16).padStart(4, '0')}}`,
  matches: (expression, regex) => `match(${expression}, ${chString(regex)})`,
  replace: (expression, regex, replacement, global) => `${global ? 'replaceRegexpAll' : 'replaceRegexpOne'}(${expression}, ${chString(regex)}, ${chString(replacement)})`,
  nfc: (expression) => `normalizeUTF8NFC(${expression})`,
  // Strings are bytes: = and IN compare them as such.
  binary: (expression) => expression,
  contains: (haystack, needle) => `position(${haystack}, ${needle}) > 0`,
  // arrayStringConcat skips NULL elements.
  joinNonNull: (separator, parts) => `arrayStringConcat([${parts.join(', ')}], ${chString(separator)})`,
  underflowRaises: false,
  // No LATERAL, and an alias in a CTE replaces a source column of its name (silently): each step is
  // a lambda, whose parameters no column or alias can shadow.
  chain: 'lambda',
  // lengthUTF8 counts code points, length bytes: equal for ASCII text.
  asciiOnly: (expression) => `length(${expression}) = lengthUTF8(${expression})`,
  // lower() lowers ASCII letters only, which for ASCII text is exact.
  lowerAsciiExact: true,
  characters: { length: 'lengthUTF8', left: 'leftUTF8', right: 'rightUTF8', substr: 'substringUTF8', translate: 'translateUTF8' },
};

export const DIALECT: Readonly<Record<DialectName, Dialect>> = { duckdb, postgres, mysql, clickhouse };
