/** The journal through the CLI: --save, where it is found, history, outcome, concurrent writers, corrupt lines. */
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run as spawned } from '../helpers/cli.js';
import { FIXTURES, run, tempDir } from '../helpers/main.js';

const CRITERIA = join(FIXTURES, 'score', 'criteria.yaml');
const ANSWERS = ['--set', 'pays_upfront=yes', '--set', 'deposit_percent=40', '--set', 'conflict_style=silent', '--set', 'polite=no'];

function lines(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** In-process by default; `process: true` spawns the CLI (concurrent writers need real processes). */
async function save(home: string, name: string, extra: string[] = [], options: { process?: boolean } = {}) {
  return (options.process ? spawned : run)(['score', '-c', CRITERIA, ...ANSWERS, '--name', name, '--save', ...extra], { env: { HOME: home } });
}

describe('score --save', () => {
  it('creates the journal in the data directory and appends one decision line per save', async () => {
    const home = tempDir();
    const path = join(home, '.local', 'share', 'clientfit', 'journal.jsonl');
    const first = await save(home, 'Acme Ltd');
    expect(first.code).toBe(0);
    expect(first.err).toMatch(/Saved to journal .*journal\.jsonl \(decision [0-9a-z]+-[0-9a-z]{6}\)\./u);
    await save(home, 'Beta');
    const [one, two] = lines(path);
    expect(one).toMatchObject({
      type: 'decision',
      name: 'Acme Ltd',
      answers: { pays_upfront: true, deposit_percent: 40, conflict_style: 'silent', polite: false, revisions: null, notes: null },
      result: { score: 59, potential: 76, verdict: 'review', failed: ['polite'], unknown: ['revisions', 'notes'] },
      criteria: { file: CRITERIA, sha256: '744c684091979690190e8fbc7b528a261e079109622882210d7c1d79ffa9a93e' },
    });
    expect(new Date(one!.time as string).toISOString()).toBe(one!.time);
    expect(two).toMatchObject({ type: 'decision', name: 'Beta' });
    expect(one!.id).not.toBe(two!.id);
    expect(readFileSync(path, 'utf8').endsWith('}\n')).toBe(true);
  });

  it('--journal FILE wins over $CLIENTFIT_JOURNAL, which wins over the data directory', async () => {
    const home = tempDir();
    const fromEnv = join(home, 'env.jsonl');
    await run(['score', '-c', CRITERIA, ...ANSWERS, '--save'], { env: { HOME: home, CLIENTFIT_JOURNAL: fromEnv } });
    await run(['score', '-c', CRITERIA, ...ANSWERS, '--save', '--journal', 'flag.jsonl'], { env: { HOME: home, CLIENTFIT_JOURNAL: fromEnv }, cwd: home });
    expect(lines(fromEnv)).toHaveLength(1);
    expect(lines(join(home, 'flag.jsonl'))).toHaveLength(1);
    expect(existsSync(join(home, '.local', 'share', 'clientfit', 'journal.jsonl'))).toBe(false);
  });

  it('does not save without --save, and keeps a line whole after a file that lost its last newline', async () => {
    const home = tempDir();
    const path = join(home, 'j.jsonl');
    await run(['score', '-c', CRITERIA, ...ANSWERS], { env: { HOME: home, CLIENTFIT_JOURNAL: path } });
    expect(existsSync(path)).toBe(false);
    writeFileSync(path, '{"type":"decision","id":"half');
    await run(['score', '-c', CRITERIA, ...ANSWERS, '--save', '--name', 'After'], { env: { HOME: home, CLIENTFIT_JOURNAL: path } });
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith('{"type":"decision","id":"half\n{"type":"decision"')).toBe(true);
    expect(JSON.parse(text.split('\n')[1]!)).toMatchObject({ name: 'After' });
  });

  it('two processes saving at once lose nothing', async () => {
    const home = tempDir();
    const path = join(home, 'j.jsonl');
    const names = Array.from({ length: 8 }, (_, index) => `Client ${index}`);
    const results = await Promise.all(names.map((name) => save(home, name, ['--journal', path], { process: true })));
    expect(results.map((result) => result.code)).toEqual(names.map(() => 0));
    const saved = lines(path);
    expect(saved.map((line) => line.name).sort()).toEqual([...names].sort());
    expect(new Set(saved.map((line) => line.id)).size).toBe(names.length);
  });
});

