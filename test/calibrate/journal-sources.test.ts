/**
 * calibrate --journal with decisions made under other criteria: it says how many, how much of
 * the current criteria each source answered, shows criteria nobody answered as "no data", and
 * withholds thresholds from a source that answered too little.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCalibrate } from '../../src/cli/commands/calibrate/run.js';
import { decisionLine, outcomeLine, serializeLine } from '../../src/core/journal.js';
import { tempDir } from '../helpers/cli.js';
import { memoryIO } from '../helpers/memory-io.js';

const CRITERIA = `version: 1
thresholds: { accept: 65, review: 40 }
criteria:
  - { id: pays, question: Pays?, type: yes-no, must: true, points: 30 }
  - { id: polite, question: Polite?, type: yes-no, points: 20 }
  - { id: budget, question: Budget?, type: number, min: 1000, points: 25 }
  - { id: scope, question: Clear scope?, type: yes-no, points: 25 }
`;
const RESULT = { score: 0, potential: 0, verdict: 'review' as const, failed: [], unknown: [] };

function setup(current: number, other: number): { dir: string; journal: string } {
  const dir = tempDir();
  writeFileSync(join(dir, 'clientfit.yaml'), CRITERIA);
  const sha = createHash('sha256').update(CRITERIA).digest('hex');
  const lines: string[] = [];
  for (let index = 0; index < current + other; index++) {
    const mine = index < current;
    // Decisions under the old list never answered budget or scope.
    const answers: Record<string, boolean | number> = mine ? { pays: true, polite: index % 2 === 0, budget: 2000, scope: true } : { pays: true, polite: true };
    const decision = decisionLine({ id: `d${index}`, time: new Date(2025, 0, 1 + index), name: `P${index}`, answers, result: RESULT, criteria: { file: '/x.yaml', sha256: mine ? sha : 'old' } });
    lines.push(serializeLine(decision));
    lines.push(serializeLine(outcomeLine({ id: `o${index}`, time: new Date(2025, 1, 1 + index), decision, outcome: index % 3 === 0 ? 'bad' : 'good', note: undefined })));
  }
  const journal = join(dir, 'journal.jsonl');
  writeFileSync(journal, lines.join(''));
  return { dir, journal };
}

const OPTIONS = { costBadAccepted: '3', format: 'json' as const };

describe('calibrate --journal with decisions under other criteria', () => {
  it('says how many, what each source answered, and withholds the threshold', async () => {
    const { dir, journal } = setup(2, 8);
    const memory = memoryIO({ cwd: dir });
    expect(await runCalibrate(memory.io, undefined, { ...OPTIONS, journal })).toBe(0);
    const report = JSON.parse(memory.stdout()) as Record<string, any>;
    expect(report.sources).toEqual([
      {
        kind: 'journal',
        label: 'journal.jsonl',
        rows: 10,
        other_criteria: 8,
        criteria_answered: 4,
        criteria_applied: 4,
        thin: [
          { id: 'budget', answered: 2, applied: 10 },
          { id: 'scope', answered: 2, applied: 10 },
        ],
      },
    ]);
    expect(report.recommended_accept).toBeNull();
    expect(report.recommended_by).toBeNull();
    expect(report.withheld).toContainEqual({ code: 'thin-source', kind: 'journal', label: 'journal.jsonl', other_criteria: 8, criteria: ['budget', 'scope'] });
    expect(report.advice.some((item: { code: string }) => item.code === 'threshold')).toBe(false);

    const text = memoryIO({ cwd: dir });
    await runCalibrate(text.io, undefined, { ...OPTIONS, format: 'text', journal });
    const out = text.stdout().replace(/\s+/gu, ' ');
    expect(out).toContain('10 journal decisions (10 with an outcome; 8 made under other criteria)');
    expect(out).toContain('journal.jsonl: 10 decisions, 8 made under other criteria; answered 4 of the 4 current criteria');
    expect(out).toContain(
      'No threshold recommended: the journal journal.jsonl (8 decisions were made under other criteria) answered "budget" and "scope" in less than half of the decisions they apply to.',
    );
    expect(out).not.toMatch(/lower accept from|follows the target band/u);
    expect(out).toContain(
      'No threshold from outcomes yet: the lowest-cost threshold needs at least 20 good and 20 bad outcomes (with fewer, one client more or less moves it by tens of points), and there are 6 good and 4 bad (14 more good and 16 more bad to go).',
    );
  });

  it('shows criteria nobody answered as "no data" and leaves them out of the suggestions', async () => {
    const { dir, journal } = setup(0, 25);
    const memory = memoryIO({ cwd: dir });
    await runCalibrate(memory.io, undefined, { ...OPTIONS, journal });
    const report = JSON.parse(memory.stdout()) as Record<string, any>;
    const byId = Object.fromEntries(report.criteria.map((item: { id: string }) => [item.id, item]));
    expect(byId.budget).toMatchObject({ answered: 0, unknown: 25 });
    expect(byId.scope).toMatchObject({ answered: 0, unknown: 25 });
    expect(report.sources[0]).toMatchObject({ criteria_answered: 2, criteria_applied: 4 });
    expect(JSON.stringify(report.advice)).not.toMatch(/budget|scope/u);
    const text = memoryIO({ cwd: dir });
    await runCalibrate(text.io, undefined, { ...OPTIONS, format: 'text', journal });
    expect(text.stdout()).toMatch(/budget +no data/u);
    expect(text.stdout().replace(/\s+/gu, ' ')).toContain('no data: no lead or decision answered "budget" and "scope"; they are left out of the suggestions.');
  });

  it('recommends as usual when every decision was made under these criteria', async () => {
    const { dir, journal } = setup(10, 0);
    const memory = memoryIO({ cwd: dir });
    await runCalibrate(memory.io, undefined, { ...OPTIONS, journal });
    const report = JSON.parse(memory.stdout()) as Record<string, any>;
    expect(report.sources[0]).toMatchObject({ other_criteria: 0, criteria_answered: 4, thin: [] });
    expect(report.recommended_accept).not.toBeNull();
    // 10 outcomes: 4 bad and 6 good, below 20 of each: by the band, with what is still needed
    expect(report.recommended_by).toBe('band');
    expect(report.withheld).toEqual([{ code: 'few-outcomes', good: 6, bad: 4, min_each: 20, more_good: 14, more_bad: 16 }]);
  });
});
