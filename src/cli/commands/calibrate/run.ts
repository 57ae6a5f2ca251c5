/**
 * `clientfit calibrate`: one pass over leads and/or journal decisions into per-score counts
 * (src/core/calibrate.ts), then the report. With what-if options a second calibrator scores
 * the same rows under the changed criteria, and the report shows before and after.
 */
import { applyWhatIf, CalibrationError, Calibrator, parseThresholds, WhatIfError, type CalibrationReport, type Outcome, type WhatIf } from '../../../core/calibrate.js';
import type { Criteria } from '../../../core/criteria.js';
import { createScorer, type Outcome as RowOutcome, type ReadCell, type Result, type Scorer } from '../../../core/score.js';
import { DataError, UserError } from '../../../errors.js';
import { words } from '../../../i18n/index.js';
import { adviceTextEnglish, renderCalibration } from '../../../render/calibration.js';
import { counted, list, plain } from '../../../render/locale.js';
import { describeProblem } from '../../../render/problems.js';
import { printableLines } from '../../../render/sanitize.js';
import { createStyle } from '../../../render/style.js';
import { describeSource, displayPath, loadCriteriaFile } from '../../criteria-file.js';
import type { IO } from '../../io.js';
import { journalPath, readDecisions } from '../../journal.js';
import { openLeads } from '../../leads.js';
import { ByteArena } from '../../../csv/arena.js';
import { ByteRecords, Next } from '../../../csv/bytes.js';
import type { CsvRecord } from '../../../csv/read.js';
import { costOption, findOutcomeColumn, OutcomeCells, outcomeStatuses } from '../../outcome-column.js';
import { createProgress } from '../../progress.js';
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

/**
 * One calibrator fed from one source: values come in the file's criteria order and are
 * scored under the calibrator's own criteria (fewer of them after --drop).
 */
interface Lens {
  readonly calibrator: Calibrator;
  readonly scorer: Scorer;
  /** for each of the calibrator's criteria, its index in the file's; undefined when the same */
  readonly from: readonly number[] | undefined;
}

function lens(file: Criteria, calibrator: Calibrator, options: { decimalComma?: boolean; missing?: ReadonlySet<string> }): Lens {
  const own = calibrator.criteria.criteria;
  const from = own.map((criterion) => file.criteria.findIndex((candidate) => candidate.id === criterion.id));
  const same = from.length === file.criteria.length && from.every((index, position) => index === position);
  return { calibrator, scorer: createScorer(calibrator.criteria, options), from: same ? undefined : from };
}

function add(target: Lens, values: readonly unknown[], outcome: Outcome | undefined): void {
  const own = target.from === undefined ? values : target.from.map((index) => values[index]);
  target.calibrator.add(target.scorer.scoreValues(own), outcome);
}

/** Kinds of leads (scorer outcomes) counted apart before they are added; past this many, leads are added one by one. */
const ALIKE_KINDS = 4096;

/** A cell of the lead file as calibrate's byte path keeps it: its text, and as each calibrator's scorer reads it. */
interface ScannedCell {
  readonly text: string | undefined;
  readonly cells: readonly (ReadCell | undefined)[];
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
  const lenses = (options: Parameters<typeof lens>[2]): Lens[] => calibrators.map((calibrator) => lens(criteria, calibrator, options));