describe('history and outcome', () => {
  it('lists decisions with their outcomes, as a table or JSON, filtered by --name', async () => {
    const home = tempDir();
    await save(home, 'Acme Ltd');
    await save(home, 'Beta');
    const empty = await run(['history'], { env: { HOME: tempDir() } });
    expect(empty.code).toBe(0);
    expect(empty.err).toContain('No journal yet');
    const recorded = await run(['outcome', 'acme ltd', 'bad', '--note', 'paid late'], { env: { HOME: home } });
    expect(recorded.code).toBe(0);
    expect(recorded.err).toMatch(/Recorded "bad" for Acme Ltd \(decision \S+\)/u);
    const table = await run(['history'], { env: { HOME: home } });
    expect(table.code).toBe(0);
    const [header, acme, beta] = table.out.trimEnd().split('\n');
    expect(header).toMatch(/^date +name +verdict +score +decisions +outcome +id$/u);
    expect(acme).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d +Acme Ltd +review +59 +1 +bad paid late +\S+$/u);
    expect(beta).toMatch(/Beta +review +59 +1 +– /u);
    const json = await run(['history', '--format', 'json', '--name', 'BET'], { env: { HOME: home } });
    expect(JSON.parse(json.stdout)).toEqual([
      expect.objectContaining({ name: 'Beta', verdict: 'review', score: 59, potential: 76, outcome: null, note: null, failed: ['polite'], unknown: ['revisions', 'notes'] }),
    ]);
  });

  it('outcome refers to the latest decision with the name, says so, and --id picks another', async () => {
    const home = tempDir();
    const path = join(home, '.local', 'share', 'clientfit', 'journal.jsonl');
    await save(home, 'Acme');
    await save(home, 'Acme');
    const [older, newer] = lines(path);
    const latest = await run(['outcome', 'Acme', 'good'], { env: { HOME: home } });
    expect(latest.code).toBe(0);
    expect(latest.err).toContain('2 decisions are saved for "Acme"');
    expect(latest.err).toContain(`id ${String(newer!.id)}`);
    expect(latest.err).toContain('--id');
    const picked = await run(['outcome', 'Acme', 'bad', '--id', String(older!.id)], { env: { HOME: home } });
    expect(picked.code).toBe(0);
    const outcomes = lines(path).slice(2);
    expect(outcomes).toEqual([
      expect.objectContaining({ type: 'outcome', decision: newer!.id, name: 'Acme', outcome: 'good', note: null }),
      expect.objectContaining({ type: 'outcome', decision: older!.id, name: 'Acme', outcome: 'bad', note: null }),
    ]);
    expect(typeof outcomes[0]!.id).toBe('string');
  });

  it('outcome for an unknown name exits 2 with a suggestion; a part of one name is taken and said; a word that is no outcome is a usage error listing them', async () => {
    const home = tempDir();
    await save(home, 'Acme Ltd');
    const typo = await run(['outcome', 'Acme Ldt', 'good'], { env: { HOME: home } });
    expect(typo.code).toBe(2);
    expect(typo.err).toContain('no decision for "Acme Ldt" in the journal (did you mean "Acme Ltd"?)');
    const part = await run(['outcome', 'acme', 'great'], { env: { HOME: home } });
    expect(part.code).toBe(0);
    expect(part.err).toContain('"acme": taking Acme Ltd, the only prospect whose name holds it.');
    expect(part.err).toMatch(/Recorded "good" for Acme Ltd \(decision [a-z0-9-]+\)/u);
    const word = await run(['outcome', 'Acme Ltd', 'splendid'], { env: { HOME: home } });
    expect(word.code).toBe(2);
    expect(word.err).toContain('"splendid" is not an outcome: say good (ok, yes) or bad (no)');
    const none = await run(['outcome', 'Acme', 'good'], { env: { HOME: tempDir() } });
    expect(none.code).toBe(2);
    expect(none.err).toContain('no journal at');
  });

  it('a decision saved without a name gets its outcome through --id (any NAME, e.g. -)', async () => {
    const home = tempDir();
    expect((await run(['score', '-c', CRITERIA, ...ANSWERS, '--no-input', '--save'], { env: { HOME: home } })).code).toBe(0);
    const [decision] = lines(join(home, '.local', 'share', 'clientfit', 'journal.jsonl'));
    const result = await run(['outcome', '-', 'good', '--id', String(decision!.id)], { env: { HOME: home } });
    expect(result.code).toBe(0);
    expect(result.err).toContain(`Recorded "good" for (no name) (decision ${String(decision!.id)})`);
  });

  it('a corrupt line is reported with its number and skipped; the rest still reads', async () => {
    const home = tempDir();
    const path = join(home, '.local', 'share', 'clientfit', 'journal.jsonl');
    await save(home, 'Acme');
    appendFileSync(path, 'garbage\n\n{"type":"decision"}\n');
    await save(home, 'Beta');
    const before = readFileSync(path, 'utf8');
    const history = await run(['history', '--format', 'json'], { env: { HOME: home } });
    expect(history.code).toBe(0);
    expect(history.err).toContain('journal.jsonl:2: not a JSON line, skipped');
    expect(history.err).toContain('journal.jsonl:4: not a valid decision line: id is required; time is required, skipped');
    expect((JSON.parse(history.stdout) as { name: string }[]).map((entry) => entry.name)).toEqual(['Acme', 'Beta']);
    const outcome = await run(['outcome', 'Beta', 'good'], { env: { HOME: home } });
    expect(outcome.code).toBe(0);
    // never rewritten: the old bytes are still the start of the file
    expect(readFileSync(path, 'utf8').startsWith(before)).toBe(true);
  });
});

