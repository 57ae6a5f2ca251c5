/** Shared helpers for the CSV reader tests. */
import { openCsv, type CsvHeader, type CsvReadOptions, type CsvRecord } from '../../src/csv/read.js';

/** Yields `bytes` in pieces: every `size` bytes, or at the given cut offsets. */
export async function* pieces(bytes: Uint8Array, split: number | readonly number[] = bytes.length || 1): AsyncGenerator<Uint8Array> {
  const cuts = typeof split === 'number' ? [] : [...new Set(split)].filter((cut) => cut > 0 && cut < bytes.length).sort((a, b) => a - b);
  if (typeof split === 'number') for (let at = split; at < bytes.length; at += split) cuts.push(at);
  let start = 0;
  for (const cut of [...cuts, bytes.length]) {
    if (cut > start || bytes.length === 0) yield bytes.subarray(start, cut);
    start = cut;
  }
}

export interface ReadResult {
  header: CsvHeader | null;
  records: CsvRecord[];
  bytesRead: number;
  blankLines: number;
}

/** Opens `input` (text is UTF-8 encoded) and collects every record. */
export async function readAll(input: string | Uint8Array, options: Partial<CsvReadOptions> = {}, split?: number | readonly number[]): Promise<ReadResult> {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const reader = await openCsv(pieces(bytes, split), { source: 'test.csv', ...options });
  const records: CsvRecord[] = [];
  for await (const batch of reader.batches()) records.push(...batch);
  return { header: reader.header, records, bytesRead: reader.bytesRead(), blankLines: reader.blankLines() };
}

/** Records as [line, ...fields] tuples: compact to compare. */
export function lined(records: readonly CsvRecord[]): Array<[number, ...string[]]> {
  return records.map((record) => [record.line, ...record.fields]);
}