  if (readLeads) {
    const leads = await openLeads(io, file, criteria, options, (message) => io.stderr.write(`${printableLines(message)}\n`));
    without = withoutMissing(changed ?? criteria, leads.missing);
    if (without !== undefined) calibrators.push(without.calibrator);
    const outcomeColumn = options.outcome === undefined ? -1 : findOutcomeColumn(options.outcome, leads.header.names, leads.source);
    const targets = lenses({ decimalComma: leads.decimalComma, missing: new Set(leads.missing) });
    for (const target of targets) target.calibrator.source({ kind: 'leads', label: leads.source });
    const progress = createProgress(io, { enabled: true, totalBytes: leads.size, label: t.progressLabel });
    let rows = 0;
    const outcomes = new OutcomeCells(statuses);
    /** The outcome of one lead from its outcome cell ('' when there is no outcome column). */
    const outcomeOf = (cell: string, line: number): Outcome | undefined => (outcomeColumn < 0 ? undefined : outcomes.read(cell, line));
    const record = (record: CsvRecord): void => {
      rows++;
      const outcome = outcomeOf(outcomeColumn >= 0 ? (record.fields[outcomeColumn] ?? '') : '', record.line);
      const values = leads.values(record);
      for (const target of targets) add(target, values, outcome);
    };
    // A UTF-8 CSV is scanned as bytes, as batch does (src/csv/bytes.ts): only the scored cells and
    // the outcome are decoded, each distinct one once, and read once into each calibrator's
    // scorer (Scorer.readCell). CLIENTFIT_GENERAL_CSV=1 turns that off.
    const indexes = leads.columns.indexes;
    /** for each calibrator, where each of its criteria is in the file's list */
    const positions = targets.map((target) => target.from ?? indexes.map((_, index) => index));
    const layout = {
      delimiter: leads.header.delimiter.charCodeAt(0),
      width: leads.header.names.length,
      columns: [...indexes, outcomeColumn],
      escape: false,
      // A criterion's cell as each calibrator's scorer reads it (undefined where --drop left it out); the outcome's as text.
      read: (column: number, text: string | undefined): ScannedCell => ({
        text,
        cells: column >= indexes.length ? [] : positions.map((own, index) => (own.includes(column) ? targets[index]!.scorer.readCell(own.indexOf(column), text) : undefined)),
      }),
    };
    const byteBatches = io.env.CLIENTFIT_GENERAL_CSV === '1' ? undefined : leads.reader.byteBatches?.(layout, new ByteArena(0));
    const scanned: ScannedCell[] = new Array(indexes.length);
    const cells = positions.map((own) => new Array<ReadCell>(own.length));
    // Leads whose cells read alike (one scorer outcome) count alike: they are counted per outcome
    // and added at the end, each kind once with its number of leads (calibrators only count).
    const alike = targets.map(() => new Map<RowOutcome, { readonly result: Result; readonly rows: [number, number, number] }>());
    const slotOf = (outcome: Outcome | undefined): 0 | 1 | 2 => (outcome === undefined ? 0 : outcome === 'good' ? 1 : 2);
    for await (const batch of byteBatches ?? leads.reader.batches()) {
      if (batch instanceof ByteRecords) {
        for (let next = batch.next(); next !== Next.End && next !== Next.Stop; next = batch.next()) {
          if (next === Next.General) {
            record(batch.record!);
            continue;
          }
          rows++;
          const outcome = outcomeOf(batch.value(indexes.length).text ?? '', batch.recordLine);
          for (let index = 0; index < indexes.length; index++) scanned[index] = batch.value(index);
          for (let index = 0; index < targets.length; index++) {
            const own = positions[index]!;
            const row = cells[index]!;
            for (let k = 0; k < own.length; k++) row[k] = scanned[own[k]!]!.cells[index]!;
            const { scorer, calibrator } = targets[index]!;
            const kinds = alike[index]!;
            const kind = scorer.outcome(row);
            let counted = kinds.get(kind);
            if (counted === undefined) {
              if (kinds.size >= ALIKE_KINDS) {
                calibrator.add(scorer.scoreCells(row), outcome);
                continue;
              }
              kinds.set(kind, (counted = { result: scorer.scoreCells(row), rows: [0, 0, 0] }));
            }
            counted.rows[slotOf(outcome)]++;
          }
        }
      } else for (const each of batch) record(each);
      progress.update(rows, leads.reader.bytesRead());
    }
    targets.forEach((target, index) => {
      for (const { result, rows: bySlot } of alike[index]!.values()) {
        ([undefined, 'good', 'bad'] as const).forEach((outcome, slot) => {
          if (bySlot[slot]! > 0) target.calibrator.add(result, outcome, bySlot[slot]);
        });
      }
    });
    progress.done();
    notes.push(t.leadsFrom({ count: counted(rows), source: leads.source }));
    outcomes.warn(io);
  }

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
  io.stdout.write(`${[heading, '', ...lines].join('\n')}\n`);
  return 0;
}
