/**
 * `clientfit calibrate`: one pass over leads and/or journal decisions into per-score counts
 * (src/core/calibrate.ts), then the report. With what-if options a second calibrator scores
 * the same rows under the changed criteria, and the report shows before and after.
 */
import { applyWhatIf, CalibrationError, Calibrator, parseThresholds, WhatIfError, type CalibrationReport, type WhatIf } from '../../../core/calibrate.js';
import type { Criteria } from '../../../core/criteria.js';
import { DataError, UserError } from '../../../errors.js';
import { words } from '../../../i18n/index.js';
import { adviceTextEnglish, renderCalibration } from '../../../render/calibration.js';
import { counted, list, plain } from '../../../render/locale.js';
import { describeProblem } from '../../../render/problems.js';
import { createStyle } from '../../../render/style.js';
import { describeSource, displayPath, loadCriteriaFile } from '../../criteria-file.js';
import { fittedTerminal, type IO } from '../../io.js';
import { journalPath, readDecisions } from '../../journal.js';
import { costOption, outcomeStatuses } from '../../outcome-column.js';
import { scoreLeads } from './leads.js';
import { add, lens, type Lens } from './lens.js';
import type { CalibrateOptions } from './types.js';
import { worded } from './words.js';

/** Runs `work`, turning a calibration problem into an error in words that names the option. */
function calibrationWorded<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof CalibrationError)) throw error;
    const { problem } = error;
    if (problem.code === 'bad-cost') throw new UserError(`--cost-bad-accepted ${String(problem.value)}: ${describeProblem(problem)}`, { cause: error });
    throw new DataError(describeProblem(problem), { cause: error });
  }
}

function whatIfOptions(options: CalibrateOptions): WhatIf | undefined {
  if (options.threshold === undefined && options.drop === undefined && options.optional === undefined) return undefined;
  return {
    thresholds: options.threshold === undefined ? undefined : worded(() => parseThresholds(options.threshold!)),
    drop: options.drop,
    optional: options.optional,
  };
}

/**
 * --allow-missing: a calibrator for the list without the criteria whose column is missing, so
 * that the withheld threshold advice can be shown as it would be with --drop. None when nothing
 * is missing or the list cannot lose them (all of it, or a `when` parent of a kept criterion).
 */
function withoutMissing(criteria: Criteria, missing: readonly string[]): { drop: string[]; calibrator: Calibrator } | undefined {
  const drop = missing.filter((id) => criteria.criteria.some((criterion) => criterion.id === id));
  if (drop.length === 0) return undefined;
  try {
    return { drop, calibrator: new Calibrator(applyWhatIf(criteria, { drop })) };
  } catch (error) {
    if (error instanceof WhatIfError) return undefined;
    throw error;
  }
}

export async function runCalibrate(io: IO, file: string | undefined, options: CalibrateOptions): Promise<number> {
  const t = words().calibrate;
  const cost = costOption(options.costBadAccepted);
  const loaded = await loadCriteriaFile(io, options.criteria);
  const criteria = loaded.criteria;
  const whatIf = whatIfOptions(options);
  const changed = whatIf === undefined ? undefined : worded(() => applyWhatIf(criteria, whatIf));
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
  const statuses = outcomeStatuses(options);

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

  if (useJournal) {
    const path = journalPath(io, options.journal === true ? undefined : options.journal);
    const { journal, entries } = readDecisions(io, path);
    if (!journal.exists) throw new UserError(t.errors.noJournal({ path }));
    // Journal answers are typed already: none of the CSV's reading settings (decimal comma,
    // columns scored unknown by --allow-missing) apply to them.
    const targets = lenses({});
    const label = displayPath(io, path);
    const sources = targets.map((target) => target.calibrator.source({ kind: 'journal', label }));
    let withOutcome = 0;
    // Each decision stores the sha256 of the criteria file it was made under.
    let otherCriteria = 0;
    for (const { decision, outcome } of entries) {
      if (decision.criteria.sha256 !== loaded.sha256) otherCriteria++;
      // Decisions are re-scored from their answers with the criteria as they are now.
      const values = criteria.criteria.map((criterion) => decision.answers[criterion.id]);
      if (outcome !== undefined) withOutcome++;
      for (const target of targets) add(target, values, outcome?.outcome);
    }
    targets.forEach((target, index) => target.calibrator.describeSource(sources[index]!, { kind: 'journal', label, otherCriteria }));
    const other = otherCriteria === 0 ? '' : t.otherCriteriaNote({ count: counted(otherCriteria) });
    notes.push(t.journalDecisions({ count: counted(entries.length), withOutcome: plain(withOutcome), other }));
  }

  const [reportBefore, reportAfter] = calibrationWorded(() =>
    calibrators.filter((calibrator) => calibrator !== without?.calibrator).map((calibrator) => calibrator.report({ costBadAccepted: cost })),
  ) as [CalibrationReport, CalibrationReport?];
  const report = reportAfter ?? reportBefore;
  // Shown only when the missing columns are why the threshold advice is withheld.
  const withoutReport =
    without === undefined || !report.withheld.some((item) => item.code === 'thin-source' && item.kind === 'leads')
      ? undefined
      : { drop: without.drop, report: calibrationWorded(() => without!.calibrator.report({ costBadAccepted: cost })) };

  if (options.format === 'json') {
    // `suggestions` (the advice in words) stays beside `advice` (the same as data) for scripts that read it.
    const withWords = (item: CalibrationReport) => ({ ...item, suggestions: item.advice.map((advice) => adviceTextEnglish(advice)) });
    const json = {
      criteria_file: { file: loaded.path, sha256: loaded.sha256 },
      ...withWords(report),
      ...(reportAfter === undefined ? {} : { before: withWords(reportBefore), what_if: whatIf }),
      ...(withoutReport === undefined
        ? {}
        : {
            without_missing: {
              drop: withoutReport.drop,
              recommended_accept: withoutReport.report.recommended_accept,
              advice: withoutReport.report.advice,
              suggestions: withoutReport.report.advice.map((advice) => adviceTextEnglish(advice)),
            },
          }),
    };
    io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return 0;
  }
  const style = createStyle(io.colorLevel);
  const heading = t.heading({ calibrating: style.bold(t.progressLabel), criteria: describeSource(loaded), notes: list(notes) });
  const lines = renderCalibration(report, style, io.columns, reportAfter === undefined ? undefined : reportBefore, withoutReport);
  // The heading names files and may be long: on a terminal it wraps between words (the report is laid out to the width).
  fittedTerminal(io.stdout, io.env).write(`${[heading, '', ...lines].join('\n')}\n`);
  return 0;
}
