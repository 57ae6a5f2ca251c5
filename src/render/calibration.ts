/**
 * The text report of `clientfit calibrate`: acceptance, criteria, threshold sweep, outcomes,
 * a score histogram and what to do next. Pure: report in, lines out, none wider than `width`.
 * Bars and marks read without colour (█ good, ▒ bad, ░ no outcome; ◀ for thresholds).
 */
import type { BandVerdict, CalibrationReport, SweepPoint } from '../core/calibrate.js';
import type { Style } from './style.js';
import { renderTable, textWidth, truncate, wrap, type Column } from './table.js';

const INDENT = '  ';
/** Below this the layout stops making sense; lines are still cut to the real width. */
const MIN_LAYOUT_WIDTH = 30;

export const BAR_GOOD = '█';
export const BAR_BAD = '▒';
export const BAR_NONE = '░';
export const MARK = '◀';

const count = new Intl.NumberFormat('en-US');

function num(value: number): string {
  return count.format(value);
}

/** Whole percent; tiny non-zero shares show as <1%, near-total ones as >99%. */
export function formatShare(share: number): string {
  if (share > 0 && share < 0.005) return '<1%';
  if (share < 1 && share > 0.995) return '>99%';
  return `${Math.round(share * 100)}%`;
}

function bandColor(style: Style, verdict: BandVerdict): (text: string) => string {
  return verdict === 'balanced' ? style.green : style.yellow;
}

interface FitColumn extends Column {
  /** columns with a higher number are left out first when the table does not fit; 0 never */
  readonly drop?: number;
}

/** renderTable, leaving out optional columns (highest `drop` first) until the table fits. */
function fitTable(columns: readonly FitColumn[], rows: readonly (readonly string[])[], width: number): string[] {
  let keep = columns.map((_, index) => index);
  for (;;) {
    const lines = renderTable(keep.map((index) => columns[index]!), rows.map((row) => keep.map((index) => row[index] ?? '')), width, INDENT);
    if (lines.every((line) => textWidth(line) <= width)) return lines;
    const droppable = keep.filter((index) => (columns[index]!.drop ?? 0) > 0);
    if (droppable.length === 0) return lines;
    const worst = droppable.reduce((a, b) => (columns[b]!.drop! > columns[a]!.drop! ? b : a));
    keep = keep.filter((index) => index !== worst);
  }
}

function heading(style: Style, text: string): string[] {
  return ['', style.bold(text)];
}

function verdictLine(report: CalibrationReport): string {
  const { verdicts, verdict_shares: shares } = report;
  return `${num(report.rows)} leads: ${num(verdicts.accept)} accept (${formatShare(shares.accept)}), ${num(verdicts.review)} review (${formatShare(shares.review)}), ${num(verdicts.reject)} reject (${formatShare(shares.reject)})`;
}

function bandText(report: CalibrationReport): string {
  return `target ${formatShare(report.band[0])} to ${formatShare(report.band[1])}`;
}

function acceptance(report: CalibrationReport, style: Style, width: number): string[] {
  const verdict = bandColor(style, report.band_verdict)(report.band_verdict);
  return [
    ...heading(style, 'Acceptance'),
    ...wrap(verdictLine(report), width, INDENT, INDENT),
    ...wrap(`Accepting ${formatShare(report.accept_share)} of leads: ${verdict} (${bandText(report)}) at accept ${report.thresholds.accept}, review ${report.thresholds.review}.`, width, INDENT, INDENT),
  ];
}

function comparison(before: CalibrationReport, after: CalibrationReport, style: Style, width: number): string[] {
  const rows: string[][] = [
    ['thresholds', `${before.thresholds.accept} / ${before.thresholds.review}`, `${after.thresholds.accept} / ${after.thresholds.review}`],
    ['accept', `${num(before.verdicts.accept)} (${formatShare(before.verdict_shares.accept)})`, `${num(after.verdicts.accept)} (${formatShare(after.verdict_shares.accept)})`],
    ['review', `${num(before.verdicts.review)} (${formatShare(before.verdict_shares.review)})`, `${num(after.verdicts.review)} (${formatShare(after.verdict_shares.review)})`],
    ['reject', `${num(before.verdicts.reject)} (${formatShare(before.verdict_shares.reject)})`, `${num(after.verdicts.reject)} (${formatShare(after.verdict_shares.reject)})`],
    ['verdict', bandColor(style, before.band_verdict)(before.band_verdict), bandColor(style, after.band_verdict)(after.band_verdict)],
    ['recommended', `accept ${before.recommended_accept}`, `accept ${after.recommended_accept}`],
  ];
  if (before.confusion !== undefined && after.confusion !== undefined) {
    rows.push(
      ['bad let in', num(before.confusion.accepted_bad), num(after.confusion.accepted_bad)],
      ['good turned away', num(before.confusion.turned_away_good), num(after.confusion.turned_away_good)],
    );
  }
  return [
    ...heading(style, 'What if'),
    ...fitTable([{ header: '' }, { header: 'before' }, { header: 'after' }], rows, width),
  ];
}

