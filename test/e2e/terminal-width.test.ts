/**
 * What a person reads fits the terminal: every command's text output (standard output on a
 * terminal, and the messages on standard error) in every language, at 60, 80 and 100 columns,
 * has no line wider than the terminal, so nothing is cut by the terminal inside a word. Lines
 * are wrapped at word boundaries; a word wider than a line (a long path, a command) keeps a line
 * of its own, and is allowed to be wider only then.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages.js';
import { textWidth } from '../../src/render/table.js';
import { FIXTURES, MemoryOutput, ROOT, run, tempDir } from '../helpers/main.js';

const LEADS = [
  'name,pays_upfront,deposit_percent,conflict_style,polite,respects_time,revisions,notes,outcome',
  'Anna Schmidt Designstudio,yes,50,negotiates,yes,yes,2,,good',
  'Boris,no,,scandal,no,no,5,wants a discount and everything for free,bad',
  'Cleo,?,,,yes,,,,',
  'Dora,yes,50,negotiates,yes,yes,3,,bad',
  'Fay,yes,fifty,negotiates,yes,yes,1,,maybe',
].join('\n');

/** A line wider than the terminal is allowed only as a single word that cannot be broken (a path). */
function tooWide(text: string, columns: number): string[] {
  return text
    .split('\n')
    .filter((line) => textWidth(line) > columns)
    .filter((line) => line.trim().includes(' '));
}

describe.each(LANGUAGES)('%s: no line wider than the terminal', (lang) => {
  const template = join(ROOT, 'criteria', lang === 'en' ? 'freelancer.yaml' : `freelancer-${lang}.yaml`);

  it.each([60, 80, 100])('at %i columns: score, resume, history, outcome, check, init, batch, calibrate, help', async (columns) => {
    const dir = tempDir();
    const home = tempDir();
    const journal = join(home, 'journal.jsonl');
    writeFileSync(join(dir, 'leads.csv'), `${LEADS}\n`);
    copyFileSync(join(FIXTURES, 'batch', 'criteria.yaml'), join(dir, 'batch.yaml'));
    const terminal = async (args: readonly string[]): Promise<string> => {
      const [stdout, stderr] = [new MemoryOutput(), new MemoryOutput()];
      for (const stream of [stdout, stderr]) Object.assign(stream, { isTTY: true, columns });
      const result = await run(['--lang', lang, ...args], { cwd: dir, stdout, stderr, env: { HOME: home, COLUMNS: String(columns) } });
      return `${stdout.text()}\n${result.err}`;
    };
    const name = 'Иван Георгиев ЕООД, Studio for Web Design & Development';
    const outputs = {
      reject: await terminal([
        'score',
        '-c',
        template,
        '--no-input',
        '--name',
        name,
        '--set',
        'pays_upfront=no',
        '--set',
        'conflict_style=scandal',
        '--set',
        'revisions=5',
        '--journal',
        journal,
        '--save',
      ]),
      review: await terminal([
        'score',
        '-c',
        template,
        '--no-input',
        '--name',
        'Blue Fox',
        '--set',
        'pays_upfront=?',
        '--set',
        'conflict_style=negotiates',
        '--set',
        'polite=yes',
        '--journal',
        journal,
        '--save',
      ]),
      resume: await terminal([
        'score',
        '-c',
        template,
        '--no-input',
        '--resume',
        'Blue Fox',
        '--set',
        'pays_upfront=yes',
        '--set',
        'deposit_percent=50',
        '--set',
        'respects_time=yes',
        '--set',
        'revisions=2',
        '--set',
        'notes=',
        '--journal',
        journal,
        '--save',
      ]),
      history: await terminal(['history', '--journal', journal]),
      thread: await terminal(['history', 'Blue Fox', '--journal', journal]),
      outcome: await terminal(['outcome', 'Blue Fox', 'good', '--note', 'paid on time, a pleasure to work with', '--journal', journal]),
      replaced: await terminal(['outcome', 'Blue Fox', 'bad', '--note', 'paid six weeks late', '--journal', journal]),
      check: await terminal(['check', '-c', template]),
      init: await terminal(['init']),
      initList: await terminal(['init', '--list']),
      batch: await terminal(['batch', 'leads.csv', '-c', 'batch.yaml', '--format', 'table', '--allow-missing']),
      calibrate: await terminal(['calibrate', 'leads.csv', '-c', 'batch.yaml', '--outcome', 'outcome', '--allow-missing']),
      help: await terminal(['--help']),
    };
    const wide = Object.entries(outputs).flatMap(([command, text]) => tooWide(text, columns).map((line) => `${command}: ${line}`));
    expect(wide).toEqual([]);
  });
});

/**
 * Into a pipe or a file the width is $COLUMNS (README, "Without prompts"): score's report, the
 * verdict banner with a must-have's question and a long name included, fits it in every language.
 * The message draft is left out here: into a pipe it keeps one line per paragraph, ready to paste.
 */
describe.each(LANGUAGES)('%s: score into a pipe fits $COLUMNS', (lang) => {
  const template = join(ROOT, 'criteria', lang === 'en' ? 'freelancer.yaml' : `freelancer-${lang}.yaml`);

  it.each([60, 80])('at %i columns: a reject, a review and its follow-up', async (columns) => {
    const home = tempDir();
    const journal = join(home, 'journal.jsonl');
    const pipe = async (args: readonly string[]): Promise<string> => {
      const result = await run(['--lang', lang, 'score', '-c', template, '--no-input', '--no-message', '--journal', journal, ...args], { env: { HOME: home, COLUMNS: String(columns) } });
      expect(result.code).toBe(0);
      return result.out;
    };
    const name = 'Иван Георгиев ЕООД, Studio for Web Design & Development';
    const outputs = {
      reject: await pipe(['--name', name, '--set', 'pays_upfront=no', '--set', 'conflict_style=scandal', '--set', 'revisions=5']),
      review: await pipe(['--name', name, '--set', 'pays_upfront=?', '--set', 'conflict_style=negotiates', '--set', 'polite=yes', '--save']),
      resume: await pipe(['--resume', 'Иван', '--set', 'pays_upfront=yes', '--set', 'deposit_percent=50', '--set', 'respects_time=yes', '--set', 'revisions=2']),
    };
    const wide = Object.entries(outputs).flatMap(([command, text]) => tooWide(text, columns).map((line) => `${command}: ${line}`));
    expect(wide).toEqual([]);
  });
});

/** batch --format table is data: into a pipe nothing is cut at $COLUMNS (README, "Writing"). */
it('batch --format table into a pipe keeps every cell whole, whatever $COLUMNS says', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'leads.csv'), `${LEADS}\n`);
  copyFileSync(join(FIXTURES, 'batch', 'criteria.yaml'), join(dir, 'batch.yaml'));
  const result = await run(['batch', 'leads.csv', '-c', 'batch.yaml', '--format', 'table', '--allow-missing'], { cwd: dir, env: { HOME: tempDir(), COLUMNS: '60' } });
  expect(result.code).toBe(0);
  expect(result.out).not.toContain('…');
  expect(result.out).toMatch(/ Anna Schmidt Designstudio /u);
  expect(Math.max(...result.out.split('\n').map(textWidth))).toBeGreaterThan(60);
});
