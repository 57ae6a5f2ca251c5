/** `clientfit batch --format jsonl|json`: one object per scored row. */
import type { ShortResult } from '../../core/score.js';
import type { ByteScanner } from '../../leads/scanner.js';
import type { ByteArena, KeptBytes } from '../../leads/arena.js';
import { BUFFER_BYTES, type ChunkedOutput } from '../../leads/chunked-output.js';
import type { BatchSink, ScoredRow } from './sink.js';
import { invalidJson } from '../answer-problem.js';

/** Keys for JSON `fields`: a repeated header becomes "name (2)", skipping names already taken. */
export function uniqueNames(names: readonly string[]): string[] {
  // Every header keeps its own text at its first appearance; only repeats are renamed.
  const taken = new Set(names);
  const seen = new Set<string>();
  return names.map((name) => {
    if (!seen.has(name)) {
      seen.add(name);
      return name;
    }
    let count = 2;
    while (taken.has(`${name} (${count})`)) count++;
    const key = `${name} (${count})`;
    taken.add(key);
    return key;
  });
}

/** What the JSON formats need of the input: its header, and the column each criterion reads (-1: none). */
export interface JsonLayout {
  readonly header: readonly string[];
  readonly columns: readonly number[];
}

export function rowObject(layout: JsonLayout, names: readonly string[], { record, result }: ScoredRow): Record<string, unknown> {
  // No prototype: a column named __proto__ or constructor is a key like any other.
  const fields = Object.create(null) as Record<string, string>;
  for (let index = 0; index < names.length; index++) fields[names[index]!] = record.fields[index] ?? '';
  const invalid = result.invalid.map((id) => {
    const index = result.results.findIndex((entry) => entry.id === id);
    const entry = result.results[index]!;
    return {
      id,
      column: layout.header[layout.columns[index]!] ?? null,
      value: entry.answer.kind === 'invalid' ? entry.answer.raw : null,
      ...invalidJson(entry.answer),
    };
  });
  const object: Record<string, unknown> = {
    line: record.line,
    score: result.score,
    potential: result.potential,
    verdict: result.verdict,
    failed: result.failed,
    unknown: result.unknown,
    invalid,
    fields,
  };
  if (record.fields.length > names.length) object.extra = record.fields.slice(names.length);
  return object;
}

/** Characters JSON.stringify escapes in a string: quote, backslash, controls, and (lone) surrogates. */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/u;

