/**
 * The text report of `clientfit calibrate`: acceptance, criteria, threshold sweep, outcomes,
 * a score histogram and what to do next. Pure: report in, lines out, none wider than `width`.
 * Bars and marks read without colour (█ good, ▒ bad, ░ no outcome; ◀ for thresholds).
 * It speaks the voice it is given; the JSON's `suggestions` are worded by ENGLISH whatever the
 * run's language, as every machine output's words are.
 */
import type { Advice, BandVerdict, CalibrationReport, Interval, SourceReport, SweepPoint, Withheld } from '../core/calibration-report.js';
import { ENGLISH, type AllWords, type Voice } from '../i18n/index.js';
import { counted, grouped, list, percent, plain } from './locale.js';
import type { Style } from './style.js';
import { renderTable, textWidth, truncate, wrap, type Column } from './table.js';

const INDENT = '  ';
/** Below this the layout stops making sense; lines are still cut to the real width. */
const MIN_LAYOUT_WIDTH = 30;

export const BAR_GOOD = '█';
export const BAR_BAD = '▒';
export const BAR_NONE = '░';
export const MARK = '◀';

/** Whole percent; tiny non-zero shares show as <1%, near-total ones as >99%. */
export function formatShare(voice: Voice, share: number): string {
  if (share > 0 && share < 0.005) return `<${percent(voice.lang, 0.01)}`;
  if (share < 1 && share > 0.995) return `>${percent(voice.lang, 0.99)}`;
  return percent(voice.lang, Math.round(share * 100) / 100);
}

/** `95% interval 9% to 53%` */
export function formatInterval(voice: Voice, interval: Interval | null): string {
  const t = voice.words.calibrate;
  return interval === null ? t.noInterval : t.interval({ level: percent(voice.lang, 0.95), from: formatShare(voice, interval[0]), to: formatShare(voice, interval[1]) });
}

/**
 * Intervals are shown in the text when the sample is small: wider than this (5 points).
 * The JSON always carries them.
 */
export const SHOW_INTERVAL_WIDTH = 0.05;

function wide(interval: Interval | null | undefined): interval is Interval {
  return interval != null && interval[1] - interval[0] > SHOW_INTERVAL_WIDTH;
}

