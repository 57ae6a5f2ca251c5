/**
 * Human output names criteria and options the way the interview shows them, in every language:
 * check's "passes when" lists options by label and `when` answers in words, a follow-up and a
 * history thread name answers by question and a choice by its label. Machine output (check and
 * history JSON, the journal) keeps ids and option values.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages.js';
import { ROOT, run, tempDir } from '../helpers/main.js';

const VALUES = /\b(negotiates|silent|scandal)\b/u;
const YES = { en: 'yes', ru: 'да', bg: 'да', el: 'ναι', bs: 'da' } as const;

describe.each(LANGUAGES)('no raw ids or option values in %s', (lang) => {
  const template = join(ROOT, 'criteria', lang === 'en' ? 'freelancer.yaml' : `freelancer-${lang}.yaml`);

  it('check: options by label, `when` answers in words; JSON keeps the values', async () => {
    const text = await run(['--lang', lang, 'check', '-c', template]);
    expect(text.code).toBe(0);
    expect(text.out).not.toMatch(VALUES);
    expect(text.out).toMatch(new RegExp(`pays_upfront: ${YES[lang]}(?!\\p{L})`, 'u'));
    const json = JSON.parse((await run(['--lang', lang, 'check', '-c', template, '--format', 'json'])).out) as { criteria: { id: string; passes: string }[] };
    expect(json.criteria.find((criterion) => criterion.id === 'conflict_style')!.passes).toBe('negotiates 20, silent 10; fails: scandal');
  });

  it('a follow-up and history: answers by question, a choice by its label; the JSON by id and value', async () => {
    const home = tempDir();
    const journal = join(home, 'journal.jsonl');
    const common = ['--lang', lang, 'score', '-c', template, '--no-input', '--no-message', '--journal', journal, '--save'];
    expect((await run([...common, '--name', 'Acme', '--set', 'pays_upfront=yes', '--set', 'conflict_style=silent'], { env: { HOME: home } })).code).toBe(0);
    const resumed = await run([...common, '--resume', 'Acme', '--set', 'conflict_style=negotiates', '--set', 'polite=yes'], { env: { HOME: home } });
    expect(resumed.code).toBe(0);
    const history = await run(['--lang', lang, 'history', 'Acme', '--journal', journal], { env: { HOME: home, COLUMNS: '120' } });
    expect(history.code).toBe(0);
    // the before/after block (the result table after it names criteria by id when questions would be cut short, as the README says)
    const block = resumed.out.slice(0, resumed.out.indexOf('\n\n'));
    for (const out of [block, history.out]) {
      expect(out).not.toMatch(VALUES);
      expect(out).not.toMatch(/\b(conflict_style|pays_upfront|polite)\b/u);
    }
    const json = JSON.parse((await run(['--lang', lang, 'history', 'Acme', '--journal', journal, '--format', 'json'], { env: { HOME: home } })).out) as { answers: Record<string, unknown> }[];
    expect(json.at(-1)!.answers).toMatchObject({ conflict_style: 'negotiates', polite: true });
  });
});
