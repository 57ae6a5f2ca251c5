/**
 * `score --reply`: what a new-user trial found. A damaged new reply above an older one quoted
 * below it, a scripts-off reply with the mail app's signature under it, a reply cut off before its
 * END line, a reply made from another list, control characters in the prospect's name: each is
 * read the safe way or refused with the file and the place, exit 1, nothing saved.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formFingerprint, formQuestions, fnv1a } from '../../src/core/form.js';
import { loadCriteria } from '../../src/core/load.js';
import { encodeReply, findReply, type Reply } from '../../src/core/reply.js';
import { ROOT, type RunResult, run, tempDir } from '../helpers/main.js';

const FREELANCER = join(ROOT, 'criteria', 'freelancer.yaml');
const TUTOR = join(ROOT, 'criteria', 'tutor.yaml');
const freelancer = loadCriteria(readFileSync(FREELANCER, 'utf8'));
if (!freelancer.ok) throw new Error('freelancer.yaml does not load');
const questions = formQuestions(freelancer.criteria);
const ids = questions.map((question) => question.id);

function reply(answers: Record<string, string>, name = 'Acme Ltd'): Reply {
  return { questions: ids, fingerprint: formFingerprint(questions), decimal: 'point', answers, name };
}
const OLD = encodeReply(reply({ pays_upfront: 'yes', deposit_percent: '40', revisions: '2' }));
const NEW = encodeReply(reply({ pays_upfront: 'yes', deposit_percent: '10', revisions: '2' }));
const quote = (text: string): string =>
  text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
/** A block whose checksum no longer matches: one character added before the END line. */
const damage = (block: string): string => block.replace('\n-----END', 'X\n-----END');
const HEAD = 'My answers:\n\nRoughly what share of the fee could you pay upfront, in %?\n  10 %\n\nPlease leave the block below as it is.\n';
/** A new reply on top, the previous one quoted under it, as a mail app writes a second answer. */
const thread = (top: string, below: string): string => `${HEAD}${top}\n\nOn Mon Ana wrote:\n${quote(`${HEAD}${below}`)}\n`;

/** Runs with --save and says whether anything was journaled. */
async function scoreSaving(args: readonly string[], input: string): Promise<RunResult & { saved: boolean; journal: string }> {
  const home = tempDir();
  const journal = join(home, 'journal.jsonl');
  const result = await run(['score', ...args, '--reply', '-', '--no-input', '--save', '--journal', journal], { input, env: { HOME: home } });
  return { ...result, saved: existsSync(journal), journal };
}

function expectRefused(result: RunResult & { saved: boolean }, message: RegExp): void {
  expect(result.stderr).toMatch(message);
  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.saved).toBe(false);
}

describe('a damaged block is never passed over for another one', () => {
  // The lines the blocks begin on: under HEAD, and under the quoted HEAD after the new block and "On Mon Ana wrote:".
  const newLine = HEAD.split('\n').length;
  const quotedLine = newLine + NEW.split('\n').length + 2 + newLine - 1;

  it('a damaged new reply above a good older one quoted below it: refused at the damaged block, not scored as the older one', async () => {
    const result = await scoreSaving(['-c', FREELANCER], thread(damage(NEW), OLD));
    expectRefused(result, new RegExp(`^clientfit: <stdin>:${newLine}: the reply block was changed after the form wrote it`, 'mu'));
  });

  it('a good new reply above a damaged quoted one: refused too (every block must read)', async () => {
    const result = await scoreSaving(['-c', FREELANCER], thread(NEW, damage(OLD)));
    expectRefused(result, new RegExp(`<stdin>:${quotedLine}: the reply block was changed`, 'u'));
  });

  it('two different good replies name the lines of both', async () => {
    const result = await scoreSaving(['-c', FREELANCER], thread(NEW, OLD));
    expect(quotedLine).toBe(21);
    expectRefused(result, new RegExp(`<stdin>: more than one different form reply \\(their blocks begin on lines ${newLine}, ${quotedLine}\\)`, 'u'));
  });

  it('the same reply quoted under itself is still one reply', async () => {
    const result = await scoreSaving(['-c', FREELANCER, '--format', 'json'], thread(NEW, NEW));
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as { answers: Record<string, unknown> }).answers.deposit_percent).toBe(10);
    expect(result.saved).toBe(true);
  });
});

