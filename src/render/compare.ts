/**
 * The text report of `clientfit compare`: verdicts under both lists, the leads that change and
 * in which direction, what caused the changes, outcomes under each list, and the first flips.
 * Pure: report in, lines out, none wider than `width`.
 */
import type { ChangeReport, CompareReport, Flip, ThresholdsData } from '../core/compare.js';
import type { Verdict } from '../core/score.js';
import type { AllWords, Voice } from '../i18n/index.js';
import { formatShare } from './calibration.js';
import { counted, grouped, list } from './locale.js';
import { printable } from './sanitize.js';
import { verdictColor, verdictWord, type Style } from './style.js';
import { renderTable, textWidth, truncate, wrap } from './table.js';

const INDENT = '  ';
/** Flips listed in the text; JSON lists them all (up to MAX_FLIPS). */
export const SHOWN_FLIPS = 10;

function heading(style: Style, text: string): string[] {
  return ['', style.bold(text)];
}

function verdict(t: AllWords['result'], style: Style, value: Verdict): string {
  return verdictColor(style, value)(verdictWord(t, value));
}

/** `+8` / `-3` / `0` percentage points of a share change, in the language's digits. */
function points(voice: Voice, change: number): string {
  const value = Math.round(change * 100);
  const text = grouped(voice.lang, Math.abs(value));
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

/** A signed count (the cost change). */
function signed(voice: Voice, value: number): string {
  const rounded = Math.round(value * 10) / 10;
  const text = grouped(voice.lang, Math.abs(rounded));
  return rounded > 0 ? `+${text}` : rounded < 0 ? `−${text}` : '0';
}

function verdictsSection(voice: Voice, report: CompareReport, style: Style, width: number): string[] {
  const w = voice.words.compare;
  const cell = (count: number, share: number): string => `${grouped(voice.lang, count)} (${formatShare(voice, share)})`;
  const rows = (['accept', 'review', 'reject'] as const).map((value) => [
    verdict(voice.words.result, style, value),
    cell(report.verdicts_before[value], report.verdicts_before[value] / report.leads),
    cell(report.verdicts_after[value], report.verdicts_after[value] / report.leads),
  ]);
  const interval = report.accept_share_change_interval;
  const acceptance = w.acceptance({
    from: formatShare(voice, report.accept_share_before),
    to: formatShare(voice, report.accept_share_after),
    change: points(voice, report.accept_share_change),
    interval: interval === null ? '' : w.pairedInterval({ from: points(voice, interval[0]), to: points(voice, interval[1]) }),
  });
  return [
    ...heading(style, w.headings.verdicts),
    ...renderTable([{ header: '' }, { header: w.columns.before, align: 'right' }, { header: w.columns.after, align: 'right' }], rows, width, INDENT),
    ...wrap(acceptance, width, INDENT, INDENT),
    ...wrap(w.intervalMeans, width, INDENT, INDENT).map((line) => style.dim(line)),
  ];
}

function movesSection(voice: Voice, report: CompareReport, style: Style, width: number): string[] {
  const w = voice.words.compare;
  if (report.changed === 0) return [...heading(style, w.headings.moves), ...wrap(w.noneChanged({ count: counted(voice.lang, report.leads) }), width, INDENT, INDENT)];
  const rows = report.moves.map((move) => [`${verdict(voice.words.result, style, move.from)} → ${verdict(voice.words.result, style, move.to)}`, grouped(voice.lang, move.count)]);
  return [
    ...heading(style, w.headings.moves),
    ...wrap(w.changed({ count: counted(voice.lang, report.changed), leads: grouped(voice.lang, report.leads) }), width, INDENT, INDENT),
    ...renderTable([{ header: '' }, { header: w.columns.leads, align: 'right' }], rows, width, INDENT),
  ];
}

/** One difference between the lists, in words: `"pays_upfront": must-have, points`. */
export function changeText(voice: Voice, change: ChangeReport): string {
  const w = voice.words.compare.change;
  switch (change.kind) {
    case 'added':
      return w.added({ id: change.id });
    case 'removed':
      return w.removed({ id: change.id });
    case 'changed':
      return w.changed({
        id: change.id,
        aspects: list(
          voice.lang,
          change.aspects.map((aspect) => voice.words.compare.aspects[aspect]),
        ),
      });
    case 'thresholds': {
      const side = (value: ThresholdsData): string => `${value.accept}/${value.review}${value.max_unknown === undefined ? '' : `, max_unknown ${value.max_unknown}`}`;
      return w.thresholds({ from: side(change.from), to: side(change.to) });
    }
  }
}

function causesSection(voice: Voice, report: CompareReport, style: Style, width: number): string[] {
  const w = voice.words.compare;
  if (report.changes.length === 0) return [...heading(style, w.headings.causes), ...wrap(w.sameLists, width, INDENT, INDENT)];
  const traced = report.flips_unexplained !== null;
  const rows = report.changes.map((change) => [printable(changeText(voice, change)), change.flips === null ? '–' : grouped(voice.lang, change.flips)]);
  const together = report.flips_unexplained ?? 0;
  return [
    ...heading(style, w.headings.causes),
    ...renderTable(
      [
        { header: w.columns.change, shrink: true },
        { header: w.columns.flips, align: 'right' },
      ],
      rows,
      width,
      INDENT,
    ),
    ...(together > 0 ? wrap(w.together({ count: counted(voice.lang, together) }), width, INDENT, INDENT) : []),
    ...wrap(traced ? w.causesLegend : w.notTraced, width, INDENT, INDENT).map((line) => style.dim(line)),
  ];
}

function outcomesSection(voice: Voice, report: CompareReport, style: Style, width: number): string[] {
  const outcomes = report.outcomes;
  const w = voice.words.compare;
  if (outcomes === null) return [];
  const rows = [
    [w.rows.badLetIn, grouped(voice.lang, outcomes.before.bad_let_in), grouped(voice.lang, outcomes.after.bad_let_in)],
    [w.rows.goodTurnedAway, grouped(voice.lang, outcomes.before.good_turned_away), grouped(voice.lang, outcomes.after.good_turned_away)],
    [w.rows.cost, signedless(voice, outcomes.before.cost), signedless(voice, outcomes.after.cost)],
  ];
  const interval = outcomes.cost_change_interval;
  const cost = w.costLine({
    cost: signedless(voice, outcomes.cost_bad_accepted),
    change: signed(voice, outcomes.cost_change),
    interval:
      interval === null
        ? w.costNoInterval({ min: grouped(voice.lang, outcomes.min_cost_moves), count: counted(voice.lang, outcomes.cost_moves) })
        : w.costInterval({ from: signed(voice, interval[0]), to: signed(voice, interval[1]), known: grouped(voice.lang, outcomes.known) }),
  });
  return [
    ...heading(style, w.headings.outcomes),
    ...wrap(
      w.outcomesLine({ count: counted(voice.lang, outcomes.known), leads: grouped(voice.lang, report.leads), good: grouped(voice.lang, outcomes.good), bad: grouped(voice.lang, outcomes.bad) }),
      width,
      INDENT,
      INDENT,
    ),
    ...renderTable([{ header: '' }, { header: w.columns.before, align: 'right' }, { header: w.columns.after, align: 'right' }], rows, width, INDENT),
    ...wrap(cost, width, INDENT, INDENT),
  ];
}

/** A cost as written: to one decimal, grouped the language's way. */
function signedless(voice: Voice, value: number): string {
  return grouped(voice.lang, Math.round(value * 10) / 10);
}

function flipLabel(t: AllWords['compare'], flip: Flip): string {
  const where = 'line' in flip ? t.lineLabel({ line: String(flip.line) }) : t.decisionLabel({ id: flip.id });
  return flip.name === undefined ? where : `${where} ${printable(flip.name)}`;
}

function flipsSection(voice: Voice, report: CompareReport, style: Style, width: number): string[] {
  if (report.changed === 0) return [];
  const w = voice.words.compare;
  const shown = report.flips.slice(0, SHOWN_FLIPS);
  const rows = shown.map((flip) => [flipLabel(voice.words.compare, flip), `${verdict(voice.words.result, style, flip.from)} → ${verdict(voice.words.result, style, flip.to)}`]);
  const more = report.changed - shown.length;
  return [
    ...heading(style, more > 0 ? w.headings.someFlips({ count: counted(voice.lang, shown.length), total: grouped(voice.lang, report.changed) }) : w.headings.flips),
    // No headings: the section's title says what the rows are.
    ...renderTable([{ header: '', shrink: true }, { header: '' }], rows, width, INDENT).filter((line) => line.trim() !== ''),
    ...(more > 0 ? wrap(w.moreFlips({ count: counted(voice.lang, more) }), width, INDENT, INDENT).map((line) => style.dim(line)) : []),
  ];
}

/** The whole text report. */
export function renderCompare(voice: Voice, report: CompareReport, style: Style, width: number): string[] {
  const layout = Math.max(30, width);
  const lines = [
    ...verdictsSection(voice, report, style, layout),
    ...movesSection(voice, report, style, layout),
    ...causesSection(voice, report, style, layout),
    ...outcomesSection(voice, report, style, layout),
    ...flipsSection(voice, report, style, layout),
  ];
  return lines.slice(1).map((line) => (textWidth(line) > width ? truncate(line, width) : line));
}
