/** The text report: sections, histogram, what-if side by side, and never wider than the terminal. */
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { applyWhatIf } from '../../src/core/calibrate.js';
import { formatShare, renderCalibration, renderHistogram } from '../../src/render/calibration.js';
import { createStyle } from '../../src/render/style.js';
import { textWidth } from '../../src/render/table.js';
import { calibrate, FEW, criteriaFrom, freelancer, SMALL, smallYaml } from './data.js';
import { ENGLISH } from '../../src/i18n/index.js';

const plain = createStyle(0);
const colour = createStyle(3);
const small = criteriaFrom(smallYaml());
const withOutcomes = calibrate(small, SMALL).report(FEW);
const without = calibrate(small, SMALL, false).report(FEW);

function widest(lines: readonly string[]): number {
  return Math.max(...lines.map(textWidth));
}

function line(lines: readonly string[], start: string): string {
  const found = lines.find((candidate) => candidate.trimStart().startsWith(start));
  if (found === undefined) throw new Error(`no line starting with ${start}`);
  return found;
}

describe('histogram', () => {
  it('renders at 40 columns: one bar per band, good and bad apart, thresholds marked', () => {
    const lines = renderHistogram(ENGLISH, withOutcomes, plain, 40);
    // bar area: 40 - 2 indent - 6 label - 1 - 1 - 1 count - 12 mark = 17 cells for the largest band (3)
    expect(lines).toEqual([
      '     0-4 ▒▒▒▒▒▒            1',
      '     5-9                   0',
      '   10-14                   0',
      '   15-19                   0',
      '   20-24                   0',
      '   25-29                   0',
      '   30-34 ▒▒▒▒▒▒            1',
      '   35-39                   0',
      '   40-44 ██████░░░░░       2 ◀ review 40',
      '   45-49                   0',
      '   50-54                   0',
      '   55-59                   0',
      '   60-64 ██████▒▒▒▒▒       2',
      '   65-69                   0',
      '   70-74 ██████▒▒▒▒▒▒▒▒▒▒▒ 3 ◀ accept 70',
      '   75-79                   0',
      '   80-84                   0',
      '   85-89                   0',
      '   90-94                   0',
      '  95-100 ██████            1',
      '  █ good  ▒ bad  ░ no outcome',
    ]);
    expect(widest(lines)).toBeLessThanOrEqual(40);
  });

  it('renders at 120 columns with bars scaled to the width', () => {
    const lines = renderHistogram(ENGLISH, withOutcomes, plain, 120);
    expect(widest(lines)).toBeLessThanOrEqual(120);
    expect(widest(lines)).toBeGreaterThan(110);
    const top = line(lines, '70-74');
    expect(top).toContain('◀ accept 70');
    // 120 - 2 - 6 - 1 - 1 - 1 - 12 = 97 cells: 1 good in 3 → 32, 2 bad → 65
    expect(top).toContain(`${'█'.repeat(32)}${'▒'.repeat(65)} 3`);
    expect(line(lines, '40-44')).toContain('◀ review 40');
    expect(line(lines, '95-100')).toMatch(/^ {2}95-100 █{32} +1$/u);
  });

  it('uses one glyph and no legend without outcomes', () => {
    const lines = renderHistogram(ENGLISH, without, plain, 40);
    expect(lines.join('\n')).not.toMatch(/[▒░]|good/u);
    expect(line(lines, '70-74')).toBe('   70-74 █████████████████ 3 ◀ accept 70');
    expect(lines).toHaveLength(20);
  });

  it('puts both marks on one band when the thresholds share it', () => {
    const criteria = applyWhatIf(small, { thresholds: { accept: 72, review: 70 } });
    const lines = renderHistogram(ENGLISH, calibrate(criteria, SMALL).report(FEW), plain, 60);
    expect(line(lines, '70-74')).toContain('◀ accept 72, review 70');
    expect(widest(lines)).toBeLessThanOrEqual(60);
  });
});

