/**
 * `clientfit calibrate`'s lead file: each lead scored by every calibrator (the file's criteria,
 * and the what-if ones) with its outcome from --outcome's column, through the scan driver
 * (src/leads/scan.ts). Returns the note the report's heading gives the leads.
 */
import type { ClientOutcome } from '../../../core/calibrate.js';
import type { Criteria } from '../../../core/criteria.js';
import type { ReadCell, Result, ShortResult } from '../../../core/score.js';
import type { CsvRecord } from '../../../csv/read.js';

import { openLeads } from '../../leads-input.js';
import { scanLeads, type ScannedRow } from '../../../leads/scan.js';
import { counted } from '../../../render/locale.js';
import { printableLines } from '../../../render/sanitize.js';
import type { IO } from '../../io.js';
import { createProgress } from '../../progress.js';
import { add, type Lens } from './lens.js';
import type { CalibrateOptions } from './types.js';
import { findOutcomeColumn, OutcomeCells } from '../../outcome-column.js';

/** Kinds of leads (scorers' short results) counted apart before they are added; past this many, leads are added one by one. */
const ALIKE_KINDS = 4096;

/** A cell of the lead file as calibrate's byte path keeps it: its text, and as each calibrator's scorer reads it. */
interface ScannedCell {
  readonly text: string | undefined;
  readonly cells: readonly (ReadCell | undefined)[];
}

export async function scoreLeads(
  io: IO,
  file: string | undefined,
  criteria: Criteria,
  options: CalibrateOptions,
  statuses: ReadonlyMap<string, ClientOutcome> | undefined,
  lenses: (options: { decimalComma?: boolean; missing?: ReadonlySet<string> }) => Lens[],
): Promise<string> {
  const t = io.voice.words.calibrate;
  const leads = await openLeads(io, file, criteria, options, (message) => io.stderr.write(`${printableLines(message)}\n`));
  const outcomeColumn = options.outcome === undefined ? -1 : findOutcomeColumn(io.voice, options.outcome, leads.header.names, leads.source);
  const targets = lenses({ decimalComma: leads.decimalComma, missing: new Set(leads.missing) });
  for (const target of targets) target.calibrator.source({ kind: 'leads', label: leads.source });
  const progress = createProgress(io, { enabled: true, totalBytes: leads.size, label: t.progressLabel });
  let rows = 0;
  const outcomes = new OutcomeCells(io.voice, statuses);
  /** The outcome of one lead from its outcome cell ('' when there is no outcome column); unreadable ones are counted for the warning. */
  const outcomeOf = (cell: string, line: number): ClientOutcome | undefined => (outcomeColumn < 0 ? undefined : outcomes.read(cell, line));
  const record = (record: CsvRecord): void => {
    rows++;
    const outcome = outcomeOf(outcomeColumn >= 0 ? (record.fields[outcomeColumn] ?? '') : '', record.line);
    const values = leads.values(record);
    for (const target of targets) add(target, values, outcome);
  };
  // A UTF-8 CSV is scanned as bytes, as batch does (src/leads/scan.ts): only the scored cells and
  // the outcome are decoded, each distinct one once, and read once into each calibrator's
  // scorer (Scorer.readCell).
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
  const scanned: ScannedCell[] = new Array(indexes.length);
  const cells = positions.map((own) => new Array<ReadCell>(own.length));
  // Leads whose cells read alike (one short result) count alike: they are counted per short result
  // and added at the end, each kind once with its number of leads (calibrators only count).
  const alike = targets.map(() => new Map<ShortResult, { readonly result: Result; readonly rows: [number, number, number] }>());
  const slotOf = (outcome: ClientOutcome | undefined): 0 | 1 | 2 => (outcome === undefined ? 0 : outcome === 'good' ? 1 : 2);
  const scannedRow = (row: ScannedRow<ScannedCell>): void => {
    rows++;
    const outcome = outcomeOf(row.value(indexes.length).text ?? '', row.recordLine);
    for (let index = 0; index < indexes.length; index++) scanned[index] = row.value(index);
    for (let index = 0; index < targets.length; index++) {
      const own = positions[index]!;
      const cellsOf = cells[index]!;
      for (let k = 0; k < own.length; k++) cellsOf[k] = scanned[own[k]!]!.cells[index]!;
      const { scorer, calibrator } = targets[index]!;
      const kinds = alike[index]!;
      const kind = scorer.shortResult(cellsOf);
      let counted = kinds.get(kind);
      if (counted === undefined) {
        if (kinds.size >= ALIKE_KINDS) {
          calibrator.add(scorer.scoreCells(cellsOf), outcome);
          continue;
        }
        kinds.set(kind, (counted = { result: scorer.scoreCells(cellsOf), rows: [0, 0, 0] }));
      }
      counted.rows[slotOf(outcome)]++;
    }
  };
  await scanLeads(io.voice.words, leads, { layout, record, scanned: scannedRow, batchDone: () => progress.update(rows, leads.reader.bytesRead()) });
  targets.forEach((target, index) => {
    for (const { result, rows: bySlot } of alike[index]!.values()) {
      ([undefined, 'good', 'bad'] as const).forEach((outcome, slot) => {
        if (bySlot[slot]! > 0) target.calibrator.add(result, outcome, bySlot[slot]);
      });
    }
  });
  progress.done();
  const note = t.leadsFrom({ count: counted(io.voice.lang, rows), source: leads.source });
  outcomes.warn(io);
  return note;
}
