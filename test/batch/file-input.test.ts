/**
 * A lead file is read with reads ahead into a ring of reused buffers (src/leads/read-ahead.ts):
 * a chunk's memory is read into again a few chunks later. These files are several times the
 * ring's size, with records, quoted line breaks and characters straddling every chunk boundary;
 * batch must write from the file exactly what it writes from the same bytes on standard input
 * (read as a stream, never reused), on the byte path (UTF-8) and the general one (code pages,
 * UTF-16, a CSV the byte path hands back).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/cli/commands/batch/run.js';
import type { BatchOptions } from '../../src/cli/commands/batch/types.js';
import { tempDir } from '../helpers/cli.js';
import { writeLeadCriteria } from './lead-criteria.js';
import { memoryIO } from '../helpers/memory-io.js';

const dir = tempDir();
writeLeadCriteria(dir);

/** batch on `file`, or on its bytes through standard input in 7,001-byte pieces. */
async function batch(bytes: Buffer, viaStdin: boolean, options: Partial<BatchOptions>): Promise<{ code: number | string; out: string; length: number }> {
  const file = join(dir, 'leads.csv');
  writeFileSync(file, bytes);
  const memory = memoryIO({ cwd: dir });
  const pieces = Array.from({ length: Math.ceil(bytes.length / 7001) }, (_, index) => bytes.subarray(index * 7001, (index + 1) * 7001));
  const chunks: Buffer[] = [];
  const stdout = new PassThrough();
  stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  try {
    const code = await runBatch({ ...memory.io, stdout, stdin: Readable.from(pieces) }, viaStdin ? '-' : file, { quiet: true, escapeFormulas: true, allowMissing: true, ...options });
    await new Promise((resolve) => setImmediate(resolve));
    return { code, ...digest(chunks) };
  } catch (error) {
    return { code: (error as Error).message.replace('leads.csv', '<stdin>'), ...digest(chunks) };
  }
}

/** The output as its length and SHA-256 (a deep comparison of megabytes of Buffer is slow). */
function digest(chunks: readonly Buffer[]): { out: string; length: number } {
  const out = Buffer.concat(chunks);
  return { out: createHash('sha256').update(out).digest('hex'), length: out.length };
}

/** About 3 MB of leads (the ring holds 512 KiB): Cyrillic and Greek, quoted cells with line breaks and doubled quotes, formulas. */
function leads(newline: string): string {
  const notes = ['ok', 'wants a discount', '"Line one\nline two"', '"He said ""maybe"""', 'просит скидку', 'Θέλει έκπτωση', '=1+1', ''];
  const rows = Array.from({ length: 40_000 }, (_, index) =>
    [`Иван Петров ${index}`, `"Νίκος, ${index % 97}"`, ['yes', 'no', 'да', 'ναι', ''][index % 5], String(50 + (index % 11) * 10), notes[index % notes.length]].join(','),
  );
  return `name,company,polite,budget,notes${newline}${rows.join(newline)}${newline}`;
}

describe('batch reads a file as it reads the same bytes from standard input', () => {
  for (const format of ['csv', 'jsonl'] as const) {
    it(`UTF-8, ${format}: the byte path`, async () => {
      const bytes = Buffer.from(leads('\r\n'), 'utf8');
      const fromFile = await batch(bytes, false, { format });
      expect(fromFile.code).toBe(0);
      expect(fromFile.length).toBeGreaterThan(bytes.length);
      expect(fromFile).toEqual(await batch(bytes, true, { format }));
    });
  }

  it('UTF-16 with a BOM and windows-1251: the general path', async () => {
    const text = leads('\n').replace(/Θέλει έκπτωση|Νίκος/gu, 'Никос');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const fromFile = await batch(utf16, false, { format: 'csv' });
    expect(fromFile.code).toBe(0);
    expect(fromFile).toEqual(await batch(utf16, true, { format: 'csv' }));
    const table = new Map<string, number>();
    const decoder = new TextDecoder('windows-1251');
    for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(Uint8Array.of(byte)), byte);
    const encoded = Buffer.from([...text].map((char) => table.get(char) ?? 63));
    const legacy = await batch(encoded, false, { format: 'csv', encoding: 'windows-1251' });
    expect(legacy.code).toBe(0);
    expect(legacy.length).toBeGreaterThan(encoded.length);
    expect(legacy).toEqual(await batch(encoded, true, { format: 'csv', encoding: 'windows-1251' }));
  });

  it.runIf(existsSync('/proc/self/fd'))('a usage error before the first read (--encoding, --delimiter) leaves no file open', async () => {
    const file = join(dir, 'leads.csv');
    writeFileSync(file, leads('\n'));
    const open = (): number => readdirSync('/proc/self/fd').length;
    // A first run opens what a run keeps for good (the criteria schema, the i18n catalogs).
    await batch(Buffer.from(leads('\n')), false, { format: 'csv' });
    const before = open();
    for (const options of [{ encoding: 'no-such-encoding' }, { delimiter: 'xx' }]) {
      const memory = memoryIO({ cwd: dir });
      await expect(runBatch(memory.io, file, { quiet: true, format: 'csv', escapeFormulas: true, ...options })).rejects.toThrow();
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(open()).toBe(before);
  });

  it('a record the byte path cannot take (a quote never closed) near the end: the same error from the file', async () => {
    const bytes = Buffer.from(`${leads('\n')}x,y,yes,150,"never closed\n${'z,'.repeat(50_000)}\n`, 'utf8');
    const fromFile = await batch(bytes, false, { format: 'csv' });
    expect(String(fromFile.code)).toMatch(/quote/u);
    expect(fromFile.code).toEqual((await batch(bytes, true, { format: 'csv' })).code);
  });
});
