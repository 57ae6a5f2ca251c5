/** "What next": at most three suggestions that follow from the data, in the words. */
import { describe, expect, it } from 'vitest';
import { adviceText } from '../../src/render/calibration.js';
import { calibrate, FEW, criteriaFrom, HUNDRED, SMALL, smallYaml, type Lead } from './data.js';
import { ENGLISH } from '../../src/i18n/index.js';

const small = criteriaFrom(smallYaml());

function withOutcomes(overrides: Record<string, 'good' | 'bad'>): Lead[] {
  return SMALL.map((lead) => (lead.name in overrides ? { ...lead, outcome: overrides[lead.name]! } : lead));
}

describe('suggestions', () => {
  it('shows what a must-have alone keeps out, and never advises dropping it without outcomes', () => {
    // pays alone rejects E and J: 2 of 10. A fact about a minimum requirement, not advice.
    const report = calibrate(small, SMALL, false).report(FEW);
    expect(report.advice).toContainEqual({ code: 'must-keeps-out', id: 'pays', share: 0.2, failed_known: 0, margin: 0.1 });
    expect(report.advice.map((advice) => advice.code)).not.toContain('drop-must');
    expect(report.advice.map((advice) => adviceText(ENGLISH, advice))).toContain(
      '"pays" alone keeps out 20% of leads. That is what this minimum requirement costs, not a reason to drop it: only outcomes showing that leads failing it turn out no worse than the rest (within 10 points) would be one, and 0 such leads have a known outcome.',
    );
  });

  it('does not advise dropping a must-have on a handful of outcomes: the interval is too wide', () => {
    // 3 leads failing pays have an outcome (E good, G and J bad): far too few to show they are no worse
    const report = calibrate(small, SMALL).report(FEW);
    expect(report.advice.map((advice) => adviceText(ENGLISH, advice))).toEqual([
      'raise accept from 70 to 75: 2 fewer bad clients let in, 1 more good one turned away',
      '"pays" alone keeps out 20% of leads. That is what this minimum requirement costs, not a reason to drop it: only outcomes showing that leads failing it turn out no worse than the rest (within 10 points) would be one, and 3 such leads have a known outcome.',
    ]);
    expect(
      calibrate(small, withOutcomes({ G: 'good', J: 'good' }))
        .report(FEW)
        .advice.map((advice) => advice.code),
    ).not.toContain('drop-must');
  });

  it('advises making a must-have ordinary when outcomes show leads failing it turn out no worse, within 10 points', () => {
    // 200 leads failing pays (alone: polite and budget pass) were taken on anyway, 20 turned out
    // bad; of 400 others 40 did. Difference 0, Newcombe 95% interval -4.7 to +5.5 points: inside the margin.
    const failing = (bad: boolean): Lead => ({ name: 'x', answers: { pays: 'no', polite: 'yes', budget: 2000 }, outcome: bad ? 'bad' : 'good' });
    const passing = (bad: boolean): Lead => ({ name: 'y', answers: { pays: 'yes', polite: 'yes', budget: 2000 }, outcome: bad ? 'bad' : 'good' });
    const leads = [...Array.from({ length: 200 }, (_, index) => failing(index < 20)), ...Array.from({ length: 400 }, (_, index) => passing(index < 40))];
    const advice = calibrate(small, leads).report(FEW).advice;
    const drop = advice.find((item) => item.code === 'drop-must');
    expect(drop).toMatchObject({ id: 'pays', share: 0.3333, failed_known: 200, failed_bad: 20, rest_known: 400, rest_bad: 40, difference: 0, margin: 0.1 });
    expect(adviceText(ENGLISH, drop!)).toBe(
      'make "pays" an ordinary criterion (--optional pays) or drop it: it alone rejects 33% of leads, and outcomes show that leads failing it turn out no worse than the rest (10% bad of the 200 failing it with a known outcome, 10% of the rest; 95% interval of the difference −5 to +6 points, under the 10-point margin)',
    );
    // The same leads with twice the bad share among those failing it: the must-have does its job.
    const worse = [...Array.from({ length: 200 }, (_, index) => failing(index < 40)), ...Array.from({ length: 400 }, (_, index) => passing(index < 40))];
    expect(
      calibrate(small, worse)
        .report(FEW)
        .advice.map((item) => item.code),
    ).not.toContain('drop-must');
  });

  it('lowers the threshold when the outcomes favour it', () => {
    expect(
      calibrate(small, SMALL)
        .report({ ...FEW, costBadAccepted: 0.4 })
        .advice.map((advice) => adviceText(ENGLISH, advice))[0],
    ).toBe('lower accept from 70 to 40: 1 fewer good client turned away, no more bad ones let in');
  });

  it('moves the threshold into the band without outcomes, once the whole interval is outside it', () => {
    // 100 leads, 40% accepted: 95% interval 31% to 50%
    expect(
      calibrate(criteriaFrom(smallYaml('calibration: { target_accept: [0.5, 0.9] }')), HUNDRED, false)
        .report(FEW)
        .advice.map((advice) => adviceText(ENGLISH, advice)),
    ).toEqual([
      'lower accept from 70 to 40: acceptance from 40% to 60% (95% interval 50% to 69%), into the band',
      '"pays" alone keeps out 20% of leads. That is what this minimum requirement costs, not a reason to drop it: only outcomes showing that leads failing it turn out no worse than the rest (within 10 points) would be one, and 0 such leads have a known outcome.',
    ]);
    expect(
      calibrate(criteriaFrom(smallYaml('calibration: { target_accept: [0.1, 0.3] }')), HUNDRED, false)
        .report(FEW)
        .advice.map((advice) => adviceText(ENGLISH, advice))[0],
    ).toBe('raise accept from 70 to 75: acceptance from 40% to 10% (95% interval 6% to 17%), into the band');
    expect(
      calibrate(criteriaFrom(smallYaml('calibration: { target_accept: [0.8, 0.9] }')), HUNDRED, false)
        .report(FEW)
        .advice.map((advice) => adviceText(ENGLISH, advice))[0],
    ).toBe('lower accept from 70 to 40: acceptance from 40% to 60% (95% interval 50% to 69%), closer to the band');
    // the same shares from 10 leads: the interval (17% to 69%) reaches into the band
    expect(
      calibrate(criteriaFrom(smallYaml('calibration: { target_accept: [0.5, 0.9] }')), SMALL, false)
        .report(FEW)
        .advice.map((advice) => adviceText(ENGLISH, advice))[0],
    ).toBe('too few leads to judge the list: 40% of 10 accepted, below the target of 50% to 90%, but the 95% interval 17% to 69% reaches into it; calibrate on more leads before moving the threshold');
  });

  it('lowers review too when the new accept threshold is below it', () => {
    const criteria = criteriaFrom(smallYaml('calibration: { target_accept: [0.5, 0.9] }').replace('review: 40', 'review: 50'));
    expect(
      calibrate(criteria, HUNDRED, false)
        .report(FEW)
        .advice.map((advice) => adviceText(ENGLISH, advice))[0],
    ).toBe('lower accept from 70 to 40 and review from 50 to 40: acceptance from 40% to 60% (95% interval 50% to 69%), into the band');
  });

  it('calls a criterion that never fails noise, at most three suggestions in all', () => {
    const everyonePasses = Array.from({ length: 20 }, () => SMALL[0]!);
    const report = calibrate(small, [...everyonePasses, { name: 'x', answers: { pays: 'yes', polite: 'yes', budget: '?' } }], false).report(FEW);
    expect(report.band_verdict).toBe('too lax');
    // x scores 70 (budget unknown): at 75 only the 20 others are accepted
    expect(report.advice.map((advice) => adviceText(ENGLISH, advice))).toEqual([
      'raise accept from 70 to 75: acceptance from 100% to 95% (95% interval 77% to 99%), closer to the band',
      'drop or rethink "pays": it never failed in 21 answered leads, so it decides nothing',
      'drop or rethink "polite": it never failed in 21 answered leads, so it decides nothing',
    ]);
    // fewer than 20 answered leads: too little to tell
    expect(
      calibrate(small, everyonePasses.slice(1), false)
        .report(FEW)
        .advice.map((advice) => adviceText(ENGLISH, advice)),
    ).toEqual([]);
  });

  it('says to keep a balanced list when nothing else applies and the sample is large enough to be sure', () => {
    // 45 of 100 accepted: Wilson 95% interval 35.6% to 54.8%, inside 20% to 70%
    const leads = Array.from({ length: 100 }, (_, index) => (index < 45 ? SMALL[0]! : index < 95 ? SMALL[3]! : SMALL[4]!));
    const report = calibrate(small, leads, false).report(FEW);
    expect(report.accept_share_interval).toEqual([0.3561, 0.5476]);
    expect(report.band_verdict_sure).toBe(true);
    expect(report.advice.map((advice) => adviceText(ENGLISH, advice))).toEqual(['keep the list as it is: 45% of leads accepted (95% interval 36% to 55%), inside the target of 20% to 70%']);
  });

  it('does not call two leads balanced: it says the interval and asks for more leads', () => {
    const report = calibrate(small, [SMALL[0]!, SMALL[3]!], false).report(FEW);
    expect(report.band_verdict).toBe('balanced');
    expect(report.band_verdict_sure).toBe(false);
    // 1 of 2: Wilson 95% interval 0.0945 to 0.9055
    expect(report.accept_share_interval).toEqual([0.0945, 0.9055]);
    expect(report.advice).toEqual([{ code: 'too-few-leads', share: 0.5, interval: [0.0945, 0.9055], band: [0.2, 0.7], band_verdict: 'balanced', rows: 2 }]);
    expect(report.advice.map((advice) => adviceText(ENGLISH, advice))).toEqual([
      'too few leads to judge the list: 50% of 2 accepted, but the 95% interval 9% to 91% reaches outside the target of 20% to 70%; calibrate on more leads',
    ]);
  });
});
