/** `clientfit form` without a browser: what it writes, its follow-up form, and what it refuses. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formFingerprint, formQuestions } from '../../src/core/form.js';
import { loadCriteria } from '../../src/core/load.js';
import { encodeReply } from '../../src/core/reply.js';
import { ROOT, run, tempDir } from '../helpers/main.js';

const FREELANCER = join(ROOT, 'criteria', 'freelancer.yaml');

describe('clientfit form', () => {
  it('--resume asks only the questions still open for that prospect, addressed to them, and the reply continues the thread', async () => {
    const home = tempDir();
    const journal = join(home, 'journal.jsonl');
    const first = await run(['score', '-c', FREELANCER, '--set', 'pays_upfront=yes', '--set', 'polite=yes', '--name', 'Acme Ltd', '--no-input', '--save', '--journal', journal]);
    expect(first.code).toBe(0);
    const id = (JSON.parse(readFileSync(journal, 'utf8').trim()) as { id: string }).id;
    const file = join(home, 'follow-up.html');
    const made = await run(['form', '-c', FREELANCER, '--resume', 'Acme Ltd', '--journal', journal, '-o', file]);
    expect(made.code).toBe(0);
    expect(made.stderr).toContain('2 questions in English');
    const html = readFileSync(file, 'utf8');
    expect(html).not.toContain('name="pays_upfront"');
    expect(html).toContain('name="deposit_percent"');
    expect(html).toContain('name="revisions"');
    expect(html).toContain('value="Acme Ltd"');
    expect(html).toContain(`name="clientfit-resume" value="${id}"`);

    // The prospect's reply to it continues the thread, as --resume does.
    const loaded = loadCriteria(readFileSync(FREELANCER, 'utf8'));
    if (!loaded.ok) throw new Error('freelancer.yaml does not load');
    const asked = formQuestions(loaded.criteria, new Set(['deposit_percent', 'revisions']));
    const block = encodeReply({
      questions: asked.map((question) => question.id),
      fingerprint: formFingerprint(asked),
      decimal: 'point',
      answers: { deposit_percent: '40', revisions: '2' },
      name: 'Acme Ltd',
      resume: id,
    });
    const scored = await run(['score', '-c', FREELANCER, '--reply', '-', '--no-input', '--save', '--journal', journal], { input: block });
    expect(scored.code).toBe(0);
    expect(scored.stderr).toContain(`continuing ${id}`);
    const history = await run(['history', 'Acme Ltd', '--journal', journal]);
    expect(history.stdout).toContain(`continues ${id}`);
    // history names each answer by its question (cut to the column), and marks what the reply gave.
    expect(history.stdout).toMatch(/What share of the fee will they p… +40 +was \? +from the prospect's form reply\n/u);
    expect(history.stdout).toMatch(/Will they pay a deposit before wo… +yes\n/u);
  });

  it('refuses a list with no question for the prospect (exit 2), and check lints a form: section without one', async () => {
    const dir = tempDir();
    const criteria = join(dir, 'criteria.yaml');
    writeFileSync(criteria, 'version: 1\nthresholds: { accept: 70, review: 40 }\nform: { intro: Hello }\ncriteria:\n  - { id: polite, question: Polite?, type: yes-no, points: 10 }\n');
    const made = await run(['form', '-c', criteria, '-o', join(dir, 'form.html')]);
    expect(made.code).toBe(2);
    expect(made.stderr).toContain('no question in');
    const checked = await run(['check', criteria]);
    expect(checked.stdout).toContain('the file has a form: section, but no criterion has a question for the prospect (ask:)');
  });

  it('check names an ask.options value that is not an option (exit 2)', async () => {
    const dir = tempDir();
    const criteria = join(dir, 'criteria.yaml');
    writeFileSync(
      criteria,
      'version: 1\nthresholds: { accept: 70, review: 40 }\ncriteria:\n  - id: terms\n    question: Terms?\n    type: choice\n    options: [{ value: net_30, points: 10 }]\n    ask: { prospect: Which terms?, options: { net_60: Sixty days } }\n',
    );
    const checked = await run(['check', criteria]);
    expect(checked.code).toBe(2);
    expect(checked.stderr).toContain('criteria[0].ask.options.net_60 "net_60" is not one of this criterion\'s options (net_30)');
  });

  it('writes the page to stdout when it is not a terminal, in --form-lang, with no network in its policy', async () => {
    const result = await run(['form', '-c', FREELANCER, '--form-lang', 'el']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^<!doctype html>\n<html lang="el">/u);
    expect(result.stdout).toContain("default-src 'none'");
    expect(result.stdout).toContain('Αποστολή με email');
    expect(result.stdout).not.toMatch(/<(?:img|link|iframe)\b|src="http|href="http/u);
  });

  it('offers the Russian answers for download under an ASCII file name, which mail clients and phones attach unmangled', async () => {
    const result = await run(['form', '-c', FREELANCER, '--form-lang', 'ru']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('download="otvety.txt"');
  });

  it('refuses an email address that would change the mailto: link (exit 2)', async () => {
    const result = await run(['form', '-c', FREELANCER, '--email', 'ana@example.com?bcc=x@evil.example']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--email');
    expect(result.stdout).toBe('');
  });
});
