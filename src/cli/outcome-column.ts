/**
 * A lead file's outcome column (`--outcome COLUMN`, with `--good`/`--bad` for CRM statuses),
 * shared by `calibrate` and `compare`: finding the column, reading each cell into good, bad or
 * unknown, and the warning about cells that could not be read.
 */
import { normalizeWord } from '../core/answers.js';
import { normalizeHeader } from '../core/criteria.js';
import { readOutcome, type ClientOutcome } from '../core/outcome-words.js';
import { UserError } from '../errors.js';
import type { AllWords, Voice } from '../i18n/index.js';
import { plain } from '../render/locale.js';
import { describeProblem } from '../render/problems.js';
import { printable } from '../render/sanitize.js';
import type { IO } from './io.js';
import { listHeaders } from './leads-input.js';
import { didYouMean } from './suggest.js';

export interface OutcomeFlags {
  readonly outcome?: string;
  readonly good?: string[];
  readonly bad?: string[];
}

/** --good/--bad VALUES: each value (normalised as outcome words are) to its outcome. */
export function outcomeStatuses(t: AllWords['calibrate'], options: OutcomeFlags): Map<string, ClientOutcome> | undefined {
  if (options.good === undefined && options.bad === undefined) return undefined;
  if (options.outcome === undefined) throw new UserError(t.errors.goodBadNeedOutcome);
  const statuses = new Map<string, ClientOutcome>();
  for (const [flag, outcome] of [
    ['good', 'good'],
    ['bad', 'bad'],
  ] as const) {
    for (const value of (options[flag] ?? []).flatMap((list) => list.split(','))) {
      const word = normalizeWord(value);
      if (word === '') continue;
      if (statuses.has(word) && statuses.get(word) !== outcome) throw new UserError(t.errors.bothGoodBad({ value: value.trim() }));
      statuses.set(word, outcome);
    }
  }
  return statuses;
}

/** The index of the `--outcome` column among `names`; a usage error naming the headers when there is none. */
export function findOutcomeColumn(voice: Voice, column: string, names: readonly string[], source: string): number {
  const wanted = normalizeHeader(column);
  const index = names.findIndex((name) => normalizeHeader(name) === wanted);
  if (index >= 0) return index;
  throw new UserError(voice.words.calibrate.errors.noOutcomeColumn({ column, source, suggestion: didYouMean(voice.words.common, column, names, normalizeHeader) }), {
    details: [voice.words.common.leads.headersIn({ source, headers: listHeaders(voice, names) })],
  });
}

/** Reads outcome cells, counting the ones it cannot read for one warning at the end. */
export class OutcomeCells {
  private unreadable = 0;
  private first: string | undefined;
  /** unreadable values and how often each came (the first five values) */
  private readonly values = new Map<string, number>();

  constructor(
    private readonly voice: Voice,
    private readonly statuses: ReadonlyMap<string, ClientOutcome> | undefined,
  ) {}

  /** The outcome of one cell, or undefined (empty, unknown, or unreadable: counted). */
  read(cell: string, line: number): ClientOutcome | undefined {
    const status = this.statuses?.get(normalizeWord(cell));
    const read = status === undefined ? readOutcome(cell) : ({ kind: 'outcome', value: status } as const);
    if (read.kind === 'outcome') return read.value;
    if (read.kind === 'invalid') {
      this.unreadable++;
      this.first ??= this.voice.words.calibrate.lineMessage({ line: String(line), message: describeProblem(this.voice, read.problem) });
      const value = cell.trim();
      if (this.values.has(value) || this.values.size < 5) this.values.set(value, (this.values.get(value) ?? 0) + 1);
    }
    return undefined;
  }

  /** The warning about unreadable cells, on stderr, and how to map statuses when none were given. */
  warn(io: IO): void {
    if (this.unreadable === 0) return;
    const t = io.voice.words.calibrate;
    const values = [...this.values].map(([value, count]) => `"${printable(value)}" ×${count}`).join(', ');
    io.stderr.write(`${t.badOutcomes({ count: plain(io.voice.lang, this.unreadable), first: printable(this.first ?? ''), values })}\n`);
    if (this.statuses === undefined) io.stderr.write(`${t.mapStatusHint}\n`);
  }
}

/** --cost-bad-accepted N: a number of 0 or more. */
export function costOption(t: AllWords['calibrate'], value: string): number {
  const cost = Number(value);
  if (!Number.isFinite(cost) || cost < 0) throw new UserError(t.errors.cost({ value }));
  return cost;
}
