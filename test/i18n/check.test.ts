/**
 * `check` speaks the interface language, with the same stable codes and exit codes in every
 * language, and its JSON is the same in all five (machine output is never translated).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages.js';
import { FIXTURES, run } from '../helpers/main.js';

const BROKEN = join(FIXTURES, 'criteria', 'broken');
/** Several problems of different kinds at once: a misspelt key, a type, a duplicate id, a bad when. */
const BAD = 'version: 1\nthresholds: { accept: 70, review: 140 }\ncriteria:\n  - { id: a, question: A?, type: yes-no, pionts: 5 }\n  - { id: a, question: B?, type: numbr }\n';

async function checkBad(args: readonly string[], env: Record<string, string> = {}) {
  const { tempDir } = await import('../helpers/main.js');
  const { writeFileSync } = await import('node:fs');
  const dir = tempDir();
  writeFileSync(join(dir, 'bad.yaml'), BAD);
  return run(['check', 'bad.yaml', ...args], { cwd: dir, env });
}

const codes = (text: string): string[] => [...text.matchAll(/ \[([a-z0-9-]+)\]$/gmu)].map((match) => match[1]!);

describe('check on a broken criteria file in other languages', () => {
  it('English: the messages as always, each with its code after it', async () => {
    const result = await checkBad([]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('bad.yaml:2:35: thresholds.review must be at most 100 (got 140) [too-big]');
    expect(result.err).toContain('bad.yaml:4:42: criteria[0].pionts is not a known key (did you mean "points"?) [unknown-key]');
    expect(result.err).toContain('bad.yaml:5:34: criteria[1].type must be one of yes-no, number, choice, text (got "numbr") [not-one-of-values]');
    expect(result.err).toMatch(/Found 3 problems in bad\.yaml\.\n$/u);
  });

  it('Russian from LANG: translated words, the same codes, the same exit code', async () => {
    const english = await checkBad([]);
    const russian = await checkBad([], { LANG: 'ru_RU.UTF-8' });
    expect(russian.code).toBe(2);
    expect(russian.out).toBe('');
    expect(codes(russian.err)).toEqual(codes(english.err));
    expect(codes(russian.err)).toEqual(['too-big', 'unknown-key', 'not-one-of-values']);
    expect(russian.err).toContain('bad.yaml:2:35: thresholds.review должно быть не больше 100 (а здесь 140) [too-big]');
    expect(russian.err).toContain('criteria[0].pionts: такого ключа нет (может быть, «points»?) [unknown-key]');
    expect(russian.err).toContain('В bad.yaml найдено 3 проблемы.');
    expect(russian.err).not.toContain('must be');
  });

  it('Greek from --lang: translated words, the same codes, the same exit code, no ; inside a sentence', async () => {
    const english = await checkBad([]);
    const greek = await checkBad(['--lang', 'el']);
    expect(greek.code).toBe(2);
    expect(codes(greek.err)).toEqual(codes(english.err));
    expect(greek.err).toContain('bad.yaml:2:35: το thresholds.review πρέπει να είναι το πολύ 100 (εδώ είναι 140) [too-big]');
    expect(greek.err).toContain('Βρέθηκαν 3 προβλήματα στο bad.yaml.');
    // A Greek ';' is a question mark: only the did-you-mean question may end with one.
    expect(greek.err.replace(/«points»;\)/u, '')).not.toContain(';');
  });

  it('a YAML problem and the excerpt under it, in Bulgarian and Bosnian', async () => {
    for (const [lang, words] of [
      ['bg', 'ключът „must“ се повтаря'],
      ['bs', 'ključ „must“ se ponavlja'],
    ] as const) {
      const result = await run(['check', 'duplicate-key.yaml', '--lang', lang], { cwd: BROKEN });
      expect(result.code).toBe(2);
      expect(result.err).toContain(words);
      expect(result.err).toMatch(/ \[duplicate-key\]\n/u);
      expect(result.err).toContain('    ^');
    }
  });

  it('check --format json is the same in all five languages, for a broken and a valid file', async () => {
    const broken = await Promise.all(LANGUAGES.map((lang) => checkBad(['--format', 'json', '--lang', lang])));
    const shape = (text: string) => JSON.parse(text.replace(/"file": "[^"]*"/u, '"file": ""'));
    for (const result of broken) {
      expect(result.code).toBe(2);
      expect(shape(result.out)).toEqual(shape(broken[0]!.out));
    }
    expect(shape(broken[0]!.out).problems[1]).toEqual({
      line: 4,
      col: 42,
      message: 'criteria[0].pionts is not a known key (did you mean "points"?)',
      code: 'unknown-key',
      params: { path: 'criteria[0].pionts', suggestion: 'points' },
    });
    const valid = await Promise.all(LANGUAGES.map((lang) => run(['check', join(FIXTURES, 'criteria', 'contract.yaml'), '--format', 'json', '--lang', lang])));
    for (const result of valid) {
      expect(result.code).toBe(0);
      expect(result.out).toBe(valid[0]!.out);
    }
  });
});

describe('check summary and warnings in other languages', () => {
  const PICKY =
    'version: 1\nthresholds: { accept: 90, review: 40 }\ncriteria:\n  - { id: a, question: A?, type: yes-no, points: 50 }\n  - { id: b, question: B?, type: number, min: 1500.5, points: 50 }\n';

  it('Russian: the summary, numbers written the Russian way, the warning with its code; JSON warnings stay English', async () => {
    const { tempDir } = await import('../helpers/main.js');
    const { writeFileSync } = await import('node:fs');
    const dir = tempDir();
    writeFileSync(join(dir, 'picky.yaml'), PICKY);
    const english = await run(['check', 'picky.yaml'], { cwd: dir });
    const russian = await run(['check', 'picky.yaml', '--lang', 'ru'], { cwd: dir });
    expect(english.code).toBe(0);
    expect(russian.code).toBe(0);
    expect(english.out).toContain('2 criteria, 0 must-haves, 100 points in all.');
    expect(english.out).toContain('at least 1500.5');
    expect(russian.out).toContain('2 критерия, 0 обязательных, всего 100 баллов.');
    expect(russian.out).toContain('не меньше 1500,5');
    expect(russian.out).toMatch(/слишком строго: «a» на деле обязательный: .* \[must-in-effect\]/u);
    const json = await run(['check', 'picky.yaml', '--format', 'json', '--lang', 'ru'], { cwd: dir });
    const report = JSON.parse(json.out);
    expect(report.criteria[1].passes).toBe('at least 1500.5');
    expect(report.warnings[0]).toMatchObject({ code: 'must-in-effect', kind: 'too picky', params: { id: 'a', score: 50, accept: 90 } });
    expect(report.warnings[0].message).toMatch(/^"a" is a must-have in effect/u);
  });
});
