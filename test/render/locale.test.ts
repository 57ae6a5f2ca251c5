import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { share } from '../../src/render/batch/summary.js';
import { grouped } from '../../src/render/locale.js';

describe('grouped', () => {
  it('writes a whole number in English as en-US does, without Intl', () => {
    for (const value of [0, 7, 999, 1000, -1000, 12_345, 999_999, 1_000_000, -123_456_789, Number.MAX_SAFE_INTEGER]) expect(grouped('en', value)).toBe(value.toLocaleString('en-US'));
    fc.assert(fc.property(fc.maxSafeInteger(), (value) => grouped('en', value) === value.toLocaleString('en-US')));
    expect(grouped('en', 1234.5)).toBe('1,234.5');
  });

  it('in another language, as Intl writes it there', () => {
    expect(grouped('ru', 12_345)).toBe((12_345).toLocaleString('ru'));
  });
});

describe("batch summary's share", () => {
  it('in English is what en-US percent format writes, without Intl', () => {
    const format = new Intl.NumberFormat('en-US', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
    for (let total = 1; total <= 400; total++) for (let count = 0; count <= total; count++) expect(share('en', count, total)).toBe(format.format(count / total));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.double({ min: 0, max: 1, noNaN: true }), (total, part) => {
        const count = Math.floor(part * total);
        return share('en', count, total) === format.format(count / total);
      }),
      { numRuns: 20_000 },
    );
    expect(share('en', 0, 0)).toBe('0.0%');
    expect(share('en', 123_456_789, 1000)).toBe(format.format(123_456.789));
  });
});