describe('renderCalibration', () => {
  it.each([40, 120])('fits %i columns with every section', (width) => {
    for (const report of [withOutcomes, without]) {
      const lines = renderCalibration(ENGLISH, report, plain, width);
      expect(widest(lines)).toBeLessThanOrEqual(width);
      for (const title of ['Acceptance', 'Criteria', 'Thresholds', 'Scores', 'What next']) expect(lines).toContain(title);
      expect(lines.includes('Outcomes')).toBe(report === withOutcomes);
    }
  });

  it('fits even a very narrow terminal and long ids', () => {
    const long = criteriaFrom(smallYaml().replace('id: polite', 'id: writes_politely_and_coherently_in_every_message'));
    const report = calibrate(
      long,
      SMALL.map((lead) => ({ ...lead, answers: { ...lead.answers, writes_politely_and_coherently_in_every_message: lead.answers.polite } })),
    ).report(FEW);
    for (const width of [20, 40, 120]) expect(widest(renderCalibration(ENGLISH, report, colour, width))).toBeLessThanOrEqual(width);
  });

  it('lays out the same with and without colour', () => {
    const lines = renderCalibration(ENGLISH, withOutcomes, colour, 80);
    expect(lines.join('\n')).toContain('\u001b[');
    expect(lines.map((text) => stripVTControlCharacters(text))).toEqual(renderCalibration(ENGLISH, withOutcomes, plain, 80));
  });

  it('shows the figures people act on', () => {
    const text = renderCalibration(ENGLISH, withOutcomes, plain, 120).join('\n');
    expect(text).toContain('10 leads: 4 accept (40%), 3 review (30%), 3 reject (30%)');
    expect(text).toContain('Accepting 40% of leads (95% interval 17% to 69%): balanced, but the sample is too small to be sure (target 20% to 70%)');
    expect(text).toMatch(/pays\s+must\s+30%\s+10%\s+30%\s+30%\s+2\/3 67%/u);
    // the sweep, runs of equal figures merged, current (*) and recommended (>) on their own rows
    expect(text).toMatch(/\n\s+0-40\s+60%\s+6\s+2\s+1\s+7\n\s+45-65\s+40%\s+4\s+2\s+2\s+8\n\s+\*\s+70\s+40%\s+4\s+2\s+2\s+8\n\s+>\s+75\s+10%\s+1\s+0\s+3\s+3\n\s+80-100\s+10%/u);
    expect(text).toMatch(/accepted\s+2\s+2\s+2 bad clients let in/u);
    expect(text).toMatch(/turned away\s+2\s+3\s+2 good clients turned away/u);
    expect(text).toContain('  - raise accept from 70 to 75: 2 fewer bad clients let in, 1 more good one turned away');
  });

  it('shows before and after side by side for a what-if', () => {
    const after = calibrate(applyWhatIf(small, { thresholds: { accept: 75 } }), SMALL).report(FEW);
    const lines = renderCalibration(ENGLISH, after, plain, 80, withOutcomes);
    expect(lines[0]).toBe('What if');
    const text = lines.join('\n');
    expect(text).toMatch(/before\s+after/u);
    expect(text).toMatch(/thresholds\s+70 \/ 40\s+75 \/ 40/u);
    expect(text).toMatch(/accept\s+4 \(40%\)\s+1 \(10%\)/u);
    expect(text).toMatch(/verdict\s+balanced\s+too picky/u);
    expect(text).toMatch(/bad let in\s+2\s+0/u);
    expect(text).toMatch(/good turned away\s+2\s+3/u);
    expect(text).toContain('at accept 75, review 40.');
    for (const width of [40, 120]) expect(widest(renderCalibration(ENGLISH, after, plain, width, withOutcomes))).toBeLessThanOrEqual(width);
  });

  it('renders a real criteria file with `when` and choices', () => {
    const criteria = freelancer();
    const leads = [
      { name: 'a', answers: { pays_upfront: 'yes', deposit_percent: 50, conflict_style: 'negotiates', polite: 'yes', respects_time: 'yes', revisions: 2, notes: '' }, outcome: 'good' as const },
      { name: 'b', answers: { pays_upfront: 'no', conflict_style: 'silent', polite: 'yes', respects_time: 'no', revisions: 5, notes: 'ASAP' }, outcome: 'bad' as const },
    ];
    const lines = renderCalibration(ENGLISH, calibrate(criteria, leads).report(FEW), plain, 40);
    expect(widest(lines)).toBeLessThanOrEqual(40);
    // At 40 columns the optional columns go and headers wrap before an id is cut.
    expect(lines.join('\n')).toContain('  deposit_percent  ');
  });
});

describe('formatShare', () => {
  it.each([
    [0, '0%'],
    [0.004, '<1%'],
    [0.005, '1%'],
    [0.314, '31%'],
    [0.996, '>99%'],
    [1, '100%'],
  ] as const)('%s → %s', (share, text) => {
    expect(formatShare(ENGLISH, share)).toBe(text);
  });
});
