/**
 * CSV output: formula-injection escaping, a row formatter, and rows extended with new cells.
 */

import { rawFields } from './parse.js';

/**
 * Characters that make a spreadsheet treat a cell as a formula (OWASP CSV injection), incl.
 * full-width forms, after any leading ASCII whitespace: LibreOffice can be set to trim it on
 * import, so ` =1+1` and a line break before `=` are escaped too (when unsure, escape). A cell
 * that starts with a tab or CR is escaped whatever follows, as OWASP advises.
 */
const FORMULA_START = /^[\t\n\v\f\r ]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/u;

/**
 * A signed plain number is data, not a formula, and must stay a number in the spreadsheet:
 * -5, +3.5, -30%, and thousands groups with one consistent separator (-1 200,50, -1,200.50,
 * -1.200,50, -1'200, also the no-break spaces that locales use).
 */
const SIGNED_NUMBER = /^[+-](?:\d+|\d{1,3}([ ,.'\u00A0\u202F])\d{3}(?:\1\d{3})*)(?:[.,]\d+)?%?$/;

/**
 * A phone number: a sign (ASCII or full-width) followed by digits, spaces, dots, dashes, slashes
 * and parentheses, with at least one digit: +49 30 1234567, +7 (495) 123-45-67, +1.555.010.0199.
 * Even where a spreadsheet evaluates one, it is arithmetic on digits: no function, no reference,
 * nothing that can run.
 */
const PHONE = /^[+\-\uFF0B\uFF0D][\d \u00A0.\-/()]*\d[\d \u00A0.\-/()]*$/u;

/**
 * Dashes and nothing to evaluate after them: `-`, `--`, `- -`, the "no phone" placeholder of CRM
 * exports. Excel, LibreOffice and Google Sheets keep it as text (a minus needs an operand).
 */
const DASHES = /^[-\uFF0D]+(?:[ \u00A0]*[-\uFF0D])*[ \u00A0]*$/u;

/**
 * Prefix `'` to a cell that starts (after any spaces or line breaks) with = + - @ or their
 * full-width forms, or with a tab or CR, unless what follows the spaces can only be a number, a
 * phone number or a dash placeholder, which are data and stay as they are.
 */
export function escapeFormula(cell: string): string {
  // Most cells start with a letter or digit: one char code test settles them.
  const first = cell.charCodeAt(0);
  if (first > 64 && first < 0xff0b) return cell;
  if (!FORMULA_START.test(cell)) return cell;
  if (first === 9 || first === 13) return `'${cell}`;
  const data = cell.trimStart();
  return SIGNED_NUMBER.test(data) || PHONE.test(data) || DASHES.test(data) ? cell : `'${cell}`;
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

/** Every field empty or whitespace: unquoted, such a row would be read as a blank line. */
function looksBlank(fields: readonly string[]): boolean {
  for (const field of fields) if (!/^\s*$/u.test(field)) return false;
  return true;
}

/**
 * Quotes a field only when needed, doubling quotes; returns the joined row WITHOUT the line ending.
 * A row whose cells are all empty or whitespace gets its first cell quoted (`""`, `"",`), because
 * a line of only whitespace or delimiters is read as a blank line, not a row.
 */
export function formatRow(fields: readonly string[], delimiter: string): string {
  const needsQuotes = needsQuotesPattern(delimiter);
  const blank = fields.length > 0 && looksBlank(fields);
  let row = '';
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    if (i > 0) row += delimiter;
    const quote = (blank && i === 0) || (field.length > 0 && (field.charCodeAt(0) === 32 || field.charCodeAt(field.length - 1) === 32 || needsQuotes.test(field)));
    row += quote ? `"${field.replaceAll('"', '""')}"` : field;
  }
  return row;
}

/** Every field quoted, doubling quotes. */
function quoteAll(fields: readonly string[], delimiter: string): string {
  let row = '';
  for (let i = 0; i < fields.length; i++) row += `${i > 0 ? delimiter : ''}"${fields[i]!.replaceAll('"', '""')}"`;
  return row;
}

export interface RowLayout {
  delimiter: string;
  /** the header's number of cells: a row's first `width` cells are its columns, the rest are extra */
  width: number;
  /** prefix formula-like cells with `'` */
  escape: boolean;
}

/** A record as the reader gives it: cells, and the text they were read from. */
export interface ReadRow {
  readonly fields: readonly string[];
  readonly raw?: string;
  /** how many cells were quoted */
  readonly quoted: number;
}

/**
 * A row with cells added after its columns, WITHOUT the line ending. The input cells are written
 * back as they stood in the input (quotes, padding and line breaks included), so a diff of input
 * and output shows only the new cells: a short row is padded with empty cells up to `width`, and
 * the extra cells of a long row follow the new cells, in their order, so that the new cells stay
 * under their headers. The new cells are quoted when every input cell of the row was (a file
 * exported with all fields quoted stays so). A formula-like cell gets a `'` inside its quotes.
 */
export function extendRow(row: ReadRow, added: readonly string[], layout: RowLayout): string {
  const { fields, raw } = row;
  const { delimiter, width, escape } = layout;
  const allQuoted = fields.length > 0 && row.quoted === fields.length;
  const addedText = addedCells(added, delimiter, allQuoted);
  if (raw !== undefined && fields.length === width && !(escape && hasFormula(fields))) return `${raw}${delimiter}${addedText}`;
  // Rebuild around the input's own text of each cell; without it, format the cells.
  const parts = raw === undefined ? null : rawFields(raw, delimiter);
  const cells: string[] = [];
  for (let index = 0; index < fields.length; index++) {
    const field = fields[index]!;
    let text = parts !== null && parts.length === fields.length ? parts[index]! : formatRow([field], delimiter);
    if (escape && escapeFormula(field) !== field) text = text.charCodeAt(0) === 34 ? `"'${text.slice(1)}` : `'${text}`;
    cells.push(text);
  }
  const columns = cells.slice(0, width);
  for (let index = fields.length; index < width; index++) columns.push(allQuoted ? '""' : '');
  const extra = cells.slice(width);
  return [...columns, addedText, ...extra].join(delimiter);
}

/** New cells for a row: quoted when every input cell of the row was, else only where needed. */
export function addedCells(added: readonly string[], delimiter: string, allQuoted: boolean): string {
  return allQuoted ? quoteAll(added, delimiter) : formatRow(added, delimiter);
}

function hasFormula(fields: readonly string[]): boolean {
  for (const field of fields) if (escapeFormula(field) !== field) return true;
  return false;
}
