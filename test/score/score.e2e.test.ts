/** `clientfit score` as a process: golden JSON, text report, exit codes, answers input errors. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, run, tempDir } from '../helpers/main.js';

const CRITERIA = join(FIXTURES, 'score', 'criteria.yaml');
const GOLDEN = join(FIXTURES, 'score');

/** criteria.file is the only path in the output: the repository root becomes <root>/. */
function normalise(stdout: string): string {
  return stdout.replaceAll(ROOT, '<root>/');
}

const REVIEW = ['--set', 'pays_upfront=yes', '--set', 'deposit_percent=40 %', '--set', 'conflict_style=Went quiet for a while', '--set', 'polite=no', '--name', 'Acme Ltd'];
const REJECT = ['--set', 'pays_upfront=нет', '--set', 'conflict_style=negotiates', '--set', 'revisions=5', '--set', 'notes=Can you give a discount?'];
const ACCEPT = [
  '--set',
  'pays_upfront=yes',
  '--set',
  'deposit_percent=1 200,50',
  '--decimal-comma',
  '--set',
  'conflict_style=negotiates',
  '--set',
  'polite=ναι',
  '--set',
  'revisions=2',
  '--set',
  'notes=',
];

describe('score --format json', () => {
  it.each([
    ['review', REVIEW],
    ['reject', REJECT],
    ['accept', ACCEPT],
  ])('%s matches its golden file', async (verdict, args) => {
    const result = await run(['score', '-c', CRITERIA, '--format', 'json', ...args]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { verdict: string };
    expect(json.verdict).toBe(verdict);
    await expect(normalise(result.stdout)).toMatchFileSnapshot(join(GOLDEN, `${verdict}.json`));
  });

  it('reads an answers file (YAML or JSON, - for stdin); --set wins over it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.json'), JSON.stringify({ pays_upfront: true, deposit_percent: 40, conflict_style: 'silent', polite: 'no' }));
    const fromFile = await run(['score', '-c', CRITERIA, '--format', 'json', '--answers', 'a.json', '--name', 'Acme Ltd'], { cwd: dir });
    const fromSet = await run(['score', '-c', CRITERIA, '--format', 'json', ...REVIEW]);
    expect(fromFile.code).toBe(0);
    expect(JSON.parse(fromFile.stdout)).toEqual(JSON.parse(fromSet.stdout));
    const stdin = await run(['score', '-c', CRITERIA, '--format', 'json', '--answers', '-', '--set', 'polite=yes'], { input: 'pays_upfront: no\nconflict_style: scandal\n' });
    expect(stdin.code).toBe(0);
    expect(JSON.parse(stdin.stdout)).toMatchObject({ answers: { pays_upfront: false, conflict_style: 'scandal', polite: true }, verdict: 'reject' });
  });

  it('--no-message gives message null; missing answers are unknown, text included', async () => {
    const result = await run(['score', '-c', CRITERIA, '--format', 'json', '--no-message', '--set', 'pays_upfront=no']);
    const json = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(json.message).toBeNull();
    expect(json.unknown).toEqual(['conflict_style', 'polite', 'revisions', 'notes']);
  });
});

describe('score text output', () => {
  it('shows the banner, one line per criterion, what to ask, what to require, and the draft', async () => {
    const result = await run(['score', '-c', CRITERIA, ...REVIEW]);
    expect(result.code).toBe(0);
    expect(result.err).toContain('Criteria: Score fixture (');
    const lines = result.out.split('\n');
    expect(lines[0]).toBe('REVIEW  score 59, up to 76 once the unknowns are answered  ·  Acme Ltd');
    // 80 columns without a terminal: long questions are cut to fit, answers to a fifth of the width
    expect(result.out).toMatch(/✓ pass +Will they pay a deposit before[^\n]*… +yes +30\/30  must\n/u);
    expect(result.out).toMatch(/✓ pass +When something went wrong,[^\n]*… +Went quiet[^\n]*… +10\/20  must\n/u);
    expect(result.out).toMatch(/✗ fail +Do they write politely\? +no +0\/10/u);
    expect(result.out).toContain('expected yes');
    expect(result.out).toMatch(/\? unknown +How many revision rounds[^\n]* +\? +0\/10\n/u);
    expect(result.out).toContain('Still to ask:\n  - How many revision rounds do they expect?\n  - Anything in their request that worries you?');
    expect(result.out).toContain('If you go ahead, require:\n  - Requests sent in writing through one channel\n  - Two revision rounds included');
    expect(result.out).toContain('Message draft (a holding reply):\n\nHello Acme Ltd,');
  });

  it('shows n/a and fail reasons with the why, and a decline for reject', async () => {
    const result = await run(['score', '-c', CRITERIA, ...REJECT]);
    expect(result.out.split('\n')[0]).toMatch(/^REJECT  score/u);
    expect(result.out).toMatch(/– n\/a +What share of the fee/u);
    expect(result.out).toContain('expected yes: A client who pays upfront is committed.');
    expect(result.out).toContain('mentions "discount"');
    expect(result.out).toContain('I start work once the deposit is paid, and I include two rounds of revisions.\n');
    expect(result.out).toContain('Still to ask:\n  - Do they write politely?');
  });

  it('colours the verdict only when asked to', async () => {
    const plain = await run(['score', '-c', CRITERIA, ...ACCEPT]);
    expect(plain.stdout).toBe(plain.out);
    expect(plain.out.startsWith('ACCEPT  score 100\n')).toBe(true);
    expect(plain.out).toContain('Message draft (a yes, and how we proceed):');
    const coloured = await run(['score', '-c', CRITERIA, ...ACCEPT], { env: { FORCE_COLOR: '1' } });
    expect(coloured.stdout).toContain('\u001b[32m');
  });
});

