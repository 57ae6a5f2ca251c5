/**
 * The one email reader (src/mail/read.ts, src/cli/mail-input.ts): what `clientfit read` and
 * `score --reply` are given, however the prospect's words arrived.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMailInput } from '../../src/cli/mail-input.js';
import { looksLikeEmail, MAX_MAIL_BYTES, readMail, type MailRead } from '../../src/mail/read.js';
import { memoryIO } from '../helpers/memory-io.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const crlf = (text: string): string => text.replace(/\n/gu, '\r\n');

function ok(read: MailRead) {
  if (!read.ok) throw new Error(`expected a message, got ${JSON.stringify(read.problem)}`);
  return read.mail;
}

describe('plain text', () => {
  it('reads UTF-8 with or without a BOM, with CRLF line ends turned into LF', async () => {
    const mail = ok(await readMail(bytes(crlf('Здравейте,\nплащаме 50% аванс.\n'))));
    expect(mail).toEqual({ kind: 'text', text: 'Здравейте,\nплащаме 50% аванс.\n', attachments: [] });
    expect(ok(await readMail(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes('Hi')]))).text).toBe('Hi');
  });

  it('reads UTF-16 with a BOM (Notepad’s "Unicode")', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Γεια σας', 'utf16le')]);
    expect(ok(await readMail(utf16)).text).toBe('Γεια σας');
  });

  it('refuses a legacy code page unless it is named, and reads it when it is', async () => {
    const cp1251 = Uint8Array.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]); // Привет
    const refused = await readMail(cp1251);
    expect(refused).toEqual({ ok: false, problem: { code: 'not-utf-8', line: 1, col: 1 } });
    expect(ok(await readMail(cp1251, { encoding: 'windows-1251' })).text).toBe('Привет');
  });

  it('calls a NUL byte binary, with its line and column', async () => {
    expect(await readMail(bytes('line one\nab\0c'))).toEqual({ ok: false, problem: { code: 'binary', line: 2, col: 3 } });
  });

  it('a pasted body that starts with one header-like line is text, not an email', async () => {
    const text = 'Subject: a logo for our bakery\n\nHello, we need a logo.';
    expect(looksLikeEmail(text)).toBe(false);
    expect(ok(await readMail(bytes(text)))).toMatchObject({ kind: 'text', text });
  });
});

describe('email', () => {
  it('decodes a quoted-printable body and the sender, subject and date headers', async () => {
    const eml = crlf(
      [
        'From: =?UTF-8?B?0JjQstCw0L0g0JPQtdC+0YDQs9C40LXQsg==?= <ivan@example.bg>',
        'To: me@example.com',
        'Subject: =?UTF-8?Q?=D0=9B=D0=BE=D0=B3=D0=BE?=',
        'Date: Tue, 1 Dec 2026 10:00:00 +0200',
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        '=D0=97=D0=B4=D1=80=D0=B0=D0=B2=D0=B5=D0=B9=D1=82=D0=B5, a very long line th=',
        'at was soft-wrapped by the mail client.',
        '',
      ].join('\n'),
    );
    const mail = ok(await readMail(bytes(eml)));
    expect(mail.kind).toBe('email');
    expect(mail.from).toEqual({ name: 'Иван Георгиев', address: 'ivan@example.bg' });
    expect(mail.subject).toBe('Лого');
    expect(mail.date).toBe('2026-12-01T08:00:00.000Z');
    expect(mail.text.trim()).toBe('Здравейте, a very long line that was soft-wrapped by the mail client.');
  });

  it('decodes a base64 body in a legacy charset (windows-1251)', async () => {
    const body = Buffer.from([0xcf, 0xf0, 0xe5, 0xe4, 0xee, 0xef, 0xeb, 0xe0, 0xf2, 0xe0]).toString('base64'); // Предоплата
    const eml = ['From: client@example.ru', 'Subject: x', 'Content-Type: text/plain; charset=windows-1251', 'Content-Transfer-Encoding: base64', '', body, ''].join('\r\n');
    expect(ok(await readMail(bytes(eml))).text.trim()).toBe('Предоплата');
  });

  it('prefers the text part of multipart/alternative, and reads an HTML-only email as text', async () => {
    const alternative = [
      'From: a@example.com',
      'Subject: hi',
      'MIME-Version: 1.0',
      'Content-Type: multipart/alternative; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Plain words.',
      '--b1',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>HTML words.</p>',
      '--b1--',
      '',
    ].join('\r\n');
    expect(ok(await readMail(bytes(alternative))).text.trim()).toBe('Plain words.');
    const html = ['From: a@example.com', 'Subject: hi', 'Content-Type: text/html; charset=utf-8', '', '<p>We pay <b>50%</b> upfront.</p>', ''].join('\r\n');
    expect(ok(await readMail(bytes(html))).text.trim()).toBe('We pay 50% upfront.');
  });

  it('keeps text attachments (a downloaded reply sent as a file) and leaves binary ones out', async () => {
    const eml = [
      'From: a@example.com',
      'Subject: my answers',
      'Content-Type: multipart/mixed; boundary="m"',
      '',
      '--m',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Attached.',
      '--m',
      'Content-Type: text/plain; charset=utf-8; name="reply.txt"',
      'Content-Disposition: attachment; filename="reply.txt"',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from('clientfit reply\n').toString('base64'),
      '--m',
      'Content-Type: image/png; name="logo.png"',
      'Content-Disposition: attachment; filename="logo.png"',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]).toString('base64'),
      '--m--',
      '',
    ].join('\r\n');
    const mail = ok(await readMail(bytes(eml)));
    expect(mail.text.trim()).toBe('Attached.');
    expect(mail.attachments).toEqual([{ filename: 'reply.txt', text: 'clientfit reply\n' }]);
  });

  it('reads an mbox "From " line before the headers', async () => {
    const eml = 'From a@example.com Tue Dec  1 10:00:00 2026\nFrom: a@example.com\nSubject: x\n\nBody.\n';
    expect(ok(await readMail(bytes(eml)))).toMatchObject({ kind: 'email', text: 'Body.\n' });
  });

  it('calls a MIME tree nested past its bound a damaged email, without a stack overflow', async () => {
    const depth = 200;
    const open = Array.from({ length: depth }, (_, i) => `Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n`).join('');
    const eml = `From: a@example.com\r\nSubject: x\r\n${open}Content-Type: text/plain\r\n\r\ndeep\r\n`;
    expect(await readMail(bytes(eml))).toEqual({ ok: false, problem: { code: 'damaged-email' } });
  });
});

describe('reading a file or standard input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clientfit-mail-'));

  it('names the file and the limit for an input over the bound, from a file and from stdin', async () => {
    const big = Buffer.alloc(MAX_MAIL_BYTES + 1, 0x61);
    writeFileSync(join(dir, 'big.txt'), big);
    const { io } = memoryIO({ cwd: dir });
    await expect(readMailInput(io, 'big.txt', { encodingFlag: true })).rejects.toThrow('big.txt is larger than 8 MiB: that is not a message.');
    const piped = memoryIO({ cwd: dir, stdin: big });
    await expect(readMailInput(piped.io, '-', { encodingFlag: true })).rejects.toThrow('<stdin> is larger than 8 MiB');
  });

  it('words each problem with the file and place, and points to --encoding only where the command has it', async () => {
    writeFileSync(join(dir, 'cp1251.txt'), Uint8Array.from([0x41, 0x0a, 0xcf, 0xf0]));
    const { io } = memoryIO({ cwd: dir });
    await expect(readMailInput(io, 'cp1251.txt', { encodingFlag: true })).rejects.toThrow('cp1251.txt:2:1: not UTF-8 text. If the message is in a legacy code page, name it: --encoding');
    await expect(readMailInput(io, 'cp1251.txt', { encodingFlag: false })).rejects.toThrow('cp1251.txt:2:1: not UTF-8 text. Save it as UTF-8 and try again.');
    await expect(readMailInput(io, 'missing.eml', { encodingFlag: false })).rejects.toThrow('cannot read missing.eml: no such file or directory');
  });

  it('reads a message from standard input', async () => {
    const { io } = memoryIO({ cwd: dir, stdin: 'From: a@example.com\nSubject: s\n\nHello\n' });
    const { mail, display } = await readMailInput(io, '-', { encodingFlag: false });
    expect(display).toBe('<stdin>');
    expect(mail).toMatchObject({ kind: 'email', text: 'Hello\n', from: { address: 'a@example.com' } });
  });
});
