/**
 * `clientfit calibrate`: one pass over leads and/or journal decisions into per-score counts
 * (src/core/calibrate.ts), then the report. With what-if options a second calibrator scores
 * the same rows under the changed criteria, and the report shows before and after.
 */
import { applyWhatIf, Calibrator, parseThresholds, type CalibrationReport, type WhatIf } from '../../../core/calibrate.js';
import type { AllWords } from '../../../i18n/index.js';
import { UserError } from '../../../errors.js';
import { calibrationJson, renderCalibration } from '../../../render/calibration.js';
import { list } from '../../../render/locale.js';
import { createStyle } from '../../../render/style.js';
import { describeSource, loadCriteriaFile } from '../../criteria-file.js';
import { fittedTerminal, type IO } from '../../io.js';
import { costOption, outcomeStatuses } from '../../outcome-column.js';
import { scoreJournal } from './journal.js';
import { scoreLeads } from './leads.js';
import { lens, type Lens, withoutMissing } from './lens.js';
import type { CalibrateOptions } from './types.js';
import { calibrationWorded, worded } from './words.js';

function whatIfOptions(words: AllWords, options: CalibrateOptions): WhatIf | undefined {
  if (options.threshold === undefined && options.drop === undefined && options.optional === undefined) return undefined;
  return {
    thresholds: options.threshold === undefined ? undefined : worded(words, () => parseThresholds(options.threshold!)),
    drop: options.drop,
    optional: options.optional,
  };
}

export async function runCalibrate(io: IO, file: string | undefined, options: CalibrateOptions): Promise<number> {
  const t = io.voice.words.calibrate;
  const cost = costOption(io.voice.words.calibrate, options.costBadAccepted);
  const loaded = await loadCriteriaFile(io, options.criteria);
  const criteria = loaded.criteria;
  const whatIf = whatIfOptions(io.voice.words, options);
  const changed = whatIf === undefined ? undefined : worded(io.voice.words, () => applyWhatIf(criteria, whatIf));
  // `--journal leads.csv` would take the lead file for the journal: say how to write it.
  if (typeof options.journal === 'string' && file === undefined && /\.(csv|tsv|txt)$/iu.test(options.journal)) {
    throw new UserError(t.errors.journalLooksLikeLeads({ file: options.journal }), {
      details: [t.errors.journalLooksLikeLeadsHint({ file: options.journal })],
    });
  }
  const useJournal = options.journal !== undefined;
  const readLeads = file !== undefined || !useJournal;
  if (!readLeads && options.outcome !== undefined) throw new UserError(t.errors.outcomeNeedsCsv);
  // Nothing to read: no file, no pipe, no journal. The shared "no input" message would suggest batch.
  if (readLeads && file === undefined && io.stdin.isTTY === true) {
    throw new UserError(t.errors.noInput, {
      details: [t.errors.noInputExamples, t.errors.noInputExamples2],
    });
  }
  const statuses = outcomeStatuses(io.voice.words.calibrate, options);

  const notes: string[] = [];
  // The calibrators for the file as it is and, with what-if options, as changed: leads and
  // journal feed the same ones, each through scorers with its own reading settings.
  const calibrators = [new Calibrator(criteria), ...(changed === undefined ? [] : [new Calibrator(changed)])];
  /** with --allow-missing, the criteria without the missing columns: the advice calibrate would give then */
  let without: ReturnType<typeof withoutMissing>;
  const lenses = (options: Parameters<typeof lens>[2]): Lens[] => {
    // The lead file's missing columns are known once it is open (the first call, with `missing`).
    if (options.missing !== undefined && without === undefined) {
      without = withoutMissing(changed ?? criteria, [...options.missing]);
      if (without !== undefined) calibrators.push(without.calibrator);
    }
    return calibrators.map((calibrator) => lens(criteria, calibrator, options));
  };

  if (readLeads) notes.push(await scoreLeads(io, file, criteria, options, statuses, lenses));

  if (useJournal) notes.push(scoreJournal(io, options.journal, loaded, lenses));

  const [reportBefore, reportAfter] = calibrationWorded(io.voice, () =>
    calibrators.filter((calibrator) => calibrator !== without?.calibrator).map((calibrator) => calibrator.report({ costBadAccepted: cost })),
  ) as [CalibrationReport, CalibrationReport?];
  const report = reportAfter ?? reportBefore;
  // Shown only when the missing columns are why the threshold advice is withheld.
  const withoutReport =
    without === undefined || !report.withheld.some((item) => item.code === 'thin-source' && item.kind === 'leads')
      ? undefined
      : { drop: without.drop, report: calibrationWorded(io.voice, () => without!.calibrator.report({ costBadAccepted: cost })) };

  if (options.format === 'json') {
    const before = reportAfter === undefined ? undefined : { report: reportBefore, whatIf };
    const json = calibrationJson({ file: loaded.path, sha256: loaded.sha256 }, report, before, withoutReport);
    io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return 0;
  }
  const style = createStyle(io.colorLevel);
  const heading = t.heading({ calibrating: style.bold(t.progressLabel), criteria: describeSource(io.voice.words.input, loaded), notes: list(io.voice.lang, notes) });
  const lines = renderCalibration(io.voice, report, style, io.columns, reportAfter === undefined ? undefined : reportBefore, withoutReport);
  // The heading names files and may be long: on a terminal it wraps between words (the report is laid out to the width).
  fittedTerminal(io.stdout, io.env).write(`${[heading, '', ...lines].join('\n')}\n`);
  return 0;
}