describe('a block cut off before its END line', () => {
  const cut = NEW.slice(0, NEW.lastIndexOf('\n-----END'));

  it('says where it starts and that it never ends, exit 1, nothing saved', async () => {
    const result = await scoreSaving(['-c', FREELANCER], `${HEAD}${cut}\n`);
    expectRefused(result, /^clientfit: <stdin>:7: the reply block starts here and never ends \(no -----END CLIENTFIT REPLY----- line after it\).*Ask the prospect to send it again\.$/mu);
  });

  it('a cut-off new reply above a complete quoted one is not read as damaged, nor as the older one', async () => {
    const result = await scoreSaving(['-c', FREELANCER], thread(cut, OLD));
    expectRefused(result, /<stdin>:7: the reply block starts here and never ends/u);
  });

  it("in an email, the line is counted in the email's text", async () => {
    const email = [
      'From: Acme Ltd <acme@example.com>',
      'To: ana@example.com',
      'Subject: Answers',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from(`${HEAD}${cut}\n`).toString('base64'),
    ].join('\r\n');
    const result = await scoreSaving(['-c', FREELANCER], email);
    expectRefused(result, /<stdin>, line 7 of the email's text: the reply block starts here and never ends/u);
  });
});

/** The scripts-off form's text/plain post (src/cli/commands/form/html.ts: hidden fields, the name, then each question). */
function formLines(fields: readonly string[], questionIds = ids, fingerprint = formFingerprint(questions)): string {
  return ['clientfit-form=1', `clientfit-questions=${questionIds.join(',')}`, `clientfit-fp=${fingerprint}`, 'clientfit-decimal=point', 'clientfit-name=Acme Ltd', ...fields].join('\r\n');
}

describe("the scripts-off form's lines with the mail app's text under them", () => {
  it('a signature after a blank line is not part of the last (number) answer, and the notice says what was left out', async () => {
    const result = await scoreSaving(['-c', FREELANCER, '--format', 'json'], `${formLines(['pays_upfront=yes', 'deposit_percent=35', 'revisions=2'])}\r\n\r\nThanks, Jo\r\nSent from my iPhone\r\n`);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as { answers: Record<string, unknown> }).answers).toMatchObject({ pays_upfront: true, deposit_percent: 35, revisions: 2 });
    expect(result.stderr).toContain(`<stdin>:10: left out what follows the form's lines (the mail app's own text, most often a signature): "Thanks, Jo Sent from my iPhone".`);
    const saved = JSON.parse(readFileSync(result.journal, 'utf8').trim()) as { answers: Record<string, unknown> };
    expect(saved.answers.revisions).toBe(2);
  });

  it('a "-- " signature mark ends the form\'s lines too', async () => {
    const result = await scoreSaving(['-c', FREELANCER, '--format', 'json'], `${formLines(['pays_upfront=yes', 'deposit_percent=35', 'revisions=2'])}\n-- \nJo Smith\n`);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('<stdin>:10: left out what follows the form\'s lines (the mail app\'s own text, most often a signature): "Jo Smith".');
  });

  it('a line stuck to a number answer is refused, and the message shows the line break as a space', async () => {
    const result = await scoreSaving(['-c', FREELANCER], `${formLines(['pays_upfront=yes', 'deposit_percent=35', 'revisions=2'])}\nThanks, Jo\n`);
    expectRefused(result, /^clientfit: <stdin>: the answer to "revisions" cannot be read: expected a number \(got "2 Thanks, Jo"\)\.$/mu);
    expect(result.stderr).not.toMatch(/2\nThanks/u);
  });

  it('a signature line shaped like a field ("mobile=+1 555") is the mail app\'s text, not an answer nor a reason to refuse', async () => {
    const result = await scoreSaving(['-c', FREELANCER, '--format', 'json'], `${formLines(['pays_upfront=yes', 'deposit_percent=35', 'revisions=2'])}\n\n-- \nBob Smith\nmobile=+1 555\n`);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as { answers: Record<string, unknown> }).answers).toMatchObject({ revisions: 2 });
    expect(result.stderr).toContain('"Bob Smith mobile=+1 555"');
  });

  it('a U+2028 inside an answer keeps its line a field (whose answer then reads or not), not text of the answer above', async () => {
    const found = findReply(formLines(['deposit_percent=35', 'pays_upfront=yes\u2028x', 'revisions=2']));
    expect(found.ok && found.reply.answers).toEqual({ deposit_percent: '35', pays_upfront: 'yes\u2028x', revisions: '2' });
  });

  it('8 MB of ">" (a mail quote mark) is read as text, not a stack overflow', () => {
    expect(findReply('>'.repeat(8_388_600))).toEqual({ ok: false, problem: { code: 'reply-not-found' } });
  });

  describe('a text answer (its textarea posts its line breaks as they are)', () => {
    // agency.yaml with its notes asked on the form: a text question last.
    const home = tempDir();
    const file = join(home, 'agency-notes.yaml');
    writeFileSync(file, readFileSync(join(ROOT, 'criteria', 'agency.yaml'), 'utf8').replace('    type: text\n', '    ask:\n      prospect: "Anything else we should know?"\n    type: text\n'));
    const loaded = loadCriteria(readFileSync(file, 'utf8'));
    if (!loaded.ok) throw new Error('agency-notes.yaml does not load');
    const asked = formQuestions(loaded.criteria);
    const before = ['budget=12 500', 'decision_maker=yes', 'payment_terms=net_14', 'revisions=?', 'clear_scope=no'];
    const lines = (fields: readonly string[]): string =>
      formLines(
        fields,
        asked.map((question) => question.id),
        formFingerprint(asked),
      );

    it('last, with a blank line and a signature under it: read up to the blank line, and the notice quotes the rest and how to give it whole', async () => {
      const input = `${lines([...before, 'notes=We need a shop', 'with a blog, ASAP'])}\n\nThanks, Jo\nSent from my iPhone\n`;
      const result = await scoreSaving(['-c', file, '--format', 'json'], input);
      expect(result.code).toBe(0);
      expect((JSON.parse(result.stdout) as { answers: Record<string, unknown> }).answers.notes).toBe('We need a shop\nwith a blog, ASAP');
      expect(result.stderr).toContain(
        '<stdin>:14: the answer to "notes" is read up to the blank line above; what follows is left out as the mail app\'s own text (most often a signature): "Thanks, Jo Sent from my iPhone". If it belongs to the answer, give the whole answer with --set notes="…".',
      );
    });

    it('with a blank line inside, followed by more of the form: the whole text, blank line kept', async () => {
      const input = `${lines([...before, 'notes=First paragraph.', '', 'Second paragraph, for free.', 'notes=?'])}\n`;
      const result = await scoreSaving(['-c', file, '--format', 'json'], input);
      expect(result.code).toBe(0);
      expect((JSON.parse(result.stdout) as { answers: Record<string, unknown> }).answers.notes).toBe('First paragraph.\n\nSecond paragraph, for free.');
      expect(result.stderr).not.toContain('left out');
    });
  });
});

