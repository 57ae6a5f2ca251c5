/**
 * Super-linear patterns a hostile prospect or lead file could reach, each fed an input a few
 * hundred kilobytes long. No clock here (speed is the benchmark's): with the patterns these
 * replaced, each of these inputs took minutes, past the test's timeout. Found by a review that
 * timed every regex on prospect input: an HTML-only email, a `Name:` line, batch cells, a
 * workbook's number format.
 */
import { describe, expect, it } from 'vitest';
import { readNumber, readYesNo } from '../../src/core/answers.js';
import { htmlToText } from '../../src/mail/read.js';
import { ownWords } from '../../src/mail/own-words.js';

const N = 400_000;

describe('prospect input read in linear time', () => {
  it('an HTML-only email of "<" without ">", of "<br" without ">", of spaces before no line break', () => {
    expect(htmlToText(`<p>Hi</p>${'<'.repeat(N)}`)).toBe(`Hi\n${'<'.repeat(N)}`);
    expect(htmlToText(`${'<br'.repeat(N / 3)}x`)).toBe(`${'<br'.repeat(N / 3)}x`);
    expect(htmlToText(`a${' '.repeat(N)}x<br>b`)).toBe(`a${' '.repeat(N)}x\nb`);
  });

  it('a "Name:" line whose spaces end at a U+2028', () => {
    const message = `Name:${' '.repeat(N)}\u2028x\u2028y\nWe pay 50% upfront.\n`;
    const words = ownWords(message);
    expect(words.spans.map((span) => message.slice(span.start, span.end)).join('\n')).toContain('We pay 50% upfront.');
  });

  it('a yes/no cell of dots, a number cell of spaces between digits, and before a %', () => {
    expect(readYesNo(`${'.'.repeat(N)}a`)).toMatchObject({ kind: 'invalid' });
    expect(readYesNo(`yes${'!'.repeat(N)}`)).toEqual({ kind: 'yes-no', value: true });
    expect(readNumber(`1${' '.repeat(N)}1`)).toMatchObject({ kind: 'invalid' });
    expect(readNumber(`1${' '.repeat(N)}%1`)).toMatchObject({ kind: 'invalid' });
    expect(readNumber(`40${' '.repeat(100)}%`)).toEqual({ kind: 'number', value: 40 });
    expect(readNumber('5 000 EUR')).toEqual({ kind: 'number', value: 5000 });
  });
});
