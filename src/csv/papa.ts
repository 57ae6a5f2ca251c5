/**
 * Typed access to papaparse's low-level `Papa.Parser`.
 *
 * We use the low-level parser rather than `Papa.parse` so that decoding, chunking and line
 * numbering stay ours: `parse(text, 0, true)` parses every complete row of `text` and reports
 * in `meta.cursor` where the unfinished last row starts, which we keep for the next call.
 * papaparse ships no type declarations, so the few members we use are declared here.
 */
import { createRequire } from 'node:module';

export interface PapaError {
  /** 'MissingQuotes' (quote never closed) or 'InvalidQuotes' (text after a closing quote) */
  code: string;
  /** index in `data` of the row the error belongs to */
  row: number;
  /** index in the input just after the opening quote of the field */
  index: number;
}

export interface PapaResult {
  data: string[][];
  errors: PapaError[];
  meta: { cursor: number };
}

export interface RowParser {
  /** With `ignoreLastRow`, an unterminated last row is left out and `meta.cursor` points at its start. */
  parse(input: string, baseIndex: number, ignoreLastRow: boolean): PapaResult;
}

interface PapaModule {
  Parser: new (config: { delimiter: string; newline: string; preview?: number }) => RowParser;
}

const Papa = createRequire(import.meta.url)('papaparse') as PapaModule;

/** A parser for one delimiter and one row separator; `preview` stops after that many rows. */
export function createRowParser(delimiter: string, newline: string, preview?: number): RowParser {
  return new Papa.Parser(preview === undefined ? { delimiter, newline } : { delimiter, newline, preview });
}
