/** batch's JSON row writer gives exactly JSON.stringify's text of the row object, whatever the headers and cells. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/core/score.js';
import { rowObject, rowWriter, uniqueNames } from '../../src/render/batch/json.js';

const text = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom(
    '',
    '0',
    '1',
    '10',
    '2',
    '007',
    '4294967294',
    '4294967295',
    '-1',
    '1.5',
    '__proto__',
    'constructor',
    'toString',
    'a"b',
    'back\\slash',
    'tab\there',
    'line\nbreak',
    '\u2028',
    '\ud83d\ude42',
    '\ud83d',
    '\ude42x',
    '\u007f',
    '\u0000',
  ),
);

describe('rowWriter', () => {
  it('writes JSON.stringify(rowObject(...)) byte for byte', () => {
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 8 }),
        fc.array(text, { maxLength: 11 }),
        fc.integer({ min: 0, max: 100 }),
        fc.constantFrom('accept', 'review', 'reject'),
        fc.array(text, { maxLength: 3 }),
        fc.array(text, { maxLength: 3 }),
        (header, cells, score, verdict, failed, unknown) => {
          const names = uniqueNames(header);
          const layout = { header, columns: [] };
          const result = { score, potential: score, verdict, failed, unknown, invalid: [], results: [] } as unknown as Result;
          const row = { record: { line: 7, fields: cells, quoted: 0, blank: false }, result };
          expect(rowWriter(layout, names)(row)).toBe(JSON.stringify(rowObject(layout, names, row)));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
