import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { useLanguage } from '../../src/i18n/index.js';
import { grouped } from '../../src/render/locale.js';

describe('grouped', () => {
  afterEach(async () => {
    await useLanguage('en');
  });

  it('writes a whole number in English as en-US does, without Intl', async () => {
    await useLanguage('en');
    for (const value of [0, 7, 999, 1000, -1000, 12_345, 999_999, 1_000_000, -123_456_789, Number.MAX_SAFE_INTEGER]) expect(grouped(value)).toBe(value.toLocaleString('en-US'));
    fc.assert(fc.property(fc.maxSafeInteger(), (value) => grouped(value) === value.toLocaleString('en-US')));
    expect(grouped(1234.5)).toBe('1,234.5');
  });

  it('in another language, as Intl writes it there', async () => {
    await useLanguage('ru');
    expect(grouped(12_345)).toBe((12_345).toLocaleString('ru'));
  });
});
