/**
 * Data integrity of the encoding layer, through batch: every character a legacy code page can hold
 * goes back byte for byte, and bytes that are not text in the chosen encoding (undefined code-page
 * bytes, broken UTF-16) stop the run with their line instead of becoming U+FFFD.
 */
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { TextDecoder } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/cli/commands/batch/run.js';
import type { BatchOptions } from '../../src/cli/commands/batch/types.js';
import { FIXTURES } from '../helpers/cli.js';
import { memoryIO } from '../helpers/memory-io.js';

const CRITERIA = join(FIXTURES, 'exports', 'criteria.yaml');

/** Runs batch in-process on `input`: the exit code (or the error thrown), the bytes written and stderr. */
async function batch(input: Buffer, options: Partial<BatchOptions>): Promise<{ code: number; out: Buffer; err: string; message?: string }> {
  const memory = memoryIO({ stdin: input, cwd: FIXTURES });
  const chunks: Buffer[] = [];
  const stdout = new PassThrough();
  stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  try {
    const code = await runBatch({ ...memory.io, stdout }, '-', { criteria: CRITERIA, escapeFormulas: true, format: 'csv', allowMissing: true, ...options });
    return { code, out: Buffer.concat(chunks), err: memory.stderr() };
  } catch (error) {
    const { exitCode, message } = error as { exitCode: number; message: string };
    return { code: exitCode, out: Buffer.concat(chunks), err: memory.stderr(), message };
  }
}

/** What the CSV reader makes of each byte: a streaming decoder, as in src/csv/decode.ts (not the encoder's table). */
function readerChars(encoding: string): string[] {
  const decoder = new TextDecoder(encoding, { ignoreBOM: true });
  return Array.from({ length: 256 }, (_, byte) => decoder.decode(Uint8Array.of(byte), { stream: true }));
}

const CODE_PAGES = ['windows-1250', 'windows-1251', 'windows-1252', 'windows-1253', 'windows-1254', 'windows-1257', 'latin1', 'koi8-r', 'iso-8859-5'];

describe('legacy code pages round-trip through batch', () => {
  it.each(CODE_PAGES)('%s: every byte the reader decodes to a character is written back as the same byte', async (encoding) => {
    const chars = readerChars(encoding);
    const bytes = [];
    for (let byte = 0x80; byte <= 0xff; byte++) if (chars[byte] !== '\ufffd') bytes.push(byte);
    expect(bytes.length).toBeGreaterThan(100);
    // One row per byte, in a cell of its own between letters (no formula prefix, no trimming).
    const rows = bytes.map((byte) => Buffer.concat([Buffer.from(`r${byte.toString(16)},a`), Uint8Array.of(byte), Buffer.from('z,yes\n')]));
    const input = Buffer.concat([Buffer.from('name,notes,polite\n'), ...rows]);
    const result = await batch(input, { encoding });
    expect(result.message).toBeUndefined();
    expect(result.code).toBe(0);
    const written = result.out.toString('latin1').split('\n');
    const read = input.toString('latin1').split('\n');
    for (let i = 1; i <= bytes.length; i++) expect(written[i]!.startsWith(`${read[i]},`), `byte 0x${bytes[i - 1]!.toString(16)}: ${written[i]}`).toBe(true);
  });

  it("the reviewer's windows-1252 file (’, €, –) goes back byte for byte", async () => {
    const input = Buffer.from('name,pays_upfront,notes\nCafe,yes,Client\x92s budget \x80500 \x96 ok\n', 'latin1');
    const result = await batch(input, { encoding: 'windows-1252' });
    expect(result.message).toBeUndefined();
    expect(result.out.toString('latin1').split('\n')[1]).toMatch(/^Cafe,yes,Client\x92s budget \x80500 \x96 ok,/u);
  });
});

describe('bytes that are not text stop the run with their line', () => {
  it('a byte undefined in the code page (0xD2 in windows-1253) is an error, not U+FFFD', async () => {
    const input = Buffer.from([...Buffer.from('name,up\n'), 0xc1, 0xd2, 0xc3, ...Buffer.from(',yes\n')]);
    const result = await batch(input, { encoding: 'windows-1253', outputEncoding: 'utf-8' });
    expect(result.code).toBe(1);
    expect(result.message).toBe('<stdin>:2: byte 0xD2 is not a windows-1253 character (the code page leaves it undefined). Check --encoding.');
    expect(result.out.length).toBe(0);
  });

  it.each(['windows-1253', 'windows-1257', 'iso-8859-8'])('%s: every undefined byte is named, on its line', async (encoding) => {
    const undefinedBytes = readerChars(encoding).flatMap((char, byte) => (char === '\ufffd' ? [byte] : []));
    expect(undefinedBytes.length).toBeGreaterThan(0);
    for (const byte of undefinedBytes) {
      const input = Buffer.from([...Buffer.from('name,up\r\nA,yes\r\n\r\nB'), byte, ...Buffer.from(',yes\r\n')]);
      const result = await batch(input, { encoding });
      expect(result.code).toBe(1);
      expect(result.message).toContain(`<stdin>:4: byte 0x${byte.toString(16).toUpperCase()} is not a ${encoding} character`);
    }
  });

  const utf16 = (text: string, endian: 'le' | 'be'): Buffer => {
    const le = Buffer.from(`\ufeff${text}`, 'utf16le');
    return endian === 'le' ? le : le.swap16();
  };

  it.each(['le', 'be'] as const)('UTF-16%s with its last byte cut off is an error naming the line, no made-up lead', async (endian) => {
    const whole = utf16('name;polite\r\nAnna;yes\r\nBob;no\r\n', endian);
    const result = await batch(whole.subarray(0, whole.length - 1), {});
    expect(result.code).toBe(1);
    expect(result.message).toMatch(new RegExp(`^<stdin>:4: bytes that are not valid UTF-16${endian.toUpperCase()} \\(0x[0-9A-F]{2}\\)`, 'u'));
    expect(result.out.length).toBe(0);
  });

  it.each(['le', 'be'] as const)('UTF-16%s with a lone surrogate is an error naming the line, not "ye\ufffd"', async (endian) => {
    for (const surrogate of ['\ud800', '\udc00']) {
      const result = await batch(utf16(`name;polite\nAnna;ye${surrogate}s\nBob;no\n`, endian), {});
      expect(result.code).toBe(1);
      expect(result.message).toMatch(new RegExp(`^<stdin>:2: bytes that are not valid UTF-16${endian.toUpperCase()} \\(0x`, 'u'));
      expect(result.out.length).toBe(0);
    }
  });

  it('UTF-16 with a valid surrogate pair and U+FFFD as text is read as it stands', async () => {
    const result = await batch(utf16('name;polite\n\ud83d\ude00 \ufffd;yes\n', 'le'), {});
    expect(result.message).toBeUndefined();
    expect(result.code).toBe(0);
    expect(result.out.toString('utf16le')).toContain('\ud83d\ude00 \ufffd;yes;');
  });
});
