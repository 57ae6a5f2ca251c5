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

export function jsonlSink(layout: JsonLayout): BatchSink {
  const names = uniqueNames(layout.header);
  return { start: () => '', row: (row) => `${JSON.stringify(rowObject(layout, names, row))}\n`, end: () => '' };
}

export function jsonSink(layout: JsonLayout): BatchSink {
  const names = uniqueNames(layout.header);
  let first = true;
  return {
    start: () => '[',
    row(row) {
      const text = `${first ? '\n' : ',\n'}  ${JSON.stringify(rowObject(layout, names, row))}`;
      first = false;
      return text;
    },
    end: () => (first ? ']\n' : '\n]\n'),
  };
}
