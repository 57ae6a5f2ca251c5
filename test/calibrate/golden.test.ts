/**
 * The JSON report, printed as-is by `--format json`: a golden file of the hand-computed data set.
 * `npx vitest run -u` rewrites it; under CI=true a missing golden fails the run.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { calibrate, criteriaFrom, SMALL, smallYaml } from './data.js';

const golden = fileURLToPath(new URL('../fixtures/calibrate/report.json', import.meta.url));
const report = (): Record<string, unknown> => JSON.parse(JSON.stringify(calibrate(criteriaFrom(smallYaml()), SMALL).report())) as Record<string, unknown>;

describe('JSON report', () => {
  it('matches the golden file', async () => {
    await expect(`${JSON.stringify(report(), null, 2)}\n`).toMatchFileSnapshot(golden);
  });

  it('has the fields the issue asks for, in snake_case', () => {
    // The report the code makes, not the golden file: a golden written with other keys would pass.
    const made = report();
    for (const key of ['rows', 'verdicts', 'accept_share', 'band', 'band_verdict', 'recommended_accept', 'confusion']) expect(made).toHaveProperty(key);
    const keys = JSON.stringify(made).match(/"[a-zA-Z_]+":/gu) ?? [];
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(key).toMatch(/^"[a-z_]+":$/u);
  });
});
