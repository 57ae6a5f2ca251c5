/** Hand-computed figures for the Calibrator: see the table in data.ts. */
import { describe, expect, it } from 'vitest';
import { Calibrator, readOutcome, type CalibrationReport } from '../../src/core/calibrate.js';
import { createScorer } from '../../src/core/score.js';
import { joinOutcomes, parseJournal } from '../../src/core/journal.js';
import { calibrate, FEW, criteriaFrom, freelancer, HUNDRED, ladder, ladderYaml, SMALL, smallYaml } from './data.js';

const small = criteriaFrom(smallYaml());

function byId(report: CalibrationReport, id: string): CalibrationReport['criteria'][number] {
  return report.criteria.find((criterion) => criterion.id === id)!;
}

function sweepAt(report: CalibrationReport, threshold: number): CalibrationReport['sweep'][number] {
  return report.sweep.find((point) => point.accept === threshold)!;
}

describe('acceptance', () => {
  const report = calibrate(small, SMALL, false).report(FEW);

  it('counts verdicts as the scorer decides them', () => {
    const scorer = createScorer(small);
    expect(SMALL.map((lead) => scorer.scoreAnswers(lead.answers).verdict).join(' ')).toBe('accept accept accept review reject review reject review accept reject');
    expect(report.rows).toBe(10);
    expect(report.verdicts).toEqual({ accept: 4, review: 3, reject: 3 });
    expect(report.verdict_shares).toEqual({ accept: 0.4, review: 0.3, reject: 0.3 });
    expect(report.accept_share).toBe(0.4);
    expect(report.thresholds).toEqual({ accept: 70, review: 40 });
  });

  it.each([
    ['', [0.2, 0.7], 'balanced'],
    ['calibration: { target_accept: [0.5, 0.9] }', [0.5, 0.9], 'too picky'],
    ['calibration: { target_accept: [0.1, 0.3] }', [0.1, 0.3], 'too lax'],
    ['calibration: { target_accept: [0.4, 0.4] }', [0.4, 0.4], 'balanced'],
  ] as const)('band %s → %s', (extra, band, verdict) => {
    const result = calibrate(criteriaFrom(smallYaml(extra)), SMALL, false).report(FEW);
    expect(result.band).toEqual(band);
    expect(result.band_verdict).toBe(verdict);
  });

  it('has no outcome figures when no outcome is known', () => {
    expect(report.outcomes_known).toBe(0);
    expect(report.outcomes).toEqual({ good: 0, bad: 0 });
    expect(report.confusion).toBeUndefined();
    expect(report.recommended_by).toBe('band');
    expect(report.sweep[0]).toEqual({ accept: 0, accepted: 6, accept_share: 0.6 });
    expect(byId(report, 'pays').bad_when_failed).toBeUndefined();
    expect(byId(report, 'pays').sole_blocker_failed_bad).toBeUndefined();
  });

  it('refuses to report on no rows', () => {
    expect(() => new Calibrator(small).report(FEW)).toThrow(expect.objectContaining({ problem: { code: 'no-leads' } }));
  });

  it('refuses a result scored with other criteria', () => {
    const other = createScorer(freelancer()).scoreAnswers({});
    expect(() => new Calibrator(small).add(other)).toThrow(/same criteria/u);
  });
});

