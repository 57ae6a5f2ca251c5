/**
 * The text report of `clientfit calibrate`: acceptance, criteria, threshold sweep, outcomes,
 * a score histogram and what to do next. Pure: report in, lines out, none wider than `width`.
 * Bars and marks read without colour (█ good, ▒ bad, ░ no outcome; ◀ for thresholds).
 */
import type { Advice, BandVerdict, CalibrationReport, Interval, SourceReport, SweepPoint, Withheld } from '../core/calibration-report.js';
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

/** `95% interval 9% to 53%` */
export function formatInterval(interval: Interval | null): string {
  return interval === null ? 'no interval' : `95% interval ${formatShare(interval[0])} to ${formatShare(interval[1])}`;
}

/**
 * Intervals are shown in the text when the sample is small: wider than this (5 points).
 * The JSON always carries them.
 */
export const SHOW_INTERVAL_WIDTH = 0.05;

function wide(interval: Interval | null | undefined): interval is Interval {
  return interval != null && interval[1] - interval[0] > SHOW_INTERVAL_WIDTH;
}

function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

/** `3 fewer bad clients let in`, `1 more good one turned away`. */
function change(delta: number, kind: 'bad' | 'good', noun: 'clients' | 'ones', what: string): string {
  const count = Math.abs(delta);
  const word = noun === 'clients' ? plural(count, 'client', 'clients') : plural(count, 'one', 'ones');
  if (count === 0) return `no more ${kind} ones ${what}`;
  return `${count} ${delta < 0 ? 'fewer' : 'more'} ${kind} ${word} ${what}`;
}

function quote(id: string): string {
  return `"${id}"`;
}

function idList(ids: readonly string[]): string {
  const quoted = ids.map(quote);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}

/** One piece of advice as a person says it (also the JSON's `suggestions`). */
export function adviceText(advice: Advice): string {
  switch (advice.code) {
    case 'drop-must': {
      const head = `drop "${advice.id}" as a must-have: it alone rejects ${formatShare(advice.share)} of leads`;
      if (advice.known === 0) return head;
      return advice.bad === 0
        ? `${head} and none of them turned out bad`
        : `${head} and only ${advice.bad} of the ${advice.known} with a known outcome turned out bad`;
    }
    case 'threshold': {
      const direction = advice.to > advice.from ? 'raise' : 'lower';
      const review = advice.review_to === undefined ? '' : ` and review from ${advice.review_from} to ${advice.review_to}`;
      const head = `${direction} accept from ${advice.from} to ${advice.to}${review}`;
      if (advice.by === 'outcomes') {
        const bad = advice.bad_delta ?? 0;
        const good = advice.good_delta ?? 0;
        const parts = direction === 'raise'
          ? [change(bad, 'bad', 'clients', 'let in'), change(good, 'good', 'ones', 'turned away')]
          : [change(good, 'good', 'clients', 'turned away'), change(bad, 'bad', 'ones', 'let in')];
        return `${head}: ${parts.join(', ')}`;
      }
      const sure = wide(advice.share_to_interval) ? ` (${formatInterval(advice.share_to_interval ?? null)})` : '';
      return `${head}: acceptance from ${formatShare(advice.share_from ?? 0)} to ${formatShare(advice.share_to ?? 0)}${sure}, ${advice.into_band ? 'into the band' : 'closer to the band'}`;
    }
    case 'never-fails':
      return `drop or rethink "${advice.id}": it never failed in ${advice.answered} answered leads, so it decides nothing`;
    case 'keep': {
      const sure = wide(advice.interval) ? ` (${formatInterval(advice.interval)})` : '';
      return `keep the list as it is: ${formatShare(advice.share)} of leads accepted${sure}, inside the target of ${formatShare(advice.band[0])} to ${formatShare(advice.band[1])}`;
    }
    case 'too-few-leads':
      return `too few leads to judge the list: ${formatShare(advice.share)} of ${num(advice.rows)} accepted, but the ${formatInterval(advice.interval)} reaches outside the target of ${formatShare(advice.band[0])} to ${formatShare(advice.band[1])}; calibrate on more leads`;
  }
}

