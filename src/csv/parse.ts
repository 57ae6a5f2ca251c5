/**
 * The CSV record parser: text -> records with their fields, their span in the text and their
 * first physical line, in one pass.
 *
 * Why our own and not papaparse's: papaparse takes one row separator per file, so a CRLF file
 * with one LF row (or `cat windows.csv unix.csv`) glued records into one another's last cell,
 * and it treats any whitespace (line feeds included) between a closing quote and a delimiter as
 * padding, which shifted the offsets of rows passed through as written. Here, outside quotes,
 * CRLF, LF and a lone CR each end a record; inside quotes they are data. A record's text
 * (`start`, `end`) and its fields come from the same scan, so they cannot disagree.
 *
 * RFC 4180 with the usual leniencies: a quote opens a quoted field only as the field's first
 * character (elsewhere it is data); spaces and tabs may follow a closing quote before the
 * delimiter or line end; anything else after a closing quote is an error (going on would merge
 * or split cells silently).
 */

export interface ParsedRecord {
  /** first physical line of the record (1-based) */
  line: number;
  fields: string[];
  /** with the `raw` option: the record's text, quotes, padding and embedded line breaks included, without its line ending */
  raw?: string;
  /** how many fields were quoted */
  quoted: number;
  /** no quoted field, and every field empty or whitespace: a blank line (or one of only delimiters) */
  blank: boolean;
}

export type ParseProblem =
  /** a quoted field runs to the end of the input */
  | { code: 'unclosed-quote'; line: number }
  /** text after a closing quote; `line` is where the field opened */
  | { code: 'text-after-quote'; line: number };

export interface LineEndings {
  crlf: number;
  lf: number;
  cr: number;
  /** the first one seen */
  first?: '\r\n' | '\n' | '\r';
}

export interface ParseResult {
  records: ParsedRecord[];
  /** where the unfinished last record starts: text.length when every record was complete */
  cursor: number;
  /** the physical line of text[cursor] */
  cursorLine: number;
  /** the unfinished record stops inside a quoted field opened on this line */
  openQuoteLine?: number;
  /** parsing stopped here: records holds the records before it */
  problem?: ParseProblem;
}

export interface ParseOptions {
  delimiter: string;
  /** physical line of text[0] */
  line: number;
  /** no more text follows: the last record needs no line ending, an open quote is an error */
  final: boolean;
  /** stop after this many records */
  maxRecords?: number;
  /** counts of the line endings that end records (outside quotes) */
  endings?: LineEndings;
  /** keep each record's text (ParsedRecord.raw) */
  raw?: boolean;
}

const QUOTE = 34;
const CR = 13;
const LF = 10;
const SPACE = 32;
const TAB = 9;