describe('answer sources', () => {
  it('a saved decision records where each answer came from and when; a follow-up keeps the sources of what it carries', async () => {
    const home = tempDir();
    const path = join(home, '.local', 'share', 'clientfit', 'journal.jsonl');
    writeFileSync(join(home, 'answers.yaml'), 'pays_upfront: yes\nrevisions: 2\n');
    const first = await run(['score', '-c', CRITERIA, '--answers', 'answers.yaml', '--set', 'revisions=3', '--set', 'polite=yes', '--name', 'Acme', '--save'], { env: { HOME: home }, cwd: home });
    expect(first.code).toBe(0);
    const [decision] = lines(path);
    const sources = decision!.sources as Record<string, { from: string; at: string }>;
    expect(Object.fromEntries(Object.entries(sources).map(([id, source]) => [id, source.from]))).toEqual({ pays_upfront: 'file', revisions: 'set', polite: 'set' });
    expect(new Date(sources.polite!.at).toISOString()).toBe(sources.polite!.at);

    await run(['score', '-c', CRITERIA, '--resume', 'Acme', '--set', 'polite=no', '--no-input', '--save'], { env: { HOME: home }, cwd: home });
    const followUp = lines(path)[1]!;
    expect(followUp.continues).toBe(decision!.id);
    const carried = followUp.sources as Record<string, { from: string; at: string }>;
    expect(carried.pays_upfront).toEqual(sources.pays_upfront);
    expect(carried.revisions).toEqual(sources.revisions);
    expect(carried.polite!.from).toBe('set');
  });
});

describe('history NAME when the decision’s criteria file is gone', () => {
  it('shows the thread by ids, exit 0 (the file only gives the questions and labels)', async () => {
    const home = tempDir();
    const journal = join(home, 'j.jsonl');
    writeFileSync(
      journal,
      `${JSON.stringify({ type: 'decision', id: 'a1', time: '2026-12-01T10:00:00.000Z', name: 'Zed', answers: { pays_upfront: true }, result: { score: 50, potential: 80, verdict: 'review', failed: [], unknown: [] }, criteria: { file: join(home, 'moved.yaml'), sha256: 'x' } })}\n`,
    );
    const result = await run(['history', 'Zed', '--journal', journal], { env: { HOME: home } });
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^ {2}pays_upfront {2}yes$/mu);
  });
});