/** Why a recommendation was not made, in words. */
export function withheldText(item: Withheld, recommendedBy: CalibrationReport['recommended_by'] = 'band'): string {
  switch (item.code) {
    case 'few-outcomes': {
      const more = [
        ...(item.more_good > 0 ? [`${item.more_good} more good`] : []),
        ...(item.more_bad > 0 ? [`${item.more_bad} more bad`] : []),
      ].join(' and ');
      return `No threshold from outcomes yet: that needs at least ${item.min_each} good and ${item.min_each} bad outcomes, and there ${item.good === 1 ? 'is' : 'are'} ${item.good} good and ${item.bad} bad (${more} to go).${recommendedBy === 'band' ? ' Until then the recommendation follows the target band.' : ''}`;
    }
    case 'thin-source': {
      const what = item.kind === 'journal' ? `the journal ${item.label}` : item.label;
      const other = item.other_criteria !== undefined && item.other_criteria > 0
        ? ` (${num(item.other_criteria)} ${plural(item.other_criteria, 'decision was', 'decisions were')} made under other criteria)`
        : '';
      return `No threshold recommended: ${what}${other} answered ${idList(item.criteria)} in less than half of the ${item.kind === 'journal' ? 'decisions' : 'leads'} ${item.criteria.length === 1 ? 'it applies' : 'they apply'} to. Scored as unknown, the missing answers pull every score down. Answer ${item.criteria.length === 1 ? 'it' : 'them'} for those ${item.kind === 'journal' ? 'decisions' : 'leads'}, or calibrate on leads that have ${item.criteria.length === 1 ? 'it' : 'them'}.`;
    }
  }
}

/** `journal.jsonl: 12 decisions, 9 made under other criteria; answered 3 of the 7 current criteria` */
export function sourceText(source: SourceReport): string {
  const noun = source.kind === 'journal' ? plural(source.rows, 'decision', 'decisions') : plural(source.rows, 'lead', 'leads');
  const other = source.other_criteria !== undefined && source.other_criteria > 0 ? `, ${num(source.other_criteria)} made under other criteria` : '';
  return `${source.label}: ${num(source.rows)} ${noun}${other}; answered ${source.criteria_answered} of the ${source.criteria_applied} current criteria`;
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
  const interval = wide(report.accept_share_interval) ? ` (${formatInterval(report.accept_share_interval)})` : '';
  const unsure = report.band_verdict_sure ? '' : ', but the sample is too small to be sure';
  const maxUnknown = report.thresholds.max_unknown === undefined ? '' : `, max_unknown ${report.thresholds.max_unknown}`;
  return [
    ...heading(style, 'Acceptance'),
    ...wrap(verdictLine(report), width, INDENT, INDENT),
    ...wrap(`Accepting ${formatShare(report.accept_share)} of leads${interval}: ${verdict}${unsure} (${bandText(report)}) at accept ${report.thresholds.accept}, review ${report.thresholds.review}${maxUnknown}.`, width, INDENT, INDENT),
  ];
}

function recommendedText(report: CalibrationReport): string {
  return report.recommended_accept === null ? 'none' : `accept ${report.recommended_accept}`;
}

