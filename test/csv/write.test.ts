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
    ['=49 30 1234567', "'=49 30 1234567"],
    ['@49', "'@49"],
    ['+49\t30', "'+49\t30"],
    ['-1;2', "'-1;2"],
    ['=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'],
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['+1+1', "'+1+1"],
    ['-2*3', "'-2*3"],
    ['+', "'+"],
    ['=', "'="],
    [' =1+1', "' =1+1"],
    ['\n=1+1', "'\n=1+1"],
    ['  @SUM(1)', "'  @SUM(1)"],
    ['-A1', "'-A1"],
    ['- x', "'- x"],
    ['-1+2', "'-1+2"],
    ['\t-', "'\t-"],
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

  it.each(['-', '--', '- ', '- -', '---', '－', ' -', ' -5', '\n+49 30 1234567'])('keeps the dash placeholder or number %j (nothing to evaluate)', (cell) => {
    expect(escapeFormula(cell)).toBe(cell);
  });

  it.each(['', 'Anna', '5', '50%', 'a=b', 'Иван', 'e-mail', ' Anna', '\u00A0x'])('keeps the plain cell %j', (cell) => {
    expect(escapeFormula(cell)).toBe(cell);
  });
});

/**
 * The grammars spreadsheets read a cell with (Excel, LibreOffice Calc, Google Sheets, on opening
 * a CSV): a formula starts with = or @ (Excel 365's implicit intersection), or is an expression
 * after a sign (`-1+2`, `+A1`, `-SUM(1)`); full-width forms count (Japanese and Chinese input);
 * spaces and line breaks before it may be trimmed on import; tab and CR in front are escaped
 * whatever follows (OWASP). Data a sign starts and nothing can evaluate beyond digits stays: a
 * signed number, a phone number, dashes alone (the CRM "no phone" placeholder).
 */
describe('escapeFormula against the spreadsheet grammars', () => {
  const digits = fc.stringMatching(/^[0-9]{1,4}$/u);
  const name = fc.constantFrom('SUM', 'HYPERLINK', 'cmd', 'IMPORTXML', 'WEBSERVICE', 'A', 'ВПР', 'СУММ');
  const reference = fc.tuple(fc.constantFrom('A', 'B', 'ZZ', '$A$'), digits).map(([column, row]) => `${column}${row}`);
  const text = fc.string({ unit: fc.constantFrom('a', 'x', ' ', 'й', '1'), maxLength: 5 }).map((inner) => `"${inner}"`);
  const operator = fc.constantFrom('+', '-', '*', '/', '^', '&', '=', '<', '>', '<>', ':', ' ');
  const expression: fc.Arbitrary<string> = fc.letrec<{ expression: string; term: string }>((tie) => ({
    term: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      digits,
      reference,
      text,
      fc.tuple(name, fc.array(tie('expression'), { maxLength: 2 })).map(([fn, args]) => `${fn}(${args.join(',')})`),
      tie('expression').map((inner) => `(${inner})`),
      fc.constantFrom("cmd|' /C calc'!A0", 'TRUE', '1e3', '50%'),
    ),
    expression: fc.tuple(tie('term'), fc.array(fc.tuple(operator, tie('term')), { maxLength: 3 })).map(([first, rest]) => first + rest.map(([op, term]) => op + term).join('')),
  })).expression;
  const spaces = fc.stringMatching(/^[ \n]{0,3}$/u);
  /** What follows a sign and makes the cell something a spreadsheet evaluates: a reference, a call, a string, an operator that is no phone's. */
  const evaluable = fc.oneof(
    fc.tuple(expression, fc.constantFrom('+', '*', '^', '&', '=', '<', '>', ':', '!'), expression).map(([left, op, right]) => left + op + right),
    fc
      .tuple(
        fc.oneof(
          reference,
          text,
          name.map((fn) => `${fn}(1)`),
          fc.constantFrom("cmd|' /C calc'!A0", 'TRUE', '1e3'),
        ),
        expression,
      )
      .map(([lead, rest]) => lead + rest),
  );
  const formula = fc.oneof(
    fc.tuple(spaces, fc.constantFrom('=', '@', '＝', '＠'), fc.oneof(expression, fc.constant(''))).map(([space, sign, body]) => space + sign + body),
    fc.tuple(spaces, fc.constantFrom('+', '-', '＋', '－'), evaluable).map(([space, sign, body]) => space + sign + body),
    fc.tuple(fc.constantFrom('\t', '\r'), fc.string({ maxLength: 6 })).map(([control, rest]) => control + rest),
  );
  const groups = (separator: string) => fc.array(fc.stringMatching(/^[0-9]{3}$/u), { minLength: 1, maxLength: 3 }).map((parts) => separator + parts.join(separator));
  const signedNumber = fc
    .tuple(
      fc.constantFrom('+', '-'),
      fc.oneof(
        digits,
        fc.tuple(fc.stringMatching(/^[1-9][0-9]{0,2}$/u), fc.constantFrom(' ', ',', '.', "'", '\u00A0').chain(groups)).map(([lead, rest]) => lead + rest),
      ),
      fc.option(
        fc.tuple(fc.constantFrom('.', ','), digits).map(([mark, decimals]) => mark + decimals),
        { nil: '' },
      ),
      fc.constantFrom('', '%'),
    )
    .map((parts) => parts.join(''))
    .filter((cell) => !/^[+-]\d{1,3}[,.]\d{3}[,.]\d+$/u.test(cell) || /^[+-]\d{1,3}([,.])\d{3}(\1\d{3})*([,.]\d+)?%?$/u.test(cell));
  const phone = fc
    .tuple(fc.constantFrom('+', '-', '＋', '－'), fc.array(fc.tuple(fc.constantFrom('', ' ', '-', '.', '/', ' ('), digits, fc.constantFrom('', ')')), { minLength: 1, maxLength: 4 }))
    .map(([sign, parts]) => sign + parts.map((part) => part.join('')).join(''));
  const dashes = fc.tuple(fc.array(fc.constantFrom('-', '－', ' -'), { minLength: 1, maxLength: 4 }), fc.constantFrom('', ' ', '  ')).map(([parts, tail]) => `${parts.join('').trimStart()}${tail}`);
  const data = fc.tuple(fc.stringMatching(/^[ \n]{0,2}$/u), fc.oneof(signedNumber, phone, dashes)).map(([space, cell]) => space + cell);
  const plain = fc.string({ minLength: 1, maxLength: 8 }).filter((cell) => /^[^\s=+\-@＝＋－＠]/u.test(cell));

  it('escapes every formula, whitespace before it or not, ASCII or full-width', () => {
    fc.assert(
      fc.property(formula, (cell) => {
        expect(escapeFormula(cell)).toBe(`'${cell}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps signed numbers, phone numbers and dash placeholders as they are', () => {
    fc.assert(
      fc.property(data, (cell) => {
        expect(escapeFormula(cell)).toBe(cell);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps a cell that starts with anything but a sign, = or @, or whitespace before one', () => {
    fc.assert(
      fc.property(plain, (cell) => {
        expect(escapeFormula(cell)).toBe(cell);
      }),
      { numRuns: 1000 },
    );
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
