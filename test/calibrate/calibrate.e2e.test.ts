import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, run, tempDir } from '../helpers/main.js';

const CRITERIA = join(FIXTURES, 'batch', 'criteria.yaml');
const HEADER = 'name,pays_upfront,deposit_percent,conflict_style,polite,revisions,notes,outcome';
// Scores with the contract criteria (accept 70, review 40): Anna 100, Boris 0 (must failed),
// Cleo 20 (unknowns), Dora 89 (revisions fail), Emil 78 (polite and revisions fail, 70/90).
const LEADS = [HEADER, 'Anna,yes,50,negotiates,yes,2,,good', 'Boris,no,,scandal,no,5,,bad', 'Cleo,?,,,yes,,,', 'Dora,yes,50,negotiates,yes,3,,bad', 'Emil,yes,50,negotiates,no,4,,good'].join('\n');

async function calibrate(csv: string, ...args: string[]) {
  const dir = tempDir();
  writeFileSync(join(dir, 'leads.csv'), csv);
  return run(['calibrate', 'leads.csv', '-c', CRITERIA, ...args], { cwd: dir });
}

describe('calibrate end to end', () => {
  it('reports acceptance, the band verdict and the recommendation as JSON', async () => {
    const result = await calibrate(LEADS, '--format', 'json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out);
    expect(report).toMatchObject({
      rows: 5,
      verdicts: { accept: 3, review: 1, reject: 1 },
      accept_share: 0.6,
      band: [0.2, 0.7],
      band_verdict: 'balanced',
      thresholds: { accept: 70, review: 40 },
      outcomes_known: 0,
    });
    expect(report.criteria_file.file).toBe(CRITERIA);
    expect(report.confusion).toBeUndefined();
  });

  it('--outcome reads a column of outcomes and fills the confusion table', async () => {
    const result = await calibrate(LEADS, '--outcome', 'Outcome', '--format', 'json');
    const report = JSON.parse(result.out);
    expect(report.outcomes_known).toBe(4);
    expect(report.confusion).toEqual({ accepted_good: 2, accepted_bad: 1, turned_away_good: 0, turned_away_bad: 1 });
  });

  it('an unknown --outcome column is exit 2 with a suggestion', async () => {
    const result = await calibrate(LEADS, '--outcome', 'outcomes');
    expect(result.code).toBe(2);
    expect(result.err).toContain('--outcome outcomes: leads.csv has no such column (did you mean "outcome"?)');
  });

  it('what-if: before and after side by side; the criteria file is untouched', async () => {
    const text = await calibrate(LEADS, '--threshold', 'accept=90');
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/before/iu);
    expect(text.out).toMatch(/after/iu);
    const json = JSON.parse((await calibrate(LEADS, '--threshold', 'accept=90', '--format', 'json')).out);
    expect(json.verdicts.accept).toBe(1);
    expect(json.before.verdicts.accept).toBe(3);
    const dropped = JSON.parse((await calibrate(LEADS, '--drop', 'revisions', '--drop', 'polite', '--format', 'json')).out);
    expect(dropped.criteria.map((criterion: { id: string }) => criterion.id)).not.toContain('revisions');
    expect(dropped.before.criteria.map((criterion: { id: string }) => criterion.id)).toContain('revisions');
    const bad = await calibrate(LEADS, '--drop', 'politeness');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('did you mean "polite"?');
  });

  it('text report has every section and fits the width', async () => {
    const result = await calibrate(LEADS, '--outcome', 'outcome');
    for (const section of ['Acceptance', 'Criteria', 'Thresholds', 'Outcomes', 'Scores', 'What next']) expect(result.out).toContain(section);
    expect(result.out).toContain('◀ accept 70');
    for (const line of result.out.split('\n')) expect(line.length).toBeLessThanOrEqual(200);
  });

  it('reads the journal: decisions re-scored, outcomes joined', async () => {
    const home = tempDir();
    const env = { HOME: home };
    const save = (name: string, sets: string[]) => run(['score', '-c', CRITERIA, '--name', name, '--no-input', '--save', ...sets.flatMap((set) => ['--set', set])], { env });
    expect((await save('Anna', ['pays_upfront=yes', 'deposit_percent=50', 'conflict_style=negotiates', 'polite=yes', 'revisions=1', 'notes='])).code).toBe(0);
    expect((await save('Boris', ['pays_upfront=no', 'conflict_style=scandal'])).code).toBe(0);
    expect((await run(['outcome', 'Anna', 'good'], { env })).code).toBe(0);
    expect((await run(['outcome', 'Boris', 'bad'], { env })).code).toBe(0);
    const result = await run(['calibrate', '-c', CRITERIA, '--journal', '--format', 'json'], { env });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out);
    expect(report.rows).toBe(2);
    expect(report.confusion).toEqual({ accepted_good: 1, accepted_bad: 0, turned_away_good: 0, turned_away_bad: 1 });
  });

  it('--journal leads.csv is caught: the lead file goes first', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'leads.csv'), LEADS);
    const result = await run(['calibrate', '-c', CRITERIA, '--journal', 'leads.csv'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.err).toBe('clientfit: --journal leads.csv: that looks like a lead file, not a journal\nPut the lead file first: clientfit calibrate leads.csv --journal\n');
  });

  it('no journal yet is a clear error', async () => {
    const result = await run(['calibrate', '-c', CRITERIA, '--journal']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('no journal at');
  });

  it('reads the same dialects as batch: ; with decimal commas', async () => {
    const result = await calibrate(LEADS.replaceAll(',', ';'), '--format', 'json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out).rows).toBe(5);
  });
});
