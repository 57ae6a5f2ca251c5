/**
 * The text report of `clientfit compare`: verdicts under both lists, the leads that change and
 * in which direction, what caused the changes, outcomes under each list, and the first flips.
 * Pure: report in, lines out, none wider than `width`.
 */
import type { ChangeReport, CompareReport, Flip, ThresholdsData } from '../core/compare.js';
import type { Verdict } from '../core/score.js';
import { words } from '../i18n/index.js';
import { formatShare } from './calibration.js';
import { counted, grouped, list } from './locale.js';
import { printable } from './sanitize.js';
import { verdictColor, verdictWord, type Style } from './style.js';
import { renderTable, textWidth, truncate, wrap } from './table.js';

const INDENT = '  ';
/** Flips listed in the text; JSON lists them all (up to MAX_FLIPS). */
export const SHOWN_FLIPS = 10;

function t(): ReturnType<typeof words>['compare'] {
  return words().compare;
}

function heading(style: Style, text: string): string[] {
  return ['', style.bold(text)];
}

function verdict(style: Style, value: Verdict): string {
  return verdictColor(style, value)(verdictWord(value));
}

/** `+8` / `-3` / `0` percentage points of a share change, in the language's digits. */
function points(change: number): string {
  const value = Math.round(change * 100);
  const text = grouped(Math.abs(value));
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

/** A signed count (the cost change). */
function signed(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  const text = grouped(Math.abs(rounded));
  return rounded > 0 ? `+${text}` : rounded < 0 ? `−${text}` : '0';
}

function verdictsSection(report: CompareReport, style: Style, width: number): string[] {
  const w = t();
  const cell = (count: number, share: number): string => `${grouped(count)} (${formatShare(share)})`;
  const rows = (['accept', 'review', 'reject'] as const).map((value) => [
    verdict(style, value),
    cell(report.verdicts_before[value], report.verdicts_before[value] / report.leads),
    cell(report.verdicts_after[value], report.verdicts_after[value] / report.leads),
  ]);
  const interval = report.accept_share_change_interval;
  const acceptance = w.acceptance({
    from: formatShare(report.accept_share_before),
    to: formatShare(report.accept_share_after),
    change: points(report.accept_share_change),
    interval: interval === null ? '' : w.pairedInterval({ from: points(interval[0]), to: points(interval[1]) }),
  });
  return [
    ...heading(style, w.headings.verdicts),
    ...renderTable([{ header: '' }, { header: w.columns.before, align: 'right' }, { header: w.columns.after, align: 'right' }], rows, width, INDENT),
    ...wrap(acceptance, width, INDENT, INDENT),
    ...wrap(w.intervalMeans, width, INDENT, INDENT).map((line) => style.dim(line)),
  ];
}

function movesSection(report: CompareReport, style: Style, width: number): string[] {
  const w = t();
  if (report.changed === 0) return [...heading(style, w.headings.moves), ...wrap(w.noneChanged({ count: counted(report.leads) }), width, INDENT, INDENT)];
  const rows = report.moves.map((move) => [`${verdict(style, move.from)} → ${verdict(style, move.to)}`, grouped(move.count)]);
  return [
    ...heading(style, w.headings.moves),
    ...wrap(w.changed({ count: counted(report.changed), leads: grouped(report.leads) }), width, INDENT, INDENT),
    ...renderTable([{ header: '' }, { header: w.columns.leads, align: 'right' }], rows, width, INDENT),
  ];
}

/** One difference between the lists, in words: `"pays_upfront": must-have, points`. */
export function changeText(change: ChangeReport): string {
  const w = t().change;
  switch (change.kind) {
    case 'added':
      return w.added({ id: change.id });
    case 'removed':
      return w.removed({ id: change.id });
    case 'changed':
      return w.changed({ id: change.id, aspects: list(change.aspects.map((aspect) => t().aspects[aspect])) });
    case 'thresholds': {
      const side = (value: ThresholdsData): string => `${value.accept}/${value.review}${value.max_unknown === undefined ? '' : `, max_unknown ${value.max_unknown}`}`;
      return w.thresholds({ from: side(change.from), to: side(change.to) });
    }
  }
}

function causesSection(report: CompareReport, style: Style, width: number): string[] {
  const w = t();
  if (report.changes.length === 0) return [...heading(style, w.headings.causes), ...wrap(w.sameLists, width, INDENT, INDENT)];
  const traced = report.flips_unexplained !== null;
  const rows = report.changes.map((change) => [printable(changeText(change)), change.flips === null ? '–' : grouped(change.flips)]);
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
    ...(together > 0 ? wrap(w.together({ count: counted(together) }), width, INDENT, INDENT) : []),
    ...wrap(traced ? w.causesLegend : w.notTraced, width, INDENT, INDENT).map((line) => style.dim(line)),
  ];
}

