import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, run, tempDir } from '../helpers/main.js';

const BROKEN = join(FIXTURES, 'criteria', 'broken');

/** Golden files: `npx vitest run -u` rewrites them; under CI=true a missing one fails the run. */
describe('check: broken criteria files report every problem with file:line:col (golden)', () => {
  const files = readdirSync(BROKEN)
    .filter((file) => file.endsWith('.yaml'))
    .sort();

  it.each(files)('%s', async (file) => {
    const result = await run(['check', file], { cwd: BROKEN });
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/u); // no stack trace
    await expect(result.err).toMatchFileSnapshot(join(BROKEN, file.replace(/\.yaml$/u, '.expected.txt')));
  });

  it('a `when` naming no earlier criterion stops score and batch too, not only check (it would never apply, silently)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'leads.csv'), 'pays_upfront,deposit_percent,brief,revisions\nyes,50,yes,2\n');
    const score = await run(['score', '-c', join(BROKEN, 'when-names.yaml'), '--set', 'pays_upfront=yes', '--set', 'deposit_percent=10', '--no-input'], { cwd: dir });
    const batch = await run(['batch', 'leads.csv', '-c', join(BROKEN, 'when-names.yaml')], { cwd: dir });
    for (const result of [score, batch]) {
      expect(result.code).toBe(2);
      expect(result.out).toBe('');
      expect(result.err).toContain('when-names.yaml:11:13: criteria[1].when.pays_upfont: "pays_upfont" is not a criterion (did you mean "pays_upfront"?)');
    }
  });

  it('--format json lists the problems on stdout, exit 2', async () => {
    const result = await run(['check', 'typo-key.yaml', '--format', 'json'], { cwd: BROKEN });
    expect(result.code).toBe(2);
    expect(JSON.parse(result.out)).toEqual({
      file: join(BROKEN, 'typo-key.yaml'),
      valid: false,
      problems: [{ line: 7, col: 5, message: 'criteria[0].pionts is not a known key (did you mean "points"?)', code: 'unknown-key', params: { path: 'criteria[0].pionts', suggestion: 'points' } }],
    });
  });

  it('--debug adds the stack trace under the message; without it there is none', async () => {
    const plain = await run(['check', 'missing.yaml'], { cwd: BROKEN });
    const debug = await run(['check', 'missing.yaml', '--debug'], { cwd: BROKEN });
    expect(plain.code).toBe(2);
    expect(debug.code).toBe(2);
    expect(plain.err).not.toMatch(/^\s+at /mu);
    expect(debug.err.startsWith(plain.err)).toBe(true);
    expect(debug.err.slice(plain.err.length)).toMatch(/^UserError: cannot read criteria file missing\.yaml[^\n]*\n\s+at /u);
  });
});

describe('check: valid files', () => {
  const templates = readdirSync(join(ROOT, 'criteria')).filter((file) => file.endsWith('.yaml'));

  it.each(templates)('shipped template %s is valid and lint-clean (--strict)', async (file) => {
    const result = await run(['check', join(ROOT, 'criteria', file), '--strict']);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toContain('No warnings');
  });

  it('the issue contract example loads as written', async () => {
    const result = await run(['check', join(FIXTURES, 'criteria', 'contract.yaml'), '--format', 'json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out);
    expect(report.criteria.map((criterion: { id: string; points: number; must: boolean }) => [criterion.id, criterion.points, criterion.must])).toEqual([
      ['pays_upfront', 30, true],
      ['deposit_percent', 15, false],
      ['conflict_style', 20, true],
      ['polite', 10, false],
      ['revisions', 10, false],
      ['notes', 5, false],
    ]);
    expect(report.sha256).toMatch(/^[0-9a-f]{64}$/u);
  });

  it('summarises the default criteria when no file is given (golden)', async () => {
    const result = await run(['check']);
    expect(result.code).toBe(0);
    await expect(result.out.replace(ROOT, '<root>/')).toMatchFileSnapshot(join(FIXTURES, 'check-default.txt'));
  });
});

describe('check: calibration lint', () => {
  const lint = async (yaml: string, ...args: string[]) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'clientfit.yaml'), yaml);
    return run(['check', ...args], { cwd: dir });
  };

  it('too picky: more than five must-haves and a must-have in effect, exit 1 with --strict', async () => {
    const musts = Array.from({ length: 6 }, (_, index) => `  - { id: m${index}, question: M${index}?, type: yes-no, must: true }`).join('\n');
    const result = await lint(`version: 1\nthresholds: { accept: 70, review: 40 }\ncriteria:\n${musts}\n  - { id: big, question: Big?, type: yes-no, points: 50 }\n`, '--strict');
    expect(result.code).toBe(1);
    expect(result.out).toContain('too picky: 6 must-haves (more than 5)');
    expect(result.out).toContain('too picky: "big" is a must-have in effect: failing it alone, with everything else passing, scores 55, below accept (70)');
  });

  it('warnings without --strict still exit 0', async () => {
    const result = await lint('version: 1\nthresholds: { accept: 0, review: 0 }\ncriteria:\n  - { id: a, question: A?, type: yes-no }\n');
    expect(result.code).toBe(0);
    expect(result.out).toContain('accepts everyone: the accept threshold is 0 and nothing is a must-have: every prospect is accepted');
  });

  it('accepts everyone: no must-have and criteria that cannot fail', async () => {
    const result = await lint(
      'version: 1\nthresholds: { accept: 70, review: 40 }\ncriteria:\n  - { id: notes, question: Notes?, type: text }\n  - { id: budget, question: Budget?, type: number }\n',
      '--format',
      'json',
    );
    expect(JSON.parse(result.out).warnings.map((warning: { code: string }) => warning.code)).toEqual(['accepts-everyone']);
  });

  it('review above accept, shared column alias', async () => {
    const result = await lint(
      `version: 1
thresholds: { accept: 50, review: 60, max_unknown: 0 }
criteria:
  - { id: a, question: A?, type: yes-no, must: true, points: 0 }
  - { id: b, question: B?, type: yes-no, points: 0, column: [Pays Upfront] }
  - { id: c, question: C?, type: yes-no, points: 0, column: pays_upfront }
`,
      '--format',
      'json',
    );
    expect(JSON.parse(result.out).warnings.map((warning: { code: string; message: string }) => `${warning.code}: ${warning.message}`)).toEqual([
      'review-above-accept: the review threshold (60) is above accept (50): review then only happens when a must-have is unknown',
      'shared-column: "b" and "c" both read the column "paysupfront": give each its own column name',
    ]);
  });
});