describe('criteria', () => {
  const report = calibrate(small, SMALL, false).report(FEW);

  it('counts fails and unknowns (unknown includes unreadable answers)', () => {
    expect(report.criteria.map(({ id, failed, failed_share, unknown, unknown_share, not_applicable }) => ({ id, failed, failed_share, unknown, unknown_share, not_applicable }))).toEqual([
      { id: 'pays', failed: 3, failed_share: 0.3, unknown: 1, unknown_share: 0.1, not_applicable: 0 },
      { id: 'polite', failed: 4, failed_share: 0.4, unknown: 0, unknown_share: 0, not_applicable: 0 },
      { id: 'budget', failed: 4, failed_share: 0.4, unknown: 2, unknown_share: 0.2, not_applicable: 0 },
    ]);
    const withInvalid = calibrate(small, [{ name: 'X', answers: { pays: 'maybe', polite: 'yes', budget: 'lots' } }]).report(FEW);
    expect(byId(withInvalid, 'pays').unknown).toBe(1);
    expect(byId(withInvalid, 'budget').unknown).toBe(1);
  });

  it('finds sole blockers', () => {
    // pays: E (60 → 100), F (unknown must, 60 → 100), J (30 → 70); G only reaches 40.
    expect(byId(report, 'pays')).toMatchObject({ must: true, sole_blocker: 3, sole_blocker_share: 0.3, sole_blocker_failed: 2 });
    // polite: D (40 → 70) and H (40 → 70, budget unknown is no must); E, F, J have a must-have problem.
    expect(byId(report, 'polite')).toMatchObject({ must: false, sole_blocker: 2, sole_blocker_share: 0.2, sole_blocker_failed: 2 });
    // budget: D failed (40 → 70), H unknown (40 → 70).
    expect(byId(report, 'budget')).toMatchObject({ sole_blocker: 2, sole_blocker_share: 0.2, sole_blocker_failed: 1 });
  });

  it('computes the accept share if a criterion were dropped', () => {
    // without pays (out of 60): A 100, E 100, F 100 (its unknown must no longer counts); B, C, I 50.
    expect(byId(report, 'pays').accept_share_if_dropped).toBe(0.3);
    // without polite (out of 70): A 100, B 100; C and I 40/70 = 57.
    expect(byId(report, 'polite').accept_share_if_dropped).toBe(0.2);
    // without budget (out of 70): A, C, I 100; B and D 57 or less.
    expect(byId(report, 'budget').accept_share_if_dropped).toBe(0.3);
  });

  it('counts a lesser choice as blocking: full points means the best option', () => {
    const criteria = criteriaFrom(`version: 1
thresholds: { accept: 70, review: 40 }
criteria:
  - { id: pays, question: Pays?, type: yes-no, points: 50 }
  - id: style
    question: Style?
    type: choice
    options:
      - { value: calm, points: 50 }
      - { value: quiet, points: 10 }
      - { value: scandal, points: 80, fail: true }
`);
    const report = calibrate(criteria, [
      { name: 'quiet', answers: { pays: 'yes', style: 'quiet' } }, // 60/100 → review; at calm 100
      { name: 'scandal', answers: { pays: 'yes', style: 'scandal' } }, // 50/130 → 38; at calm 100/130 = 77
      { name: 'no-pay', answers: { pays: 'no', style: 'calm' } }, // 50/100; style already at best
    ]).report(FEW);
    expect(byId(report, 'style')).toMatchObject({ sole_blocker: 2, sole_blocker_failed: 1 });
    expect(byId(report, 'pays')).toMatchObject({ sole_blocker: 1, sole_blocker_failed: 1 });
  });

  it('leaves `when` dependants as they were (documented simplification)', () => {
    const criteria = freelancer();
    const everythingElse = { conflict_style: 'negotiates', polite: 'yes', respects_time: 'yes', revisions: 1, notes: '' };
    // pays_upfront no: deposit_percent is n/a. Had it passed, deposit_percent would apply, but we keep it n/a.
    const report = calibrate(criteria, [{ name: 'X', answers: { pays_upfront: 'no', deposit_percent: 10, ...everythingElse } }]).report(FEW);
    expect(byId(report, 'pays_upfront')).toMatchObject({ failed: 1, sole_blocker: 1 });
    expect(byId(report, 'deposit_percent')).toMatchObject({ not_applicable: 1, failed: 0, sole_blocker: 0, accept_share_if_dropped: 0 });
  });

  it('counts a lead none of whose criteria apply as review, never accepted', () => {
    const file = criteriaFrom(`version: 1
thresholds: { accept: 0, review: 0 }
criteria:
  - { id: w, question: W?, type: yes-no }
  - { id: x, question: X?, type: yes-no, when: { w: yes } }
`);
    // A file's first criterion always applies: the dependant alone applies to nobody here.
    const criteria = { ...file, criteria: [file.criteria[1]!] };
    const scorer = createScorer(criteria);
    const result = scorer.scoreAnswers({ x: 'yes' });
    expect(result.verdict).toBe('review');
    const calibrator = new Calibrator(criteria);
    calibrator.add(result);
    const report = calibrator.report(FEW);
    expect(report.verdicts).toEqual({ accept: 0, review: 1, reject: 0 });
    expect(sweepAt(report, 0).accepted).toBe(0);
    expect(report.criteria[0]).toMatchObject({ not_applicable: 1, sole_blocker: 0, accept_share_if_dropped: 0 });
  });
});