function outcomesSection(report: CompareReport, style: Style, width: number): string[] {
  const outcomes = report.outcomes;
  const w = t();
  if (outcomes === null) return [];
  const rows = [
    [w.rows.badLetIn, grouped(outcomes.before.bad_let_in), grouped(outcomes.after.bad_let_in)],
    [w.rows.goodTurnedAway, grouped(outcomes.before.good_turned_away), grouped(outcomes.after.good_turned_away)],
    [w.rows.cost, signedless(outcomes.before.cost), signedless(outcomes.after.cost)],
  ];
  const interval = outcomes.cost_change_interval;
  const cost = w.costLine({
    cost: signedless(outcomes.cost_bad_accepted),
    change: signed(outcomes.cost_change),
    interval:
      interval === null
        ? w.costNoInterval({ min: grouped(outcomes.min_cost_moves), count: counted(outcomes.cost_moves) })
        : w.costInterval({ from: signed(interval[0]), to: signed(interval[1]), known: grouped(outcomes.known) }),
  });
  return [
    ...heading(style, w.headings.outcomes),
    ...wrap(w.outcomesLine({ count: counted(outcomes.known), leads: grouped(report.leads), good: grouped(outcomes.good), bad: grouped(outcomes.bad) }), width, INDENT, INDENT),
    ...renderTable([{ header: '' }, { header: w.columns.before, align: 'right' }, { header: w.columns.after, align: 'right' }], rows, width, INDENT),
    ...wrap(cost, width, INDENT, INDENT),
  ];
}

/** A cost as written: to one decimal, grouped the language's way. */
function signedless(value: number): string {
  return grouped(Math.round(value * 10) / 10);
}

function flipLabel(flip: Flip): string {
  const where = 'line' in flip ? t().lineLabel({ line: String(flip.line) }) : t().decisionLabel({ id: flip.id });
  return flip.name === undefined ? where : `${where} ${printable(flip.name)}`;
}

function flipsSection(report: CompareReport, style: Style, width: number): string[] {
  if (report.changed === 0) return [];
  const w = t();
  const shown = report.flips.slice(0, SHOWN_FLIPS);
  const rows = shown.map((flip) => [flipLabel(flip), `${verdict(style, flip.from)} → ${verdict(style, flip.to)}`]);
  const more = report.changed - shown.length;
  return [
    ...heading(style, more > 0 ? w.headings.someFlips({ count: counted(shown.length), total: grouped(report.changed) }) : w.headings.flips),
    // No headings: the section's title says what the rows are.
    ...renderTable([{ header: '', shrink: true }, { header: '' }], rows, width, INDENT).filter((line) => line.trim() !== ''),
    ...(more > 0 ? wrap(w.moreFlips({ count: counted(more) }), width, INDENT, INDENT).map((line) => style.dim(line)) : []),
  ];
}

/** The whole text report. */
export function renderCompare(report: CompareReport, style: Style, width: number): string[] {
  const layout = Math.max(30, width);
  const lines = [
    ...verdictsSection(report, style, layout),
    ...movesSection(report, style, layout),
    ...causesSection(report, style, layout),
    ...outcomesSection(report, style, layout),
    ...flipsSection(report, style, layout),
  ];
  return lines.slice(1).map((line) => (textWidth(line) > width ? truncate(line, width) : line));
}
