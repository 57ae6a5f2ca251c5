/**
 * One story per report: the threshold the Thresholds section marks as recommended, the advice in
 * What next and the JSON agree; a handful of leads moves no threshold, whichever side of the band
 * its share falls on; and each "how many outcomes" figure says where it comes from.
 */
import { describe, expect, it } from 'vitest';
import { voiceOf } from '../../src/i18n/index.js';
import { LANGUAGES } from '../../src/i18n/languages.js';
import { adviceText, renderCalibration, withheldText } from '../../src/render/calibration.js';
import { createStyle } from '../../src/render/style.js';
import { calibrate, criteriaFrom, HUNDRED, SMALL, smallYaml, type Lead } from './data.js';
import { ENGLISH } from '../../src/i18n/index.js';

const plain = createStyle(0);

function text(lines: readonly string[]): string {
  return lines.join('\n').replace(/\n {2}/gu, ' ');
}

describe('inside the target band the current threshold is the recommended one', () => {
  // band 30% to 90%, middle 60%: accept 40 gives 60%, the file's 70 gives 40%, inside the band.
  const criteria = criteriaFrom(smallYaml('calibration: { target_accept: [0.3, 0.9] }'));
  const report = calibrate(criteria, HUNDRED, false).report();

  it('keeps the threshold, and the advice says to keep it', () => {
    expect(report.band_verdict).toBe('balanced');
    expect(report.band_verdict_sure).toBe(true);
    expect(report.recommended_by).toBe('band');
    expect(report.recommended_accept).toBe(70);
    expect(report.advice.map((advice) => advice.code)).toEqual(['keep', 'must-keeps-out']);
  });

  it('says so in the Thresholds legend', () => {
    const out = text(renderCalibration(ENGLISH, report, plain, 200));
    expect(out).toContain('*> the current accept threshold (70) is also the recommended one (acceptance 40%, 95% interval 31% to 50%, inside the target 30% to 90%)');
    expect(out).toContain('- keep the list as it is: 40% of leads accepted (95% interval 31% to 50%), inside the target of 30% to 90%');
  });

  it('a share right on the band\'s edge, on many leads, is kept, not "too few leads" forever', () => {
    // 40% accepted with the band from 40%: the interval crosses the edge however many leads there are.
    const edge = criteriaFrom(smallYaml('calibration: { target_accept: [0.4, 0.9] }'));
    const few = calibrate(edge, HUNDRED, false).report();
    expect(few.advice[0]).toMatchObject({ code: 'too-few-leads' });
    const many = calibrate(edge, Array.from({ length: 100 }, () => HUNDRED).flat(), false).report();
    expect(many.accept_share).toBe(0.4);
    expect(many.band_verdict_sure).toBe(true);
    expect(many.advice[0]).toMatchObject({ code: 'keep' });
  });

  it('still moves it toward the middle when the whole interval is outside the band', () => {
    const picky = calibrate(criteriaFrom(smallYaml('calibration: { target_accept: [0.55, 0.9] }')), HUNDRED, false).report();
    expect(picky.band_verdict).toBe('too picky');
    expect(picky.band_verdict_sure).toBe(true);
    expect(picky.recommended_accept).toBe(40);
    expect(picky.advice[0]).toMatchObject({ code: 'threshold', by: 'band', from: 70, to: 40, into_band: true });
    expect(text(renderCalibration(ENGLISH, picky, plain, 200))).toContain('> the recommended one (40: acceptance 60%, 95% interval 50% to 69%, closest to the middle of the target 55% to 90%)');
  });
});

describe('the cost explains the recommendation only when outcomes make it', () => {
  it('says the lowest cost is recommended by outcomes, and only later when the band recommends', () => {
    const byBand = calibrate(criteriaFrom(smallYaml()), SMALL).report();
    const byOutcomes = calibrate(criteriaFrom(smallYaml()), SMALL).report({ minOutcomesEach: 1 });
    expect([byBand.recommended_by, byOutcomes.recommended_by]).toEqual(['band', 'outcomes']);
    expect(text(renderCalibration(ENGLISH, byBand, plain, 400))).toContain(
      'Cost, in plain words: one bad client let in counts as much as 3 good ones turned away (set with --cost-bad-accepted); once there are enough outcomes, the threshold with the lowest cost is the one recommended.',
    );
    expect(text(renderCalibration(ENGLISH, byOutcomes, plain, 400))).toContain(
      'Cost, in plain words: one bad client let in counts as much as 3 good ones turned away (set with --cost-bad-accepted); the threshold with the lowest cost is the one recommended.',
    );
  });
});