describe('threshold sweep and recommendation without outcomes', () => {
  const report = calibrate(small, SMALL, false).report(FEW);

  it('follows the verdict rule: score ≥ t and no must-have failed or unknown', () => {
    // clean leads: A 100, B 70, C 70, D 40, H 40, I 70
    expect(report.sweep.map((point) => point.accept)).toEqual([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100]);
    expect(sweepAt(report, 0)).toEqual({ accept: 0, accepted: 6, accept_share: 0.6 });
    expect(sweepAt(report, 40).accepted).toBe(6);
    expect(sweepAt(report, 45).accepted).toBe(4);
    expect(sweepAt(report, 70)).toEqual({ accept: 70, accepted: 4, accept_share: 0.4 });
    expect(sweepAt(report, 75).accepted).toBe(1);
    expect(sweepAt(report, 100)).toEqual({ accept: 100, accepted: 1, accept_share: 0.1 });
    expect(sweepAt(report, report.thresholds.accept).accepted).toBe(report.verdicts.accept);
  });

  it('recommends the share closest to the middle of the band, ties to the file’s threshold', () => {
    // middle 0.45: 45..70 all give 0.4; 70 is the file's.
    expect(report.recommended_accept).toBe(70);
    expect(report.recommended_by).toBe('band');
  });

  it('breaks ties on distance to the file’s threshold, then the lower', () => {
    // accept 55: 45..70 tie at 0.4; 55 is the file's own.
    expect(calibrate(criteriaFrom(smallYaml().replace('accept: 70', 'accept: 55')), SMALL, false).report(FEW).recommended_accept).toBe(55);
    // accept 72.5 (off the grid, added to the sweep): scores ≥ 73, like 75, so 0.1 (of 100 leads,
    // wholly under the band, so the band moves it): 45..70 win, 70 is closest.
    const offGrid = calibrate(criteriaFrom(smallYaml().replace('accept: 70', 'accept: 72.5')), HUNDRED, false).report(FEW);
    expect(offGrid.sweep.map((point) => point.accept)).toContain(72.5);
    expect(sweepAt(offGrid, 72.5).accepted).toBe(10);
    expect(offGrid.band_verdict_sure).toBe(true);
    expect(offGrid.recommended_accept).toBe(70);
    // Outcomes: one good lead at 51, one bad at 53, weight 1: cost 1 everywhere except 52.5 (2).
    // 50 and 55 are both 2.5 from the file's 52.5 → the lower.
    const criteria = criteriaFrom(ladderYaml(52.5));
    const leads = [
      { name: 'g', answers: { pays: 'yes', fit: 's51' }, outcome: 'good' as const },
      { name: 'b', answers: { pays: 'yes', fit: 's53' }, outcome: 'bad' as const },
    ];
    expect(sweepAt(calibrate(criteria, leads).report({ ...FEW, costBadAccepted: 1 }), 52.5).cost).toBe(2);
    expect(calibrate(criteria, leads).report({ ...FEW, costBadAccepted: 1 }).recommended_accept).toBe(50);
    expect(calibrate(criteria, leads).report(FEW).recommended_accept).toBe(55);
  });

  it('moves with the band, once the whole interval is outside it', () => {
    // 100 leads, 40% accepted (95% interval 31% to 50%). Middle 0.7: 0.6 at 0..40 → 40, the closest to 70
    expect(calibrate(criteriaFrom(smallYaml('calibration: { target_accept: [0.5, 0.9] }')), HUNDRED, false).report(FEW).recommended_accept).toBe(40);
    // middle 0.2: 0.1 at 75..100 → 75
    expect(calibrate(criteriaFrom(smallYaml('calibration: { target_accept: [0.1, 0.3] }')), HUNDRED, false).report(FEW).recommended_accept).toBe(75);
    // the same shares from 10 leads (17% to 69%) reach into both bands: the file's 70 stays
    expect(calibrate(criteriaFrom(smallYaml('calibration: { target_accept: [0.5, 0.9] }')), SMALL, false).report(FEW).recommended_accept).toBe(70);
    expect(calibrate(criteriaFrom(smallYaml('calibration: { target_accept: [0.1, 0.3] }')), SMALL, false).report(FEW).recommended_accept).toBe(70);
  });

  it('is known by construction on a ladder of scores', () => {
    // one lead per score 0..100: share at t is (101 - t) / 101. At the file's 90, 11/101 (95%
    // interval 6% to 19%) is wholly under the band; closest to 0.45 is t = 55 (46/101)
    const result = calibrate(criteriaFrom(ladderYaml(90)), ladder(65), false).report(FEW);
    expect(result.band_verdict_sure).toBe(true);
    expect(sweepAt(result, 55).accepted).toBe(46);
    expect(result.recommended_accept).toBe(55);
  });
});

