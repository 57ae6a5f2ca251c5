/** clientfit's workbook reader alone, as batch opens it: bundled by bench/workbook.mjs. */
import { openWorkbook } from '../src/workbook/read.js';
import { sniffFile } from '../src/workbook/sniff.js';

export async function readWorkbook(path: string): Promise<{ rows: number; cells: number }> {
  const kind = sniffFile(path);
  if (kind.kind !== 'xlsx') throw new Error(`${path} is not a workbook`);
  const reader = await openWorkbook({ source: path, path, entries: kind.entries });
  let rows = reader.header === null ? 0 : 1;
  let cells = reader.header?.names.filter((name) => name !== '').length ?? 0;
  for await (const batch of reader.batches()) {
    rows += batch.length;
    for (const record of batch) for (const field of record.fields) if (field !== '') cells++;
  }
  return { rows, cells };
}