/** A share difference in whole percentage points, signed: `+8`, `−3`, `0`. */
export function signedPoints(voice: Voice, difference: number): string {
  const value = Math.round(difference * 100);
  const text = grouped(voice.lang, Math.abs(value));
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

type ChangeKey = keyof AllWords['calibrate']['changes'];

/** `3 fewer bad clients let in`, `1 more good one turned away`. */
function change(voice: Voice, delta: number, key: ChangeKey): string {
  const count = Math.abs(delta);
  const w = voice.words.calibrate.changes[key];
  if (count === 0) return w.none;
  return (delta < 0 ? w.fewer : w.more)({ count: plain(voice.lang, count) });
}

function quote(id: string): string {
  return `"${id}"`;
}

function idList(voice: Voice, ids: readonly string[]): string {
  return list(voice.lang, ids.map(quote));
}

/** One piece of advice as a person says it, in the run's language. */
export function adviceText(voice: Voice, advice: Advice): string {
  const w = voice.words.calibrate.advice;
  switch (advice.code) {
    case 'drop-must':
      return w.dropMust({
        id: advice.id,
        share: formatShare(voice, advice.share),
        failedBad: formatShare(voice, advice.failed_bad / advice.failed_known),
        known: plain(voice.lang, advice.failed_known),
        restBad: formatShare(voice, advice.rest_bad / advice.rest_known),
        from: signedPoints(voice, advice.interval[0]),
        to: signedPoints(voice, advice.interval[1]),
        margin: plain(voice.lang, Math.round(advice.margin * 100)),
      });
    case 'must-keeps-out':
      return w.mustKeepsOut({ id: advice.id, share: formatShare(voice, advice.share), count: plain(voice.lang, advice.failed_known), margin: plain(voice.lang, Math.round(advice.margin * 100)) });
    case 'threshold': {
      const raise = advice.to > advice.from;
      const review = advice.review_to === undefined ? '' : w.andReview({ from: String(advice.review_from), to: String(advice.review_to) });
      const head = `${(raise ? w.raise : w.lower)({ from: String(advice.from), to: String(advice.to) })}${review}`;
      if (advice.by === 'outcomes') {
        const bad = advice.bad_delta ?? 0;
        const good = advice.good_delta ?? 0;
        const [first, second] = raise
          ? [change(voice, bad, 'badClientsLetIn'), change(voice, good, 'goodOnesTurnedAway')]
          : [change(voice, good, 'goodClientsTurnedAway'), change(voice, bad, 'badOnesLetIn')];
        return w.byOutcomes({ head, first, second });
      }
      const sure = wide(advice.share_to_interval) ? ` (${formatInterval(voice, advice.share_to_interval ?? null)})` : '';
      return (advice.into_band ? w.intoBand : w.closerToBand)({ head, from: formatShare(voice, advice.share_from ?? 0), to: formatShare(voice, advice.share_to ?? 0), sure });
    }
    case 'never-fails':
      return w.neverFails({ id: advice.id, count: plain(voice.lang, advice.answered) });
    case 'keep': {
      const sure = wide(advice.interval) ? ` (${formatInterval(voice, advice.interval)})` : '';
      return w.keep({ share: formatShare(voice, advice.share), sure, from: formatShare(voice, advice.band[0]), to: formatShare(voice, advice.band[1]) });
    }
    case 'too-few-leads':
      return (advice.band_verdict === 'too lax' ? w.tooFewLeadsAbove : advice.band_verdict === 'too picky' ? w.tooFewLeadsBelow : w.tooFewLeads)({
        share: formatShare(voice, advice.share),
        rows: grouped(voice.lang, advice.rows),
        interval: formatInterval(voice, advice.interval),
        from: formatShare(voice, advice.band[0]),
        to: formatShare(voice, advice.band[1]),
      });
  }
}

/** Why a recommendation was not made, in words. */
export function withheldText(voice: Voice, item: Withheld, recommendedBy: CalibrationReport['recommended_by'] = 'band'): string {
  const w = voice.words.calibrate.withheld;
  switch (item.code) {
    case 'few-outcomes': {
      const parts = [...(item.more_good > 0 ? [w.moreGood({ count: plain(voice.lang, item.more_good) })] : []), ...(item.more_bad > 0 ? [w.moreBad({ count: plain(voice.lang, item.more_bad) })] : [])];
      const more = list(voice.lang, parts);
      return `${w.fewOutcomes({ min: plain(voice.lang, item.min_each), count: plain(voice.lang, item.good), bad: plain(voice.lang, item.bad), more })}${recommendedBy === 'band' ? w.untilBand : ''}`;
    }
    case 'thin-source': {
      const what = item.kind === 'journal' ? w.journalLabel({ label: item.label }) : item.label;
      const other = item.other_criteria !== undefined && item.other_criteria > 0 ? w.otherCriteria({ count: counted(voice.lang, item.other_criteria) }) : '';
      const thin = (item.kind === 'journal' ? w.thinJournal : w.thinLeads)({ what, other, ids: idList(voice, item.criteria), count: plain(voice.lang, item.criteria.length) });
      return `${thin}${w.leaveOut({ drop: dropFlags(item.criteria), count: plain(voice.lang, item.criteria.length) })}`;
    }
  }
}

/** `--drop a --drop b`: the flags that leave these criteria out of a run. */
function dropFlags(ids: readonly string[]): string {
  return ids.map((id) => `--drop ${id}`).join(' ');
}

/** The advice calibrate gives with the criteria whose column is missing left out (--allow-missing). */
export interface WithoutMissing {
  readonly drop: readonly string[];
  readonly report: CalibrationReport;
}

/**
 * `calibrate --format json`: the report (after the what-if options when given, with `before` and
 * `what_if`), and the advice without the missing columns when that is why it is withheld. Each
 * report keeps `suggestions` (the advice in English words) beside `advice` (the same as data)
 * for scripts that read it.
 */
export function calibrationJson(
  criteriaFile: { readonly file: string; readonly sha256: string },
  report: CalibrationReport,
  before?: { readonly report: CalibrationReport; readonly whatIf: unknown },
  without?: WithoutMissing,
): object {
  const suggestions = (item: CalibrationReport) => item.advice.map((advice) => adviceText(ENGLISH, advice));
  const withWords = (item: CalibrationReport) => ({ ...item, suggestions: suggestions(item) });
  return {
    criteria_file: criteriaFile,
    ...withWords(report),
    ...(before === undefined ? {} : { before: withWords(before.report), what_if: before.whatIf }),
    ...(without === undefined
      ? {}
      : {
          without_missing: {
            drop: without.drop,
            recommended_accept: without.report.recommended_accept,
            advice: without.report.advice,
            suggestions: suggestions(without.report),
          },
        }),
  };
}

/** `journal.jsonl: 12 decisions, 9 made under other criteria; answered 3 of the 7 current criteria` */
export function sourceText(voice: Voice, source: SourceReport): string {
  const w = voice.words.calibrate.source;
  const other = source.other_criteria !== undefined && source.other_criteria > 0 ? w.madeUnderOther({ count: counted(voice.lang, source.other_criteria) }) : '';
  return (source.kind === 'journal' ? w.journal : w.leads)({
    label: source.label,
    count: counted(voice.lang, source.rows),
    other,
    answered: plain(voice.lang, source.criteria_answered),
    applied: plain(voice.lang, source.criteria_applied),
  });
}

function bandColor(style: Style, verdict: BandVerdict): (text: string) => string {
  return verdict === 'balanced' ? style.green : style.yellow;
}

/** `too picky` ... in words (the JSON keeps the English value). */
function bandWord(t: AllWords['calibrate'], verdict: BandVerdict): string {
  const w = t.bandVerdicts;
  return { balanced: w.balanced, 'too picky': w.tooPicky, 'too lax': w.tooLax }[verdict];
}

function bandVerdict(t: AllWords['calibrate'], style: Style, verdict: BandVerdict): string {
  return bandColor(style, verdict)(bandWord(t, verdict));
}

/** Criterion ids as row labels: whole up to this width while an optional column can go instead. */
const ID_LEAST = 16;

/** renderTable under the report's indent: a column marked `drop` goes when the terminal is too narrow for it. */
function fitTable(columns: readonly Column[], rows: readonly (readonly string[])[], width: number): string[] {
  return renderTable(columns, rows, width, INDENT);
}

function heading(style: Style, text: string): string[] {
  return ['', style.bold(text)];
}

function verdictLine(voice: Voice, report: CalibrationReport): string {
  const { verdicts, verdict_shares: shares } = report;
  return voice.words.calibrate.verdictLine({
    count: counted(voice.lang, report.rows),
    accept: grouped(voice.lang, verdicts.accept),
    acceptShare: formatShare(voice, shares.accept),
    review: grouped(voice.lang, verdicts.review),
    reviewShare: formatShare(voice, shares.review),
    reject: grouped(voice.lang, verdicts.reject),
    rejectShare: formatShare(voice, shares.reject),
  });
}

function bandText(voice: Voice, report: CalibrationReport): string {
  return voice.words.calibrate.band({ from: formatShare(voice, report.band[0]), to: formatShare(voice, report.band[1]) });
}

function acceptance(voice: Voice, report: CalibrationReport, style: Style, width: number): string[] {
  const t = voice.words.calibrate;
  const verdict = bandVerdict(voice.words.calibrate, style, report.band_verdict);
  const interval = wide(report.accept_share_interval) ? ` (${formatInterval(voice, report.accept_share_interval)})` : '';
  const unsure = report.band_verdict_sure ? '' : t.unsure;
  const maxUnknown = report.thresholds.max_unknown === undefined ? '' : `, max_unknown ${report.thresholds.max_unknown}`;
  const line = t.accepting({
    share: formatShare(voice, report.accept_share),
    interval,
    verdict,
    unsure,
    band: bandText(voice, report),
    accept: String(report.thresholds.accept),
    review: String(report.thresholds.review),
    maxUnknown,
  });
  return [...heading(style, t.headings.acceptance), ...wrap(verdictLine(voice, report), width, INDENT, INDENT), ...wrap(line, width, INDENT, INDENT)];
}

function recommendedText(t: AllWords['calibrate'], report: CalibrationReport): string {
  return report.recommended_accept === null ? t.none : t.recommendedAccept({ accept: String(report.recommended_accept) });
}

function comparison(voice: Voice, before: CalibrationReport, after: CalibrationReport, style: Style, width: number): string[] {
  const t = voice.words.calibrate;
  const w = t.rows;
  const rows: string[][] = [
    [w.thresholds, `${before.thresholds.accept} / ${before.thresholds.review}`, `${after.thresholds.accept} / ${after.thresholds.review}`],
    [
      w.accept,
      `${grouped(voice.lang, before.verdicts.accept)} (${formatShare(voice, before.verdict_shares.accept)})`,
      `${grouped(voice.lang, after.verdicts.accept)} (${formatShare(voice, after.verdict_shares.accept)})`,
    ],
    [
      w.review,
      `${grouped(voice.lang, before.verdicts.review)} (${formatShare(voice, before.verdict_shares.review)})`,
      `${grouped(voice.lang, after.verdicts.review)} (${formatShare(voice, after.verdict_shares.review)})`,
    ],
    [
      w.reject,
      `${grouped(voice.lang, before.verdicts.reject)} (${formatShare(voice, before.verdict_shares.reject)})`,
      `${grouped(voice.lang, after.verdicts.reject)} (${formatShare(voice, after.verdict_shares.reject)})`,
    ],
    [w.verdict, bandVerdict(voice.words.calibrate, style, before.band_verdict), bandVerdict(voice.words.calibrate, style, after.band_verdict)],
    [w.recommended, recommendedText(voice.words.calibrate, before), recommendedText(voice.words.calibrate, after)],
  ];
  if (before.confusion !== undefined && after.confusion !== undefined) {
    rows.push(
      [w.badLetIn, grouped(voice.lang, before.confusion.accepted_bad), grouped(voice.lang, after.confusion.accepted_bad)],
      [w.goodTurnedAway, grouped(voice.lang, before.confusion.turned_away_good), grouped(voice.lang, after.confusion.turned_away_good)],
    );
  }
  return [...heading(style, t.headings.whatIf), ...fitTable([{ header: '' }, { header: t.columns.before }, { header: t.columns.after }], rows, width)];
}

function criteriaSection(voice: Voice, report: CalibrationReport, style: Style, width: number): string[] {
  const t = voice.words.calibrate;
  const outcomes = report.outcomes_known > 0;
  const c = t.columns;
  const columns: Column[] = [
    { header: c.criterion, shrink: true, least: ID_LEAST },
    { header: c.must, drop: 2 },
    { header: c.failed, align: 'right' },
    { header: c.unknown, align: 'right', drop: 5 },
    { header: c.keepsOut, align: 'right' },
    { header: c.ifDropped, align: 'right', drop: 4 },
    ...(outcomes ? [{ header: c.badWhenFailed, align: 'right', drop: 3 } as const] : []),
  ];
  const badWhenFailed = (criterion: CalibrationReport['criteria'][number]): string => {
    const figures = criterion.bad_when_failed;
    if (figures?.bad_share == null) return '–';
    const interval = wide(figures.interval) ? ` (${formatShare(voice, figures.interval[0])}-${formatShare(voice, figures.interval[1])})` : '';
    return `${figures.bad}/${figures.failed_with_outcome} ${formatShare(voice, figures.bad_share)}${interval}`;
  };
  // A criterion no row answered says nothing: "no data" instead of shares that look like findings.
  const rows = report.criteria.map((criterion) =>
    criterion.answered === 0
      ? [criterion.id, criterion.must ? t.mustCell : '', t.noData, formatShare(voice, criterion.unknown_share), '–', '–', ...(outcomes ? ['–'] : [])]
      : [
          criterion.id,
          criterion.must ? t.mustCell : '',
          formatShare(voice, criterion.failed_share),
          formatShare(voice, criterion.unknown_share),
          formatShare(voice, criterion.sole_blocker_share),
          formatShare(voice, criterion.accept_share_if_dropped),
          ...(outcomes ? [badWhenFailed(criterion)] : []),
        ],
  );
  const noData = report.criteria.filter((criterion) => criterion.answered === 0).map((criterion) => criterion.id);
  return [
    ...heading(style, t.headings.criteria),
    ...fitTable(columns, rows, width),
    ...wrap(t.criteriaLegend, width, INDENT, INDENT).map((line) => style.dim(line)),
    ...(noData.length === 0 ? [] : wrap(t.noDataNote({ ids: idList(voice, noData), count: plain(voice.lang, noData.length) }), width, INDENT, INDENT).map((line) => style.dim(line))),
  ];
}

function thresholdsSection(voice: Voice, report: CalibrationReport, style: Style, width: number): string[] {
  const t = voice.words.calibrate;
  const outcomes = report.sweep[0]?.cost !== undefined;
  const c = t.columns;
  const columns: Column[] = [
    { header: '' },
    { header: c.accept, align: 'right' },
    { header: c.share, align: 'right' },
    { header: c.leads, align: 'right', drop: 3 },
    ...(outcomes
      ? ([
          { header: c.badIn, align: 'right' },
          { header: c.goodOut, align: 'right' },
          { header: c.cost, align: 'right', drop: 2 },
        ] as const)
      : []),
  ];
  // Runs of thresholds with the same figures share a row ("0-40"); the marked ones stand alone.
  const mark = (point: SweepPoint): string => `${point.accept === report.thresholds.accept ? '*' : ''}${point.accept === report.recommended_accept ? '>' : ''}`;
  const figures = (point: SweepPoint): string[] => [
    formatShare(voice, point.accept_share),
    grouped(voice.lang, point.accepted),
    ...(outcomes ? [grouped(voice.lang, point.bad_accepted!), grouped(voice.lang, point.good_turned_away!), grouped(voice.lang, point.cost!)] : []),
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
  // By the band, the threshold moves only when the whole interval is outside it (the core's rule):
  // otherwise the legend says why the current one stays.
  const byBand = !report.band_verdict_sure ? t.byBandFewLeads : report.band_verdict === 'balanced' ? t.byBandInside : t.byBand;
  const by =
    report.recommended_by === 'outcomes'
      ? t.byOutcomes({ cost: plain(voice.lang, report.cost_bad_accepted) })
      : report.recommended_by === 'band'
        ? byBand({
            share: formatShare(voice, report.recommended_accept_share ?? 0),
            interval: wide(report.recommended_accept_share_interval) ? `, ${formatInterval(voice, report.recommended_accept_share_interval)}` : '',
            band: bandText(voice, report),
          })
        : '';
  // Plain words for a reader with no statistics: what cost counts, what an interval means.
  // Below the outcomes' minimum the recommendation is the band's: the cost explains the columns, not the `>`.
  const costMeans = report.recommended_by === 'outcomes' ? t.costMeans : t.costMeansUntil;
  const plainWords = [...(outcomes ? [costMeans({ cost: plain(voice.lang, report.cost_bad_accepted) })] : []), t.intervalMeans];
  return [
    ...heading(style, t.headings.thresholds),
    ...fitTable(columns, rows, width),
    ...wrap(legend(voice.words.calibrate, report, by), width, INDENT, INDENT).map((line) => style.dim(line)),
    ...plainWords.flatMap((line) => wrap(line, width, INDENT, INDENT)),
  ];
}

/** What the * and > marks of the sweep mean; `>` is a mark here, not "greater than". */
function legend(t: AllWords['calibrate'], report: CalibrationReport, by: string): string {
  const { accept } = report.thresholds;
  if (report.recommended_accept === null) return t.legendNone({ accept: String(accept) });
  return report.recommended_accept === accept ? t.legendSame({ accept: String(accept), by }) : t.legendBoth({ accept: String(accept), recommended: String(report.recommended_accept), by });
}

function outcomesSection(voice: Voice, report: CalibrationReport, style: Style, width: number): string[] {
  const confusion = report.confusion;
  if (confusion === undefined) return [];
  const w = voice.words.calibrate;
  const rows = [
    [w.rows.accepted, grouped(voice.lang, confusion.accepted_good), grouped(voice.lang, confusion.accepted_bad), w.badLetIn({ count: counted(voice.lang, confusion.accepted_bad) })],
    [w.rows.turnedAway, grouped(voice.lang, confusion.turned_away_good), grouped(voice.lang, confusion.turned_away_bad), w.goodTurnedAway({ count: counted(voice.lang, confusion.turned_away_good) })],
  ];
  const line = w.outcomesLine({
    known: grouped(voice.lang, report.outcomes_known),
    rows: grouped(voice.lang, report.rows),
    good: grouped(voice.lang, report.outcomes.good),
    bad: grouped(voice.lang, report.outcomes.bad),
  });
  return [
    ...heading(style, w.headings.outcomes),
    ...wrap(line, width, INDENT, INDENT),
    ...fitTable([{ header: '' }, { header: w.columns.good, align: 'right' }, { header: w.columns.bad, align: 'right' }, { header: '', drop: 1 }], rows, width),
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
export function renderHistogram(voice: Voice, report: CalibrationReport, style: Style, width: number): string[] {
  const t = voice.words.calibrate;
  const outcomes = report.outcomes_known > 0;
  const { accept, review } = report.thresholds;
  const inBand = (threshold: number, from: number, to: number): boolean => Math.min(100, Math.max(0, Math.ceil(threshold))) >= from && Math.min(100, Math.max(0, Math.ceil(threshold))) <= to;
  const marks = report.histogram.map((band) => {
    const parts = [...(inBand(accept, band.from, band.to) ? [t.markAccept({ value: String(accept) })] : []), ...(inBand(review, band.from, band.to) ? [t.markReview({ value: String(review) })] : [])];
    return parts.length === 0 ? '' : ` ${MARK} ${parts.join(', ')}`;
  });
  const labels = report.histogram.map((band) => `${band.from}-${band.to}`);
  const labelWidth = Math.max(...labels.map(textWidth));
  const counts = report.histogram.map((band) => grouped(voice.lang, band.count));
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
  const legend = outcomes ? [`${INDENT}${BAR_GOOD} ${t.barGood}  ${BAR_BAD} ${t.barBad}${anyWithout ? `  ${BAR_NONE} ${t.barNone}` : ''}`] : [];
  return [...lines, ...legend];
}

function effectsSection(voice: Voice, report: CalibrationReport, style: Style, width: number): string[] {
  const effects = report.effects;
  if (effects === undefined) return [];
  const w = voice.words.calibrate;
  const c = w.columns;
  const cell = (share: number | null, bad: number, known: number): string => (share === null ? '–' : `${grouped(voice.lang, bad)}/${grouped(voice.lang, known)} ${formatShare(voice, share)}`);
  const rows = effects.map((effect) => [
    effect.id,
    cell(effect.bad_when_failed, effect.failed_bad, effect.failed_known),
    cell(effect.bad_when_passed, effect.passed_bad, effect.passed_known),
    effect.difference === null || effect.interval === null
      ? '–'
      : `${signedPoints(voice, effect.difference)} (${signedPoints(voice, effect.interval[0])} … ${signedPoints(voice, effect.interval[1])})`,
  ]);
  return [
    ...heading(style, w.headings.effects),
    ...wrap(w.effectsLine({ count: counted(voice.lang, report.outcomes_known), rows: grouped(voice.lang, report.rows) }), width, INDENT, INDENT),
    ...fitTable(
      [
        { header: c.criterion, shrink: true, least: ID_LEAST },
        { header: c.badFailed, align: 'right' },
        { header: c.badPassed, align: 'right', drop: 1 },
        { header: c.difference, align: 'right' },
      ],
      rows,
      width,
    ),
    ...wrap(w.effectsLegend, width, INDENT, INDENT).map((line) => style.dim(line)),
    ...modelLines(voice, report, style, width),
  ];
}

/** The suggested weights, or why there are none yet and how many more outcomes they need. */
function modelLines(voice: Voice, report: CalibrationReport, style: Style, width: number): string[] {
  const model = report.model;
  if (model === undefined) return [];
  const w = voice.words.calibrate;
  // The per-criterion rule sets the number: the criteria in the model and the ones left out say why.
  const perCriterion = model.status === 'withheld' && model.need_good > model.min_each;
  // Which criteria stay out matters once they set the number; before, every one would be listed.
  const leftOut =
    model.left_out.length === 0 || (model.status === 'withheld' && !perCriterion && model.code !== 'few-events')
      ? []
      : wrap(
          w.model.leftOut({
            min: plain(voice.lang, model.min_each_side),
            ids: idList(
              voice,
              model.left_out.map((item) => item.id),
            ),
          }),
          width,
          INDENT,
          INDENT,
        ).map((line) => style.dim(line));
  if (model.status === 'withheld') {
    const parts = [
      ...(model.more_good > 0 ? [w.withheld.moreGood({ count: plain(voice.lang, model.more_good) })] : []),
      ...(model.more_bad > 0 ? [w.withheld.moreBad({ count: plain(voice.lang, model.more_bad) })] : []),
    ];
    const more = list(voice.lang, parts);
    const figures = { need: plain(voice.lang, model.need_good), good: plain(voice.lang, model.good), bad: plain(voice.lang, model.bad), more };
    // Two minimums: the threshold's min_each overall, and per_criterion for each criterion in the
    // model. The line names the one that sets the number, so it never looks like a second rule.
    const line =
      (model.code === 'few-outcomes' || model.code === 'few-events') && perCriterion
        ? w.model.perCriterion({ ...figures, per: plain(voice.lang, model.per_criterion), count: plain(voice.lang, model.in_model) })
        : model.code === 'few-outcomes' || model.code === 'few-events'
          ? w.model.fewOutcomes(figures)
          : model.code === 'no-criteria'
            ? w.model.noCriteria({ min: plain(voice.lang, model.min_each_side) })
            : w.model.tooManyPatterns;
    return [...heading(style, w.headings.weights), ...wrap(line, width, INDENT, INDENT), ...leftOut];
  }
  const c = w.columns;
  const decimal = (value: number): string => value.toLocaleString(voice.lang === 'en' ? 'en-US' : voice.lang, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const rows = model.weights.map((item) => [
    item.id,
    `${decimal(item.weight)} (${decimal(item.interval[0])} … ${decimal(item.interval[1])})`,
    item.must ? w.mustCell : grouped(voice.lang, item.points),
    item.suggested_points === null ? '–' : grouped(voice.lang, item.suggested_points),
  ]);
  const flat = model.weights.filter((item) => !item.measurable).map((item) => item.id);
  return [
    ...heading(style, w.headings.weights),
    ...fitTable(
      [
        { header: c.criterion, shrink: true, least: ID_LEAST },
        { header: c.weight, align: 'right' },
        { header: c.points, align: 'right' },
        { header: c.suggested, align: 'right' },
      ],
      rows,
      width,
    ),
    ...(flat.length === 0 ? [] : wrap(w.model.noDifference({ ids: idList(voice, flat) }), width, INDENT, INDENT)),
    ...wrap(w.model.rule({ total: grouped(voice.lang, model.points_total) }), width, INDENT, INDENT).map((line) => style.dim(line)),
    ...leftOut,
  ];
}

function scoresSection(voice: Voice, report: CalibrationReport, style: Style, width: number): string[] {
  return [...heading(style, voice.words.calibrate.headings.scores), ...renderHistogram(voice, report, style, width), ...sweepChart(voice, report, style, width)];
}

/**
 * The threshold sweep as a chart beside the histogram: for accept thresholds 0, 10, ... 100
 * (and the file's own), bad clients let in grow left and good ones turned away grow right, on
 * one scale. Only with outcomes; counts are of leads with a known outcome.
 */
export function sweepChart(voice: Voice, report: CalibrationReport, style: Style, width: number): string[] {
  const t = voice.words.calibrate;
  const points = report.sweep.filter((point) => point.cost !== undefined && (point.accept % 10 === 0 || point.accept === report.thresholds.accept));
  if (points.length === 0) return [];
  const labels = points.map((point) => String(point.accept));
  const bads = points.map((point) => grouped(voice.lang, point.bad_accepted!));
  const goods = points.map((point) => grouped(voice.lang, point.good_turned_away!));
  const marks = points.map((point) =>
    point.accept === report.thresholds.accept ? ` ${MARK} ${t.markAccept({ value: String(point.accept) })}` : point.accept === report.recommended_accept ? ` ${MARK} >` : '',
  );
  const labelWidth = Math.max(...labels.map(textWidth));
  const countWidth = Math.max(...bads.map(textWidth), ...goods.map(textWidth));
  const markWidth = Math.max(...marks.map(textWidth));
  const half = Math.max(1, Math.floor((width - INDENT.length - labelWidth - 2 * countWidth - 5 - markWidth) / 2));
  const max = Math.max(1, ...points.map((point) => Math.max(point.bad_accepted!, point.good_turned_away!)));
  const cells = (count: number): number => (count === 0 ? 0 : Math.max(1, Math.round((count / max) * half)));
  const lines = points.map((point, index) => {
    const bad = cells(point.bad_accepted!);
    const good = cells(point.good_turned_away!);
    const left = `${' '.repeat(half - bad)}${style.red(BAR_BAD.repeat(bad))}`;
    const right = `${style.green(BAR_GOOD.repeat(good))}${' '.repeat(half - good)}`;
    return `${INDENT}${labels[index]!.padStart(labelWidth)} ${bads[index]!.padStart(countWidth)} ${left}│${right} ${goods[index]!.padStart(countWidth)}${marks[index] === '' ? '' : style.bold(marks[index]!)}`.trimEnd();
  });
  return [...heading(style, t.headings.sweep), ...lines, ...wrap(t.sweepLegend({ bad: BAR_BAD, good: BAR_GOOD }), width, INDENT, INDENT).map((line) => style.dim(line))];
}

/** Where the rows came from, when a source answered less than all the current criteria. */
function sourcesSection(voice: Voice, report: CalibrationReport, style: Style, width: number): string[] {
  const partial = report.sources.filter((source) => (source.other_criteria ?? 0) > 0 || source.criteria_answered < source.criteria_applied);
  if (partial.length === 0) return [];
  return [...heading(style, voice.words.calibrate.headings.sources), ...report.sources.flatMap((source) => wrap(sourceText(voice, source), width, `${INDENT}- `, `${INDENT}  `))];
}

function nextSection(voice: Voice, report: CalibrationReport, style: Style, width: number, without?: WithoutMissing): string[] {
  const t = voice.words.calibrate;
  if (report.advice.length === 0 && report.withheld.length === 0) return [];
  const bullets = (advice: readonly Advice[]): string[] => advice.flatMap((item) => wrap(adviceText(voice, item), width, `${INDENT}- `, `${INDENT}  `));
  const figures = without === undefined ? undefined : { ids: idList(voice, without.drop), drop: dropFlags(without.drop) };
  return [
    ...heading(style, t.headings.next),
    ...report.withheld.flatMap((item) => wrap(withheldText(voice, item, report.recommended_by), width, INDENT, INDENT)),
    ...bullets(report.advice),
    ...(without === undefined || figures === undefined
      ? []
      : [...wrap(without.report.advice.length === 0 ? t.withheld.withoutNothing(figures) : t.withheld.without(figures), width, INDENT, INDENT), ...bullets(without.report.advice)]),
  ];
}

/**
 * The whole text report. With `before` (a what-if run), the key figures are shown before and
 * after side by side, and the rest of the report is the after state.
 */
export function renderCalibration(voice: Voice, report: CalibrationReport, style: Style, width: number, before?: CalibrationReport, without?: WithoutMissing): string[] {
  const layout = Math.max(MIN_LAYOUT_WIDTH, width);
  const lines = [
    ...(before === undefined ? [] : comparison(voice, before, report, style, layout)),
    ...sourcesSection(voice, report, style, layout),
    ...acceptance(voice, report, style, layout),
    ...criteriaSection(voice, report, style, layout),
    ...thresholdsSection(voice, report, style, layout),
    ...outcomesSection(voice, report, style, layout),
    ...effectsSection(voice, report, style, layout),
    ...scoresSection(voice, report, style, layout),
    ...nextSection(voice, report, style, layout, without),
  ];
  // The first line is the blank before the first heading.
  return lines.slice(1).map((line) => (textWidth(line) > width ? truncate(line, width) : line));
}
