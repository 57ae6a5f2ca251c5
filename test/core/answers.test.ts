import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber, readChoice, readNumber, readNumberText, readText, readYesNo, type Answer, type DecimalMark } from '../../src/core/answers.js';

const value = (answer: Answer): unknown => ('value' in answer ? answer.value : answer.kind);

describe('readYesNo', () => {
  it.each([
    ['yes', true],
    ['Y', true],
    ['true', true],
    ['1', true],
    [' YES ', true],
    ['Yes.', true],
    ['да', true],
    ['Да', true],
    ['ναι', true],
    ['Ναι', true],
    ['da', true],
    ['ja', true],
    ['oui', true],
    ['sí', true],
    ['si', true],
    ['no', false],
    ['N', false],
    ['false', false],
    ['0', false],
    ['нет', false],
    ['не', false],
    ['όχι', false],
    ['οχι', false],
    ['ne', false],
    ['nein', false],
    ['non', false],
    [true, true],
    [false, false],
    [1, true],
    [0, false],
  ])('%j → %s', (raw, expected) => {
    expect(readYesNo(raw)).toEqual({ kind: 'yes-no', value: expected });
  });

  it.each(['', '   ', '?', 'unknown', 'N/A', 'n/a', null, undefined])('%j is unknown', (raw) => {
    expect(readYesNo(raw).kind).toBe('unknown');
  });

  it('anything else is invalid, with what was expected', () => {
    expect(readYesNo('maybe')).toEqual({ kind: 'invalid', raw: 'maybe', problem: { code: 'not-yes-no', raw: 'maybe' } });
    expect(readYesNo({ a: 1 }).kind).toBe('invalid');
  });
});

describe('parseNumber / readNumber', () => {
  it.each([
    ['42', 42],
    ['-3', -3],
    ['+3.5', 3.5],
    ['0.5', 0.5],
    ['.5', 0.5],
    ['1,200.50', 1200.5],
    ['12,345,678', 12345678],
    ['1 200.50', 1200.5],
    ['1\u00a0200', 1200],
    ["1'200", 1200],
    ['30%', 30],
    ['30 %', 30],
    ['€5,000.00', 5000],
    ['$1,200,000', 1200000],
    ['5000 USD', 5000],
    ['5 000 руб.', 5000],
    ['−7', -7],
    ['0.500', 0.5],
    ['1234.567', 1234.567],
    ['4.5000', 4.5],
  ])('%j → %d with the convention unknown', (raw, expected) => {
    expect(parseNumber(raw)).toBe(expected);
  });

  it.each([
    ['1,200', 1200],
    ['€5,000', 5000],
    ['$1,200', 1200],
    ['4.500', 4.5],
    ['1,200.50', 1200.5],
  ])('%j → %d with a decimal point', (raw, expected) => {
    expect(parseNumber(raw, { decimal: 'point' })).toBe(expected);
  });

  it.each([
    ['1 200,50', 1200.5],
    ['1.200,50', 1200.5],
    ['1,5', 1.5],
    ['1.200', 1200],
    ['2.5', 2.5],
    ['30%', 30],
    ['€5.000', 5000],
    ['-0,25', -0.25],
    ['1,200', 1.2],
    ['0.500', 0.5],
  ])('%j → %d with a decimal comma', (raw, expected) => {
    expect(parseNumber(raw, { decimalComma: true })).toBe(expected);
    expect(parseNumber(raw, { decimal: 'comma' })).toBe(expected);
  });

  it("a criterion's own decimal mark wins over the file's", () => {
    expect(parseNumber('1,200', { decimalComma: true, decimal: 'point' })).toBe(1200);
    expect(parseNumber('4.500', { decimal: 'comma' })).toBe(4500);
  });

  // The number rule's table (src/core/answers.ts readNumberText): one `.` or `,` and exactly
  // three digits read two ways unless the convention is known.
  it.each([
    ['4.500', [4.5, 4500]],
    ['€4.500', [4.5, 4500]],
    ['1,200', [1.2, 1200]],
    ['$1,200', [1.2, 1200]],
    ['-1,250', [-1.25, -1250]],
    ['4.500 €', [4.5, 4500]],
    ['999,999', [999.999, 999999]],
    ['100.000 EUR', [100, 100000]],
  ] as const)('%j is ambiguous with the convention unknown: %j', (raw, readings) => {
    expect(readNumberText(raw)).toEqual({ kind: 'ambiguous', readings });
    expect(readNumber(raw)).toEqual({
      kind: 'invalid',
      raw,
      problem: { code: 'ambiguous-number', raw, readings },
    });
  });

  it.each([
    ['4.500', 'point', 4.5],
    ['4.500', 'comma', 4500],
    ['1,200', 'point', 1200],
    ['1,200', 'comma', 1.2],
  ] as const)('%j with a decimal %s → %d', (raw, mark, expected) => {
    expect(readNumberText(raw, mark)).toEqual({ kind: 'number', value: expected });
  });

  it.each(['1,5', '12,34', '1,20,000', '12 00', 'abc', '1.2.3', '--5', '5-', '', '0,500,000'])('%j is not a number with a decimal point', (raw) => {
    expect(parseNumber(raw)).toBeUndefined();
    expect(parseNumber(raw, { decimal: 'point' })).toBeUndefined();
  });

  it('says why 1,5 is invalid and how to read it as 1.5', () => {
    const answer = readNumber('1,5');
    expect(answer.kind).toBe('invalid');
    expect(answer).toEqual({ kind: 'invalid', raw: '1,5', problem: { code: 'not-a-number', raw: '1,5', comma: true } });
  });

  it('suggests --decimal-comma whenever the value reads with a decimal comma', () => {
    expect(readNumber('1 200,50')).toMatchObject({ kind: 'invalid', problem: { code: 'not-a-number', raw: '1 200,50', comma: true } });
    expect(readNumber('lots')).toEqual({ kind: 'invalid', raw: 'lots', problem: { code: 'not-a-number', raw: 'lots' } });
  });

  it('keeps typed numbers and treats unknown words as unknown', () => {
    expect(readNumber(7)).toEqual({ kind: 'number', value: 7 });
    expect(readNumber('?').kind).toBe('unknown');
    expect(readNumber('').kind).toBe('unknown');
    expect(readNumber(true).kind).toBe('invalid');
    expect(readNumber(Number.NaN).kind).toBe('invalid');
  });
});

