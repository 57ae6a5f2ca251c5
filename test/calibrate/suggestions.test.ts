/** "What next": at most three suggestions that follow from the data, in the words. */
import { describe, expect, it } from 'vitest';
import { calibrate, criteriaFrom, SMALL, smallYaml, type Lead } from './data.js';

const small = criteriaFrom(smallYaml());

function withOutcomes(overrides: Record<string, 'good' | 'bad'>): Lead[] {
  return SMALL.map((lead) => (lead.name in overrides ? { ...lead, outcome: overrides[lead.name]! } : lead));
}

describe('suggestions', () => {
  it('questions a must-have that alone rejects a large share', () => {
    // pays alone rejects E and J: 2 of 10
    expect(calibrate(small, SMALL, false).report().suggestions).toEqual([
      'drop "pays" as a must-have: it alone rejects 20% of leads',
    ]);
  });

  it('says how the leads it rejected turned out, and what a threshold change would do', () => {
    expect(calibrate(small, SMALL).report().suggestions).toEqual([
      'drop "pays" as a must-have: it alone rejects 20% of leads and only 1 of the 2 with a known outcome turned out bad',
      'raise accept from 70 to 75: 2 fewer bad clients let in, 1 more good one turned away',
    ]);
    expect(calibrate(small, withOutcomes({ J: 'good' })).report().suggestions[0]).toBe(
      'drop "pays" as a must-have: it alone rejects 20% of leads and none of them turned out bad',
    );
  });

  it('keeps quiet about a must-have whose rejects turned out bad more often than the rest', () => {
    const suggestions = calibrate(small, withOutcomes({ E: 'bad' })).report().suggestions;
    expect(suggestions.some((line) => line.includes('as a must-have'))).toBe(false);
  });

  it('lowers the threshold when the outcomes favour it', () => {
    expect(calibrate(small, SMALL).report({ costBadAccepted: 0.4 }).suggestions[1]).toBe(
      'lower accept from 70 to 40: 1 fewer good client turned away, no more bad ones let in',
    );
  });

  it('moves the threshold into the band without outcomes', () => {
    expect(calibrate(criteriaFrom(smallYaml('calibration: { target_accept: [0.5, 0.9] }')), SMALL, false).report().suggestions).toEqual([
      'drop "pays" as a must-have: it alone rejects 20% of leads',
      'lower accept from 70 to 40: acceptance from 40% to 60%, into the band',
    ]);
    expect(calibrate(criteriaFrom(smallYaml('calibration: { target_accept: [0.1, 0.3] }')), SMALL, false).report().suggestions[1]).toBe(
      'raise accept from 70 to 75: acceptance from 40% to 10%, into the band',
    );
    expect(calibrate(criteriaFrom(smallYaml('calibration: { target_accept: [0.8, 0.9] }')), SMALL, false).report().suggestions[1]).toBe(
      'lower accept from 70 to 40: acceptance from 40% to 60%, closer to the band',
    );
  });

  it('lowers review too when the new accept threshold is below it', () => {
    const criteria = criteriaFrom(smallYaml('calibration: { target_accept: [0.5, 0.9] }').replace('review: 40', 'review: 50'));
    expect(calibrate(criteria, SMALL, false).report().suggestions[1]).toBe(
      'lower accept from 70 to 40 and review from 50 to 40: acceptance from 40% to 60%, into the band',
    );
  });

  it('calls a criterion that never fails noise, at most three suggestions in all', () => {
    const everyonePasses = Array.from({ length: 20 }, () => SMALL[0]!);
    const report = calibrate(small, [...everyonePasses, { name: 'x', answers: { pays: 'yes', polite: 'yes', budget: '?' } }], false).report();
    expect(report.band_verdict).toBe('too lax');
    // x scores 70 (budget unknown): at 75 only the 20 others are accepted
    expect(report.suggestions).toEqual([
      'raise accept from 70 to 75: acceptance from 100% to 95%, closer to the band',
      'drop or rethink "pays": it never failed in 21 answered leads, so it decides nothing',
      'drop or rethink "polite": it never failed in 21 answered leads, so it decides nothing',
    ]);
    // fewer than 20 answered leads: too little to tell
    expect(calibrate(small, everyonePasses.slice(1), false).report().suggestions).toEqual([]);
  });

  it('says to keep a balanced list when nothing else applies', () => {
    const report = calibrate(small, [SMALL[0]!, SMALL[3]!], false).report();
    expect(report.band_verdict).toBe('balanced');
    expect(report.suggestions).toEqual(['keep the list as it is: 50% of leads accepted, inside the target of 20% to 70%']);
  });
});
