/**
 * At 80 columns: help under a question indented with it and wrapped, message drafts and
 * notices wrapped at word boundaries on a terminal, and criterion ids instead of questions
 * cut too short in the result table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { askAnswers, type Prompts } from '../../src/cli/commands/score/ask.js';
import { runScore, wrapDraft } from '../../src/cli/commands/score/run.js';
import { loadCriteria } from '../../src/core/load.js';
import { createScorer } from '../../src/core/score.js';
import { bg } from '../../src/i18n/bg/index.js';
import { bs } from '../../src/i18n/bs/index.js';
import { el } from '../../src/i18n/el/index.js';
import { en } from '../../src/i18n/en/index.js';
import { LANGUAGES } from '../../src/i18n/languages.js';
import { ru } from '../../src/i18n/ru/index.js';
import { MIN_QUESTION_WIDTH, renderResult } from '../../src/render/result.js';
import { createStyle } from '../../src/render/style.js';
import { textWidth } from '../../src/render/table.js';
import { FIXTURES, ROOT, tempDir } from '../helpers/cli.js';
import { run as runMain } from '../helpers/main.js';
import { memoryIO } from '../helpers/memory-io.js';
import { ENGLISH } from '../../src/i18n/index.js';

const CATALOGS = { en, ru, bg, el, bs };

const LONG = `version: 1
thresholds: { accept: 70, review: 40 }
criteria:
  - id: pays_upfront
    question: Will they pay a deposit of at least a third of the fee before any work at all starts on the project?
    help: Only money that is actually in your account before you start counts here; promises, purchase orders and invoices sent do not count.
    type: yes-no
    must: true
    client_reason: I start work once the deposit is paid, which keeps both of us committed to the schedule we agreed on together
  - id: respects_time
    question: Do they respect your time, showing up to calls on time and replying within the agreed time?
    type: yes-no
`;

function longCriteria() {
  const loaded = loadCriteria(LONG);
  if (!loaded.ok) throw new Error('fixture');
  return loaded.criteria;
}

describe('help text under a question', () => {
  it('is indented with the question and wrapped to the terminal at word boundaries', async () => {
    const shown: string[] = [];
    const prompts = {
      async select(config: { message: string; theme?: { style: { message: (text: string, status: 'idle') => string } }; choices: { value: unknown }[] }) {
        shown.push(config.theme!.style.message(config.message, 'idle'));
        return config.choices[0]!.value;
      },
    } as unknown as Prompts;
    const output = { write: () => true } as unknown as NodeJS.WritableStream;
    await askAnswers(ENGLISH, createScorer(longCriteria()), {}, { prompts, context: { input: process.stdin, output: output as never }, style: createStyle(0), askName: false, columns: 80 });
    const lines = shown[0]!.split('\n');
    // "? " precedes the first line on screen
    expect(2 + textWidth(lines[0]!)).toBeLessThan(80);
    for (const line of lines.slice(1)) {
      expect(line).toMatch(/^ {2}\S/u);
      expect(textWidth(line)).toBeLessThan(80);
    }
    expect(lines.join(' ').replace(/\s+/gu, ' ')).toContain('Only money that is actually in your account before you start counts here; promises, purchase orders and invoices sent do not count.');
  });
});

describe('the message draft and notices', () => {
  it('wraps paragraphs and list items at word boundaries', () => {
    const text =
      'Hello,\n\nThank you for getting in touch about your project, which sounds interesting and well thought out to me.\n- At least 30% of the fee paid before work starts, the balance on delivery within fourteen days';
    const lines = wrapDraft(text, 40).split('\n');
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(40);
    expect(lines).toContain('- At least 30% of the fee paid before');
    expect(lines).toContain('  work starts, the balance on delivery');
    expect(lines.join(' ').replace(/\s+/gu, ' ')).toContain('well thought out to me.');
  });

  it('on a terminal the draft and "Saved to journal" fit 80 columns; into a pipe the draft keeps its lines', async () => {
    const dir = tempDir();
    const criteria = join(dir, 'long.yaml');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(criteria, LONG);
    const options = {
      criteria,
      input: false,
      format: 'text' as const,
      message: true,
      set: ['pays_upfront=no', 'respects_time=yes'],
      save: true,
      journal: join(dir, 'a-rather-long-folder-name-for-the-journal', 'decisions-of-this-year.jsonl'),
      name: 'Acme Ltd',
    };
    const tty = memoryIO({ cwd: dir });
    Object.assign(tty.io.stdout, { isTTY: true, columns: 80 });
    Object.assign(tty.io.stderr, { isTTY: true, columns: 80 });
    await runScore(tty.io, options);
    const draft = tty.stdout().slice(tty.stdout().indexOf('Message draft'));
    expect(draft).toContain('I start work once the deposit is paid');
    for (const line of draft.split('\n')) expect(textWidth(line)).toBeLessThanOrEqual(80);
    const saved = tty.stderr().slice(tty.stderr().indexOf('Saved to journal'));
    expect(saved.trimEnd().split('\n').length).toBeGreaterThan(1);
    for (const line of saved.split('\n')) expect(textWidth(line)).toBeLessThanOrEqual(80);
    const pipe = memoryIO({ cwd: dir });
    await runScore(pipe.io, options);
    expect(pipe.stdout()).toMatch(/I start work once the deposit is paid, which keeps both of us committed to the schedule we agreed on together/u);
    expect(pipe.stderr()).toMatch(/Saved to journal \S+ \(decision \S+\)\.\n/u);
  });
});

describe('the result table at 80 columns', () => {
  const criteria = longCriteria();
  const result = createScorer(criteria).scoreAnswers({ pays_upfront: 'yes', respects_time: 'no' });
  const view = { criteria, result, terms: [], message: null, style: createStyle(0) };

  it('shows ids when the questions would be cut to fewer than 30 columns', () => {
    const lines = renderResult(ENGLISH, { ...view, columns: 60 }).map(stripVTControlCharacters);
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}status +criterion +answer +points/u));
    expect(lines).toContainEqual(expect.stringMatching(/✓ pass +pays_upfront +yes/u));
    expect(lines.join('\n')).not.toContain('…');
  });

  it('keeps the questions when there is room for 30 columns of them, and --ids asks for ids anyway', () => {
    const wide = renderResult(ENGLISH, { ...view, columns: 80 }).map(stripVTControlCharacters);
    expect(wide).toContainEqual(expect.stringMatching(/✓ pass +Will they pay a deposit/u));
    const ids = renderResult(ENGLISH, { ...view, columns: 80, questions: 'ids' }).map(stripVTControlCharacters);
    expect(ids).toContainEqual(expect.stringMatching(/✗ fail +respects_time +no/u));
    const text = renderResult(ENGLISH, { ...view, columns: 60, questions: 'text' }).map(stripVTControlCharacters);
    expect(text).toContainEqual(expect.stringMatching(/✓ pass +Will they/u));
  });

  it('score --ids', async () => {
    const memory = memoryIO({ cwd: tempDir() });
    await runScore(memory.io, { criteria: join(FIXTURES, 'score', 'criteria.yaml'), input: false, format: 'text', message: false, set: ['polite=yes'], ids: true });
    expect(memory.stdout()).toMatch(/✓ pass +polite +yes/u);
  });

  it('the fixture questions fit at 80 columns as they are', () => {
    const loaded = loadCriteria(readFileSync(join(FIXTURES, 'score', 'criteria.yaml'), 'utf8'));
    if (!loaded.ok) throw new Error('fixture');
    const lines = renderResult(ENGLISH, { criteria: loaded.criteria, result: createScorer(loaded.criteria).scoreAnswers({}), terms: [], message: null, style: createStyle(0), columns: 80 });
    expect(lines.join('\n')).toContain('question');
  });
});

/**
 * The rule as the README gives it, in every language and template: a question column cut to
 * fewer than 30 columns names criteria by id instead. Russian and Bulgarian headers and marks
 * («обязательно», „задължително“) are wider than English: the room is counted in the run's words.
 */