describe('no number is ever silently read at 1/1000 of its value', () => {
  const group = (digits: string, separator: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/gu, separator);
  const dressed = fc.record({
    integer: fc.integer({ min: 1000, max: 999_999_999_999 }),
    separator: fc.constantFrom('.', ','),
    sign: fc.constantFrom('', '-', '+'),
    currency: fc.constantFrom('', '€', '$', ' EUR', ' руб.'),
  });

  it('thousands grouped with . or , read as the number itself or not at all, never 1/1000 of it', () => {
    fc.assert(
      fc.property(dressed, ({ integer, separator, sign, currency }) => {
        const text = `${currency.startsWith(' ') ? '' : currency}${sign}${group(String(integer), separator)}${currency.startsWith(' ') ? currency : ''}`;
        const expected = (sign === '-' ? -1 : 1) * integer;
        const unknown = readNumber(text);
        if (unknown.kind === 'number') expect(unknown.value).toBe(expected);
        else {
          expect(unknown.kind).toBe('invalid');
          // 4.500 names both readings; 1.000.000 has only the decimal-comma reading and says so.
          if (unknown.kind === 'invalid' && unknown.problem.code === 'ambiguous-number') expect(unknown.problem.readings).toEqual([expected / 1000, expected]);
          else expect(unknown).toMatchObject({ problem: { code: 'not-a-number', comma: true } });
        }
        // With the convention known, the grouping reads as thousands.
        const mark: DecimalMark = separator === '.' ? 'comma' : 'point';
        expect(readNumber(text, { decimal: mark })).toEqual({ kind: 'number', value: expected });
      }),
    );
  });

  it('a decimal with three places reads as itself or as ambiguous, never 1000 times it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 999 }), fc.constantFrom('.', ','), (whole, thousandths, mark) => {
        const text = `${whole}${mark}${String(thousandths).padStart(3, '0')}`;
        const value = whole + thousandths / 1000;
        const read = readNumberText(text);
        if (read.kind === 'number') expect(read.value).toBeCloseTo(value, 9);
        else if (read.kind === 'ambiguous') expect(read.readings[0]).toBeCloseTo(value, 9);
        else expect(mark).toBe(','); // "0,500" has one reading only, a decimal comma, and asks for it
        expect(readNumber(text, { decimal: mark === '.' ? 'point' : 'comma' })).toEqual({ kind: 'number', value: Number(text.replace(',', '.')) });
      }),
    );
  });
});

describe('readChoice', () => {
  const options = [
    { value: 'negotiates', label: 'Proposed a fair compromise' },
    { value: 'scandal', label: 'Made a scene or threatened' },
  ];
  it.each([
    ['negotiates', 'negotiates'],
    ['NEGOTIATES', 'negotiates'],
    ['  proposed a  fair compromise ', 'negotiates'],
    ['Made a scene or threatened', 'scandal'],
  ])('%j → %s', (raw, expected) => {
    expect(value(readChoice(raw, options))).toBe(expected);
  });
  it('unknown and invalid', () => {
    expect(readChoice('?', options).kind).toBe('unknown');
    expect(readChoice('shouted', options)).toEqual({
      kind: 'invalid',
      raw: 'shouted',
      problem: { code: 'not-one-of', options: ['negotiates', 'scandal'], labels: ['Proposed a fair compromise', 'Made a scene or threatened'], raw: 'shouted' },
    });
    // Options without labels of their own (the label is the value): nothing more to show.
    const plain = options.map(({ value }) => ({ value, label: value }));
    expect(readChoice('shouted', plain)).toEqual({ kind: 'invalid', raw: 'shouted', problem: { code: 'not-one-of', options: ['negotiates', 'scandal'], raw: 'shouted' } });
  });
});

describe('readText', () => {
  it('empty passes as nothing noted; ? is unknown', () => {
    expect(readText('')).toEqual({ kind: 'text', value: '' });
    expect(readText(undefined)).toEqual({ kind: 'text', value: '' });
    expect(readText('?').kind).toBe('unknown');
    expect(readText('  wants it ASAP ')).toEqual({ kind: 'text', value: 'wants it ASAP' });
  });
});

describe('currency words', () => {
  it.each(['1.5 mln', '5 yrs', '20 pcs', 'abc 5'])('%j is not a number (only known currency codes are dropped)', (raw) => {
    expect(parseNumber(raw)).toBeUndefined();
  });
  it.each([
    ['USD 300', 300],
    ['300 eur', 300],
    ['1 200 грн', 1200],
    ['45 лв.', 45],
  ])('%j → %d', (raw, expected) => {
    expect(parseNumber(raw)).toBe(expected);
  });
});
