/** The JSON report, printed as-is by `--format json`: a golden file of the hand-computed data set. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calibrate, criteriaFrom, SMALL, smallYaml } from './data.js';

const golden = new URL('../fixtures/calibrate/report.json', import.meta.url);

describe('JSON report', () => {
  it('matches the golden file', () => {
    const report = calibrate(criteriaFrom(smallYaml()), SMALL).report();
    expect(JSON.parse(JSON.stringify(report))).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
  });

  it('has the fields the issue asks for, in snake_case', () => {
    const report = JSON.parse(readFileSync(golden, 'utf8')) as Record<string, unknown>;
    for (const key of ['rows', 'verdicts', 'accept_share', 'band', 'band_verdict', 'recommended_accept', 'confusion']) expect(report).toHaveProperty(key);
    const keys = JSON.stringify(report).match(/"[a-zA-Z_]+":/gu) ?? [];
    for (const key of keys) expect(key).toMatch(/^"[a-z_]+":$/u);
  });
});
