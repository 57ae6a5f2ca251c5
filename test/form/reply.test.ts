/**
 * `score --reply`: the block the form writes, read back through what mail clients do to it
 * (quoting, rewrapping, CRLF, quoted-printable and base64 bodies, forwarding, an attachment, a
 * paste into a reply), and the hostile replies a prospect could send: each refused with a
 * message naming what is wrong, exit 1, nothing saved.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formFingerprint, formQuestions, fnv1a } from '../../src/core/form.js';
import { loadCriteria } from '../../src/core/load.js';
import { encodeReply, findReply, type Reply } from '../../src/core/reply.js';
import { ROOT, run, tempDir } from '../helpers/main.js';

const AGENCY = join(ROOT, 'criteria', 'agency.yaml');
const loaded = loadCriteria(readFileSync(AGENCY, 'utf8'));
if (!loaded.ok) throw new Error('agency.yaml does not load');
const questions = formQuestions(loaded.criteria);

function reply(answers: Record<string, string>, extra: Partial<Reply> = {}): Reply {
  return { questions: questions.map((question) => question.id), fingerprint: formFingerprint(questions), decimal: 'point', answers, name: 'Acme Ltd', ...extra };
}

const ANSWERS = { budget: '12 500', decision_maker: 'yes', payment_terms: 'net_14', revisions: '?', clear_scope: 'no' };
const BLOCK = encodeReply(reply(ANSWERS));
const BODY = `My answers:\n\nWhat's your budget for the project?\n  12 500\n\nPlease leave the block below as it is.\n${BLOCK}\n`;

/** A block re-encoded with a valid checksum: what an edit by someone who knows the format looks like. */
function forged(document: unknown): string {
  const body = Buffer.from(JSON.stringify(document)).toString('base64url');
  return `-----BEGIN CLIENTFIT REPLY-----\n${body}.${fnv1a(body)}\n-----END CLIENTFIT REPLY-----\n`;
}

const quote = (text: string): string =>
  text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
const rewrap = (text: string, width: number): string => text.replace(new RegExp(`(.{${width}})`, 'gu'), '$1\n');
const qpSoftBreaks = (text: string): string => text.replace(/(.{30})/gu, '$1=\n');
function email(body: string, headers: string[] = []): string {
  return ['From: Acme Ltd <acme@example.com>', 'To: ana@example.com', 'Subject: Answers from Acme Ltd', 'Date: Mon, 7 Dec 2026 10:00:00 +0000', 'MIME-Version: 1.0', ...headers, '', body].join('\r\n');
}

const MANGLED: readonly (readonly [string, string])[] = [
  ['as the page wrote it', BODY],
  ['quoted with "> " in a reply', `Thanks, see below.\n\nOn Monday Acme wrote:\n${quote(BODY)}`],
  ['quoted twice', quote(quote(BODY))],
  ['rewrapped at 40 columns', rewrap(BODY, 40)],
  ['lines joined into one', BODY.replace(/\n(?!-----)/gu, ' ')],
  ['CRLF line ends', BODY.replace(/\n/gu, '\r\n')],
  ['pasted into a reply with other text around it', `Hi Ana,\n\nhere you go:\n\n${BLOCK}\n\nBest,\nAcme`],
  ['quoted-printable soft breaks pasted raw', qpSoftBreaks(BODY)],
  ['a quoted-printable email', email(qpSoftBreaks(BODY).replace(/=\n/gu, '=\r\n'), ['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable'])],
  [
    'a base64 email',
    email(
      Buffer.from(BODY)
        .toString('base64')
        .replace(/(.{76})/gu, '$1\r\n'),
      ['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: base64'],
    ),
  ],
  ['a forwarded email', email(`---------- Forwarded message ---------\nFrom: Acme Ltd <acme@example.com>\n\n${BODY}`, ['Content-Type: text/plain; charset=utf-8'])],
  [
    'the downloaded file as an attachment',
    email(
      [
        '--b1',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'My answers are attached.',
        '--b1',
        'Content-Type: text/plain; charset=utf-8; name=answers.txt',
        'Content-Disposition: attachment; filename=answers.txt',
        'Content-Transfer-Encoding: base64',
        '',
        Buffer.from(BODY).toString('base64'),
        '--b1--',
      ].join('\r\n'),
      ['Content-Type: multipart/mixed; boundary=b1'],
    ),
  ],
];

