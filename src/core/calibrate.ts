/**
 * Calibration for `clientfit calibrate`, in four parts:
 * - what-if.ts: the criteria with thresholds changed, criteria dropped or must-haves made ordinary;
 * - outcome-words.ts: how a client turned out, from the words people write;
 * - calibrator.ts: the one-pass per-row counter (its counts' layout in calibration-counts.ts);
 * - calibration-report.ts: the report built from its counts, with intervals and advice as data.
 * The words of the report, suggestions included, are src/render/calibration.ts's.
 */
export { applyWhatIf, parseThresholds, WhatIfError, type WhatIf } from './what-if.js';
export { readOutcome, type ClientOutcome, type ReadOutcome } from './outcome-words.js';
export { Calibrator } from './calibrator.js';
export type { SourceInfo } from './calibration-counts.js';
export * from './calibration-report.js';