function criteriaSection(report: CalibrationReport, style: Style, width: number): string[] {
  const outcomes = report.outcomes_known > 0;
  const columns: FitColumn[] = [
    { header: 'criterion', shrink: true },
    { header: 'must', drop: 2 },
    { header: 'failed', align: 'right' },
    { header: 'unknown', align: 'right', drop: 5 },
    { header: 'keeps out', align: 'right' },
    { header: 'if dropped', align: 'right', drop: 4 },
    ...(outcomes ? [{ header: 'bad when failed', align: 'right', drop: 3 } as const] : []),
  ];
  const rows = report.criteria.map((criterion) => [
    criterion.id,
    criterion.must ? 'must' : '',
    formatShare(criterion.failed_share),
    formatShare(criterion.unknown_share),
    formatShare(criterion.sole_blocker_share),
    formatShare(criterion.accept_share_if_dropped),
    ...(outcomes
      ? [criterion.bad_when_failed?.bad_share == null ? '–' : `${criterion.bad_when_failed.bad}/${criterion.bad_when_failed.failed_with_outcome} ${formatShare(criterion.bad_when_failed.bad_share)}`]
      : []),
  ]);
  return [
    ...heading(style, 'Criteria'),
    ...fitTable(columns, rows, width),
    ...wrap('keeps out: leads that would be accepted had this criterion alone passed; if dropped: the accept share without it.', width, INDENT, INDENT).map((line) => style.dim(line)),
  ];
}

function thresholdsSection(report: CalibrationReport, style: Style, width: number): string[] {
  const outcomes = report.sweep[0]?.cost !== undefined;
  const columns: FitColumn[] = [
    { header: '' },
    { header: 'accept', align: 'right' },
    { header: 'share', align: 'right' },
    { header: 'leads', align: 'right', drop: 3 },
    ...(outcomes
      ? ([{ header: 'bad in', align: 'right' }, { header: 'good out', align: 'right' }, { header: 'cost', align: 'right', drop: 2 }] as const)
      : []),
  ];
  // Runs of thresholds with the same figures share a row ("0-40"); the marked ones stand alone.
  const mark = (point: SweepPoint): string =>
    `${point.accept === report.thresholds.accept ? '*' : ''}${point.accept === report.recommended_accept ? '>' : ''}`;
  const figures = (point: SweepPoint): string[] => [
    formatShare(point.accept_share),
    num(point.accepted),
    ...(outcomes ? [num(point.bad_accepted!), num(point.good_turned_away!), num(point.cost!)] : []),
  ];
  const groups: SweepPoint[][] = [];
  for (const point of report.sweep) {
    const last = groups.at(-1);
    const previous = last?.at(-1);
    if (last !== undefined && previous !== undefined && mark(point) === '' && mark(previous) === '' && figures(point).join() === figures(previous).join()) {
      last.push(point);
    } else {
      groups.push([point]);
    }
  }
  const rows = groups.map((group) => {
    const first = group[0]!;
    const last = group.at(-1)!;
    return [mark(first), group.length === 1 ? String(first.accept) : `${first.accept}-${last.accept}`, ...figures(first)];
  });
  const by = report.recommended_by === 'outcomes'
    ? `by outcomes: lowest cost, one bad client let in = ${report.cost_bad_accepted} good turned away`
    : `acceptance closest to the middle of the ${bandText(report)}`;
  return [
    ...heading(style, 'Thresholds'),
    ...fitTable(columns, rows, width),
    ...wrap(legend(report, by), width, INDENT, INDENT).map((line) => style.dim(line)),
  ];
}

/** What the * and > marks of the sweep mean; `>` is a mark here, not "greater than". */
function legend(report: CalibrationReport, by: string): string {
  const { accept } = report.thresholds;
  return report.recommended_accept === accept
    ? `*> the current accept threshold (${accept}) is also the recommended one (${by})`
    : `* marks the current accept threshold (${accept}), > the recommended one (${report.recommended_accept}: ${by})`;
}

function outcomesSection(report: CalibrationReport, style: Style, width: number): string[] {
  const confusion = report.confusion;
  if (confusion === undefined) return [];
  const rows = [
    ['accepted', num(confusion.accepted_good), num(confusion.accepted_bad), `${num(confusion.accepted_bad)} bad ${confusion.accepted_bad === 1 ? 'client' : 'clients'} let in`],
    ['turned away', num(confusion.turned_away_good), num(confusion.turned_away_bad), `${num(confusion.turned_away_good)} good ${confusion.turned_away_good === 1 ? 'client' : 'clients'} turned away`],
  ];
  return [
    ...heading(style, 'Outcomes'),
    ...wrap(`${num(report.outcomes_known)} of ${num(report.rows)} leads with a known outcome: ${num(report.outcomes.good)} good, ${num(report.outcomes.bad)} bad.`, width, INDENT, INDENT),
    ...fitTable([{ header: '' }, { header: 'good', align: 'right' }, { header: 'bad', align: 'right' }, { header: '', drop: 1 }], rows, width),
  ];
}