describe('a reply made from another list of questions', () => {
  it("answering none of the criteria file's questions is refused, naming the file, exit 1, nothing saved", async () => {
    const result = await scoreSaving(['-c', TUTOR], `${HEAD}${NEW}\n`);
    expectRefused(
      result,
      /^clientfit: <stdin>: the reply was made from another list of questions: it answers none of the questions of .*criteria\/tutor\.yaml\. Score it with the criteria file the form was made from \(-c FILE\)\.$/mu,
    );
  });

  it('answering some of them is still read, with the notes', async () => {
    const agency = join(ROOT, 'criteria', 'agency.yaml');
    const result = await scoreSaving(['-c', agency], `${HEAD}${NEW}\n`);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Read 1 answer from <stdin> (Acme Ltd).');
    expect(result.stderr).toContain('The form was made from another list of questions');
    expect(result.stderr).toContain('Left out (no longer a question, or no longer one of its options): pays_upfront, deposit_percent.');
  });
});

describe("control characters in the prospect's name", () => {
  const block = encodeReply(reply({ pays_upfront: 'yes' }, 'Acme\u001b]0;pwned\u0007 Ltd'));

  it.each([
    ['en', "<stdin>: the prospect's name holds control characters (terminal escape sequences): refused."],
    ['ru', '<stdin>: в имени клиента есть управляющие символы (escape-последовательности терминала): ответ не принят.'],
  ])('are refused in words, not the field id (%s)', async (lang, message) => {
    const result = await scoreSaving(['--lang', lang, '-c', FREELANCER], `${HEAD}${block}\n`);
    expectRefused(result, new RegExp(message.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'), 'u'));
    expect(result.stderr).not.toContain('clientfit-name');
    expect(result.stderr).not.toContain('\u001b');
  });
});

// No clock here (speed is the benchmark's): the old /-{3,}BEGIN/ search took 36 s on 300 KB of
// dashes and grew with the square of the run, so these 600 KB would outlast the test's timeout.
it('a long run of dashes is searched for markers without backtracking', () => {
  expect(findReply(`${'-'.repeat(300_000)}\n`)).toEqual({ ok: false, problem: { code: 'reply-not-found' } });
  expect(findReply(`${'-'.repeat(300_000)}BEGIN CLIENTFIT REPLY${'-'.repeat(300_000)}`)).toEqual({ ok: false, problem: { code: 'reply-cut-off', line: 1 } });
});

// A checksum the reader recomputes: the fixture's blocks are real ones, not hand-made text.
it('the fixtures are real blocks', () => {
  const body = NEW.split('\n').slice(1, -1).join('');
  expect(fnv1a(body.split('.')[0]!)).toBe(body.split('.')[1]);
});
