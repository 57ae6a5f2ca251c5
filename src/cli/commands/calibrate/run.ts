/**
 * `clientfit calibrate`: one pass over leads and/or journal decisions into per-score counts
 * (src/core/calibrate.ts), then the report. With what-if options a second calibrator scores
 * the same rows under the changed criteria, and the report shows before and after.
 */
import { applyWhatIf, Calibrator, parseThresholds, readOutcome, type CalibrationReport, type Outcome, type WhatIf } from '../../../core/calibrate.js';
import { normalizeHeader, type Criteria } from '../../../core/criteria.js';
import { createScorer, type Scorer } from '../../../core/score.js';
import { closest } from '../../../core/suggest.js';
import { UserError } from '../../../errors.js';
import { renderCalibration } from '../../../render/calibration.js';
import { createStyle } from '../../../render/style.js';
import { describeSource, loadCriteriaFile } from '../../criteria-file.js';
import type { IO } from '../../io.js';
import { journalPath, readDecisions } from '../../journal.js';
import { openLeads } from '../../leads.js';
import { createProgress } from '../../progress.js';
import type { CalibrateOptions } from './index.js';

/** The criteria a run is measured against, and how to turn the file's values into its own order. */
interface Lens {
  readonly calibrator: Calibrator;
  readonly scorer: Scorer;
  /** for each of its criteria, the index in the file's criteria */
  readonly from: readonly number[];
}

function lens(file: Criteria, criteria: Criteria, options: { decimalComma?: boolean; missing?: ReadonlySet<string> }): Lens {
  const from = criteria.criteria.map((criterion) => file.criteria.findIndex((candidate) => candidate.id === criterion.id));
  return { calibrator: new Calibrator(criteria), scorer: createScorer(criteria, options), from };
}

function addValues(target: Lens, values: readonly unknown[], outcome: Outcome | undefined): void {
  const own = target.from.length === values.length && target.from.every((index, position) => index === position)
    ? values
    : target.from.map((index) => values[index]);
  target.calibrator.add(target.scorer.scoreValues(own), outcome);
}

function whatIfOptions(options: CalibrateOptions): WhatIf | undefined {
  if (options.threshold === undefined && options.drop === undefined && options.optional === undefined) return undefined;
  return {
    thresholds: options.threshold === undefined ? undefined : parseThresholds(options.threshold),
    drop: options.drop,
    optional: options.optional,
  };
}

function costOption(value: string): number {
  const cost = Number(value);
  if (!Number.isFinite(cost) || cost < 0) throw new UserError(`--cost-bad-accepted takes a number of 0 or more (got "${value}")`);
  return cost;
}

