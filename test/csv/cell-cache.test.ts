/**
 * The byte path's per-column cache of scored cells (src/leads/scanner.ts): a cell's value is looked
 * up by its bytes, so two cells may share a value only when their bytes are the same. A wrong
 * key or comparison would score a row by another row's cell, silently.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CellCache, longCellHash } from '../../src/leads/scanner.js';

/** Cells laid out one after another in one buffer, with some bytes before the first. */
function layOut(cells: readonly Uint8Array[], lead: number): { buffer: Buffer; view: DataView; starts: number[] } {
  const buffer = Buffer.alloc(lead + cells.reduce((sum, cell) => sum + cell.length, 0), 0x2c);
  const starts: number[] = [];
  let at = lead;
  for (const cell of cells) {
    starts.push(at);
    buffer.set(cell, at);
    at += cell.length;
  }
  return { buffer, view: new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength), starts };
}

/** A cache whose value is the cell's text, counting how often it reads one. */
function textCache(): { cache: CellCache<string>; reads: () => number } {
  let reads = 0;
  const cache = new CellCache((text) => {
    reads++;
    return text;
  });
  return { cache, reads: () => reads };
}

describe('the byte path’s cell cache', () => {
  it('gives every cell its own text, for cells that share beginnings, ends and lengths', () => {
    // Two letters and a Cyrillic one: many cells differ in one byte only, at any place.
    const cell = fc.array(fc.constantFrom('a', 'b', 'д'), { maxLength: 40 }).map((letters) => Buffer.from(letters.join(''), 'utf8'));
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 300 }), fc.nat(7), (cells, lead) => {
        const { cache } = textCache();
        const { buffer, view, starts } = layOut(cells, lead);
        // Twice: the second pass reads every cell from the table.
        for (let pass = 0; pass < 2; pass++) {
          cells.forEach((bytes, index) => {
            expect(cache.value(buffer, view, starts[index]!, starts[index]! + bytes.length)).toBe(bytes.toString('utf8'));
          });
        }
      }),
    );
  });

  it('reads a repeated cell once', () => {
    const { cache, reads } = textCache();
    const cells = ['yes', 'negotiates', 'yes', 'negotiates', 'просит скидка'].map((text) => Buffer.from(text, 'utf8'));
    const { buffer, view, starts } = layOut(cells, 3);
    cells.forEach((bytes, index) => cache.value(buffer, view, starts[index]!, starts[index]! + bytes.length));
    // the empty cell (read when the cache is made) and the three distinct ones
    expect(reads()).toBe(4);
  });

  it('keeps apart two long cells whose keys collide, by comparing their bytes', () => {
    // Find two different 12-byte cells of letters with the same 32-bit key: a birthday search
    // over pseudo-random cells (xorshift), a few thousand tries.
    const seen = new Map<number, number>();
    const bytes = Buffer.alloc(12);
    const view = new DataView(bytes.buffer, bytes.byteOffset, 12);
    const cellOf = (n: number): Buffer => {
      let x = Math.imul(n, 0x9e3779b1) >>> 0 || 1;
      for (let i = 0; i < 12; i++) {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        x >>>= 0;
        bytes[i] = 97 + (x % 26);
      }
      return bytes;
    };
    let pair: [Buffer, Buffer] | undefined;
    for (let n = 1; pair === undefined && n < 5_000_000; n++) {
      const hash = longCellHash(cellOf(n), view, 0, 12);
      const before = seen.get(hash);
      if (before === undefined) seen.set(hash, n);
      else if (!Buffer.from(cellOf(before)).equals(cellOf(n))) pair = [Buffer.from(cellOf(before)), Buffer.from(cellOf(n))];
    }
    if (pair === undefined) throw new Error('no two cells with the same key found');
    const [first, second] = pair;
    expect(first.equals(second)).toBe(false);
    const { cache } = textCache();
    const laid = layOut([first, second, first, second], 1);
    const texts = laid.starts.map((start) => cache.value(laid.buffer, laid.view, start, start + 12));
    expect(texts).toEqual([first, second, first, second].map((cell) => cell.toString('latin1')));
  });
});