function comparison(before: CalibrationReport, after: CalibrationReport, style: Style, width: number): string[] {
  const rows: string[][] = [
    ['thresholds', `${before.thresholds.accept} / ${before.thresholds.review}`, `${after.thresholds.accept} / ${after.thresholds.review}`],
    ['accept', `${num(before.verdicts.accept)} (${formatShare(before.verdict_shares.accept)})`, `${num(after.verdicts.accept)} (${formatShare(after.verdict_shares.accept)})`],
    ['review', `${num(before.verdicts.review)} (${formatShare(before.verdict_shares.review)})`, `${num(after.verdicts.review)} (${formatShare(after.verdict_shares.review)})`],
    ['reject', `${num(before.verdicts.reject)} (${formatShare(before.verdict_shares.reject)})`, `${num(after.verdicts.reject)} (${formatShare(after.verdict_shares.reject)})`],
    ['verdict', bandColor(style, before.band_verdict)(before.band_verdict), bandColor(style, after.band_verdict)(after.band_verdict)],
    ['recommended', recommendedText(before), recommendedText(after)],
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
  const badWhenFailed = (criterion: CalibrationReport['criteria'][number]): string => {
    const figures = criterion.bad_when_failed;
    if (figures?.bad_share == null) return '–';
    const interval = wide(figures.interval) ? ` (${formatShare(figures.interval[0])}-${formatShare(figures.interval[1])})` : '';
    return `${figures.bad}/${figures.failed_with_outcome} ${formatShare(figures.bad_share)}${interval}`;
  };
  // A criterion no row answered says nothing: "no data" instead of shares that look like findings.
  const rows = report.criteria.map((criterion) => criterion.answered === 0
    ? [criterion.id, criterion.must ? 'must' : '', 'no data', formatShare(criterion.unknown_share), '–', '–', ...(outcomes ? ['–'] : [])]
    : [
      criterion.id,
      criterion.must ? 'must' : '',
      formatShare(criterion.failed_share),
      formatShare(criterion.unknown_share),
      formatShare(criterion.sole_blocker_share),
      formatShare(criterion.accept_share_if_dropped),
      ...(outcomes ? [badWhenFailed(criterion)] : []),
    ]);
  const noData = report.criteria.filter((criterion) => criterion.answered === 0).map((criterion) => criterion.id);
  return [
    ...heading(style, 'Criteria'),
    ...fitTable(columns, rows, width),
    ...wrap('keeps out: leads that would be accepted had this criterion alone passed; if dropped: the accept share without it.', width, INDENT, INDENT).map((line) => style.dim(line)),
    ...(noData.length === 0
      ? []
      : wrap(`no data: no lead or decision answered ${idList(noData)}; ${noData.length === 1 ? 'it is' : 'they are'} left out of the suggestions.`, width, INDENT, INDENT).map((line) => style.dim(line))),
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
    : report.recommended_by === 'band'
      ? `acceptance ${formatShare(report.recommended_accept_share ?? 0)}${wide(report.recommended_accept_share_interval) ? `, ${formatInterval(report.recommended_accept_share_interval)}` : ''}, closest to the middle of the ${bandText(report)}`
      : '';
  return [
    ...heading(style, 'Thresholds'),
    ...fitTable(columns, rows, width),
    ...wrap(legend(report, by), width, INDENT, INDENT).map((line) => style.dim(line)),
  ];
}

/** What the * and > marks of the sweep mean; `>` is a mark here, not "greater than". */
function legend(report: CalibrationReport, by: string): string {
  const { accept } = report.thresholds;
  if (report.recommended_accept === null) return `* marks the current accept threshold (${accept}); no threshold is recommended (see below)`;
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

/** Where the rows came from, when a source answered less than all the current criteria. */
function sourcesSection(report: CalibrationReport, style: Style, width: number): string[] {
  const partial = report.sources.filter((source) => (source.other_criteria ?? 0) > 0 || source.criteria_answered < source.criteria_applied);
  if (partial.length === 0) return [];
  return [
    ...heading(style, 'Sources'),
    ...report.sources.flatMap((source) => wrap(sourceText(source), width, `${INDENT}- `, `${INDENT}  `)),
  ];
}

function nextSection(report: CalibrationReport, style: Style, width: number): string[] {
  if (report.advice.length === 0 && report.withheld.length === 0) return [];
  return [
    ...heading(style, 'What next'),
    ...report.withheld.flatMap((item) => wrap(withheldText(item, report.recommended_by), width, INDENT, INDENT)),
    ...report.advice.flatMap((advice) => wrap(adviceText(advice), width, `${INDENT}- `, `${INDENT}  `)),
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
    ...sourcesSection(report, style, layout),
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