export async function runCalibrate(io: IO, file: string | undefined, options: CalibrateOptions): Promise<number> {
  const cost = costOption(options.costBadAccepted);
  const loaded = loadCriteriaFile(io, options.criteria);
  const criteria = loaded.criteria;
  const whatIf = whatIfOptions(options);
  const changed = whatIf === undefined ? undefined : applyWhatIf(criteria, whatIf);
  // `--journal leads.csv` would take the lead file for the journal: say how to write it.
  if (typeof options.journal === 'string' && file === undefined && /\.(csv|tsv|txt)$/iu.test(options.journal)) {
    throw new UserError(`--journal ${options.journal}: that looks like a lead file, not a journal`, {
      details: [`Put the lead file first: clientfit calibrate ${options.journal} --journal`],
    });
  }
  const useJournal = options.journal !== undefined;
  const readLeads = file !== undefined || !useJournal;
  if (!readLeads && options.outcome !== undefined) throw new UserError('--outcome names a CSV column: give a lead CSV too');

  const notes: string[] = [];
  const lenses: { before: Lens; after?: Lens }[] = [];
  let leadRows = 0;

  if (readLeads) {
    const leads = await openLeads(io, file, criteria, options, (message) => io.stderr.write(`${message}\n`));
    let outcomeColumn = -1;
    if (options.outcome !== undefined) {
      const wanted = normalizeHeader(options.outcome);
      outcomeColumn = leads.header.names.findIndex((name) => normalizeHeader(name) === wanted);
      if (outcomeColumn < 0) {
        const suggestion = closest(options.outcome, leads.header.names, normalizeHeader);
        throw new UserError(`--outcome ${options.outcome}: ${leads.source} has no such column${suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`}`, {
          details: [`Headers in ${leads.source}: ${leads.header.names.map((name) => `"${name}"`).join(', ')}`],
        });
      }
    }
    const settings = { decimalComma: leads.decimalComma, missing: new Set(leads.missing) };
    const before: Lens = { calibrator: new Calibrator(criteria), scorer: leads.scorer, from: criteria.criteria.map((_, index) => index) };
    const after = changed === undefined ? undefined : lens(criteria, changed, settings);
    lenses.push({ before, after });
    const progress = createProgress(io, { enabled: true, totalBytes: leads.size, label: 'Calibrating' });
    let badOutcomes = 0;
    let firstBad: string | undefined;
    for await (const batch of leads.reader.batches()) {
      for (const record of batch) {
        let outcome: Outcome | undefined;
        if (outcomeColumn >= 0) {
          const read = readOutcome(record.fields[outcomeColumn] ?? '');
          if (read.kind === 'outcome') outcome = read.value;
          else if (read.kind === 'invalid') {
            badOutcomes++;
            firstBad ??= `line ${record.line}: ${read.message}`;
          }
        }
        const values = leads.values(record);
        before.calibrator.add(before.scorer.scoreValues(values), outcome);
        if (after !== undefined) addValues(after, values, outcome);
      }
      leadRows = before.calibrator.rows;
      progress.update(leadRows, leads.reader.bytesRead());
    }
    progress.done();
    notes.push(`${leadRows.toLocaleString('en-US')} lead${leadRows === 1 ? '' : 's'} from ${leads.source}`);
    if (badOutcomes > 0) io.stderr.write(`warning: ${badOutcomes} outcome cell${badOutcomes === 1 ? '' : 's'} could not be read and count as unknown (first: ${firstBad})\n`);
  }

  if (useJournal) {
    const path = journalPath(io, options.journal === true ? undefined : options.journal);
    const { journal, entries } = readDecisions(io, path);
    if (!journal.exists) throw new UserError(`no journal at ${path}: save decisions with \`clientfit score --save\` first, or name one with --journal FILE`);
    // The journal shares the calibrators with the leads, not the CSV's reading settings
    // (decimal comma, columns scored unknown by --allow-missing): its answers are typed already.
    const before: Lens = { calibrator: lenses[0]?.before.calibrator ?? new Calibrator(criteria), scorer: createScorer(criteria), from: criteria.criteria.map((_, index) => index) };
    const after: Lens | undefined = changed === undefined
      ? undefined
      : { ...lens(criteria, changed, {}), calibrator: lenses[0]?.after?.calibrator ?? new Calibrator(changed) };
    if (lenses.length === 0) lenses.push({ before, after });
    let withOutcome = 0;
    for (const { decision, outcome } of entries) {
      // Decisions are re-scored from their answers with the criteria as they are now.
      const values = criteria.criteria.map((criterion) => decision.answers[criterion.id]);
      if (outcome !== undefined) withOutcome++;
      before.calibrator.add(before.scorer.scoreValues(values), outcome?.outcome);
      if (after !== undefined) addValues(after, values, outcome?.outcome);
    }
    notes.push(`${entries.length.toLocaleString('en-US')} journal decision${entries.length === 1 ? '' : 's'} (${withOutcome} with an outcome)`);
  }

  const { before, after } = lenses[0]!;
  const reportBefore = before.calibrator.report({ costBadAccepted: cost });
  const reportAfter: CalibrationReport | undefined = after?.calibrator.report({ costBadAccepted: cost });
  const report = reportAfter ?? reportBefore;

  if (options.format === 'json') {
    const json = {
      criteria_file: { file: loaded.path, sha256: loaded.sha256 },
      ...report,
      ...(reportAfter === undefined ? {} : { before: reportBefore, what_if: whatIf }),
    };
    io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return 0;
  }
  const style = createStyle(io.colorLevel);
  const heading = `${style.bold('Calibrating')} ${describeSource(loaded)} on ${notes.join(' and ')}.`;
  const lines = renderCalibration(report, style, io.columns, reportAfter === undefined ? undefined : reportBefore);
  io.stdout.write(`${[heading, '', ...lines].join('\n')}\n`);
  return 0;
}