describe('the reply survives mail clients', () => {
  it.each(MANGLED)('%s', async (_, text) => {
    const result = await run(['score', '-c', AGENCY, '--reply', '-', '--no-input', '--format', 'json'], { input: text });
    expect(result.stderr).toContain('Read 5 answers');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { name: string; answers: Record<string, unknown> };
    expect(json.name).toBe('Acme Ltd');
    expect(json.answers).toMatchObject({ budget: 12500, decision_maker: true, payment_terms: 'net_14', revisions: null, clear_scope: false });
  });

  it('property: random answers → block → mangled → read back → the same answers', () => {
    const answer = fc.oneof(
      fc.constantFrom('yes', 'no', '?', 'net_30', '40', '1 200,50'),
      fc.string({ maxLength: 60 }).filter((text) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u.test(text)),
    );
    const mangle = fc.record({
      quotes: fc.integer({ min: 0, max: 3 }),
      width: fc.option(fc.integer({ min: 8, max: 80 })),
      crlf: fc.boolean(),
      soft: fc.boolean(),
      around: fc.string({ maxLength: 40 }).filter((text) => !text.includes('-----')),
    });
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('budget', 'decision_maker', 'payment_terms', 'revisions', 'clear_scope', 'x_1'), answer),
        fc.string({ maxLength: 30 }),
        fc.constantFrom('point' as const, 'comma' as const),
        mangle,
        (answers, name, decimal, how) => {
          const sent = reply(answers, { name, decimal });
          let text = `${how.around}\n${encodeReply(sent)}\n${how.around}`;
          if (how.width !== null) text = rewrap(text, how.width);
          if (how.soft) text = qpSoftBreaks(text);
          for (let level = 0; level < how.quotes; level++) text = quote(text);
          if (how.crlf) text = text.replace(/\n/gu, '\r\n');
          const found = findReply(text);
          expect(found.ok).toBe(true);
          if (!found.ok) return;
          expect({ ...found.reply.answers }).toEqual(answers);
          expect(found.reply.decimal).toBe(decimal);
          if (name.trim() !== '') expect(found.reply.name).toBe(name);
          expect(found.checked).toBe(true);
        },
      ),
    );
  });
});

describe('hostile replies: a clear message, exit 1, nothing saved', () => {
  const good = JSON.parse(Buffer.from(BLOCK.split('\n').slice(1, -1).join('').split('.')[0]!, 'base64url').toString('utf8')) as Record<string, unknown>;
  const cases: readonly (readonly [string, string, RegExp])[] = [
    ['an edited block', BODY.replace(/(-----\n)(.)/u, (_, marker: string, first: string) => `${marker}${first === 'e' ? 'f' : 'e'}`), /changed after the form wrote it/u],
    [
      'a value that is not an option',
      forged({ ...good, a: { ...ANSWERS, payment_terms: 'net_90' } }),
      /"payment_terms" is "net_90", which is not one of its options \(upfront, net_14, net_30, net_60\)/u,
    ],
    ['an unknown id', forged({ ...good, a: { ...ANSWERS, pays_in_crypto: 'yes' } }), /answers "pays_in_crypto", which is not a question of/u],
    ['a __proto__ key', forged({ ...good, a: JSON.parse('{"__proto__": "yes", "budget": "1"}') }), /answers "__proto__"/u],
    ['escape sequences in an answer', forged({ ...good, a: { ...ANSWERS, budget: '\u001b[2J\u001b[31m100' } }), /"budget" holds control characters/u],
    ['a block of another format', forged({ ...good, v: 2 }), /format 2, which this clientfit does not read/u],
    ['fields the form never writes', forged({ ...good, x: 1 }), /not one clientfit wrote: its fields are not the ones the form writes/u],
    ['no reply at all', 'Hello, we would like a website.\n', /no clientfit form reply here/u],
  ];

  it.each(cases)('%s', async (_, text, message) => {
    const home = tempDir();
    const journal = join(home, 'journal.jsonl');
    const result = await run(['score', '-c', AGENCY, '--reply', '-', '--no-input', '--save', '--journal', journal], { input: text, env: { HOME: home } });
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toContain('\u001b');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(existsSync(journal)).toBe(false);
  });

  it('a 50 MB paste is refused before it is read', async () => {
    const result = await run(['score', '-c', AGENCY, '--reply', '-', '--no-input'], { input: `${BLOCK}\n${'x'.repeat(50 * 1024 * 1024)}` });
    expect(result.stderr).toMatch(/larger than 8 MiB/u);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
  });

  it('--reply - with --answers - is a usage error (both read stdin)', async () => {
    const result = await run(['score', '-c', AGENCY, '--reply', '-', '--answers', '-', '--no-input'], { input: BODY });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('both read standard input');
  });
});

describe('sources: --set beats the reply, and the conflict is shown', () => {
  it("keeps --set, says what the reply said, records each answer's source in the journal", async () => {
    const home = tempDir();
    const journal = join(home, 'journal.jsonl');
    const result = await run(['score', '-c', AGENCY, '--reply', '-', '--set', 'clear_scope=yes', '--no-input', '--save', '--journal', journal, '--format', 'json'], { input: BODY });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('kept "yes" from --set; the prospect\'s form reply said "no"');
    expect((JSON.parse(result.stdout) as { answers: Record<string, unknown> }).answers.clear_scope).toBe(true);
    const line = JSON.parse(readFileSync(journal, 'utf8').trim()) as { name: string; sources: Record<string, { from: string; at: string }> };
    expect(line.name).toBe('Acme Ltd');
    expect(line.sources.clear_scope?.from).toBe('set');
    expect(line.sources.budget).toEqual({ from: 'reply', at: expect.any(String) });
  });
});