/** Parses the complete records of `text`. */
export function parseRecords(text: string, options: ParseOptions): ParseResult {
  const delimiter = options.delimiter.charCodeAt(0);
  const { final, endings } = options;
  const keepRaw = options.raw === true;
  const maxRecords = options.maxRecords ?? Infinity;
  const length = text.length;
  const records: ParsedRecord[] = [];
  let position = 0;
  let line = options.line;

  while (position < length && records.length < maxRecords) {
    const start = position;
    const startLine = line;
    const fields: string[] = [];
    let quoted = 0;
    let at = position;
    let end: number;
    for (;;) {
      if (text.charCodeAt(at) === QUOTE) {
        // A quoted field: up to the quote that is not doubled.
        const openLine = line;
        let value = '';
        let from = at + 1;
        let close: number;
        for (;;) {
          close = text.indexOf('"', from);
          if (close === -1 || (close === length - 1 && !final)) {
            // The closing quote is not in the text yet (or we cannot tell whether it is doubled).
            if (close === -1 && final) return { records, cursor: start, cursorLine: startLine, problem: { code: 'unclosed-quote', line: openLine } };
            return { records, cursor: start, cursorLine: startLine, openQuoteLine: openLine };
          }
          line += breaksIn(text, from, close);
          if (text.charCodeAt(close + 1) === QUOTE) {
            value += text.slice(from, close + 1);
            from = close + 2;
            continue;
          }
          value += text.slice(from, close);
          break;
        }
        fields.push(value);
        quoted++;
        at = close + 1;
        // Padding between the closing quote and the delimiter or line end.
        let code = text.charCodeAt(at);
        while ((code === SPACE || code === TAB) && code !== delimiter) code = text.charCodeAt(++at);
        if (at >= length) {
          if (!final) return { records, cursor: start, cursorLine: startLine };
          end = at;
          break;
        }
        if (code === delimiter) {
          at++;
          continue;
        }
        if (code === CR || code === LF) {
          end = at;
          break;
        }
        return { records, cursor: start, cursorLine: startLine, problem: { code: 'text-after-quote', line: openLine } };
      }
      // An unquoted field: up to the delimiter or a line break.
      let scan = at;
      let code = 0;
      while (scan < length) {
        code = text.charCodeAt(scan);
        if (code === delimiter || code === CR || code === LF) break;
        scan++;
      }
      if (scan >= length) {
        if (!final) return { records, cursor: start, cursorLine: startLine };
        fields.push(text.slice(at, scan));
        end = scan;
        break;
      }
      fields.push(text.slice(at, scan));
      if (code === delimiter) {
        at = scan + 1;
        continue;
      }
      end = scan;
      break;
    }
    // The line ending (none at the very end of the input).
    let next = end;
    const code = text.charCodeAt(end);
    if (code === CR) {
      // A CR as the last character may be the first half of a CRLF still to come.
      if (end + 1 >= length && !final) return { records, cursor: start, cursorLine: startLine };
      if (text.charCodeAt(end + 1) === LF) {
        next = end + 2;
        if (endings) {
          endings.crlf++;
          endings.first ??= '\r\n';
        }
      } else {
        next = end + 1;
        if (endings) {
          endings.cr++;
          endings.first ??= '\r';
        }
      }
      line++;
    } else if (code === LF) {
      next = end + 1;
      if (endings) {
        endings.lf++;
        endings.first ??= '\n';
      }
      line++;
    }
    const blank = quoted === 0 && isBlank(fields);
    records.push(keepRaw ? { line: startLine, fields, quoted, blank, raw: text.slice(start, end) } : { line: startLine, fields, quoted, blank });
    position = next;
    if (next === end) break;
  }
  return { records, cursor: position, cursorLine: line };
}

/** Every field empty or whitespace. Most rows settle on their first character. */
function isBlank(fields: readonly string[]): boolean {
  for (const field of fields) {
    if (field.length === 0) continue;
    const first = field.charCodeAt(0);
    if (first > SPACE && first < 127) return false;
    if (!/^\s*$/u.test(field)) return false;
  }
  return true;
}

/** Physical line breaks in text[from, to): CRLF, LF and a lone CR each count once. */
export function breaksIn(text: string, from: number, to: number): number {
  // A loop over the span, not indexOf: in a file without CR, indexOf('\r') would scan to the end of the slice for every field.
  let breaks = 0;
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code === LF) breaks++;
    else if (code === CR) {
      breaks++;
      if (at + 1 < to && text.charCodeAt(at + 1) === LF) at++;
    }
  }
  return breaks;
}

/** The line ending most records end with; ties go to the first one seen, none at all is LF. */
export function dominantEnding(endings: LineEndings): '\r\n' | '\n' | '\r' {
  const { first } = endings;
  const counts: Array<['\r\n' | '\n' | '\r', number]> = [
    ['\r\n', endings.crlf],
    ['\n', endings.lf],
    ['\r', endings.cr],
  ];
  const max = Math.max(endings.crlf, endings.lf, endings.cr);
  if (max === 0) return first ?? '\n';
  const top = counts.filter(([, count]) => count === max).map(([ending]) => ending);
  return first !== undefined && top.includes(first) ? first : top[0]!;
}

/**
 * The raw text of each field of one record's text (as `parseRecords` gives it: quotes and
 * padding included), for rewriting a row without touching its cells.
 */
export function rawFields(raw: string, delimiter: string): string[] {
  const parts: string[] = [];
  let at = 0;
  for (;;) {
    let scanFrom = at;
    if (raw.charCodeAt(at) === QUOTE) {
      let close = raw.indexOf('"', at + 1);
      while (close !== -1 && raw.charCodeAt(close + 1) === QUOTE) close = raw.indexOf('"', close + 2);
      scanFrom = close === -1 ? raw.length : close + 1;
    }
    const next = raw.indexOf(delimiter, scanFrom);
    if (next === -1) {
      parts.push(raw.slice(at));
      return parts;
    }
    parts.push(raw.slice(at, next));
    at = next + 1;
  }
}
