import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DataError, ExitCode, UserError } from '../../src/errors.js';
import { CsvError } from '../../src/csv/problems.js';
import { openCsv } from '../../src/csv/read.js';
import { csvFailure } from '../../src/leads/open.js';
import { lined, pieces, readAll } from './helpers.js';
import { ENGLISH } from '../../src/i18n/index.js';

/** windows-1251 bytes of "имя,город\nИван,Москва\n" (encoded by hand: TextEncoder only does UTF-8). */
const CP1251 = Uint8Array.from([0xe8, 0xec, 0xff, 0x2c, 0xe3, 0xee, 0xf0, 0xee, 0xe4, 0x0a, 0xc8, 0xe2, 0xe0, 0xed, 0x2c, 0xcc, 0xee, 0xf1, 0xea, 0xe2, 0xe0, 0x0a]);

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return endian === 'le' ? le : le.swap16();
}

/** The reader's typed problem as the lead pipeline words it (src/render/csv-problem.ts). */
async function dataError(promise: Promise<unknown>): Promise<DataError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CsvError);
  const worded = csvFailure(ENGLISH.words, error);
  expect(worded).toBeInstanceOf(DataError);
  return worded as DataError;
}

describe('encodings', () => {
  it('removes and reports a UTF-8 BOM', async () => {
    const { header, records } = await readAll('\uFEFFname,city\nAnna,Wien\n');
    expect(header).toMatchObject({ names: ['name', 'city'], bom: true, encoding: 'utf-8' });
    expect(lined(records)).toEqual([[2, 'Anna', 'Wien']]);
  });

  it('reports no BOM when there is none', async () => {
    const { header } = await readAll('name,city\n');
    expect(header).toMatchObject({ bom: false, encoding: 'utf-8' });
  });

  it.each(['le', 'be'] as const)('decodes UTF-16%s with a BOM', async (endian) => {
    const { header, records } = await readAll(utf16('имя;πόλη\r\nΓιώργος;Αθήνα\r\n', endian), {}, 3);
    expect(header).toMatchObject({ names: ['имя', 'πόλη'], bom: true, encoding: `utf-16${endian}`, delimiter: ';' });
    expect(lined(records)).toEqual([[2, 'Γιώργος', 'Αθήνα']]);
  });

  it('decodes windows-1251 when told to', async () => {
    const { header, records } = await readAll(CP1251, { encoding: 'windows-1251' });
    expect(header).toMatchObject({ names: ['имя', 'город'], encoding: 'windows-1251', bom: false });
    expect(lined(records)).toEqual([[2, 'Иван', 'Москва']]);
  });

  it('accepts any WHATWG label and reports the canonical name', async () => {
    const { header } = await readAll('a,b\n', { encoding: 'cp1251' });
    expect(header?.encoding).toBe('windows-1251');
  });

  it('rejects an unknown --encoding as a usage error before reading', async () => {
    const thrown: unknown = await openCsv(pieces(new Uint8Array(0)), { source: 'x.csv', encoding: 'klingon' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((thrown as CsvError).problem).toEqual({ code: 'unknown-encoding', label: 'klingon' });
    const error = csvFailure(ENGLISH.words, thrown);
    expect(error).toBeInstanceOf(UserError);
    expect(error).not.toBeInstanceOf(DataError);
    expect((error as UserError).exitCode).toBe(ExitCode.usage);
    expect((error as UserError).message).toMatch(/unknown encoding "klingon"/);
  });

  it('names the line of bytes that are not UTF-8 and suggests code pages', async () => {
    const head = new TextEncoder().encode('name,city\nAnna,"Wien\nAustria"\nBob,Linz\n');
    const bytes = Buffer.concat([head, Buffer.from([0xc8, 0xe2, 0xe0, 0xed]), Buffer.from(',Moscow\n')]);
    for (const split of [undefined, 1, 7]) {
      const error = await dataError(readAll(bytes, {}, split));
      expect(error.message).toBe(
        'test.csv:5: bytes that are not valid UTF-8 (0xC8 0xE2...). The file is probably in a legacy code page: try --encoding windows-1251 (Cyrillic), windows-1253 (Greek), windows-1250 (Central European) or windows-1252 (Western European).',
      );
      expect(error.exitCode).toBe(ExitCode.data);
    }
  });

  it('finds bad bytes deep in a large file, after many chunks', async () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => `Иван ${i},x\n`).join('');
    const bytes = Buffer.concat([Buffer.from(`name,v\n${rows}`), Buffer.from([0x41, 0xff, 0x0a])]);
    const error = await dataError(readAll(bytes, {}, 4093));
    expect(error.message).toMatch(/^test\.csv:30002: bytes that are not valid UTF-8 \(0xFF\.\.\.\)/);
  });

  it('reports a character cut off at the end of the input', async () => {
    const error = await dataError(readAll(Buffer.concat([Buffer.from('a,b\n1,'), Buffer.from([0xd0])])));
    expect(error.message).toMatch(/^test\.csv:2: bytes that are not valid UTF-8 \(0xD0\)/);
  });

  it.each(['le', 'be'] as const)('names the line of a lone surrogate or a cut-off last byte in UTF-16%s, however the input is split', async (endian) => {
    const name = `UTF-16${endian.toUpperCase()}`;
    const cases: Array<[Uint8Array, RegExp]> = [
      [utf16('a;b\r\n1;x\ud800y\r\n', endian), new RegExp(`^test\\.csv:2: bytes that are not valid ${name} \\(0x(D8 0x00|00 0xD8)\\): half of a surrogate pair`, 'u')],
      [utf16('a;b\r\n1;x\udc00\r\n', endian), new RegExp(`^test\\.csv:2: bytes that are not valid ${name} \\(0x(DC 0x00|00 0xDC)\\)`, 'u')],
      [utf16('a;b\r\n1;\ud83d\ude00x\r\n2;y', endian).subarray(0, -1), new RegExp(`^test\\.csv:3: bytes that are not valid ${name} \\(0x[0-9A-F]{2}\\): half a character`, 'u')],
      [utf16('a;b\r\n1;x\ud83d', endian), new RegExp(`^test\\.csv:2: bytes that are not valid ${name} \\(`, 'u')],
    ];
    for (const [bytes, expected] of cases) {
      for (const split of [undefined, 1, 2, 3, 5]) {
        const error = await dataError(readAll(bytes, {}, split));
        expect(error.message, `split ${split}`).toMatch(expected);
        expect(error.exitCode).toBe(ExitCode.data);
      }
    }
  });

  it('reads a surrogate pair split across chunks at every byte', async () => {
    const bytes = utf16('a;b\r\n1;\ud83d\ude00\ufffd\r\n', 'be');
    for (const split of [1, 2, 3]) expect(lined((await readAll(bytes, {}, split)).records)).toEqual([[2, '1', '\ud83d\ude00\ufffd']]);
  });

  it('names the line and byte of a byte the code page leaves undefined, however the input is split', async () => {
    const bytes = Buffer.from([...Buffer.from('name,up\r\nA,yes\r\n'), 0xc1, 0xd2, 0xc3, ...Buffer.from(',yes\n')]);
    for (const split of [undefined, 1, 13]) {
      const error = await dataError(readAll(bytes, { encoding: 'windows-1253' }, split));
      expect(error.message).toBe('test.csv:3: byte 0xD2 is not a windows-1253 character (the code page leaves it undefined). Check --encoding.');
    }
  });

  it('says so when a file looks like UTF-16 without a BOM', async () => {
    const error = await dataError(readAll(Buffer.from('a,b\n1,2\n', 'utf16le')));
    expect(error.message).toMatch(/UTF-16 without a byte order mark.*--encoding utf-16le/);
  });
});

