/**
 * Parallel batch reads each part with blocking reads into memory its thread keeps
 * (src/leads/read-ahead.ts `readRange`, `ReadRing`): every part gets exactly its bytes, one part
 * after another in the same memory, and a part read while the memory is still taken (read
 * again before the last reading settled) gets memory of its own, never the other's bytes.
 */
import { openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReadRing, readRange } from '../../src/leads/read-ahead.js';
import { tempDir } from '../helpers/cli.js';

const dir = tempDir();
const file = join(dir, 'bytes.bin');
// 1.5 MB of bytes that differ from one 64 KiB block to the next: a block read from the wrong place shows.
const bytes = Buffer.from(Array.from({ length: 1_500_000 }, (_, index) => (index * 7 + (index >> 16)) & 0xff));
writeFileSync(file, bytes);

async function read(range: { start: number; end: number }, ring?: ReadRing): Promise<Buffer> {
  const pieces: Buffer[] = [];
  // Copied at once: a chunk's memory is read into again later.
  for await (const chunk of readRange(openSync(file, 'r'), range, ring).chunks) pieces.push(Buffer.from(chunk));
  return Buffer.concat(pieces);
}

describe('readRange', () => {
  it('reads parts one after another into the same memory, each exactly its bytes', async () => {
    const ring = new ReadRing();
    const cuts = [0, 1, 65_535, 65_537, 600_001, 1_499_999, 1_500_000];
    for (let index = 0; index + 1 < cuts.length; index++) {
      const range = { start: cuts[index]!, end: cuts[index + 1]! };
      expect((await read(range, ring)).equals(bytes.subarray(range.start, range.end))).toBe(true);
    }
    expect(ring.taken).toBe(false);
  });

  it('gives a part read while the memory is taken memory of its own', async () => {
    const ring = new ReadRing();
    const first = readRange(openSync(file, 'r'), { start: 0, end: 700_000 }, ring).chunks;
    const head = await first.next();
    expect(ring.taken).toBe(true);
    const held = Buffer.from(head.value as Buffer);
    // The second reading must not write into the first one's memory.
    const second = await read({ start: 700_000, end: 1_500_000 }, ring);
    expect(second.equals(bytes.subarray(700_000))).toBe(true);
    expect((head.value as Buffer).equals(held)).toBe(true);
    const rest: Buffer[] = [held];
    for await (const chunk of first) rest.push(Buffer.from(chunk));
    expect(Buffer.concat(rest).equals(bytes.subarray(0, 700_000))).toBe(true);
    expect(ring.taken).toBe(false);
  });

  it('stops at the end of the file when the range goes past it', async () => {
    expect((await read({ start: 1_400_000, end: 2_000_000 }, new ReadRing())).equals(bytes.subarray(1_400_000))).toBe(true);
  });
});
