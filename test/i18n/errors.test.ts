/**
 * Errors in every language (goldens), and the leak test: no English phrase of the sections
 * this part of the interface owns (common program batch calibrate sql completion) shows up in
 * what a ru, bg, el or bs run prints.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en/index.js';
import { bg } from '../../src/i18n/bg/index.js';
import { bs } from '../../src/i18n/bs/index.js';
import { el } from '../../src/i18n/el/index.js';
import { ru } from '../../src/i18n/ru/index.js';
import { LANGUAGES } from '../../src/i18n/languages.js';
import { FIXTURES, run, tempDir } from '../helpers/main.js';
import { oleContainer, workbookParts, zipArchive } from '../workbook/xlsx.js';

const CRITERIA = join(FIXTURES, 'batch', 'criteria.yaml');
const HEADER = 'name,pays_upfront,deposit_percent,conflict_style,polite,revisions,notes,outcome';

function workDir(): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'leads.csv'), `${HEADER}\nAnna,yes,50,negotiates,yes,2,,good\nBoris,no,,scandal,no,5,,bad\n\nCleo,yes,fifty,negotiates,yes,1,,maybe\nDora,yes,50\n`);
  writeFileSync(join(dir, 'broken.csv'), `${HEADER}\nAnna,yes,50,negotiates,yes,2,"never closed\nBoris,no,,scandal,no,5,,bad\n`);
  writeFileSync(join(dir, 'nocolumns.csv'), 'name,city\nAnna,Sofia\n');
  writeFileSync(join(dir, 'protected.xlsx'), oleContainer());
  writeFileSync(join(dir, 'cut.xlsx'), zipArchive(workbookParts([{ name: 'Leads', rows: '' }])).subarray(0, 200));
  return dir;
}

const ERRORS: readonly (readonly string[])[] = [
  ['batch', 'missing.csv', '-c', CRITERIA],
  ['batch', 'broken.csv', '-c', CRITERIA],
  ['batch', 'nocolumns.csv', '-c', CRITERIA],
  ['batch', 'protected.xlsx', '-c', CRITERIA],
  ['batch', 'cut.xlsx', '-c', CRITERIA],
  ['batch', 'leads.csv', '-c', CRITERIA, '--encoding', 'klingon'],
  ['batch', 'leads.csv', '-c', CRITERIA, '--only', 'maybe'],
  ['calibrate', 'leads.csv', '-c', CRITERIA, '--threshold', 'accept=120'],
  ['calibrate', 'leads.csv', '-c', CRITERIA, '--drop', 'politee'],
  ['sql', '-c', CRITERIA],
];

describe('errors in each language', () => {
  it.each(LANGUAGES)('%s: clientfit: prefix, the file and line kept, the words translated (golden)', async (lang) => {
    const dir = workDir();
    const lines: string[] = [];
    for (const args of ERRORS) {
      const result = await run(['--lang', lang, ...args], { cwd: dir });
      expect(result.code === 1 || result.code === 2).toBe(true);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^clientfit: /u);
      lines.push(`$ clientfit ${args.join(' ')}  (exit ${result.code})\n${result.stderr}`);
    }
    const text = lines.join('\n').replaceAll(CRITERIA, '<criteria>');
    expect(text).toContain('broken.csv:2:');
    await expect(text).toMatchFileSnapshot(`__snapshots__/errors.${lang}.txt`);
  });
});

/** Every string of a section, nested objects and plural forms included. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

const OWNED = ['common', 'program', 'batch', 'calibrate', 'sql', 'completion'] as const;
const CATALOGS = { ru, bg, el, bs } as const;

/**
 * The English phrases to look for: each message cut at its placeholders, pieces longer than 12
 * characters with a word in them. A piece the language's own catalog also has (a command line,
 * a path, an encoding list) is no leak.
 */
function phrases(lang: keyof typeof CATALOGS): string[] {
  const own = OWNED.flatMap((section) => strings(CATALOGS[lang][section])).join('\n');
  const pieces = OWNED.flatMap((section) => strings(en[section]))
    .flatMap((message) => message.split(/\{[A-Za-z][A-Za-z0-9_]*\}/u))
    .map((piece) => piece.trim())
    .filter((piece) => piece.length > 12 && /[a-z]{3,} [a-z]{2,}/u.test(piece) && !own.includes(piece));
  return [...new Set(pieces)];
}

describe('no English of these sections in ru, bg, el, bs runs', () => {
  it.each(Object.keys(CATALOGS) as (keyof typeof CATALOGS)[])('%s', async (lang) => {
    const dir = workDir();
    const outputs: string[] = [];
    const say = async (args: readonly string[], stdout = true): Promise<void> => {
      const result = await run(['--lang', lang, ...args], { cwd: dir });
      outputs.push(result.err, ...(stdout ? [result.out] : []));
    };
    for (const command of [[], ['score'], ['batch'], ['calibrate'], ['sql'], ['history'], ['outcome'], ['init'], ['check'], ['completion']]) await say([...command, '--help']);
    await say(['batch', 'leads.csv', '-c', CRITERIA, '--format', 'table']);
    await say(['batch', 'leads.csv', '-c', CRITERIA, '--only', 'accept', '-o', 'out.csv']);
    await say(['calibrate', 'leads.csv', '-c', CRITERIA, '--outcome', 'outcome']);
    await say(['calibrate', 'leads.csv', '-c', CRITERIA, '--threshold', 'accept=75,review=45', '--drop', 'polite']);
    // The SQL statement is machine output (its comments quote the criteria); only what sql says on stderr counts.
    await say(['sql', '-c', CRITERIA, '--from', 'leads.csv'], false);
    for (const args of ERRORS) await say(args);
    for (const args of [['batch', '--stirct'], ['batch', '--format', 'xml'], ['outcome'], ['completion', 'tcsh'], ['batchh']]) await say(args);
    await say(['__complete', '--shell', 'fish', 'batch', '--']);
    const text = outputs.join('\n');
    const found = phrases(lang).filter((phrase) => text.includes(phrase));
    expect(found).toEqual([]);
    // The check looks for a good number of phrases (it cannot pass by finding none to look for).
    expect(phrases(lang).length).toBeGreaterThan(150);
  });
});
