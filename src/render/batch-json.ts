/** `clientfit batch --format jsonl|json`: one object per scored row. */
import type { BatchSink, ScoredRow } from './batch-sink.js';
import { describeInvalid } from './answer-problem.js';

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
      message: entry.status === 'invalid' ? describeInvalid(entry.answer, entry.message) : (entry.message ?? null),
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
export function rowWriter(layout: JsonLayout, names: readonly string[]): (row: ScoredRow) => string {
  // The order JSON.stringify gives an object's keys: array indexes ascending, then the rest as inserted.
  const order = names.map((name, index) => ({ name, index }));
  const indexes = order.filter((entry) => isArrayIndex(entry.name)).sort((a, b) => Number(a.name) - Number(b.name));
  const rest = order.filter((entry) => !isArrayIndex(entry.name));
  const keys = [...indexes, ...rest].map((entry, position) => ({ index: entry.index, prefix: `${position === 0 ? '' : ','}${JSON.stringify(entry.name)}:` }));
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