describe('criteria file resolution', () => {
  it('-c FILE, then ./clientfit.yaml, then the config dir, then the built-in default', async () => {
    const home = tempDir();
    const work = tempDir();
    const env = { HOME: home };
    let result = await run(['check'], { cwd: work, env });
    expect(result.out).toContain('Freelance projects');
    expect(result.out).toContain('the built-in default');

    expect((await run(['init', '--global', '--template', 'tutor'], { cwd: work, env })).code).toBe(0);
    expect(existsSync(join(home, '.config', 'clientfit', 'clientfit.yaml'))).toBe(true);
    result = await run(['check'], { cwd: work, env });
    expect(result.out).toContain(`Private tutoring (${join(home, '.config', 'clientfit', 'clientfit.yaml')})`);

    expect((await run(['init', '--template', 'agency'], { cwd: work, env })).code).toBe(0);
    result = await run(['check'], { cwd: work, env });
    expect(result.out).toContain('Agency projects (clientfit.yaml)');

    result = await run(['check', '-c', join(ROOT, 'criteria', 'freelancer-ru.yaml')], { cwd: work, env });
    expect(result.out).toContain('Фриланс-проекты');
  });

  it('a missing -c file is exit 2 with a hint', async () => {
    const result = await run(['check', '-c', 'nope.yaml']);
    expect(result.code).toBe(2);
    expect(result.err).toBe('clientfit: cannot read criteria file nope.yaml: no such file or directory\nCreate one with `clientfit init`, or pass another with -c FILE.\n');
  });
});

describe('check: the thresholds line', () => {
  it('names max_unknown when the list sets it, and only then', async () => {
    const dir = tempDir();
    const list = (extra: string): string =>
      `version: 1\nthresholds: { accept: 70, review: 40${extra} }\ncriteria:\n  - { id: a, question: A?, type: yes-no, points: 10 }\n  - { id: b, question: B?, type: yes-no, points: 10 }\n  - { id: c, question: C?, type: yes-no, points: 10 }\n`;
    writeFileSync(join(dir, 'capped.yaml'), list(', max_unknown: 1'));
    writeFileSync(join(dir, 'plain.yaml'), list(''));
    const capped = await run(['check', 'capped.yaml'], { cwd: dir });
    expect(capped.out).toContain('Thresholds: accept at 70+, review at 40+, reject below; at most review with more than 1 unknown\n');
    const plain = await run(['check', 'plain.yaml'], { cwd: dir });
    expect(plain.out).toContain('Thresholds: accept at 70+, review at 40+, reject below\n');
  });
});

// issue 26, item 9: `name: don't` opened a "quote" for the nesting guard, and 500,000 brackets
// after it reached yaml (2 s, 608 MB). On the built CLI: refused at once, at the bracket too deep.
describe('check: the nesting guard reads plain scalars as YAML does (built CLI)', () => {
  it('an apostrophe in a plain value does not hide deep flow nesting after it', async () => {
    const { run: spawnRun } = await import('../helpers/cli.js');
    const dir = tempDir();
    const brackets = 500_000;
    writeFileSync(join(dir, 'clientfit.yaml'), `version: 1\nname: don't\nthresholds: ${'['.repeat(brackets)}${']'.repeat(brackets)}\n`);
    const result = await spawnRun(['check'], { cwd: dir, env: { HOME: dir } });
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/clientfit\.yaml:3:113: nested more than 100 levels deep/u);
  });
});
