/**
 * The language is a run's, not the process's: two in-process runs in different languages at
 * the same time each speak only their own (main() chooses the words once and passes them).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, run, tempDir } from '../helpers/main.js';

const CRITERIA = join(FIXTURES, 'batch', 'criteria.yaml');
const LEADS = [
  'name,pays_upfront,deposit_percent,conflict_style,polite,revisions,notes,outcome',
  'Anna,yes,50,negotiates,yes,2,,good',
  'Boris,no,,scandal,no,5,,bad',
  'Fay,yes,fifty,negotiates,yes,1,,maybe',
  'Gus,yes,50',
].join('\n');
const CYRILLIC = /\p{Script=Cyrillic}/u;
const GREEK = /\p{Script=Greek}/u;

describe('two runs in different languages at once', () => {
  it.each([
    ['batch', ['batch', 'leads.csv', '-c', CRITERIA, '--format', 'table']],
    ['calibrate', ['calibrate', 'leads.csv', '-c', CRITERIA, '--outcome', 'outcome']],
    ['check', ['check', CRITERIA]],
  ])('%s in English and in Russian (and Greek) together: each output is the one it gives alone', async (_, args) => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'leads.csv'), `${LEADS}\n`);
    const alone = [];
    for (const lang of ['en', 'ru', 'el']) alone.push(await run(['--lang', lang, ...args], { cwd }));
    // Each run reads files and writes (awaits) while the others do: they interleave.
    const together = await Promise.all(['en', 'ru', 'el', 'en', 'ru'].map((lang) => run(['--lang', lang, ...args], { cwd })));
    const [en, ru, el] = alone as [(typeof alone)[0], (typeof alone)[0], (typeof alone)[0]];
    expect(CYRILLIC.test(ru.err + ru.out)).toBe(true);
    expect(GREEK.test(el.err + el.out)).toBe(true);
    // The languages' outputs differ, so equal to its own means no words of the others.
    expect(new Set([en.out + en.err, ru.out + ru.err, el.out + el.err]).size).toBe(3);
    for (const [result, own] of [
      [together[0]!, en],
      [together[1]!, ru],
      [together[2]!, el],
      [together[3]!, en],
      [together[4]!, ru],
    ] as const) {
      expect({ code: result.code, out: result.out, err: result.err }).toEqual({ code: own.code, out: own.out, err: own.err });
    }
  });
});
