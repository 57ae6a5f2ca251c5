/**
 * Times on journal lines a reader cannot trust: a time that does not read is a bad line like any
 * other (skipped, named by file:line); a line dated ahead of the clock (a machine with a wrong
 * clock, a line typed by hand, a synced journal from such a machine) is still read, "latest"
 * being by time, but named on every read; and `outcome` never claims to replace an outcome that
 * would still count over the new one.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FUTURE_TOLERANCE_MS, latestOutcomes, parseJournal, readTime } from '../../src/core/journal.js';
import { FIXTURES, run, tempDir } from '../helpers/main.js';

const CRITERIA = join(FIXTURES, 'score', 'criteria.yaml');
const RESULT = { score: 12, potential: 59, verdict: 'reject', failed: ['pays_upfront'], unknown: [] };
const ANSWERS = { pays_upfront: false, deposit_percent: 40, conflict_style: 'silent', polite: true, respects_time: true, revisions: 2, notes: '' };

function decision(id: string, time: string, name: string | null): string {
  return JSON.stringify({ type: 'decision', id, time, name, answers: ANSWERS, result: RESULT, criteria: { file: CRITERIA, sha256: 'ab' } });
}

function outcome(id: string, time: string, of: string, name: string | null, value: 'good' | 'bad', note?: string | null): string {
  return JSON.stringify({ type: 'outcome', id, time, decision: of, name, outcome: value, ...(note === undefined ? {} : { note }) });
}

/** A journal of these lines in a fresh home; `run` on it. */
function journal(lines: readonly string[]): { home: string; path: string; cli: (args: string[]) => ReturnType<typeof run> } {
  const home = tempDir();
  const path = join(home, 'journal.jsonl');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return { home, path, cli: (args) => run([...args, '--journal', path], { env: { HOME: home } }) };
}

const inAnHour = (): string => new Date(Date.now() + 60 * 60 * 1000).toISOString();

describe('readTime: only an ISO 8601 date and time is a time', () => {
  it.each([
    ['2026-12-07T02:09:26.682Z', Date.UTC(2026, 11, 7, 2, 9, 26, 682)],
    ['2026-12-07T10:30:00+02:00', Date.UTC(2026, 11, 7, 8, 30)],
    ['2026-12-07', Date.UTC(2026, 11, 7)],
  ])('%s reads', (text, time) => {
    expect(readTime(text)).toBe(time);
  });

  it.each(['not a time', '', 'Dec 7 2026', '7/12/2026', '2026-02-30T00:00:00Z', '2026-13-01', '2026-12-07 10:00:00Z', '2026-12-07T10:30', '2026-12-07T10:30:00.5'])('%j does not', (text) => {
    expect(readTime(text)).toBeUndefined();
  });
});

describe('a line whose time does not read', () => {
  it('is skipped with its line number and why, like any bad line', () => {
    const parsed = parseJournal(
      [decision('d-1', '2026-12-07T02:09:26.682Z', 'Иван'), outcome('o-1', 'not a time', 'd-1', 'Иван', 'bad', 'weird'), outcome('o-2', '2026-02-30T00:00:00Z', 'd-1', 'Иван', 'bad', null)].join('\n'),
    );
    expect(parsed.outcomes).toEqual([]);
    expect(parsed.problems).toEqual([
      { line: 2, problem: { code: 'invalid-line', type: 'outcome', issues: [{ code: 'not-a-time', path: 'time', got: { kind: 'text', text: 'not a time' } }] } },
      { line: 3, problem: { code: 'invalid-line', type: 'outcome', issues: [{ code: 'not-a-time', path: 'time', got: { kind: 'text', text: '2026-02-30T00:00:00Z' } }] } },
    ]);
  });

  it('is named on stderr by file:line, and history --all no longer shows it with "not a time" for a date', async () => {
    const { cli } = journal([decision('d-1', '2026-12-07T02:09:26.682Z', 'Иван Георгиев ЕООД'), outcome('o-weird', 'not a time', 'd-1', 'Иван Георгиев ЕООД', 'bad', 'weird')]);
    const history = await cli(['history', '--all']);
    expect(history.code).toBe(0);
    expect(history.err).toBe('journal.jsonl:2: not a valid outcome line: time must be a date and time such as 2026-12-07T10:30:00Z (got "not a time"), skipped\n');
    expect(history.out).not.toContain('not a time');
    expect(history.out).not.toContain('o-weird');
  });
});