/** JSON.stringify(text), without its call for the plain strings most cells are. */
function jsonString(text: string): string {
  return NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`;
}

/** A key JSON.stringify (and every object) puts first, in numeric order: an array index. */
function isArrayIndex(key: string): boolean {
  return /^(?:0|[1-9]\d*)$/u.test(key) && Number(key) < 2 ** 32 - 1;
}

/**
 * Writes `JSON.stringify(rowObject(layout, names, row))` without building the object: the text is
 * the same, byte for byte (test/batch/json-writer.test.ts checks it against JSON.stringify).
 * JSON.stringify of a fresh object per row (a dictionary-mode object, for `fields`) was two
 * thirds of JSON Lines' CPU time on the 1M-row benchmark file.
 */
/** `fields`' keys in the order JSON.stringify writes an object's keys (array indexes ascending, then the rest as inserted), each with its `"key":` text. */
function keyOrder(names: readonly string[]): Array<{ readonly index: number; readonly prefix: string }> {
  const order = names.map((name, index) => ({ name, index }));
  const indexes = order.filter((entry) => isArrayIndex(entry.name)).sort((a, b) => Number(a.name) - Number(b.name));
  const rest = order.filter((entry) => !isArrayIndex(entry.name));
  return [...indexes, ...rest].map((entry, position) => ({ index: entry.index, prefix: `${position === 0 ? '' : ','}${JSON.stringify(entry.name)}:` }));
}

export function rowWriter(layout: JsonLayout, names: readonly string[]): (row: ScoredRow) => string {
  const keys = keyOrder(names);
  const lists = new Map<readonly string[], string>();
  const list = (ids: readonly string[]): string => {
    let text = lists.get(ids);
    if (text === undefined) {
      text = JSON.stringify(ids);
      if (lists.size < 4096) lists.set(ids, text);
    }
    return text;
  };
  return (row) => {
    const { record, result } = row;
    if (result.invalid.length > 0 || !Number.isFinite(result.score) || !Number.isFinite(result.potential)) return JSON.stringify(rowObject(layout, names, row));
    const cells = record.fields;
    let text = `{"line":${record.line},"score":${result.score},"potential":${result.potential},"verdict":"${result.verdict}","failed":${list(result.failed)},"unknown":${list(result.unknown)},"invalid":[],"fields":{`;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      text += key.prefix + jsonString(cells[key.index] ?? '');
    }
    text += '}';
    if (cells.length > names.length) text += `,"extra":${JSON.stringify(cells.slice(names.length))}`;
    return `${text}}`;
  };
}

export function jsonlSink(layout: JsonLayout): BatchSink {
  const write = rowWriter(layout, uniqueNames(layout.header));
  return { start: () => '', row: (row) => `${write(row)}\n`, end: () => '' };
}

export function jsonSink(layout: JsonLayout): BatchSink {
  const write = rowWriter(layout, uniqueNames(layout.header));
  let first = true;
  return {
    start: () => '[',
    row(row) {
      const text = `${first ? '\n' : ',\n'}  ${write(row)}`;
      first = false;
      return text;
    },
    end: () => (first ? ']\n' : '\n]\n'),
  };
}

const HEX = '0123456789abcdef';
const LINE_KEY = Buffer.from('{"line":', 'latin1');
/** From this many bytes a plain cell moves with copyWithin rather than 4 bytes at a time. */
const ARENA_MOVE_BYTES = 64;
/** A copy 4 bytes at a time writes (and reads) up to this many bytes past its end. */
const OVERSHOOT = 3;
/** JSON.stringify's short escapes for control characters. */
const SHORT: Record<number, number> = { 8: 98, 9: 116, 10: 110, 12: 102, 13: 114 };

/**
 * JSON Lines from batch's byte path (src/leads/scanner.ts): a plain row's JSON written straight
 * into the output buffer, its cells copied from the input's bytes with JSON's escapes (the same
 * text as rowWriter and JSON.stringify give: test/batch/byte-path.test.ts compares them).
 * `write` returns false for a row it leaves to rowWriter: a row with invalid cells, or too large
 * for one output buffer.
 */
export class JsonRowBytes {
  /** the column of each key of `fields`, in JSON.stringify's order */
  private readonly columns: Int32Array;
  /**
   * Every key's text, one after the other: the previous cell's closing quote (none before the
   * first key), `"key":` and the cell's opening quote. One typed array read in one loop, rather
   * than a Buffer per key.
   */
  private readonly prefixes: Uint8Array;
  /** `prefixes` 4 bytes at a time (padded so the last read stays inside) */
  private readonly prefixView: DataView;
  /** where key k's text starts in `prefixes` (k + 1: where it ends) */
  private readonly prefixStarts: Int32Array;
  /** by short result (the scorer gives rows whose cells read alike the same one): its bytes, and where they are kept in the arena (-1: not) */
  private readonly heads = new Map<ShortResult, KeptBytes>();
  private readonly fixed: number;

  constructor(names: readonly string[]) {
    const keys = keyOrder(names);
    this.columns = Int32Array.from(keys, (key) => key.index);
    const texts = keys.map((key, k) => Buffer.from(`${k === 0 ? '' : '"'}${key.prefix}"`, 'utf8'));
    this.prefixes = Buffer.concat(texts);
    const padded = new Uint8Array(this.prefixes.length + OVERSHOOT);
    padded.set(this.prefixes);
    this.prefixView = new DataView(padded.buffer);
    this.prefixStarts = new Int32Array(keys.length + 1);
    for (let k = 0; k < texts.length; k++) this.prefixStarts[k + 1] = this.prefixStarts[k]! + texts[k]!.length;
    // the closing quote and braces, and what the last 4-byte copy may write past the row
    this.fixed = this.prefixes.length + 4 + OVERSHOOT;
  }

  private head(result: ShortResult, arena: ByteArena | undefined): KeptBytes {
    let head = this.heads.get(result);
    if (head !== undefined) return head;
    const bytes = Buffer.from(
      `,"score":${result.score},"potential":${result.potential},"verdict":"${result.verdict}","failed":${JSON.stringify(result.failed)},"unknown":${JSON.stringify(result.unknown)},"invalid":[],"fields":{`,
      'utf8',
    );
    const cached = this.heads.size < 4096;
    head = (cached && arena?.keep(bytes)) || { bytes, offset: -1 };
    if (cached) this.heads.set(result, head);
    return head;
  }

  /** Writes the current Fast record of the scanner `row` with its result; false to leave it to rowWriter. */
  write(out: ChunkedOutput, row: ByteScanner<unknown>, result: ShortResult): Promise<void> | false | undefined {
    if (result.invalid.length > 0 || !Number.isInteger(result.score) || !Number.isInteger(result.potential)) return false;
    const head = this.head(result, out.sharedArena);
    // At most 6 bytes per input byte (\u00XX), plus the keys, the head and the line number.
    const most = 6 * (row.end - row.start) + this.fixed + head.bytes.length + 32;
    if (most > BUFFER_BYTES) return false;
    const pending = out.room(most);
    if (pending !== undefined) return this.fillAfter(pending, out, row, head);
    this.fill(out, row, head);
    return undefined;
  }

  /** Apart from `write`: a closure there would make V8 allocate a context on each of its calls, once per row. */
  private fillAfter(pending: Promise<void>, out: ChunkedOutput, row: ByteScanner<unknown>, head: KeptBytes): Promise<void> {
    return pending.then(() => this.fill(out, row, head));
  }

  private fill(out: ChunkedOutput, row: ByteScanner<unknown>, head: KeptBytes): void {
    const target = out.current;
    let at = out.position;
    // With the output buffer in the arena, the head and long plain cells move there with copyWithin (no loop, no view).
    const arena = out.sharedArena;
    const base = out.currentOffset;
    const sourceBase = base >= 0 ? out.offsetOfInput(row.buffer) : -1;
    for (let i = 0; i < LINE_KEY.length; i++) target[at++] = LINE_KEY[i]!;
    // The line number's digits, without a string per row.
    let line = row.recordLine;
    let digits = 1;
    for (let rest = line; rest >= 10; rest = Math.floor(rest / 10)) digits++;
    for (let i = digits - 1; i >= 0; i--) {
      target[at + i] = 48 + (line % 10);
      line = Math.floor(line / 10);
    }
    at += digits;
    if (base >= 0 && head.offset >= 0) {
      arena!.move(base + at, head.offset, head.offset + head.bytes.length);
      at += head.bytes.length;
    } else for (let i = 0; i < head.bytes.length; i++) target[at++] = head.bytes[i]!;
    const source = row.buffer;
    const { fieldStart, fieldEnd, fieldQuoted, fieldPlain } = row;
    const { columns, prefixes, prefixStarts, prefixView } = this;
    // Both buffers in the arena: keys and plain cells are copied 4 bytes at a time through its
    // DataView, each copy writing up to 3 bytes past its end that the next one overwrites (the
    // room asked for includes them; reads past the input's end stay inside the arena).
    const view = base >= 0 && sourceBase >= 0 ? arena!.view : undefined;
    const readable = view === undefined ? 0 : view.byteLength - OVERSHOOT - sourceBase;
    for (let k = 0; k < columns.length; k++) {
      const prefixStart = prefixStarts[k]!;
      const prefixEnd = prefixStarts[k + 1]!;
      if (view !== undefined) {
        const to = base + at - prefixStart;
        for (let i = prefixStart; i < prefixEnd; i += 4) view.setUint32(to + i, prefixView.getUint32(i, true), true);
        at += prefixEnd - prefixStart;
      } else for (let i = prefixStart; i < prefixEnd; i++) target[at++] = prefixes[i]!;
      const column = columns[k]!;
      const start = fieldStart[column]!;
      const end = fieldEnd[column]!;
      if (fieldPlain[column] === 1) {
        // Nothing to escape: copied as it is.
        if (view !== undefined && end - start >= ARENA_MOVE_BYTES) arena!.move(base + at, sourceBase + start, sourceBase + end);
        else if (view !== undefined && end <= readable) {
          const from = sourceBase + start;
          const to = base + at;
          for (let i = 0; i < end - start; i += 4) view.setUint32(to + i, view.getUint32(from + i, true), true);
        } else for (let i = start; i < end; i++) target[at + i - start] = source[i]!;
        at += end - start;
        continue;
      }
      const quoted = fieldQuoted[column] === 1;
      for (let i = start; i < end; i++) {
        const byte = source[i]!;
        if (byte >= 0x20 && byte !== 34 && byte !== 92) {
          target[at++] = byte;
          continue;
        }
        target[at++] = 92;
        if (byte === 34) {
          target[at++] = 34;
          // In a quoted cell every quote is doubled: one is the cell's.
          if (quoted) i++;
        } else if (byte === 92) target[at++] = 92;
        else if (SHORT[byte] !== undefined) target[at++] = SHORT[byte]!;
        else {
          target[at++] = 117;
          target[at++] = 48;
          target[at++] = 48;
          target[at++] = HEX.charCodeAt(byte >> 4);
          target[at++] = HEX.charCodeAt(byte & 15);
        }
      }
    }
    if (columns.length > 0) target[at++] = 34;
    target[at++] = 125;
    target[at++] = 125;
    target[at++] = 10;
    out.position = at;
  }
}
