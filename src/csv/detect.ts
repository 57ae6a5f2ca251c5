/**
 * Dialect sniffing from the first lines of a CSV: the Excel `sep=` line and the
 * delimiter.
 */
import { parseRecords } from './parse.js';
import { CsvError } from './problems.js';

export const DELIMITER_CANDIDATES: readonly string[] = [',', ';', '\t', '|'];

/** Rows looked at when detecting the delimiter. */
export const DETECT_MAX_ROWS = 50;

/** How a delimiter is named in messages (a tab is invisible). */
export function delimiterName(delimiter: string): string {
  return delimiter === '\t' ? 'tab' : `'${delimiter}'`;
}

/** The delimiter for a --delimiter value: one character, or the word `tab` (or a typed `\t`). */
export function parseDelimiterOption(value: string): string {
  if (value === 'tab' || value === '\\t') return '\t';
  if ([...value].length === 1 && !/["\r\n\uFEFF]/.test(value)) return value;
  throw new CsvError({ code: 'invalid-delimiter', value });
}

/**
 * An Excel `sep=X` first line (Excel writes it to say which delimiter the file uses; some
 * tools pad it with more delimiters). Returns the delimiter and the length of the line
 * including its line break, or null.
 */
export function readSepLine(text: string): { delimiter: string; length: number } | null {
  const match = /^sep=([^"\r\n])\1*(\r\n|\n|\r|$)/i.exec(text);
  return match ? { delimiter: match[1]!, length: match[0].length } : null;
}

interface DelimiterFit {
  delimiter: string;
  columns: number;
  /** share of the sampled rows with as many fields as the header */
  consistency: number;
  /** fields with a stray quote in them: a quoted field was split at a wrong delimiter */
  strayQuotes: number;
}

/**
 * Detects the delimiter from a sample of the text (quote-aware, so delimiters inside quoted
 * fields do not count): a candidate must split the header into several columns, and the one
 * whose rows most consistently have the header's field count wins. A tie between candidates
 * is a question only the user can answer. No candidate at all means a single-column file.
 */
export function detectDelimiter(sample: string, complete: boolean, where: string): { delimiter: string; detected: boolean } {
  const fits = DELIMITER_CANDIDATES.map((delimiter) => measureFit(sample, complete, delimiter))
    .filter((fit): fit is DelimiterFit => fit !== null)
    .sort((a, b) => b.consistency - a.consistency || a.strayQuotes - b.strayQuotes);
  const [best, second] = fits;
  if (best === undefined) return { delimiter: ',', detected: false };
  const fitsAsWell = (fit: DelimiterFit) => fit.consistency === best.consistency && fit.strayQuotes === best.strayQuotes;
  if (second !== undefined && fitsAsWell(second)) throw ambiguousDelimiter(fits.filter(fitsAsWell), where);
  return { delimiter: best.delimiter, detected: true };
}

function ambiguousDelimiter(tied: readonly DelimiterFit[], where: string): CsvError {
  return new CsvError({ code: 'ambiguous-delimiter', where, tied: tied.map(({ delimiter, columns }) => ({ delimiter, columns })) });
}

function measureFit(sample: string, complete: boolean, delimiter: string): DelimiterFit | null {
  const parsed = parseRecords(sample, { delimiter, line: 1, final: complete, maxRecords: DETECT_MAX_ROWS * 2 });
  const rows = parsed.records
    .filter((record) => !record.blank)
    .slice(0, DETECT_MAX_ROWS)
    .map((record) => record.fields);
  const columns = rows[0]?.length ?? 0;
  if (columns < 2) return null;
  let consistent = 0;
  // Broken quotes under this delimiter (say, a quoted field with a ';' read with ','): a bad sign.
  let strayQuotes = parsed.problem === undefined ? 0 : 1;
  for (const row of rows) {
    if (row.length === columns) consistent++;
    for (const field of row) if (field.includes('"')) strayQuotes++;
  }
  return { delimiter, columns, consistency: consistent / rows.length, strayQuotes };
}