describe('a line dated ahead of the clock', () => {
  it('is read and counted ("latest" stays by time), and reported beyond a day ahead only', () => {
    const now = Date.parse('2026-12-07T12:00:00Z');
    const text = [
      decision('d-1', '2026-12-07T02:00:00Z', 'Café Müller'),
      outcome('o-past', '2026-12-07T03:00:00Z', 'd-1', 'Café Müller', 'bad', null),
      outcome('o-fut', '2099-05-05T12:00:00Z', 'd-1', 'Café Müller', 'good', 'future'),
      // a synced machine's clock a few hours ahead: not worth a warning on every read
      outcome('o-skew', new Date(now + FUTURE_TOLERANCE_MS - 1000).toISOString(), 'd-1', 'Café Müller', 'good', null),
    ].join('\n');
    const parsed = parseJournal(text, now);
    expect(parsed.outcomes.map((line) => line.id)).toEqual(['o-past', 'o-fut', 'o-skew']);
    expect(latestOutcomes(parsed.outcomes).get('d-1')?.id).toBe('o-fut');
    expect(parsed.future).toEqual([{ line: 3, type: 'outcome', id: 'o-fut', name: 'Café Müller', time: '2099-05-05T12:00:00Z' }]);
    expect(parsed.problems).toEqual([]);
    // Without a clock (a test's text), nothing is "ahead".
    expect(parseJournal(text).future).toEqual([]);
  });

  it('history names each such line by file:line and its date, and still shows it as latest', async () => {
    const { cli } = journal([
      decision('d-1', '2026-12-07T02:09:26.682Z', 'Café Müller'),
      decision('d-2', '2026-12-07T02:09:27.174Z', 'Cafe Muller GmbH'),
      decision('zzfuture-000001', '2099-01-01T12:00:00Z', 'Café Müller'),
      outcome('o-fut', '2099-05-05T12:00:00Z', 'd-2', 'Cafe Muller GmbH', 'good', 'future'),
    ]);
    const history = await cli(['history']);
    expect(history.code).toBe(0);
    expect(history.err.split('\n')).toEqual([
      expect.stringMatching(
        /^journal\.jsonl:3: decision zzfuture-000001 for Café Müller is dated 2099-01-0\d \d\d:\d\d, more than a day ahead of this computer's clock: until then it stays the prospect's latest decision, the one `score --resume` and `outcome` take; if a wrong clock wrote it, correct its time$/u,
      ),
      expect.stringMatching(
        /^journal\.jsonl:4: outcome o-fut for Cafe Muller GmbH is dated 2099-05-0\d \d\d:\d\d, more than a day ahead of this computer's clock: until then it stays the outcome that counts for its decision; /u,
      ),
      '',
    ]);
    expect(history.out).toMatch(/Cafe Muller GmbH .* good future +d-2/u);
    expect(history.out).toMatch(/^2099-01-0\d \d\d:\d\d +Café Müller .* zzfuture-000001$/mu);
  });

  it('in the run’s language', async () => {
    const { cli } = journal([decision('d-2', '2026-12-07T02:09:27.174Z', 'Cafe Muller GmbH'), outcome('o-fut', '2099-05-05T12:00:00Z', 'd-2', 'Cafe Muller GmbH', 'good', 'future')]);
    const history = await cli(['--lang', 'ru', 'history']);
    expect(history.err).toMatch(/^journal\.jsonl:2: исход o-fut по «Cafe Muller GmbH» датирован 05\.05\.2099, \d\d:\d\d, а это больше чем на сутки вперёд относительно часов этого компьютера: /u);
  });

  it('score --resume says which line it continues is dated ahead', async () => {
    const { cli } = journal([decision('d-1', '2026-12-07T02:09:26.682Z', 'Café Müller'), decision('zzfuture-000001', '2099-01-01T12:00:00Z', 'Café Müller')]);
    const score = await cli(['score', '-c', CRITERIA, '--resume', 'café müller', '--no-input', '--format', 'json']);
    expect(score.code, score.err).toBe(0);
    expect(score.err).toMatch(/^journal\.jsonl:2: decision zzfuture-000001 for Café Müller is dated 2099-01-0\d \d\d:\d\d, more than a day ahead of this computer's clock: /mu);
    expect((JSON.parse(score.stdout) as { resume: { continues: string } }).resume.continues).toBe('zzfuture-000001');
  });
});

describe('outcome when the latest outcome is dated later than now', () => {
  const lines = [
    decision('d-1', '2026-12-07T02:09:26.682Z', 'Café Müller'),
    decision('d-2', '2026-12-07T02:09:27.174Z', 'Cafe Muller GmbH'),
    outcome('o-past', '2026-12-07T02:10:00Z', 'd-2', 'Cafe Muller GmbH', 'bad', null),
    outcome('o-fut', '2099-05-05T12:00:00Z', 'd-2', 'Cafe Muller GmbH', 'good', 'future'),
  ];

  it('refuses (exit 1), names the line to correct, writes nothing, and never says "replaces"', async () => {
    const { cli, path } = journal(lines);
    const before = readFileSync(path);
    const result = await cli(['outcome', 'Cafe Muller GmbH', 'bad', '--note', 'again']);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(
      /^clientfit: journal\.jsonl:4: the outcome "good - future" for Cafe Muller GmbH is dated 2099-05-0\d \d\d:\d\d, later than now, so it would stay the one that counts: "bad" was not recorded$/mu,
    );
    expect(result.err).toContain('If a wrong clock wrote that line, correct its time (or remove the line), then record the outcome again.');
    expect(result.err).not.toContain('replaces');
    expect(result.err).not.toContain('Recorded');
    expect(readFileSync(path)).toEqual(before);
  });

  it('refuses too when it is only an hour ahead (no warning then, but a new outcome would still not count)', async () => {
    const { cli, path } = journal([...lines.slice(0, 3), outcome('o-skew', inAnHour(), 'd-2', 'Cafe Muller GmbH', 'good', null)]);
    const before = readFileSync(path);
    const result = await cli(['outcome', 'Cafe Muller GmbH', 'bad']);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^clientfit: journal\.jsonl:4: the outcome "good" for Cafe Muller GmbH is dated .*, later than now, /mu);
    expect(result.err).not.toContain('more than a day ahead');
    expect(readFileSync(path)).toEqual(before);
  });

  it('records as before once the line is corrected, and then "replaces" is true: history shows the new one', async () => {
    const { cli, path } = journal(lines.map((line) => line.replace('2099-05-05T12:00:00Z', '2026-12-07T02:11:00Z')));
    const result = await cli(['outcome', 'Cafe Muller GmbH', 'bad', '--note', 'again']);
    expect(result.code, result.err).toBe(0);
    expect(result.err).toMatch(/This replaces "good - future" recorded 2026-12-0\d \d\d:11; /u);
    expect(readFileSync(path, 'utf8').trim().split('\n')).toHaveLength(5);
    const history = await cli(['history', '--format', 'json']);
    expect((JSON.parse(history.stdout) as { name: string; outcome: string; note: string }[]).find((entry) => entry.name === 'Cafe Muller GmbH')).toMatchObject({ outcome: 'bad', note: 'again' });
  });

  it('in the run’s language', async () => {
    const { cli } = journal(lines);
    const result = await cli(['--lang', 'el', 'outcome', 'Cafe Muller GmbH', 'bad']);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/journal\.jsonl:4: η έκβαση «καλή - future» για «Cafe Muller GmbH» έχει ημερομηνία 05\/05\/2099, \d\d:\d\d, μεταγενέστερη από τώρα, /u);
  });
});