describe('sep= line and delimiters', () => {
  it('skips an Excel sep= line and uses its delimiter', async () => {
    const { header, records } = await readAll('sep=;\r\nname;deposit\r\nAnna;50,5\r\n\r\nBob;30\r\n');
    expect(header).toMatchObject({ names: ['name', 'deposit'], delimiter: ';', delimiterSource: 'sep-line', sepLine: true, line: 2 });
    expect(lined(records)).toEqual([
      [3, 'Anna', '50,5'],
      [5, 'Bob', '30'],
    ]);
  });

  it('reads a sep= line padded with delimiters, as some tools write it', async () => {
    const { header } = await readAll('sep=|||\na|b\n1|2\n');
    expect(header).toMatchObject({ names: ['a', 'b'], delimiter: '|', delimiterSource: 'sep-line', line: 2 });
  });

  it('lets --delimiter win over a sep= line (which is still skipped)', async () => {
    const { header } = await readAll('sep=;\na,b;c\n', { delimiter: ',' });
    expect(header).toMatchObject({ names: ['a', 'b;c'], delimiterSource: 'option', sepLine: true, line: 2 });
  });

  it.each([
    [',', 'name,email,notes\nAnna,a@x.eu,"likes ; and |"\nBob,b@x.eu,fine\n'],
    [';', 'name;deposit;notes\nAnna;50,5;"a, b"\nBob;1,25;ok\n'],
    ['\t', 'name\tdeposit\tnotes\nAnna\t50,5\ta; b\nBob\t1\tok\n'],
    ['|', 'name|deposit|notes\nAnna|50,5|a; b\nBob|1|ok\n'],
  ])('detects %j', async (delimiter, csv) => {
    const { header, records } = await readAll(csv);
    expect(header).toMatchObject({ delimiter, delimiterSource: 'detected' });
    expect(records.map((record) => record.fields.length)).toEqual([3, 3]);
  });

  it('ignores delimiters inside quoted header cells', async () => {
    const { header } = await readAll('name;"price, EUR";notes\nAnna;"1,5";x\nBob;"2,5";y\n');
    expect(header).toMatchObject({ delimiter: ';', names: ['name', 'price, EUR', 'notes'] });
  });

  it('asks for --delimiter when two delimiters fit equally well', async () => {
    const error = await dataError(readAll('a,b;c,d\n1,2;3,4\n5,6;7,8\n'));
    expect(error.message).toMatch(/^test\.csv:1: cannot tell which delimiter/);
    expect(error.message).toContain("',' (3 columns) or ';' (2 columns)");
    expect(error.message).toContain("Say which with --delimiter ',' or --delimiter ';'.");
  });

  it('reads a single-column file with the default delimiter', async () => {
    const { header, records } = await readAll('email\na@x.eu\nb@x.eu\n');
    expect(header).toMatchObject({ names: ['email'], delimiter: ',', delimiterSource: 'default' });
    expect(lined(records)).toEqual([
      [2, 'a@x.eu'],
      [3, 'b@x.eu'],
    ]);
  });

  it.each([
    ['tab', '\t'],
    ['\t', '\t'],
    ['\\t', '\t'],
    [';', ';'],
    ['|', '|'],
  ])('accepts --delimiter %j', async (option, delimiter) => {
    const { header } = await readAll(`a${delimiter}b\n`, { delimiter: option });
    expect(header).toMatchObject({ names: ['a', 'b'], delimiter, delimiterSource: 'option' });
  });

  it.each(['', ';;', '"', 'comma'])('rejects --delimiter %j as a usage error', async (option) => {
    const thrown: unknown = await readAll('a,b\n', { delimiter: option }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((thrown as CsvError).problem).toEqual({ code: 'invalid-delimiter', value: option });
    const error = csvFailure(ENGLISH.words, thrown);
    expect(error).toBeInstanceOf(UserError);
    expect(error).not.toBeInstanceOf(DataError);
    expect((error as UserError).exitCode).toBe(ExitCode.usage);
  });
});

describe('records and line numbers', () => {
  it('reads CRLF files', async () => {
    const { header, records } = await readAll('a,b\r\n1,2\r\n"x\r\ny",3\r\n4,5', {}, 1);
    expect(header?.names).toEqual(['a', 'b']);
    expect(lined(records)).toEqual([
      [2, '1', '2'],
      [3, 'x\r\ny', '3'],
      [5, '4', '5'],
    ]);
  });

  it('numbers records after quoted fields with newlines', async () => {
    const csv = 'name,notes\nAnna,"one\ntwo\nthree"\nBob,"say ""hi""\n"\n\nCid,ok\n';
    for (const split of [undefined, 1, 5]) {
      const { records } = await readAll(csv, {}, split);
      expect(lined(records)).toEqual([
        [2, 'Anna', 'one\ntwo\nthree'],
        [5, 'Bob', 'say "hi"\n'],
        [8, 'Cid', 'ok'],
      ]);
    }
  });

  it('skips blank lines but counts them', async () => {
    const { header, records } = await readAll('\n\na,b\n\n1,2\n\n\n3,4\n\n');
    expect(header?.line).toBe(3);
    expect(lined(records)).toEqual([
      [5, '1', '2'],
      [8, '3', '4'],
    ]);
  });

  it('reads old Mac files that end lines with CR', async () => {
    const { records } = await readAll('a,b\r1,2\r"x\ry",3\r4,5\r');
    expect(lined(records)).toEqual([
      [2, '1', '2'],
      [3, 'x\ry', '3'],
      [5, '4', '5'],
    ]);
  });

  it('returns ragged rows as they are', async () => {
    const { records } = await readAll('a,b,c\n1,2\n1,2,3,4\n5\n6,7,8');
    expect(records.map((record) => record.fields)).toEqual([['1', '2'], ['1', '2', '3', '4'], ['5'], ['6', '7', '8']]);
  });

  it('keeps multi-byte characters intact one byte per chunk', async () => {
    const csv = 'имя;πόλη;emoji\nИван Петров;Αθήνα;🙂\n"Müller, Anna";Zürich;👩‍💻\n';
    const whole = await readAll(csv);
    const bytewise = await readAll(csv, {}, 1);
    expect(bytewise).toEqual(whole);
    expect(whole.records.map((record) => record.fields[2])).toEqual(['🙂', '👩‍💻']);
  });

  it('gives identical records however the input is cut', async () => {
    const csv = 'sep=,\r\nname,company,notes\r\n"Петров, Иван",ООО «Ромашка»,"скидка\r\n""ASAP"""\r\n\r\nΓιώργος,Εταιρεία,ναι\r\nAnna Müller,"a,b",\r\n';
    const bytes = new TextEncoder().encode(csv);
    const expected = await readAll(bytes);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 12 }), async (cuts) => {
        expect(await readAll(bytes, {}, cuts)).toEqual(expected);
      }),
    );
  });

  it('handles records much larger than a parse slice', async () => {
    const big = 'x'.repeat(3_000_000);
    const { records } = await readAll(`a,b\n"${big}\n",1\n2,3\n`, {}, 65_536);
    expect(records.map((record) => [record.line, record.fields[0]!.length])).toEqual([
      [2, big.length + 1],
      [4, 1],
    ]);
  });

  it('reads many records in several batches with the right lines', async () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => (i % 7 === 0 ? `${i},"two\nlines"` : `${i},one`));
    const { records } = await readAll(`n,v\n${rows.join('\n')}\n`, {}, 65_536);
    expect(records).toHaveLength(50_000);
    let line = 2;
    for (const [i, record] of records.entries()) {
      expect(record.line).toBe(line);
      expect(record.fields[0]).toBe(String(i));
      line += i % 7 === 0 ? 2 : 1;
    }
  });

  it('reports the bytes read', async () => {
    const { bytesRead } = await readAll('\uFEFFa,b\n1,2\n', {}, 2);
    expect(bytesRead).toBe(11);
  });

  it('reads from a Node Readable', async () => {
    const reader = await openCsv(Readable.from([Buffer.from('a;b\n'), Buffer.from('1;2\n')]), { source: '<stdin>' });
    const batches = [];
    for await (const batch of reader.batches()) batches.push(...batch);
    expect(reader.header?.names).toEqual(['a', 'b']);
    expect(lined(batches)).toEqual([[2, '1', '2']]);
  });
});

