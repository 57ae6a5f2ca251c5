/**
 * `clientfit compare OLD NEW [FILE]`: wiring. The same leads (a lead file, the journal's
 * decisions, or both) scored under both lists by src/core/compare.ts, which scores each row
 * through the scorer batch uses; the lead file is opened by the same reader as batch's
 * (openLeads), once, for the columns both lists need.
 */
import { Comparer, CompareError, type CompareReport } from '../../../core/compare.js';
import type { Criteria } from '../../../core/criteria.js';
import { pickNameColumn } from '../../../core/name-column.js';
import { DataError, UserError } from '../../../errors.js';
import { renderCompare } from '../../../render/compare.js';
import { counted, list } from '../../../render/locale.js';
import { printableLines } from '../../../render/sanitize.js';
import { createStyle } from '../../../render/style.js';
import { describeSource, loadCriteriaFile } from '../../criteria-file.js';
import type { IO } from '../../io.js';
import { journalPath, readDecisions } from '../../journal.js';
import { openLeads } from '../../leads-input.js';
import { scanLeads } from '../../../leads/scan.js';
import { costOption, findOutcomeColumn, OutcomeCells, outcomeStatuses } from '../../outcome-column.js';
import { createProgress } from '../../progress.js';
import type { CompareOptions } from './types.js';

/**
 * The criteria whose columns a lead file must have for both lists: the old list's, then each
 * of the new list's that the old one does not read from the same columns. Where each list's
 * criteria are in it.
 */
function bothLists(before: Criteria, after: Criteria): { criteria: Criteria; beforeAt: number[]; afterAt: number[] } {
  const all = [...before.criteria];
  const afterAt = after.criteria.map((criterion) => {
    const same = all.findIndex((candidate) => candidate.id === criterion.id && JSON.stringify(candidate.column) === JSON.stringify(criterion.column));
    if (same >= 0) return same;
    all.push(criterion);
    return all.length - 1;
  });
  return { criteria: { ...after, criteria: all }, beforeAt: before.criteria.map((_, index) => index), afterAt };
}

function pick(values: readonly unknown[], at: readonly number[], into: unknown[]): unknown[] {
  for (let index = 0; index < at.length; index++) into[index] = values[at[index]!];
  return into;
}

export async function runCompare(io: IO, beforeFile: string, afterFile: string, file: string | undefined, options: CompareOptions): Promise<number> {
  const t = io.voice.words.compare;
  const cost = costOption(io.voice.words.calibrate, options.costBadAccepted);
  const before = await loadCriteriaFile(io, beforeFile);
  const after = await loadCriteriaFile(io, afterFile);
  if (typeof options.journal === 'string' && file === undefined && /\.(csv|tsv|txt)$/iu.test(options.journal)) {
    throw new UserError(io.voice.words.calibrate.errors.journalLooksLikeLeads({ file: options.journal }), {
      details: [t.errors.journalLooksLikeLeadsHint({ before: beforeFile, after: afterFile, file: options.journal })],
    });
  }
  const useJournal = options.journal !== undefined;
  const readLeads = file !== undefined || !useJournal;
  if (!readLeads && options.outcome !== undefined) throw new UserError(io.voice.words.calibrate.errors.outcomeNeedsCsv);
  if (readLeads && file === undefined && io.stdin.isTTY === true) {
    throw new UserError(t.errors.noInput, { details: [t.errors.noInputExamples({ before: beforeFile, after: afterFile })] });
  }
  const statuses = outcomeStatuses(io.voice.words.calibrate, options);
  const notes: string[] = [];
  // Leads and journal feed one comparer, each read with its own settings.
  const comparer = new Comparer(before.criteria, after.criteria, { costBadAccepted: cost });

  if (readLeads) {
    const { criteria, beforeAt, afterAt } = bothLists(before.criteria, after.criteria);
    const leads = await openLeads(io, file, criteria, options, (message) => io.stderr.write(`${printableLines(message)}\n`));
    const outcomeColumn = options.outcome === undefined ? -1 : findOutcomeColumn(io.voice, options.outcome, leads.header.names, leads.source);
    const outcomes = new OutcomeCells(io.voice, statuses);
    const name = pickNameColumn(leads.header.names);
    const nameAt = name.kind === 'found' ? name.indexes : [];
    comparer.source({ decimalComma: leads.decimalComma, missing: new Set(leads.missing) });
    const progress = createProgress(io, { enabled: true, totalBytes: leads.size, label: t.progressLabel });
    const beforeValues: unknown[] = new Array(beforeAt.length);
    const afterValues: unknown[] = new Array(afterAt.length);
    let rows = 0;
    // The one scan driver (src/leads/scan.ts), parsed rows only: it also words the CSV's problems.
    await scanLeads(io.voice.words, leads, {
      layout: undefined,
      record: (record) => {
        rows++;
        const values = leads.values(record);
        const label = nameAt
          .map((index) => record.fields[index] ?? '')
          .join(' ')
          .trim();
        const outcome = outcomeColumn < 0 ? undefined : outcomes.read(record.fields[outcomeColumn] ?? '', record.line);
        comparer.add(pick(values, beforeAt, beforeValues), pick(values, afterAt, afterValues), label === '' ? { line: record.line } : { line: record.line, name: label }, outcome);
      },
      scanned: () => undefined,
      batchDone: () => progress.update(rows, leads.reader.bytesRead()),
    });
    progress.done();
    outcomes.warn(io);
    notes.push(io.voice.words.calibrate.leadsFrom({ count: counted(io.voice.lang, rows), source: leads.source }));
  }

  if (useJournal) {
    const path = journalPath(io, options.journal === true ? undefined : options.journal);
    const { journal, entries } = readDecisions(io, path);
    if (!journal.exists) throw new UserError(io.voice.words.calibrate.errors.noJournal({ path }));
    // Journal answers are typed already: no reading settings of a CSV apply to them.
    comparer.source({});
    let withOutcome = 0;
    for (const { decision, outcome } of entries) {
      if (outcome !== undefined) withOutcome++;
      const answers = (criteria: Criteria): unknown[] => criteria.criteria.map((criterion) => decision.answers[criterion.id]);
      comparer.add(answers(before.criteria), answers(after.criteria), decision.name === null ? { id: decision.id } : { id: decision.id, name: decision.name }, outcome?.outcome);
    }
    notes.push(io.voice.words.calibrate.journalDecisions({ count: counted(io.voice.lang, entries.length), withOutcome: counted(io.voice.lang, withOutcome), other: '' }));
  }

  let report: CompareReport;
  try {
    report = comparer.report();
  } catch (error) {
    if (error instanceof CompareError) throw new DataError(t.errors.noLeads, { cause: error });
    throw error;
  }

  if (options.format === 'json') {
    const json = {
      before: { file: before.path, sha256: before.sha256 },
      after: { file: after.path, sha256: after.sha256 },
      ...report,
    };
    io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return 0;
  }
  const style = createStyle(io.colorLevel);
  const heading = t.heading({
    comparing: style.bold(t.progressLabel),
    before: describeSource(io.voice.words.input, before),
    after: describeSource(io.voice.words.input, after),
    notes: list(io.voice.lang, notes),
  });
  io.stdout.write(`${[heading, '', ...renderCompare(io.voice, report, style, io.columns)].join('\n')}\n`);
  return 0;
}