describe.each(LANGUAGES)('the result table in %s at 60, 80 and 100 columns', (lang) => {
  const template = join(ROOT, 'criteria', lang === 'en' ? 'freelancer.yaml' : `freelancer-${lang}.yaml`);
  // Failed rows, and (pays_upfront=no) an n/a row: the widest marks there are («– не се отнася», 14 columns).
  const sets: Record<string, readonly string[]> = {
    failed: ['pays_upfront=yes', 'deposit_percent=20', 'conflict_style=silent', 'polite=yes', 'respects_time=no', 'revisions=3', 'notes=wants everything yesterday and a discount'],
    'n/a': ['pays_upfront=no', 'deposit_percent=20', 'conflict_style=silent', 'polite=yes', 'respects_time=no', 'revisions=3', 'notes=?'],
  };
  const ids = ['pays_upfront', 'deposit_percent', 'conflict_style', 'polite', 'respects_time', 'revisions', 'notes'];

  it.each([60, 80, 100].flatMap((columns) => Object.keys(sets).map((set) => [columns, set] as const)))(
    'at %i columns (%s): questions at least 30 columns wide, or every id whole, and no table line wider',
    async (columns, set) => {
      const answers = sets[set]!;
      const result = await runMain(['--lang', lang, 'score', '-c', template, '--no-input', '--no-message', ...answers.flatMap((answer) => ['--set', answer])], { env: { COLUMNS: String(columns) } });
      expect(result.code).toBe(0);
      const t = CATALOGS[lang].result.table;
      const lines = result.out.split('\n');
      const header = lines.find((line) => line.startsWith(`  ${t.status} `))!;
      expect(header).toBeDefined();
      const names = header.includes(` ${t.question} `) ? t.question : t.criterion;
      const width = textWidth(header.slice(0, header.indexOf(` ${t.answer} `) + 1)) - textWidth(header.slice(0, header.indexOf(` ${names} `) + 1)) - 2;
      if (names === t.question) expect(width).toBeGreaterThanOrEqual(MIN_QUESTION_WIDTH);
      const table = lines.slice(lines.indexOf(header), lines.indexOf('', lines.indexOf(header)));
      // Ids tell the rows apart: whole in every language (the answers give way), «обязательно» and all.
      if (names === t.criterion) for (const id of ids) expect(table.some((line) => line.includes(` ${id} `))).toBe(true);
      for (const line of table) expect(textWidth(line)).toBeLessThanOrEqual(columns);
    },
  );
});
