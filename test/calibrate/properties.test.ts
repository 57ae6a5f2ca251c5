/**
 * Laws of the calibration maths on random leads, checked against brute force with the real
 * scorer: the counterfactuals are computed arithmetically in one pass, so re-scoring each
 * row as if the file said otherwise must give the same figures (no `when` here: with `when`
 * the Calibrator's documented simplification applies).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyWhatIf, Calibrator, type ClientOutcome } from '../../src/core/calibrate.js';
import type { Criteria } from '../../src/core/criteria.js';
import { createScorer } from '../../src/core/score.js';
import { adviceText } from '../../src/render/calibration.js';
import { criteriaFrom } from './data.js';
import { ENGLISH } from '../../src/i18n/index.js';

const base = criteriaFrom(`version: 1
thresholds: { accept: 70, review: 40 }
criteria:
  - { id: pays, question: Pays?, type: yes-no, must: true, points: 25 }
  - { id: polite, question: Polite?, type: yes-no, points: 15 }
  - { id: budget, question: Budget?, type: number, min: 1000, points: 20 }
  - id: style
    question: Style?
    type: choice
    must: true
    options:
      - { value: calm, points: 20 }
      - { value: quiet, points: 5 }
      - { value: scandal, points: 0, fail: true }
  - { id: notes, question: Notes?, type: text, red_flags: [discount], points: 7 }
`);

const BEST: Record<string, unknown> = { pays: 'yes', polite: 'yes', budget: 2000, style: 'calm', notes: '' };

const lead = fc.record({
  answers: fc.record({
    pays: fc.constantFrom('yes', 'no', '?', 'maybe'),
    polite: fc.constantFrom('yes', 'no', '?'),
    budget: fc.constantFrom(500, 2000, '?', 'lots'),
    style: fc.constantFrom('calm', 'quiet', 'scandal', '?'),
    notes: fc.constantFrom('', 'discount please', '?'),
  }),
  outcome: fc.constantFrom<ClientOutcome | undefined>(undefined, 'good', 'bad'),
});

const setup = fc.record({
  leads: fc.array(lead, { minLength: 1, maxLength: 40 }),
  accept: fc.integer({ min: 0, max: 100 }),
  review: fc.integer({ min: 0, max: 100 }),
});

type Lead = { answers: Record<string, unknown>; outcome: ClientOutcome | undefined };

function run(criteria: Criteria, leads: readonly Lead[]): Calibrator {
  const scorer = createScorer(criteria);
  const calibrator = new Calibrator(criteria);
  for (const { answers, outcome } of leads) calibrator.add(scorer.scoreAnswers(answers), outcome);
  return calibrator;
}

function acceptedCount(criteria: Criteria, leads: readonly Lead[]): number {
  const scorer = createScorer(criteria);
  return leads.filter(({ answers }) => scorer.scoreAnswers(answers).verdict === 'accept').length;
}

const rounded = (part: number, whole: number): number => Math.round((part / whole) * 1e4) / 1e4;

describe('calibration laws', () => {
  it('verdicts sum to rows, the sweep never rises with the threshold, and everything adds up', () => {
    fc.assert(
      fc.property(setup, ({ leads, accept, review }) => {
        const criteria = applyWhatIf(base, { thresholds: { accept, review } });
        const report = run(criteria, leads).report();
        const { verdicts } = report;
        expect(verdicts.accept + verdicts.review + verdicts.reject).toBe(leads.length);
        expect(report.rows).toBe(leads.length);
        for (let index = 1; index < report.sweep.length; index++) {
          expect(report.sweep[index]!.accept_share).toBeLessThanOrEqual(report.sweep[index - 1]!.accept_share);
          expect(report.sweep[index]!.accepted).toBeLessThanOrEqual(report.sweep[index - 1]!.accepted);
        }
        expect(report.sweep.find((point) => point.accept === accept)!.accepted).toBe(verdicts.accept);
        expect(report.histogram.reduce((sum, band) => sum + band.count, 0)).toBe(leads.length);
        expect(report.advice.map((advice) => adviceText(ENGLISH, advice)).length).toBeLessThanOrEqual(3);
        const known = leads.filter((item) => item.outcome !== undefined).length;
        expect(report.outcomes_known).toBe(known);
        if (report.confusion !== undefined) {
          const { accepted_good, accepted_bad, turned_away_good, turned_away_bad } = report.confusion;
          expect(accepted_good + accepted_bad + turned_away_good + turned_away_bad).toBe(known);
          expect(accepted_good + accepted_bad).toBeLessThanOrEqual(verdicts.accept);
        }
        for (const criterion of report.criteria) {
          expect(criterion.sole_blocker).toBeLessThanOrEqual(leads.length - verdicts.accept);
          expect(criterion.sole_blocker_failed).toBeLessThanOrEqual(Math.min(criterion.sole_blocker, criterion.failed));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('each sweep point is the acceptance the scorer gives at that threshold', () => {
    fc.assert(
      fc.property(setup, ({ leads, review }) => {
        const report = run(applyWhatIf(base, { thresholds: { review } }), leads).report();
        for (const point of report.sweep) {
          expect(point.accepted).toBe(acceptedCount(applyWhatIf(base, { thresholds: { accept: point.accept, review } }), leads));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('sole blockers and "if dropped" match re-scoring each lead as if the file said so', () => {
    fc.assert(
      fc.property(setup, ({ leads, accept, review }) => {
        const criteria = applyWhatIf(base, { thresholds: { accept, review } });
        const report = run(criteria, leads).report();
        const scorer = createScorer(criteria);
        for (const criterion of report.criteria) {
          const blocked = leads.filter(
            ({ answers }) => scorer.scoreAnswers(answers).verdict !== 'accept' && scorer.scoreAnswers({ ...answers, [criterion.id]: BEST[criterion.id] }).verdict === 'accept',
          );
          expect(criterion.sole_blocker).toBe(blocked.length);
          const dropped = applyWhatIf(criteria, { drop: [criterion.id] });
          expect(criterion.accept_share_if_dropped).toBe(rounded(acceptedCount(dropped, leads), leads.length));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('the recommended threshold is in the sweep and no sweep point beats it', () => {
    fc.assert(
      fc.property(setup, fc.double({ min: 0, max: 10, noNaN: true }), ({ leads, accept, review }, cost) => {
        const report = run(applyWhatIf(base, { thresholds: { accept, review } }), leads).report({ costBadAccepted: cost });
        const best = report.sweep.find((point) => point.accept === report.recommended_accept)!;
        expect(best).toBeDefined();
        const middle = (report.band[0] + report.band[1]) / 2;
        // By the band a threshold moves only when the whole interval is outside the band.
        const bandMoves = report.band_verdict !== 'balanced' && report.band_verdict_sure;
        if (report.recommended_by === 'band' && !bandMoves) expect(report.recommended_accept).toBe(report.thresholds.accept);
        for (const point of report.sweep) {
          if (report.recommended_by === 'outcomes') expect(best.cost!).toBeLessThanOrEqual(point.cost! + 1e-9);
          else if (bandMoves) expect(Math.abs(best.accepted / report.rows - middle)).toBeLessThanOrEqual(Math.abs(point.accepted / report.rows - middle) + 1e-9);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('tells one story: the advice moves the threshold to the recommended one, or keeps it when that is the current one', () => {
    fc.assert(
      fc.property(setup, fc.double({ min: 0, max: 10, noNaN: true }), ({ leads, accept, review }, cost) => {
        const report = run(applyWhatIf(base, { thresholds: { accept, review } }), leads).report({ costBadAccepted: cost, minOutcomesEach: 3 });
        const codes = report.advice.map((advice) => advice.code);
        const move = report.advice.find((advice) => advice.code === 'threshold');
        if (report.recommended_accept === null || report.recommended_accept === report.thresholds.accept) expect(move).toBeUndefined();
        else expect(move).toMatchObject({ from: report.thresholds.accept, to: report.recommended_accept });
        if (codes.includes('keep') || codes.includes('too-few-leads')) expect(report.recommended_accept).toBe(report.thresholds.accept);
        // a share whose interval reaches into the band moves no threshold by the band
        if (move?.by === 'band') expect(report.band_verdict_sure).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