describe('outcomes', () => {
  const report = calibrate(small, SMALL).report(FEW);

  it('counts known outcomes and the confusion table at the file’s thresholds', () => {
    expect(report.outcomes_known).toBe(9);
    expect(report.outcomes).toEqual({ good: 4, bad: 5 });
    // accepted A g, B b, C g, I b; turned away D g, E g, F b, G b, J b (H has no outcome)
    expect(report.confusion).toEqual({ accepted_good: 2, accepted_bad: 2, turned_away_good: 2, turned_away_bad: 3 });
  });

  it('sweeps bad clients let in and good ones turned away', () => {
    expect(sweepAt(report, 40)).toEqual({ accept: 40, accepted: 6, accept_share: 0.6, bad_accepted: 2, good_turned_away: 1, cost: 7 });
    expect(sweepAt(report, 70)).toEqual({ accept: 70, accepted: 4, accept_share: 0.4, bad_accepted: 2, good_turned_away: 2, cost: 8 });
    expect(sweepAt(report, 75)).toEqual({ accept: 75, accepted: 1, accept_share: 0.1, bad_accepted: 0, good_turned_away: 3, cost: 3 });
  });

  it('recommends the lowest cost, and the cost weight changes it', () => {
    expect(report.recommended_by).toBe('outcomes');
    expect(report.cost_bad_accepted).toBe(3);
    expect(report.recommended_accept).toBe(75);
    const calibrator = calibrate(small, SMALL);
    // weight 0.4: 1.8 at ≤ 40, 2.8 at 45..70, 3 at ≥ 75
    expect(calibrator.report({ ...FEW, costBadAccepted: 0.4 }).recommended_accept).toBe(40);
    // weight 1: 3 at ≤ 40 and at ≥ 75 → 75 is closer to 70
    expect(calibrator.report({ ...FEW, costBadAccepted: 1 }).recommended_accept).toBe(75);
    expect(() => calibrator.report({ ...FEW, costBadAccepted: -1 })).toThrow(expect.objectContaining({ problem: { code: 'bad-cost', value: -1 } }));
  });

  it('needs at least one good and one bad outcome to recommend by outcomes', () => {
    const onlyGood = SMALL.map((lead) => ({ ...lead, outcome: 'good' as const }));
    const result = calibrate(small, onlyGood).report(FEW);
    expect(result.outcomes_known).toBe(10);
    expect(result.confusion).toEqual({ accepted_good: 4, accepted_bad: 0, turned_away_good: 6, turned_away_bad: 0 }); // 4 accepted of 10, all good
    expect(result.recommended_by).toBe('band');
    expect(result.recommended_accept).toBe(70);
  });

  it('says how often failing a criterion went with a bad outcome', () => {
    // Wilson 95% by hand, z = 1.96: 2 of 3 → centre (2/3 + z²/6) / (1 + z²/3) = 0.5731, half 0.3654;
    // 2 of 4 → centre 0.5, half (z / (1 + z²/4)) · √(1/16 + z²/64) = 0.3500.
    expect(byId(report, 'pays').bad_when_failed).toEqual({ failed_with_outcome: 3, bad: 2, bad_share: 0.6667, interval: [0.2077, 0.9385] });
    // polite failed in B b, D g, G b, H (no outcome)
    expect(byId(report, 'polite').bad_when_failed).toEqual({ failed_with_outcome: 3, bad: 2, bad_share: 0.6667, interval: [0.2077, 0.9385] });
    expect(byId(report, 'budget').bad_when_failed).toEqual({ failed_with_outcome: 4, bad: 2, bad_share: 0.5, interval: [0.15, 0.85] });
    expect(byId(report, 'pays')).toMatchObject({ sole_blocker_failed_good: 1, sole_blocker_failed_bad: 1 });
    const never = calibrate(small, [{ name: 'X', answers: { pays: 'yes', polite: 'yes', budget: 5000 }, outcome: 'good' }]).report(FEW);
    expect(byId(never, 'pays').bad_when_failed).toEqual({ failed_with_outcome: 0, bad: 0, bad_share: null, interval: null });
  });

  it('finds the best threshold known by construction', () => {
    const criteria = criteriaFrom(ladderYaml());
    // good exactly from 65: threshold 65 lets no bad in and turns no good away
    const exact = calibrate(criteria, ladder(65)).report(FEW);
    expect(sweepAt(exact, 65)).toMatchObject({ bad_accepted: 0, good_turned_away: 0, cost: 0 });
    expect(exact.recommended_accept).toBe(65);
    expect(calibrate(criteria, ladder(65)).report({ ...FEW, costBadAccepted: 0.1 }).recommended_accept).toBe(65);
    // good from 62: 60 lets 2 bad in (cost 6 at weight 3), 65 turns 3 good away (cost 3)
    const between = calibrate(criteria, ladder(62));
    expect(sweepAt(between.report(FEW), 60)).toMatchObject({ bad_accepted: 2, good_turned_away: 0, cost: 6 });
    expect(sweepAt(between.report(FEW), 65)).toMatchObject({ bad_accepted: 0, good_turned_away: 3, cost: 3 });
    expect(between.report(FEW).recommended_accept).toBe(65);
    expect(between.report({ ...FEW, costBadAccepted: 1 }).recommended_accept).toBe(60);
  });
});

