/**
 * batch and calibrate in every language: the data (CSV, JSON Lines, JSON) is byte-identical,
 * what a person reads on stderr or in the text report is in the language (goldens).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages.js';
import { FIXTURES, run, tempDir } from '../helpers/main.js';

const CRITERIA = join(FIXTURES, 'batch', 'criteria.yaml');

/** One run per language, one after another: the language is the process's for a run. */
async function inEachLanguage(args: readonly string[], cwd: string) {
  const results = [];
  for (const lang of LANGUAGES) results.push(await run(['--lang', lang, ...args], { cwd }));
  return results;
}
const LEADS = [
  'name,pays_upfront,deposit_percent,conflict_style,polite,revisions,notes,outcome',
  'Anna,yes,50,negotiates,yes,2,,good',
  'Boris,no,,scandal,no,5,,bad',
  'Cleo,?,,,yes,,,',
  '',
  'Dora,yes,50,negotiates,yes,3,,bad',
  'Emil,yes,50,negotiates,no,4,,good',
  'Fay,yes,fifty,negotiates,yes,1,,maybe',
  'Gus,yes,50',
  'Hana,yes,50,negotiates,yes,1,,good,extra',
].join('\n');

function leadsDir(): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'leads.csv'), `${LEADS}\n`);
  return dir;
}

describe('batch in five languages', () => {
  it.each(['csv', 'jsonl', 'json'])('--format %s: stdout is byte-identical in every language', async (format) => {
    const dir = leadsDir();
    const outputs = await inEachLanguage(['batch', 'leads.csv', '-c', CRITERIA, '--format', format], dir);
    for (const result of outputs) {
      expect(result.code).toBe(0);
      expect(result.stdoutBytes.equals(outputs[0]!.stdoutBytes)).toBe(true);
    }
    // ... while the summary on stderr differs from English in every other language.
    for (const result of outputs.slice(1)) expect(result.stderr).not.toBe(outputs[0]!.stderr);
  });

  it('-o FILE writes the same bytes in every language', async () => {
    const files = [];
    for (const lang of LANGUAGES) {
      const dir = leadsDir();
      const result = await run(['--lang', lang, 'batch', 'leads.csv', '-c', CRITERIA, '-o', 'scored.csv', '--only', 'accept,review'], { cwd: dir });
      expect(result.code).toBe(0);
      files.push(readFileSync(join(dir, 'scored.csv')));
    }
    for (const file of files) expect(file.equals(files[0]!)).toBe(true);
  });

  it.each(LANGUAGES)('%s: the summary matches its golden', async (lang) => {
    const dir = leadsDir();
    const plain = await run(['--lang', lang, 'batch', 'leads.csv', '-c', CRITERIA], { cwd: dir });
    const kept = await run(['--lang', lang, 'batch', 'leads.csv', '-c', CRITERIA, '--only', 'accept', '-o', 'out.csv', '--output-encoding', 'utf-8-bom'], { cwd: dir });
    const text = [plain.stderr, kept.stderr].join('\n').replaceAll(CRITERIA, '<criteria>');
    await expect(text).toMatchFileSnapshot(`__snapshots__/batch-summary.${lang}.txt`);
  });
});

describe('calibrate in five languages', () => {
  it('--format json is byte-identical in every language (suggestions stay English)', async () => {
    const dir = leadsDir();
    const args = ['calibrate', 'leads.csv', '-c', CRITERIA, '--outcome', 'outcome', '--format', 'json', '--threshold', 'accept=75,review=45'];
    const outputs = await inEachLanguage(args, dir);
    for (const result of outputs) {
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(outputs[0]!.stdout);
    }
    expect(JSON.parse(outputs[0]!.stdout).suggestions.length).toBeGreaterThan(0);
  });

  it.each(LANGUAGES)('%s: the text report matches its golden', async (lang) => {
    const dir = leadsDir();
    const report = await run(['--lang', lang, 'calibrate', 'leads.csv', '-c', CRITERIA, '--outcome', 'outcome'], { cwd: dir });
    const whatIf = await run(['--lang', lang, 'calibrate', 'leads.csv', '-c', CRITERIA, '--threshold', 'accept=75,review=45', '--drop', 'polite'], { cwd: dir });
    expect(report.code).toBe(0);
    expect(whatIf.code).toBe(0);
    const text = [report.stdout, report.stderr, whatIf.stdout].join('\n').replaceAll(CRITERIA, '<criteria>');
    await expect(text).toMatchFileSnapshot(`__snapshots__/calibrate-report.${lang}.txt`);
  });
});