describe('too few leads to move a threshold, on either side of the band', () => {
  const small = criteriaFrom(smallYaml());
  // A scores 100, D 40: one lead accepted is 100% (too lax), one in review 0% (too picky)
  const cases: [string, readonly Lead[], string][] = [
    [
      'one lead accepted',
      [SMALL[0]!],
      'too few leads to judge the list: 100% of 1 accepted, above the target of 20% to 70%, but the 95% interval 21% to 100% reaches into it; calibrate on more leads before moving the threshold',
    ],
    [
      'two leads accepted',
      [SMALL[0]!, SMALL[1]!],
      'too few leads to judge the list: 100% of 2 accepted, above the target of 20% to 70%, but the 95% interval 34% to 100% reaches into it; calibrate on more leads before moving the threshold',
    ],
    [
      'one lead in review',
      [SMALL[3]!],
      'too few leads to judge the list: 0% of 1 accepted, below the target of 20% to 70%, but the 95% interval 0% to 79% reaches into it; calibrate on more leads before moving the threshold',
    ],
  ];

  it.each(cases)('%s: no threshold advice, the current one kept', (_, leads, words) => {
    const report = calibrate(small, leads).report();
    expect(report.band_verdict_sure).toBe(false);
    expect(report.recommended_accept).toBe(70);
    expect(report.advice.map((advice) => advice.code)).toEqual(['too-few-leads']);
    expect(report.advice.map((advice) => adviceText(ENGLISH, advice))).toEqual([words]);
    expect(text(renderCalibration(ENGLISH, report, plain, 300))).toContain('*> the current accept threshold (70) is also the recommended one (acceptance');
  });

  it('counts one lead as one lead', () => {
    const lines = renderCalibration(ENGLISH, calibrate(small, [SMALL[0]!]).report(), plain, 200);
    expect(lines).toContain('  1 lead: 1 accept (100%), 0 review (0%), 0 reject (0%)');
  });

  it('says which side in every language', async () => {
    const lax = calibrate(small, [SMALL[0]!]).report().advice[0]!;
    const picky = calibrate(small, [SMALL[3]!]).report().advice[0]!;
    expect(lax).toMatchObject({ code: 'too-few-leads', band_verdict: 'too lax', rows: 1 });
    expect(picky).toMatchObject({ code: 'too-few-leads', band_verdict: 'too picky', rows: 1 });
    for (const lang of LANGUAGES) {
      const voice = await voiceOf(lang);
      expect(adviceText(voice, lax), lang).not.toBe(adviceText(voice, picky));
      expect(adviceText(voice, lax), lang).toMatch(/100\s?%/u);
    }
  });
});

describe('each minimum of outcomes says where it comes from', () => {
  // pays (must), polite and budget each failed by 10 or more leads with an outcome and passed by
  // 10 or more: 3 criteria in the model, so the weights need 30 of each; a threshold needs 20.
  const leadsOf = (allPassedBad: number): Lead[] =>
    (
      [
        [{ pays: 'yes', polite: 'yes', budget: 2000 }, 10, allPassedBad],
        [{ pays: 'no', polite: 'yes', budget: 2000 }, 5, 6],
        [{ pays: 'yes', polite: 'no', budget: 2000 }, 6, 5],
        [{ pays: 'yes', polite: 'yes', budget: 500 }, 4, 7],
      ] as const
    ).flatMap(([answers, good, bad]) => [
      ...Array.from({ length: good }, () => ({ name: 'g', answers, outcome: 'good' as const })),
      ...Array.from({ length: bad }, () => ({ name: 'b', answers, outcome: 'bad' as const })),
    ]);
  // 25 good and 20 bad: enough for a threshold, not for the weights
  const report = calibrate(criteriaFrom(smallYaml()), leadsOf(2)).report();
  // 25 good and 18 bad: too few for either; the weights' number is still the per-criterion one
  const fewer = calibrate(criteriaFrom(smallYaml()), leadsOf(0)).report();
  /** The paragraph under "Suggested weights" (or its translation): the line after the heading. */
  const weightsLine = (lines: readonly string[], heading: string): string => {
    const at = lines.indexOf(heading);
    const end = lines.findIndex((line, index) => index > at && line === '');
    return text(lines.slice(at + 1, end));
  };

  it('carries the per-criterion rule in the data', () => {
    expect(report.outcomes).toEqual({ good: 25, bad: 20 });
    expect(report.model).toMatchObject({ status: 'withheld', code: 'few-events', need_good: 30, need_bad: 30, min_each: 20, per_criterion: 10, in_model: 3 });
  });

  it('words the weights’ 30 as 10 per criterion for 3 criteria, and the threshold’s 20 as its own rule', () => {
    const out = text(renderCalibration(ENGLISH, report, plain, 400));
    expect(out).toContain(
      'No suggested weights yet: the weights need 10 good and 10 bad outcomes for each criterion in the model, so 30 good and 30 bad for its 3 criteria, and there are 25 good and 20 bad (5 more good and 10 more bad to go).',
    );
    expect(fewer.outcomes).toEqual({ good: 25, bad: 18 });
    expect(fewer.model).toMatchObject({ code: 'few-outcomes', need_good: 30, in_model: 3 });
    expect(withheldText(ENGLISH, fewer.withheld[0]!)).toMatch(
      /^No threshold from outcomes yet: the lowest-cost threshold needs at least 20 good and 20 bad outcomes \(with fewer, one client more or less moves it by tens of points\)/u,
    );
    expect(text(renderCalibration(ENGLISH, fewer, plain, 400))).toContain('the weights need 10 good and 10 bad outcomes for each criterion in the model, so 30 good and 30 bad for its 3 criteria');
  });

  it('says the overall minimum is the threshold’s when it is the larger', () => {
    const one = calibrate(criteriaFrom(smallYaml()), SMALL).report();
    expect(one.model).toMatchObject({ code: 'few-outcomes', need_good: 20, min_each: 20, per_criterion: 10, in_model: 0 });
    expect(text(renderCalibration(ENGLISH, one, plain, 400))).toContain(
      'No suggested weights yet: the model needs at least 20 good and 20 bad outcomes, the same minimum as a threshold from outcomes, and there are 4 good and 5 bad (16 more good and 15 more bad to go).',
    );
  });

  it('gives the weights’ number with its reason in every language', async () => {
    for (const lang of LANGUAGES) {
      const voice = await voiceOf(lang);
      const line = weightsLine(renderCalibration(voice, fewer, plain, 1000), voice.words.calibrate.headings.weights);
      // 10 per criterion, 30 in all, 3 criteria in the model, 25 good and 18 bad so far
      for (const figure of ['10', '30', '3', '25', '18']) expect(line, lang).toMatch(new RegExp(`(^|\\D)${figure}(\\D|$)`, 'u'));
    }
  });
});
