/**
 * Where parallel batch cuts a large file (src/leads/parallel.ts): after a line feed that starts a
 * whole record, so that a cut inside a quoted field with line breaks is rare (each cut is still
 * proven when the file is read; test/batch/parallel.test.ts checks the output).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { partBounds, wholeRecordAfter } from '../../src/leads/parallel.js';
import { tempDir } from '../helpers/cli.js';

const dir = tempDir();
const COMMA = 44;
const bytes = (text: string): Uint8Array => Buffer.from(text, 'utf8');

/** The byte offsets where records start, as a CSV reader finds them (quotes doubled inside quoted fields). */
function recordStarts(text: Buffer): Set<number> {
  const starts = new Set<number>([0]);
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    if (text[index] === 34) quoted = !quoted;
    else if (text[index] === 10 && !quoted) starts.add(index + 1);
  }
  return starts;
}

describe('wholeRecordAfter: the line after a line feed reads as a record of the header width', () => {
  it('takes plain and quoted records of the right width, with LF or CRLF', () => {
    expect(wholeRecordAfter(bytes('a,b,c\n'), 0, COMMA, 3)).toBe(true);
    expect(wholeRecordAfter(bytes('x\n"a, b","say ""hi""",c\r\n'), 2, COMMA, 3)).toBe(true);
    expect(wholeRecordAfter(bytes(',,\n'), 0, COMMA, 3)).toBe(true);
    expect(wholeRecordAfter(bytes('a,"b\nc",d\n'), 0, COMMA, 3)).toBe(true);
  });

  it("refuses what a quoted field's second line looks like, other widths and a record cut short", () => {
    expect(wholeRecordAfter(bytes('line two",b,c\n'), 0, COMMA, 3)).toBe(false);
    expect(wholeRecordAfter(bytes('"a"x,b,c\n'), 0, COMMA, 3)).toBe(false);
    expect(wholeRecordAfter(bytes('a,b\n'), 0, COMMA, 3)).toBe(false);
    expect(wholeRecordAfter(bytes('a,b,c'), 0, COMMA, 3)).toBe(false);
  });
});

describe('partBounds: cuts at record starts', () => {
  it('never inside a two-line quoted field, on a file full of them', () => {
    const rows = ['name,polite,notes'];
    for (let row = 0; row < 4000; row++) rows.push(row % 3 === 0 ? `r${row},yes,"first line\nsecond, line"` : `r${row},no,"a, b"`);
    const text = Buffer.from(`${rows.join('\n')}\n`);
    const file = join(dir, 'quoted.csv');
    writeFileSync(file, text);
    const start = text.indexOf(10) + 1;
    const bounds = partBounds(file, start, text.length, 997, COMMA, 3);
    expect(bounds.length).toBeGreaterThan(50);
    const starts = recordStarts(text);
    expect(bounds.slice(0, -1).filter((bound) => !starts.has(bound))).toEqual([]);
    expect(bounds.at(-1)).toBe(text.length);
  });

  it('after the first line feed when no line has the header width (a ragged file still gets parts)', () => {
    const text = Buffer.from(`a,b,c\n${'x,y\n'.repeat(3000)}`);
    const file = join(dir, 'ragged.csv');
    writeFileSync(file, text);
    const bounds = partBounds(file, 6, text.length, 1000, COMMA, 3);
    expect(bounds.length).toBeGreaterThan(10);
    for (const bound of bounds.slice(1, -1)) expect(text[bound - 1]).toBe(10);
  });
});
