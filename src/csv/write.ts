/**
 * CSV output helpers: formula-injection escaping and a fast row formatter.
 */

/** Characters that make a spreadsheet treat a cell as a formula (OWASP CSV injection), incl. full-width forms. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * A signed plain number is data, not a formula, and must stay a number in the spreadsheet:
 * -5, +3.5, -30%, and thousands groups with one consistent separator (-1 200,50, -1,200.50,
 * -1.200,50, -1'200, also the no-break spaces that locales use).
 */
const SIGNED_NUMBER = /^[+-](?:\d+|\d{1,3}([ ,.'\u00A0\u202F])\d{3}(?:\1\d{3})*)(?:[.,]\d+)?%?$/;

/** Prefix `'` to a cell that starts with = + - @ tab CR or their full-width forms, unless it is a plain number. */
export function escapeFormula(cell: string): string {
  // Most cells start with a letter or digit: one char code test settles them.
  const first = cell.charCodeAt(0);
  if (first > 64 && first < 0xff0b) return cell;
  return FORMULA_START.test(cell) && !SIGNED_NUMBER.test(cell) ? `'${cell}` : cell;
}

/** Per delimiter: does a field need quotes (delimiter, quote, CR, LF, or a leading/trailing space)? */
const needsQuotesByDelimiter = new Map<string, RegExp>();

function needsQuotesPattern(delimiter: string): RegExp {
  let pattern = needsQuotesByDelimiter.get(delimiter);
  if (pattern === undefined) {
    const escaped = delimiter.replace(/[\\^$.*+?()[\]{}|-]/g, '\\$&');
    pattern = new RegExp(`[${escaped}"\\r\\n]`);
    needsQuotesByDelimiter.set(delimiter, pattern);
  }
  return pattern;
}

/**
 * Quotes a field only when needed, doubling quotes; returns the joined row WITHOUT the line ending.
 * A row of one empty field is written as `""`, because an empty line would be read as no row.
 */
export function formatRow(fields: readonly string[], delimiter: string): string {
  if (fields.length === 1 && fields[0] === '') return '""';
  const needsQuotes = needsQuotesPattern(delimiter);
  let row = '';
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    if (i > 0) row += delimiter;
    const quote = field.length > 0 && (field.charCodeAt(0) === 32 || field.charCodeAt(field.length - 1) === 32 || needsQuotes.test(field));
    row += quote ? `"${field.replaceAll('"', '""')}"` : field;
  }
  return row;
}