describe('empty and header-only input', () => {
  it.each([
    ['no bytes', ''],
    ['only a BOM', '\uFEFF'],
    ['only blank lines', '\n\r\n\n'],
  ])('has no header for %s', async (_, csv) => {
    const { header, records } = await readAll(csv);
    expect(header).toBeNull();
    expect(records).toEqual([]);
  });

  it.each(['a,b', 'a,b\n', 'a,b\r\n\r\n'])('has no records for a header only (%j)', async (csv) => {
    const { header, records } = await readAll(csv);
    expect(header).toMatchObject({ names: ['a', 'b'], line: 1 });
    expect(records).toEqual([]);
  });
});

describe('broken quotes', () => {
  it('names the line where a never-closed quote opened', async () => {
    const csv = 'name,notes\nAnna,ok\nBob,"multi\nline"\nCid,"never closed\nDan,x\nEve,y\n';
    for (const split of [undefined, 1]) {
      const error = await dataError(readAll(csv, {}, split));
      expect(error.message).toBe('test.csv:5: a quoted field is never closed (opened on line 5)');
    }
  });

  it('rejects text after a closing quote instead of merging rows', async () => {
    const error = await dataError(readAll('name,company\nAnna,"Acme" Inc\nBob,"Foo"\n'));
    expect(error.message).toMatch(/^test\.csv:2: a quoted field has text after its closing quote/);
  });

  it('accepts spaces between a closing quote and the delimiter', async () => {
    const { records } = await readAll('a,b\n"x" ,"y"  \n');
    expect(records[0]?.fields).toEqual(['x', 'y']);
  });

  it('stops a runaway quoted field instead of buffering the whole file', async () => {
    const rows = `Anna,"x\n${'Bob,some text that goes on and on\n'.repeat(600_000)}`;
    const error = await dataError(readAll(`name,notes\n${rows}`, {}, 1 << 20));
    expect(error.message).toMatch(/^test\.csv:2: a record runs on for more than 16 MiB: a quoted field is probably never closed \(opened on line 2\)/);
  });
});

