/** Outcomes are never silently replaced: outcome says what it replaces, history --all shows them all, "(no name)" works. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runHistory } from '../../src/cli/commands/history/run.js';
import { runOutcome } from '../../src/cli/commands/outcome/run.js';
import { decisionLine, outcomeLine, serializeLine } from '../../src/core/journal.js';
import { tempDir } from '../helpers/cli.js';
import { memoryIO } from '../helpers/memory-io.js';

const RESULT = { score: 59, potential: 76, verdict: 'review' as const, failed: ['polite'], unknown: [] };

function journal(): { dir: string; path: string } {
  const dir = tempDir();
  const path = join(dir, 'journal.jsonl');
  const acme = decisionLine({ id: 'd-acme', time: new Date('2025-03-14T09:30:00Z'), name: 'Acme Ltd', answers: {}, result: RESULT, criteria: { file: '/c.yaml', sha256: 'ab' } });
  const unnamed = decisionLine({ id: 'd-none', time: new Date('2025-03-14T10:00:00Z'), name: undefined, answers: {}, result: RESULT, criteria: { file: '/c.yaml', sha256: 'ab' } });
  const good = outcomeLine({ id: 'o-1', time: new Date('2025-04-01T12:00:00Z'), decision: acme, outcome: 'good', note: 'paid on time' });
  writeFileSync(path, [acme, unnamed, good].map(serializeLine).join(''));
  return { dir, path };
}

describe('outcome', () => {
  it('says what it replaces and when that was recorded; both lines stay', () => {
    const { dir, path } = journal();
    const memory = memoryIO({ cwd: dir });
    expect(runOutcome(memory.io, 'acme ltd', 'bad', { journal: path })).toBe(0);
    const [recorded, replaces] = memory.stderr().split('\n');
    expect(recorded).toBe('Recorded "bad" for Acme Ltd (decision d-acme) in journal.jsonl.');
    expect(replaces).toMatch(/^This replaces "good - paid on time" recorded 2025-04-01 \d\d:00; both stay in the journal \(`clientfit history --all` shows every outcome\)\.$/u);
    const kinds = readFileSync(path, 'utf8')
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { type: string; outcome?: string }).outcome ?? 'decision');
    expect(kinds).toEqual(['decision', 'decision', 'good', 'bad']);
  });

  it('says nothing about replacing when it is the first outcome', () => {
    const { dir, path } = journal();
    const memory = memoryIO({ cwd: dir });
    runOutcome(memory.io, '(no name)', 'good', { journal: path });
    expect(memory.stderr()).toBe('Recorded "good" for (no name) (decision d-none) in journal.jsonl.\n');
  });

  it('accepts the "(no name)" label history shows, and says how to address an unnamed decision', () => {
    const { dir, path } = journal();
    const memory = memoryIO({ cwd: dir });
    expect(() => runOutcome(memory.io, 'nobody', 'good', { journal: path })).toThrow(/no decision for "nobody"/u);
    try {
      runOutcome(memory.io, 'nobody', 'good', { journal: path });
    } catch (error) {
      expect((error as { details: string[] }).details).toContain(
        '1 decision was saved without a name: `clientfit outcome "(no name)" good` records it for the latest, add --id ID for another (`clientfit history` lists the ids).',
      );
    }
    expect.assertions(2);
  });
});

describe('history --all', () => {
  it('shows every outcome ever recorded, the replaced ones under their decision', async () => {
    const { dir, path } = journal();
    runOutcome(memoryIO({ cwd: dir }).io, 'acme ltd', 'bad', { journal: path, note: 'scope creep' });
    const latest = memoryIO({ cwd: dir });
    await runHistory(latest.io, undefined, { journal: path, format: 'text' });
    expect(latest.stdout()).toContain('bad scope creep');
    expect(latest.stdout()).not.toContain('paid on time');
    const all = memoryIO({ cwd: dir });
    await runHistory(all.io, undefined, { journal: path, format: 'text', all: true });
    const rows = all.stdout().split('\n');
    const acme = rows.findIndex((row) => row.includes('Acme Ltd'));
    expect(rows[acme]).toContain('bad scope creep');
    expect(rows[acme + 1]).toMatch(/^2025-04-01 \d\d:00 +replaced: good paid on time +o-1$/u);
    const json = memoryIO({ cwd: dir });
    await runHistory(json.io, undefined, { journal: path, format: 'json', all: true });
    const entries = JSON.parse(json.stdout()) as { id: string; outcome: string | null; outcomes: { outcome: string; note: string | null }[] }[];
    expect(entries[0]).toMatchObject({ id: 'd-acme', outcome: 'bad' });
    expect(entries[0]!.outcomes.map((item) => [item.outcome, item.note])).toEqual([
      ['good', 'paid on time'],
      ['bad', 'scope creep'],
    ]);
    expect(entries[1]!.outcomes).toEqual([]);
  });
});
