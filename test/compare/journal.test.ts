/**
 * compare --journal: decisions re-scored from their answers under both lists, flips named by
 * decision id, outcomes from the journal; with a lead file too, both feed one comparison.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCompare } from '../../src/cli/commands/compare/run.js';
import type { CompareReport } from '../../src/core/compare.js';
import { decisionLine, outcomeLine, serializeLine } from '../../src/core/journal.js';
import { tempDir } from '../helpers/cli.js';
import { memoryIO } from '../helpers/memory-io.js';

const OLD = `version: 1
thresholds: { accept: 70, review: 40 }
criteria:
  - { id: pays, question: Pays?, type: yes-no, must: true, points: 35 }
  - { id: polite, question: Polite?, type: yes-no, points: 30 }
  - { id: budget, question: Budget?, type: number, min: 1000, points: 35 }
`;
const NEW = OLD.replace('accept: 70', 'accept: 60').replace('must: true, ', '');
const RESULT = { score: 0, potential: 0, verdict: 'review' as const, failed: [], unknown: [] };

function setup(): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'old.yaml'), OLD);
  writeFileSync(join(dir, 'new.yaml'), NEW);
  const decisions: [string, Record<string, boolean | number>, 'good' | 'bad' | undefined][] = [
    ['Acme', { pays: true, polite: true, budget: 500 }, 'bad'], // 65: review → accept
    ['Bolt', { pays: false, polite: true, budget: 5000 }, 'good'], // 65, pays failed: reject → accept
    ['Cora', { pays: true, polite: true, budget: 5000 }, 'good'], // 100: accept under both
    ['Dune', { pays: false, polite: false, budget: 500 }, undefined], // 0: reject under both, no outcome
  ];
  const lines = decisions.flatMap(([name, answers, outcome], index) => {
    const decision = decisionLine({ id: `d${index}`, time: new Date(2025, 0, 1 + index), name, answers, result: RESULT, criteria: { file: '/x.yaml', sha256: 'x' } });
    return [decision, ...(outcome === undefined ? [] : [outcomeLine({ id: `o${index}`, time: new Date(2025, 1, 1), decision, outcome, note: undefined })])].map(serializeLine);
  });
  writeFileSync(join(dir, 'journal.jsonl'), lines.join(''));
  writeFileSync(join(dir, 'leads.csv'), 'name,pays,polite,budget,outcome\nEcho,yes,yes,500,good\n');
  return dir;
}

describe('compare --journal', () => {
  it('re-scores each decision under both lists and names the flips by decision id', async () => {
    const dir = setup();
    const memory = memoryIO({ cwd: dir });
    expect(await runCompare(memory.io, 'old.yaml', 'new.yaml', undefined, { journal: 'journal.jsonl', costBadAccepted: '3', format: 'json' })).toBe(0);
    const report = JSON.parse(memory.stdout()) as CompareReport;
    expect(report.leads).toBe(4);
    expect(report.flips).toEqual([
      { id: 'd0', name: 'Acme', from: 'review', to: 'accept' },
      { id: 'd1', name: 'Bolt', from: 'reject', to: 'accept' },
    ]);
    expect(report.outcomes).toMatchObject({
      known: 3,
      good: 2,
      bad: 1,
      before: { bad_let_in: 0, good_turned_away: 1, cost: 1 },
      after: { bad_let_in: 1, good_turned_away: 0, cost: 3 },
      cost_change: 2,
    });
  });

  it('adds a lead file and the journal into one comparison, and words it', async () => {
    const dir = setup();
    const memory = memoryIO({ cwd: dir });
    expect(await runCompare(memory.io, 'old.yaml', 'new.yaml', 'leads.csv', { journal: 'journal.jsonl', outcome: 'outcome', costBadAccepted: '3', format: 'text' })).toBe(0);
    const out = memory.stdout();
    expect(out).toContain('on 1 lead from leads.csv and 4 journal decisions (3 with an outcome)');
    expect(out).toContain('3 of 5 leads change verdict:');
    expect(out).toContain('Counted on the 4 leads with a known outcome (of 5): 3 good, 1 bad.');
    expect(out).toContain('line 2 Echo');
    expect(out).toContain('decision d1 Bolt');
  });

  it('says how to write it when the lead file is given to --journal', async () => {
    const dir = setup();
    const memory = memoryIO({ cwd: dir });
    await expect(runCompare(memory.io, 'old.yaml', 'new.yaml', undefined, { journal: 'leads.csv', costBadAccepted: '3', format: 'text' })).rejects.toMatchObject({
      message: '--journal leads.csv: that looks like a lead file, not a journal',
      details: ['Put the lead file after the two lists: clientfit compare old.yaml new.yaml leads.csv --journal'],
    });
  });
});
