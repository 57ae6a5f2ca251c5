import { describe, expect, it } from 'vitest';
import { parseNumber, readChoice, readNumber, readText, readYesNo, type Answer } from '../../src/core/answers.js';

const value = (answer: Answer): unknown => ('value' in answer ? answer.value : answer.kind);

describe('readYesNo', () => {
  it.each([
    ['yes', true], ['Y', true], ['true', true], ['1', true], [' YES ', true], ['Yes.', true],
    ['да', true], ['Да', true], ['ναι', true], ['Ναι', true], ['da', true], ['ja', true], ['oui', true], ['sí', true], ['si', true],
    ['no', false], ['N', false], ['false', false], ['0', false], ['нет', false], ['не', false], ['όχι', false], ['οχι', false],
    ['ne', false], ['nein', false], ['non', false],
    [true, true], [false, false], [1, true], [0, false],
  ])('%j → %s', (raw, expected) => {
    expect(readYesNo(raw)).toEqual({ kind: 'yes-no', value: expected });
  });

  it.each(['', '   ', '?', 'unknown', 'N/A', 'n/a', null, undefined])('%j is unknown', (raw) => {
    expect(readYesNo(raw).kind).toBe('unknown');
  });

  it('anything else is invalid, with what was expected', () => {
    expect(readYesNo('maybe')).toEqual({ kind: 'invalid', raw: 'maybe', message: 'expected yes or no (got "maybe")' });
    expect(readYesNo({ a: 1 }).kind).toBe('invalid');
  });
});

describe('parseNumber / readNumber', () => {
  it.each([
    ['42', 42], ['-3', -3], ['+3.5', 3.5], ['0.5', 0.5], ['.5', 0.5],
    ['1,200.50', 1200.5], ['1,200', 1200], ['12,345,678', 12345678], ['1 200.50', 1200.5], ['1\u00a0200', 1200], ["1'200", 1200],
    ['30%', 30], ['30 %', 30], ['€5,000', 5000], ['$1,200', 1200], ['5000 USD', 5000], ['5 000 руб.', 5000], ['−7', -7],
  ])('%j → %d (decimal point)', (raw, expected) => {
    expect(parseNumber(raw)).toBe(expected);
  });

  it.each([
    ['1 200,50', 1200.5], ['1.200,50', 1200.5], ['1,5', 1.5], ['1.200', 1200], ['2.5', 2.5], ['30%', 30], ['€5.000', 5000], ['-0,25', -0.25],
  ])('%j → %d with a decimal comma', (raw, expected) => {
    expect(parseNumber(raw, { decimalComma: true })).toBe(expected);
  });

  it.each(['1,5', '12,34', '1,20,000', '12 00', 'abc', '1.2.3', '--5', '5-', ''])('%j is not a number with a decimal point', (raw) => {
    expect(parseNumber(raw)).toBeUndefined();
  });

  it('says why 1,5 is invalid and how to read it as 1.5', () => {
    const answer = readNumber('1,5');
    expect(answer.kind).toBe('invalid');
    expect(answer).toMatchObject({ message: 'expected a number (got "1,5"): a thousands separator groups three digits; for a decimal comma pass --decimal-comma' });
  });

  it('suggests --decimal-comma whenever the value reads with a decimal comma', () => {
    expect(readNumber('1 200,50')).toMatchObject({ kind: 'invalid', message: 'expected a number (got "1 200,50"): a thousands separator groups three digits; for a decimal comma pass --decimal-comma' });
    expect(readNumber('lots')).toMatchObject({ kind: 'invalid', message: 'expected a number (got "lots")' });
  });

  it('keeps typed numbers and treats unknown words as unknown', () => {
    expect(readNumber(7)).toEqual({ kind: 'number', value: 7 });
    expect(readNumber('?').kind).toBe('unknown');
    expect(readNumber('').kind).toBe('unknown');
    expect(readNumber(true).kind).toBe('invalid');
    expect(readNumber(Number.NaN).kind).toBe('invalid');
  });
});

describe('readChoice', () => {
  const options = [
    { value: 'negotiates', label: 'Proposed a fair compromise' },
    { value: 'scandal', label: 'Made a scene or threatened' },
  ];
  it.each([
    ['negotiates', 'negotiates'], ['NEGOTIATES', 'negotiates'], ['  proposed a  fair compromise ', 'negotiates'], ['Made a scene or threatened', 'scandal'],
  ])('%j → %s', (raw, expected) => {
    expect(value(readChoice(raw, options))).toBe(expected);
  });
  it('unknown and invalid', () => {
    expect(readChoice('?', options).kind).toBe('unknown');
    expect(readChoice('shouted', options)).toEqual({ kind: 'invalid', raw: 'shouted', message: 'expected one of negotiates, scandal (got "shouted")' });
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
  it.each([['USD 300', 300], ['300 eur', 300], ['1 200 грн', 1200], ['45 лв.', 45]])('%j → %d', (raw, expected) => {
    expect(parseNumber(raw)).toBe(expected);
  });
});
