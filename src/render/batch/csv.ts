/**
 * `clientfit batch` as CSV (or TSV, or any delimiter the input had): every input row as it was
 * written, plus the four clientfit columns, in the output encoding.
 */
import type { AllWords } from '../../i18n/index.js';
import type { ShortResult } from '../../core/score.js';
import { DataError } from '../../errors.js';
import { RESULT_COLUMNS, type BatchSink } from './sink.js';
import { printable } from '../sanitize.js';
import type { ByteArena, KeptBytes } from '../../leads/arena.js';
import type { OutputEncoding } from '../../csv/encode.js';
import type { CsvHeader } from '../../csv/read.js';
import { addedCells, extendRow } from '../../csv/write.js';

/** The four new cells of a row: score, verdict, failed ids, and unknown then invalid ids. */
export function resultCells(result: ShortResult): string[] {
  return [String(result.score), result.verdict, result.failed.join(';'), result.invalid.length === 0 ? result.unknown.join(';') : [...result.unknown, ...result.invalid].join(';')];
}

/** Where a character the output encoding cannot hold is: the first cell (input or new) that has one. */
export function unencodableError(
  t: AllWords['common']['csv'],
  source: string,
  header: CsvHeader,
  encoding: OutputEncoding,
  line: number,
  cells: readonly string[],
  added: readonly string[],
): DataError {
  const width = header.names.length;
  const all = [...cells, ...added];
  const index = Math.max(
    0,
    all.findIndex((cell) => encoding.unencodable(cell) >= 0),
  );
  const cell = all[index] ?? '';
  const char = [...cell.slice(Math.max(0, encoding.unencodable(cell)))][0] ?? '';
  const column =
    index >= cells.length
      ? t.column({ name: RESULT_COLUMNS[index - cells.length] ?? 'clientfit' })
      : index < width
        ? t.column({ name: printable(header.names[index]!) })
        : t.extraCell({ n: String(index - width + 1) });
  const code = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return new DataError(t.unencodable({ source, line: String(line), column, char: printable(char), code, encoding: encoding.label }));
}

/** `source`: the input as messages name it. `escape`: prefix ' to formula-like cells. */
export function csvSink(t: AllWords['common']['csv'], source: string, header: CsvHeader, escape: boolean, encoding: OutputEncoding): BatchSink {
  const delimiter = header.delimiter;
  const layout = { delimiter, width: header.names.length, escape };
  const newline = header.newline;
  const check = (text: string, line: number, cells: readonly string[], added: readonly string[]): string => {
    if (!encoding.holdsAll && encoding.unencodable(text) >= 0) throw unencodableError(t, source, header, encoding, line, cells, added);
    return text;
  };
  return {
    start() {
      const sep = header.sepLine ? `sep=${delimiter}${newline}` : '';
      const blank = header.blankBefore.map((line) => `${line}${newline}`).join('');
      const names = extendRow({ fields: header.names, raw: header.raw, quoted: header.quoted }, RESULT_COLUMNS, layout);
      return check(`${encoding.bom ? '\uFEFF' : ''}${sep}${blank}${names}${newline}`, header.line, header.names, RESULT_COLUMNS);
    },
    row({ record, result }) {
      const results = resultCells(result);
      return check(`${extendRow(record, results, layout)}${newline}`, record.line, record.fields, results);
    },
    blank(record) {
      return check(`${record.raw ?? ''}${newline}`, record.line, record.fields, []);
    },
    end: () => '',
  };
}

/** Distinct results cached for their output bytes (a lead file has a few hundred). */
const SUFFIX_CACHE_LIMIT = 4096;

/**
 * The bytes batch's byte path writes after a row passed through as it was (UTF-8 output): the
 * delimiter, the four clientfit cells, the line ending. Cached by short result: the scorer gives rows
 * whose cells read alike the same one (Scorer.shortResult).
 */
export class ResultSuffix {
  /** by short result: the suffix for a row with some unquoted cell, and for a row of quoted cells only */
  private readonly cache = new Map<ShortResult, [KeptBytes | undefined, KeptBytes | undefined]>();

  /** `arena`: where suffixes are kept, to be moved into the output with copyWithin */
  constructor(
    private readonly delimiter: string,
    private readonly newline: string,
    private readonly arena?: ByteArena,
  ) {}

  suffix(short: ShortResult, allQuoted: boolean): KeptBytes {
    let both = this.cache.get(short);
    const cached = both?.[allQuoted ? 1 : 0];
    if (cached !== undefined) return cached;
    const bytes = Buffer.from(`${this.delimiter}${addedCells(resultCells(short), this.delimiter, allQuoted)}${this.newline}`, 'utf8');
    if (both === undefined && this.cache.size < SUFFIX_CACHE_LIMIT) this.cache.set(short, (both = [undefined, undefined]));
    const suffix = (both !== undefined && this.arena?.keep(bytes)) || { bytes, offset: -1 };
    if (both !== undefined) both[allQuoted ? 1 : 0] = suffix;
    return suffix;
  }
}