describe('robustness', () => {
  it('stops on a line longer than 16 MiB', async () => {
    const error = await dataError(readAll(`a,b\n1,2\n${'x'.repeat(17 << 20)}`, {}, 1 << 20));
    expect(error.message).toBe('test.csv:3: a record longer than 16 MiB: is this a CSV file?');
  });

  it('turns random bytes into records or a DataError, never a crash or a hang', async () => {
    const byte = fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x22, 0x2c, 0x3b, 0x0a, 0x0d, 0x09, 0x7c, 0xef, 0xbb, 0xbf, 0xff, 0xfe));
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 300 }).chain((bytes) => fc.tuple(fc.constant(bytes), fc.array(fc.integer({ min: 1, max: 300 }), { maxLength: 8 }))),
        fc.array(byte, { maxLength: 200 }),
        fc.constantFrom(undefined, 'windows-1251', 'utf-16le'),
        async ([randomBytes, cuts], biased, encoding) => {
          for (const bytes of [randomBytes, Uint8Array.from(biased)]) {
            try {
              const { records } = await readAll(bytes, encoding ? { encoding } : {}, cuts);
              for (const record of records) expect(record.line).toBeGreaterThanOrEqual(1);
            } catch (error) {
              expect(error).toBeInstanceOf(CsvError);
              expect(csvFailure(ENGLISH.words, error)).toBeInstanceOf(DataError);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