/** Splits a bar of `length` cells among good, bad and no-outcome counts by cumulative rounding. */
function barCells(length: number, good: number, bad: number, total: number): [number, number, number] {
  if (total <= 0 || length <= 0) return [0, 0, 0];
  const goodCells = Math.round((good / total) * length);
  const goodBadCells = Math.round(((good + bad) / total) * length);
  return [goodCells, goodBadCells - goodCells, length - goodBadCells];
}

/** The score histogram: one line per band, bars scaled to the width, threshold marks. */
export function renderHistogram(report: CalibrationReport, style: Style, width: number): string[] {
  const outcomes = report.outcomes_known > 0;
  const { accept, review } = report.thresholds;
  const inBand = (threshold: number, from: number, to: number): boolean =>
    Math.min(100, Math.max(0, Math.ceil(threshold))) >= from && Math.min(100, Math.max(0, Math.ceil(threshold))) <= to;
  const marks = report.histogram.map((band) => {
    const parts = [
      ...(inBand(accept, band.from, band.to) ? [`accept ${accept}`] : []),
      ...(inBand(review, band.from, band.to) ? [`review ${review}`] : []),
    ];
    return parts.length === 0 ? '' : ` ${MARK} ${parts.join(', ')}`;
  });
  const labels = report.histogram.map((band) => `${band.from}-${band.to}`);
  const labelWidth = Math.max(...labels.map(textWidth));
  const counts = report.histogram.map((band) => num(band.count));
  const countWidth = Math.max(...counts.map(textWidth));
  const markWidth = Math.max(...marks.map(textWidth));
  const barWidth = Math.max(1, width - INDENT.length - labelWidth - 1 - 1 - countWidth - markWidth);
  const max = Math.max(0, ...report.histogram.map((band) => band.count));
  const anyWithout = outcomes && report.outcomes_known < report.rows;
  const lines = report.histogram.map((band, index) => {
    let length = max === 0 ? 0 : Math.round((band.count / max) * barWidth);
    if (band.count > 0 && length === 0) length = 1;
    let bar: string;
    if (outcomes) {
      const [good, bad, none] = barCells(length, band.good ?? 0, band.bad ?? 0, band.count);
      bar = style.green(BAR_GOOD.repeat(good)) + style.red(BAR_BAD.repeat(bad)) + style.dim(BAR_NONE.repeat(none));
    } else {
      bar = BAR_GOOD.repeat(length);
    }
    const gap = ' '.repeat(barWidth - length);
    const mark = marks[index] === '' ? '' : style.bold(marks[index]!);
    return `${INDENT}${labels[index]!.padStart(labelWidth)} ${bar}${gap} ${counts[index]!.padStart(countWidth)}${mark}`.trimEnd();
  });
  const legend = outcomes
    ? [`${INDENT}${BAR_GOOD} good  ${BAR_BAD} bad${anyWithout ? `  ${BAR_NONE} no outcome` : ''}`]
    : [];
  return [...lines, ...legend];
}

function scoresSection(report: CalibrationReport, style: Style, width: number): string[] {
  return [...heading(style, 'Scores'), ...renderHistogram(report, style, width)];
}

function nextSection(report: CalibrationReport, style: Style, width: number): string[] {
  if (report.suggestions.length === 0) return [];
  return [
    ...heading(style, 'What next'),
    ...report.suggestions.flatMap((suggestion) => wrap(suggestion, width, `${INDENT}- `, `${INDENT}  `)),
  ];
}

/**
 * The whole text report. With `before` (a what-if run), the key figures are shown before and
 * after side by side, and the rest of the report is the after state.
 */
export function renderCalibration(report: CalibrationReport, style: Style, width: number, before?: CalibrationReport): string[] {
  const layout = Math.max(MIN_LAYOUT_WIDTH, width);
  const lines = [
    ...(before === undefined ? [] : comparison(before, report, style, layout)),
    ...acceptance(report, style, layout),
    ...criteriaSection(report, style, layout),
    ...thresholdsSection(report, style, layout),
    ...outcomesSection(report, style, layout),
    ...scoresSection(report, style, layout),
    ...nextSection(report, style, layout),
  ];
  // The first line is the blank before the first heading.
  return lines.slice(1).map((line) => (textWidth(line) > width ? truncate(line, width) : line));
}
