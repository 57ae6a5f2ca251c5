/** "What next": at most three suggestions that follow from the data, in the words. */
import { describe, expect, it } from 'vitest';
import { adviceText } from '../../src/render/calibration.js';
import { calibrate, FEW, criteriaFrom, SMALL, smallYaml, type Lead } from './data.js';

const small = criteriaFrom(smallYaml());

function withOutcomes(overrides: Record<string, 'good' | 'bad'>): Lead[] {
  return SMALL.map((lead) => (lead.name in overrides ? { ...lead, outcome: overrides[lead.name]! } : lead));
}

describe('suggestions', () => {
  it('questions a must-have that alone rejects a large share', () => {
    // pays alone rejects E and J: 2 of 10
    expect(calibrate(small, SMALL, false).report(FEW).advice.map(adviceText)).toEqual(['drop "pays" as a must-have: it alone rejects 20% of leads']);
  });

  it('says how the leads it rejected turned out, and what a threshold change would do', () => {
    expect(calibrate(small, SMALL).report(FEW).advice.map(adviceText)).toEqual([
      'drop "pays" as a must-have: it alone rejects 20% of leads and only 1 of the 2 with a known outcome turned out bad',
      'raise accept from 70 to 75: 2 fewer bad clients let in, 1 more good one turned away',
    ]);
    expect(
      calibrate(small, withOutcomes({ J: 'good' }))
        .report(FEW)
        .advice.map(adviceText)[0],
    ).toBe('drop "pays" as a must-have: it alone rejects 20% of leads and none of them turned out bad');
  });

  it('keeps quiet about a must-have whose rejects turned out bad more often than the rest', () => {
    const suggestions = calibrate(small, withOutcomes({ E: 'bad' }))
      .report(FEW)
      .advice.map(adviceText);
    expect(suggestions.some((line) => line.includes('as a must-have'))).toBe(false);
  });

  it('lowers the threshold when the outcomes favour it', () => {
    expect(
      calibrate(small, SMALL)
        .report({ ...FEW, costBadAccepted: 0.4 })
        .advice.map(adviceText)[1],
    ).toBe('lower accept from 70 to 40: 1 fewer good client turned away, no more bad ones let in');
  });

  it('moves the threshold into the band without outcomes', () => {
    expect(
      calibrate(criteriaFrom(smallYaml('calibration: { target_accept: [0.5, 0.9] }')), SMALL, false)
        .report(FEW)
        .advice.map(adviceText),
    ).toEqual(['drop "pays" as a must-have: it alone rejects 20% of leads', 'lower accept from 70 to 40: acceptance from 40% to 60% (95% interval 31% to 83%), into the band']);
    expect(
      calibrate(criteriaFrom(smallYaml('calibration: { target_accept: [0.1, 0.3] }')), SMALL, false)
        .report(FEW)
        .advice.map(adviceText)[1],
    ).toBe('raise accept from 70 to 75: acceptance from 40% to 10% (95% interval 2% to 40%), into the band');
    expect(
      calibrate(criteriaFrom(smallYaml('calibration: { target_accept: [0.8, 0.9] }')), SMALL, false)
        .report(FEW)
        .advice.map(adviceText)[1],
    ).toBe('lower accept from 70 to 40: acceptance from 40% to 60% (95% interval 31% to 83%), closer to the band');
  });

  it('lowers review too when the new accept threshold is below it', () => {
    const criteria = criteriaFrom(smallYaml('calibration: { target_accept: [0.5, 0.9] }').replace('review: 40', 'review: 50'));
    expect(calibrate(criteria, SMALL, false).report(FEW).advice.map(adviceText)[1]).toBe(
      'lower accept from 70 to 40 and review from 50 to 40: acceptance from 40% to 60% (95% interval 31% to 83%), into the band',
    );
  });

  it('calls a criterion that never fails noise, at most three suggestions in all', () => {
    const everyonePasses = Array.from({ length: 20 }, () => SMALL[0]!);
    const report = calibrate(small, [...everyonePasses, { name: 'x', answers: { pays: 'yes', polite: 'yes', budget: '?' } }], false).report(FEW);
    expect(report.band_verdict).toBe('too lax');
    // x scores 70 (budget unknown): at 75 only the 20 others are accepted
    expect(report.advice.map(adviceText)).toEqual([
      'raise accept from 70 to 75: acceptance from 100% to 95% (95% interval 77% to 99%), closer to the band',
      'drop or rethink "pays": it never failed in 21 answered leads, so it decides nothing',
      'drop or rethink "polite": it never failed in 21 answered leads, so it decides nothing',
    ]);
    // fewer than 20 answered leads: too little to tell
    expect(calibrate(small, everyonePasses.slice(1), false).report(FEW).advice.map(adviceText)).toEqual([]);
  });

  it('says to keep a balanced list when nothing else applies and the sample is large enough to be sure', () => {
    // 45 of 100 accepted: Wilson 95% interval 35.6% to 54.8%, inside 20% to 70%
    const leads = Array.from({ length: 100 }, (_, index) => (index < 45 ? SMALL[0]! : index < 95 ? SMALL[3]! : SMALL[4]!));
    const report = calibrate(small, leads, false).report(FEW);
    expect(report.accept_share_interval).toEqual([0.3561, 0.5476]);
    expect(report.band_verdict_sure).toBe(true);
    expect(report.advice.map(adviceText)).toEqual(['keep the list as it is: 45% of leads accepted (95% interval 36% to 55%), inside the target of 20% to 70%']);
  });

  it('does not call two leads balanced: it says the interval and asks for more leads', () => {
    const report = calibrate(small, [SMALL[0]!, SMALL[3]!], false).report(FEW);
    expect(report.band_verdict).toBe('balanced');
    expect(report.band_verdict_sure).toBe(false);
    // 1 of 2: Wilson 95% interval 0.0945 to 0.9055
    expect(report.accept_share_interval).toEqual([0.0945, 0.9055]);
    expect(report.advice).toEqual([{ code: 'too-few-leads', share: 0.5, interval: [0.0945, 0.9055], band: [0.2, 0.7], rows: 2 }]);
    expect(report.advice.map(adviceText)).toEqual([
      'too few leads to judge the list: 50% of 2 accepted, but the 95% interval 9% to 91% reaches outside the target of 20% to 70%; calibrate on more leads',
    ]);
  });
});
