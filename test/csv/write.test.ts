import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeFormula, formatRow } from '../../src/csv/write.js';
import { readAll } from './helpers.js';

describe('escapeFormula', () => {
  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+cmd', "'+cmd"],
    ['-2+3+cmd|"/C calc"!A0', '\'-2+3+cmd|"/C calc"!A0'],
    ['@SUM(1)', "'@SUM(1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['＝1+1', "'＝1+1"],
    ['＠x', "'＠x"],
    ['＋cmd', "'＋cmd"],
    ['－1+1', "'－1+1"],
    ['＋1 (555) =A1', "'＋1 (555) =A1"],
    ['+1 555 0100 ext 2', "'+1 555 0100 ext 2"],
    ['+49 30 1234567,=1', "'+49 30 1234567,=1"],
    ['-1e3', "'-1e3"],
    ['+()', "'+()"],
    ['-- ', "'-- "],
    ['=49 30 1234567', "'=49 30 1234567"],
    ['@49', "'@49"],
    ['+49\t30', "'+49\t30"],
    ['-1;2', "'-1;2"],
    ['=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'],
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['+1+1', "'+1+1"],
    ['-2*3', "'-2*3"],
    ['-', "'-"],
    ['+', "'+"],
    ['-5e3', "'-5e3"],
    ['-1,20,0', "'-1,20,0"],
  ])('escapes %j', (cell, escaped) => {
    expect(escapeFormula(cell)).toBe(escaped);
  });

  it.each(['-5', '+3.5', '-1 200,50', '-1,200.50', '-1.200,50', "-1'200", '-1\u00A0200', '-30%', '+0', '-0,5', '-12345.678', '- 5'])('keeps the signed number %j', (cell) => {
    expect(escapeFormula(cell)).toBe(cell);
  });

  it.each(['+49 30 1234567', '+7 495 123-45-67', '+7 (495) 123-45-67', '+1.555.010.0199', '+44 20/7946 0958', '-12-34', '+33\u00A01\u00A023', '＋49 30 1234567', '－5', '＋1 (555) 010-0199'])(
    'keeps the phone number %j',
    (cell) => {
      expect(escapeFormula(cell)).toBe(cell);
    },
  );

  it.each(['', 'Anna', '5', '50%', 'a=b', ' =1', 'Иван', 'e-mail'])('keeps the plain cell %j', (cell) => {
    expect(escapeFormula(cell)).toBe(cell);
  });
});

describe('formatRow', () => {
  it.each([
    [['a', 'b', 'c'], ',', 'a,b,c'],
    [['a,b', 'c'], ',', '"a,b",c'],
    [['a,b', 'c'], ';', 'a,b;c'],
    [['a;b', 'c'], ';', '"a;b";c'],
    [['say "hi"', 'x'], ',', '"say ""hi""",x'],
    [['line\nbreak', 'cr\rhere'], ',', '"line\nbreak","cr\rhere"'],
    [[' lead', 'trail ', 'in side'], ',', '" lead","trail ",in side'],
    [['a\tb', 'c'], '\t', '"a\tb"\tc'],
    [['a|b', 'c'], '|', '"a|b"|c'],
    [['', ''], ',', '"",'],
    [[' ', '\t'], ';', '" ";\t'],
    [[], ',', ''],
    [[''], ',', '""'],
    [['Иван Петров', 'Γιώργος'], ';', 'Иван Петров;Γιώργος'],
  ])('formats %j with %j', (fields, delimiter, row) => {
    expect(formatRow(fields, delimiter)).toBe(row);
  });

  it('round-trips through openCsv, with the right line numbers', async () => {
    const cell = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.string({ unit: fc.constantFrom('a', ' ', ',', ';', '\t', '|', '"', '\r', '\n', 'я', 'λ', '🙂'), maxLength: 8 }));
    const table = fc.integer({ min: 2, max: 5 }).chain((columns) => fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 8 }));
    await fc.assert(
      fc.asyncProperty(table, fc.constantFrom(',', ';', '\t', '|'), fc.constantFrom('\n', '\r\n'), fc.integer({ min: 1, max: 40 }), async (rows, delimiter, newline, chunk) => {
        const lines = rows.map((row) => formatRow(row, delimiter) + newline);
        const { header, records } = await readAll(lines.join(''), { delimiter }, chunk);
        expect([header?.names, ...records.map((record) => record.fields)]).toEqual(rows);
        // Each record starts on the line after all the line breaks written before it (CRLF, LF and a lone CR count once).
        const firstLines = lines.map(
          (_, i) =>
            lines
              .slice(0, i)
              .join('')
              .split(/\r\n|\r|\n/u).length,
        );
        expect([header?.line, ...records.map((record) => record.line)]).toEqual(firstLines);
      }),
      { numRuns: 300 },
    );
  });
});