describe('score: answers that cannot be read', () => {
  it('are marked invalid and listed under Still to ask', async () => {
    const result = await run(['score', '-c', CRITERIA, '--set', 'pays_upfront=yes', '--set', 'revisions=two', '--no-input', '--no-message']);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/! invalid\s+How many revision rounds/u);
    const toAsk = result.out.slice(result.out.indexOf('Still to ask:'), result.out.indexOf('If you go ahead, require:'));
    expect(toAsk).toContain('How many revision rounds do they expect?');
    // and its safeguard goes into the contract, as for an unknown answer
    const require = result.out.slice(result.out.indexOf('If you go ahead, require:'));
    expect(require).toMatch(/revision/iu);
  });
});

describe('score exit codes', () => {
  it.each([
    [REVIEW, 'review', 3],
    [REVIEW, 'reject', 0],
    [REJECT, 'reject', 3],
    [ACCEPT, 'review', 0],
  ])('--fail-on %#', async (args, failOn, code) => {
    const result = await run(['score', '-c', CRITERIA, '--format', 'json', '--fail-on', failOn, ...args]);
    expect(result.code).toBe(code);
    expect(JSON.parse(result.stdout)).toHaveProperty('verdict');
  });

  it('without a terminal and without answers: exit 2, saying how to pass them', async () => {
    const result = await run(['-c', CRITERIA]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.err).toContain('no answers to score, and no terminal to ask them on');
    expect(result.err).toContain('--answers FILE');
    expect(result.err).toContain('--set id=value');
  });

  it('--no-input scores with every answer unknown', async () => {
    const result = await run(['score', '-c', CRITERIA, '--no-input', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ score: 0, potential: 100, verdict: 'review' });
  });

  it.each([
    [['--set', 'pays_upfrnt=yes'], /--set pays_upfrnt=yes: unknown criterion id "pays_upfrnt" \(did you mean "pays_upfront"\?\)/u],
    [['--set', 'polite'], /--set expects id=value \(got "polite"\)/u],
  ])('usage errors exit 2: %j', async (args, message) => {
    const result = await run(['score', '-c', CRITERIA, ...args]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
  });

  it('answers file errors name the file, line and column', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.yaml'), 'pays_upfront: yes\n  polite: [no\n');
    writeFileSync(join(dir, 'list.yaml'), '- pays_upfront\n');
    writeFileSync(join(dir, 'typo.yaml'), 'pays_upfront: yes\npolit: no\n');
    const missing = await run(['score', '-c', CRITERIA, '--answers', 'missing.yaml'], { cwd: dir });
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('cannot read answers file missing.yaml: no such file or directory');
    writeFileSync(join(dir, 'empty.yaml'), '');
    const empty = await run(['score', '-c', CRITERIA, '--answers', 'empty.yaml'], { cwd: dir });
    expect(empty.code).toBe(1);
    expect(empty.err).toContain('empty.yaml is empty: expected a mapping of criterion id to value');
    // A broken answers file is bad data (exit 1); an unknown id is a usage error (exit 2).
    const syntax = await run(['score', '-c', CRITERIA, '--answers', 'bad.yaml'], { cwd: dir });
    expect(syntax.code).toBe(1);
    expect(syntax.err).toMatch(/^clientfit: bad\.yaml:\d+:\d+: \S/mu);
    const list = await run(['score', '-c', CRITERIA, '--answers', 'list.yaml'], { cwd: dir });
    expect(list.code).toBe(1);
    expect(list.err).toContain('list.yaml:1:1: the answers must be a mapping of criterion id to value');
    const typo = await run(['score', '-c', CRITERIA, '--answers', 'typo.yaml'], { cwd: dir });
    expect(typo.code).toBe(2);
    expect(typo.err).toContain('typo.yaml:2:1: unknown criterion id "polit" (did you mean "polite"?)');
  });
});
