/** applyWhatIf and the option parsers: the file as if it said otherwise, never modified. */
import { describe, expect, it } from 'vitest';
import { applyWhatIf, parseThresholds, WhatIfError } from '../../src/core/calibrate.js';
import { worded } from '../../src/cli/commands/calibrate/words.js';
import { ExitCode, UserError } from '../../src/errors.js';
import { calibrate, criteriaFrom, freelancer, SMALL, smallYaml } from './data.js';
import { ENGLISH } from '../../src/i18n/index.js';

const small = criteriaFrom(smallYaml());

describe('applyWhatIf', () => {
  it('changes thresholds, one or both', () => {
    expect(applyWhatIf(small, { thresholds: { accept: 75 } }).thresholds).toEqual({ accept: 75, review: 40 });
    expect(applyWhatIf(small, { thresholds: { accept: 60, review: 30 } }).thresholds).toEqual({ accept: 60, review: 30 });
    expect(small.thresholds).toEqual({ accept: 70, review: 40 });
  });

  it('drops criteria without touching the original', () => {
    const dropped = applyWhatIf(small, { drop: ['polite'] });
    expect(dropped.criteria.map((criterion) => criterion.id)).toEqual(['pays', 'budget']);
    expect(small.criteria).toHaveLength(3);
    // re-run: without polite (out of 70) A, B, C... as the "if dropped" column said
    const report = calibrate(dropped, SMALL, false).report();
    expect(report.accept_share).toBe(0.2); // 2 of 10, as the golden report's "if dropped" for polite says
    expect(report.accept_share).toBe(calibrate(small, SMALL, false).report().criteria[1]!.accept_share_if_dropped);
  });

  it('treats a must-have as an ordinary criterion', () => {
    const relaxed = applyWhatIf(small, { optional: ['pays'] });
    expect(relaxed.criteria[0]).toMatchObject({ id: 'pays', must: false, maxPoints: 40 });
    expect(small.criteria[0]!.must).toBe(true);
    // E (60) and F (60) are no longer held back by pays, but still below 70: review; G and J reject
    expect(calibrate(relaxed, SMALL, false).report().verdicts).toEqual({ accept: 4, review: 4, reject: 2 });
  });

  it('returns an equal list when nothing changes', () => {
    expect(applyWhatIf(small, {})).toEqual(small);
  });

  it('returns typed problems; the command words them with its flags', () => {
    expect(() => applyWhatIf(small, { drop: ['polit'] })).toThrow(expect.objectContaining({ problem: { code: 'unknown-id', option: 'drop', id: 'polit', suggestion: 'polite' } }));
    expect(() => applyWhatIf(small, { optional: ['polite'] })).toThrow(expect.objectContaining({ problem: { code: 'not-a-must', id: 'polite' } }));
    expect(() => parseThresholds('accept=high')).toThrow(expect.objectContaining({ problem: { code: 'threshold-syntax', text: 'accept=high', part: 'accept=high' } }));
    expect(() => worded(ENGLISH.words, () => parseThresholds('reviw=40'))).toThrow('--threshold reviw=40: expected accept=N,review=M (got "reviw=40")');
    expect(() => worded(ENGLISH.words, () => parseThresholds('accept=50,accept=60'))).toThrow('--threshold accept=50,accept=60: accept is given twice; give it once');
  });

  it('names an unknown id with a did-you-mean, as a usage error', () => {
    expect(() => worded(ENGLISH.words, () => applyWhatIf(small, { drop: ['polit'] }))).toThrow('--drop polit: there is no criterion "polit" (did you mean "polite"?)');
    expect(() => worded(ENGLISH.words, () => applyWhatIf(small, { optional: ['zzz'] }))).toThrow('--optional zzz: there is no criterion "zzz"');
    // A try/catch here passed when nothing was thrown: catch it as a value.
    let error: unknown;
    try {
      applyWhatIf(small, { drop: ['nope'] });
    } catch (caught) {
      error = caught;
    }
    // core throws the typed problem, with no exit code; the command's words make it a usage error
    expect(error).toBeInstanceOf(WhatIfError);
    expect(error).not.toBeInstanceOf(UserError);
    expect((error as WhatIfError).problem).toEqual({ code: 'unknown-id', option: 'drop', id: 'nope' });
    let usage: unknown;
    try {
      worded(ENGLISH.words, () => applyWhatIf(small, { drop: ['nope'] }));
    } catch (caught) {
      usage = caught;
    }
    expect((usage as UserError).exitCode).toBe(ExitCode.usage);
  });

  it('refuses to drop every criterion, an ordinary criterion made optional, and bad thresholds', () => {
    expect(() => worded(ENGLISH.words, () => applyWhatIf(small, { drop: ['pays', 'polite', 'budget'] }))).toThrow(/dropping every criterion/u);
    expect(() => worded(ENGLISH.words, () => applyWhatIf(small, { optional: ['polite'] }))).toThrow('--optional polite: "polite" is not a must-have');
    expect(() => worded(ENGLISH.words, () => applyWhatIf(small, { thresholds: { accept: 120 } }))).toThrow(/from 0 to 100/u);
    expect(() => applyWhatIf(small, { thresholds: { review: Number.NaN } })).toThrow(WhatIfError);
  });

  it('refuses to drop a criterion others depend on unless they go too', () => {
    const criteria = freelancer();
    expect(() => worded(ENGLISH.words, () => applyWhatIf(criteria, { drop: ['pays_upfront'] }))).toThrow(
      '--drop pays_upfront: "deposit_percent" applies only depending on "pays_upfront"; drop it too (--drop deposit_percent)',
    );
    expect(applyWhatIf(criteria, { drop: ['pays_upfront', 'deposit_percent'] }).criteria).toHaveLength(5);
  });
});

describe('parseThresholds', () => {
  it.each([
    ['accept=75,review=40', { accept: 75, review: 40 }],
    ['accept=72.5', { accept: 72.5 }],
    [' review = 30 ', { review: 30 }],
  ] as const)('%s', (text, expected) => {
    expect(parseThresholds(text)).toEqual(expected);
  });

  it.each(['accept', 'accept=high', 'reviw=40', 'accept=101', ''])('refuses %j', (text) => {
    expect(() => parseThresholds(text)).toThrow(WhatIfError);
  });
});