describe('histogram', () => {
  it('puts each score in a band of 5 points, 95-100 last', () => {
    const report = calibrate(small, SMALL).report(FEW);
    expect(report.histogram).toHaveLength(20);
    expect(report.histogram[0]).toEqual({ from: 0, to: 4, count: 1, good: 0, bad: 1 });
    expect(report.histogram[19]).toEqual({ from: 95, to: 100, count: 1, good: 1, bad: 0 });
    const nonEmpty = report.histogram.filter((band) => band.count > 0);
    expect(nonEmpty).toEqual([
      { from: 0, to: 4, count: 1, good: 0, bad: 1 },
      { from: 30, to: 34, count: 1, good: 0, bad: 1 },
      { from: 40, to: 44, count: 2, good: 1, bad: 0 },
      { from: 60, to: 64, count: 2, good: 1, bad: 1 },
      { from: 70, to: 74, count: 3, good: 1, bad: 2 },
      { from: 95, to: 100, count: 1, good: 1, bad: 0 },
    ]);
    expect(calibrate(small, SMALL, false).report(FEW).histogram[14]).toEqual({ from: 70, to: 74, count: 3 });
  });
});

describe('journal with outcomes', () => {
  it('reads recorded outcomes in the answer reader’s words and counts rows without one', () => {
    const journal = [
      { answers: SMALL[0]!.answers, outcome: 'good' },
      { answers: SMALL[1]!.answers, outcome: 'Bad' },
      { answers: SMALL[2]!.answers, outcome: 'yes' },
      { answers: SMALL[3]!.answers, outcome: 'да' },
      { answers: SMALL[4]!.answers, outcome: true },
      { answers: SMALL[5]!.answers, outcome: 'нет' },
      { answers: SMALL[6]!.answers, outcome: 'no' },
      { answers: SMALL[7]!.answers, outcome: '?' },
      { answers: SMALL[8]!.answers, outcome: 'n' },
      { answers: SMALL[9]!.answers, outcome: false },
    ];
    const scorer = createScorer(small);
    const calibrator = new Calibrator(small);
    for (const entry of journal) {
      const outcome = readOutcome(entry.outcome);
      calibrator.add(scorer.scoreAnswers(entry.answers), outcome.kind === 'outcome' ? outcome.value : undefined);
    }
    // The hand-computed figures (data.ts), not only another Calibrator's: equal reports from a
    // Calibrator that ignored outcomes would pass the comparison below.
    const report = calibrator.report(FEW);
    expect(report).toMatchObject({ outcomes_known: 9, outcomes: { good: 4, bad: 5 }, confusion: { accepted_good: 2, accepted_bad: 2, turned_away_good: 2, turned_away_bad: 3 } });
    expect(report).toEqual(calibrate(small, SMALL).report(FEW));
  });

  it('re-scores journal decisions with the current criteria and uses the latest recorded outcome', () => {
    const decision = (id: string, answers: Record<string, unknown>): string =>
      JSON.stringify({
        type: 'decision',
        id,
        time: '2025-01-01T00:00:00Z',
        name: id,
        answers,
        result: { score: 0, potential: 0, verdict: 'reject', failed: [], unknown: [] }, // stale: re-scored
        criteria: { file: 'criteria.yaml', sha256: 'x' },
      });
    const outcome = (id: string, of: string, value: string): string =>
      JSON.stringify({
        type: 'outcome',
        id,
        time: '2025-02-01T00:00:00Z',
        decision: of,
        name: null,
        outcome: value,
        note: null,
      });
    const lines = SMALL.map((lead) => decision(lead.name, Object.fromEntries(Object.entries(lead.answers).map(([key, value]) => [key, value === '?' || value === '' ? null : value]))));
    // B first recorded good, then corrected to bad: the later line wins. H has no outcome.
    lines.push(outcome('o0', 'B', 'good'));
    for (const lead of SMALL) if (lead.outcome !== undefined) lines.push(outcome(`o-${lead.name}`, lead.name, lead.outcome));
    const journal = parseJournal(`${lines.join('\n')}\n`);
    expect(journal.problems).toEqual([]);
    const scorer = createScorer(small);
    const calibrator = new Calibrator(small);
    for (const entry of joinOutcomes(journal.decisions, journal.outcomes)) calibrator.add(scorer.scoreAnswers(entry.decision.answers), entry.outcome?.outcome);
    // B's correction to bad counts (the hand-computed figures of data.ts), and the stale stored results do not.
    const report = calibrator.report(FEW);
    expect(report).toMatchObject({
      rows: 10,
      verdicts: { accept: 4, review: 3, reject: 3 },
      outcomes_known: 9,
      outcomes: { good: 4, bad: 5 },
      confusion: { accepted_good: 2, accepted_bad: 2, turned_away_good: 2, turned_away_bad: 3 },
    });
    expect(report).toEqual(calibrate(small, SMALL).report(FEW));
  });

  it.each([
    ['good', 'good'],
    ['OK', 'good'],
    ['yes', 'good'],
    ['ναι', 'good'],
    [1, 'good'],
    ['bad', 'bad'],
    ['BAD ', 'bad'],
    ['no', 'bad'],
    ['nein', 'bad'],
    [0, 'bad'],
  ] as const)('reads %s as %s', (raw, value) => {
    expect(readOutcome(raw)).toEqual({ kind: 'outcome', value });
  });

  it('reads empty and unknown words as not known, anything else as invalid', () => {
    for (const raw of ['', '?', 'n/a', 'TBD', null, undefined]) expect(readOutcome(raw)).toEqual({ kind: 'unknown' });
    expect(readOutcome('great success?!')).toEqual({ kind: 'invalid', problem: { code: 'not-an-outcome', raw: 'great success?!' } });
  });
});
