import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dominantEnding, parseRecords, rawFields, type LineEndings } from '../../src/csv/parse.js';
import { formatRow } from '../../src/csv/write.js';
import { readAll, lined } from './helpers.js';

describe('line endings', () => {
  it.each([
    ['a CRLF header followed by LF rows', 'a,b\r\n1,2\n3,4\n5,6\n'],
    ['a CRLF file with one LF row', 'a,b\r\n1,2\r\n3,4\n5,6\r\n'],
    ['a CRLF file and an LF file catted together', 'a,b\r\n1,2\r\n3,4\r\n5,6\n'],
    ['an LF file with a lone CR', 'a,b\n1,2\n3,4\r5,6\n'],
    ['an old Mac file', 'a,b\r1,2\r3,4\r5,6'],
  ])('%s: each line is a record, none glued into another', async (_, csv) => {
    for (const split of [undefined, 1, 3]) {
      const { header, records } = await readAll(csv, {}, split);
      expect(header?.names).toEqual(['a', 'b']);
      expect(lined(records)).toEqual([
        [2, '1', '2'],
        [3, '3', '4'],
        [4, '5', '6'],
      ]);
    }
  });

  it('inside quotes, every line ending is data, and counts as a line', async () => {
    const { records } = await readAll('a,b\r\n"x\ny\r\nz\rw",1\n2,3\r\n', {}, 1);
    expect(lined(records)).toEqual([
      [2, 'x\ny\r\nz\rw', '1'],
      [6, '2', '3'],
    ]);
  });

  it('a line feed after a closing quote ends the record (it is no padding)', async () => {
    const { records } = await readAll('name,pays,notes\r\n"Alpha" \n,yes,one\r\nBeta,no,two\r\n');
    expect(lined(records)).toEqual([
      [2, 'Alpha'],
      [3, '', 'yes', 'one'],
      [4, 'Beta', 'no', 'two'],
    ]);
  });

  it('reports the line ending most records use, for the output', async () => {
    expect((await readAll('a,b\r\n1,2\n3,4\n')).header?.newline).toBe('\n');
    expect((await readAll('a,b\r\n1,2\r\n3,4\n')).header?.newline).toBe('\r\n');
    expect((await readAll('a,b\r1,2\r')).header?.newline).toBe('\r');
    expect((await readAll('a,b')).header?.newline).toBe('\n');
  });

  it('breaks ties for the line ending in favour of the first one seen', () => {
    const endings: LineEndings = { crlf: 2, lf: 2, cr: 0, first: '\r\n' };
    expect(dominantEnding(endings)).toBe('\r\n');
    expect(dominantEnding({ ...endings, first: '\n' })).toBe('\n');
  });
});

describe('blank lines', () => {
  it('skips lines of only whitespace or only delimiters, counts them, and keeps the line numbers', async () => {
    const csv = '\n  \na,b\n\n1,2\n,\n \t , \n3,4\n""\n\n';
    const { header, records, blankLines } = await readAll(csv);
    expect(header?.line).toBe(3);
    // A line of "" is a row with one empty cell (as formatRow writes it), not a blank line.
    expect(lined(records)).toEqual([
      [5, '1', '2'],
      [8, '3', '4'],
      [9, ''],
    ]);
    expect(blankLines).toBe(6);
  });

  it('with keepBlank, passes blank lines on, marked, with their text', async () => {
    const { header, records } = await readAll('\r\na;b\r\n1;2\r\n ; \r\n3;4', { keepBlank: true, raw: true });
    expect(header?.blankBefore).toEqual(['']);
    expect(records.map((record) => [record.line, record.blank, record.raw])).toEqual([
      [3, false, '1;2'],
      [4, true, ' ; '],
      [5, false, '3;4'],
    ]);
  });
});

describe('parseRecords', () => {
  it('leaves an unfinished record for the next slice: a cut quote, a cut CRLF, a cut last field', () => {
    for (const text of ['1,"ab', '1,"ab"', '1,2\r', '1,2']) {
      const result = parseRecords(`a,b\n${text}`, { delimiter: ',', line: 1, final: false });
      expect(result.records.map((record) => record.fields)).toEqual([['a', 'b']]);
      expect(result.cursor).toBe(4);
      expect(result.cursorLine).toBe(2);
    }
  });

  it('names the line a broken quote opened on', () => {
    expect(parseRecords('a\n"x\ny', { delimiter: ',', line: 1, final: true }).problem).toEqual({ code: 'unclosed-quote', line: 2 });
    expect(parseRecords('a\n\n"x\ny" z', { delimiter: ',', line: 1, final: true }).problem).toEqual({ code: 'text-after-quote', line: 3 });
  });

  it('rawFields splits a record’s text into each cell’s own text', () => {
    expect(rawFields('"a,b" ,c,"say ""hi""",,"x\r\ny"', ',')).toEqual(['"a,b" ', 'c', '"say ""hi"""', '', '"x\r\ny"']);
    expect(rawFields('', ';')).toEqual(['']);
  });

  it('for any row, rawFields gives back each formatted cell', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', ' ', 'я') });
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 5 }), (fields) => {
        const row = formatRow(fields, ',');
        const [record] = parseRecords(row, { delimiter: ',', line: 1, final: true, raw: true }).records;
        expect(record?.fields).toEqual(fields);
        expect(rawFields(record!.raw!, ',')).toEqual(rawFields(row, ','));
        expect(rawFields(row, ',').join(',')).toBe(row);
      }),
    );
  });
});
