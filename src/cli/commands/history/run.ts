/**
 * `clientfit history`: one line per prospect (its latest decision) and how those clients
 * turned out; `history NAME|ID` the prospect's whole thread of decisions with their answers.
 */
import { byTime, latestOutcomes, type DecisionLine, type OutcomeLine } from '../../../core/journal.js';
import { didYouMean } from '../../suggest.js';
import { groupThreads, looseName, nameHolds, type Thread } from '../../../core/journal-threads.js';
import { ExitCode, UserError } from '../../../errors.js';
import { renderThread, shortTime } from '../../../render/followup.js';
import { humanNumber } from '../../../render/result.js';
import { createStyle, verdictColor, verdictWord } from '../../../render/style.js';
import type { AllWords } from '../../../i18n/index.js';
import { printable, renderTable } from '../../../render/table.js';
import { checkCriteriaFile, displayPath } from '../../criteria-file.js';
import { fittedTerminal, write, type IO } from '../../io.js';
import { findProspect, journalPath, quoteArg, readJournal } from '../../journal.js';
import type { HistoryOptions } from './types.js';

function decisionJson(decision: DecisionLine, outcome: OutcomeLine | undefined, all: ReadonlyMap<string, OutcomeLine[]> | undefined): Record<string, unknown> {
  return {
    id: decision.id,
    time: decision.time,
    name: decision.name,
    score: decision.result.score,
    potential: decision.result.potential,
    verdict: decision.result.verdict,
    failed: decision.result.failed,
    unknown: decision.result.unknown,
    outcome: outcome?.outcome ?? null,
    note: outcome?.note ?? null,
    criteria: decision.criteria,
    continues: decision.continues ?? null,
    ...(all === undefined ? {} : { outcomes: (all.get(decision.id) ?? []).map((line) => ({ id: line.id, time: line.time, outcome: line.outcome, note: line.note })) }),
  };
}

/** Every outcome line by decision id, oldest first (`--all`). */
function outcomesByDecision(outcomes: readonly OutcomeLine[]): Map<string, OutcomeLine[]> {
  const byDecision = new Map<string, OutcomeLine[]>();
  for (const line of outcomes) {
    const list = byDecision.get(line.decision);
    if (list === undefined) byDecision.set(line.decision, [line]);
    else list.push(line);
  }
  return byDecision;
}

/** `--since 2026-03-01` (local midnight) or a full ISO time; a bad date is a usage error. */
export function parseSince(t: AllWords['history'], value: string): Date {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value.trim());
  const date = day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(value.trim());
  const valid = !Number.isNaN(date.getTime()) && (day === null || (date.getMonth() === Number(day[2]) - 1 && date.getDate() === Number(day[3])));
  if (!valid) throw new UserError(t.notADate({ value }), { details: [t.dateForm] });
  return date;
}

function parseLimit(t: AllWords['history'], value: string): number {
  const limit = Number(value);
  if (!/^\d+$/u.test(value.trim()) || limit < 1) throw new UserError(t.badLimit({ value }));
  return limit;
}

/** A prospect's outcome: the one recorded for its latest decision that has one. */
function threadOutcome(thread: Thread, outcomes: ReadonlyMap<string, OutcomeLine>): OutcomeLine | undefined {
  for (let index = thread.decisions.length - 1; index >= 0; index--) {
    const outcome = outcomes.get(thread.decisions[index]!.id);
    if (outcome !== undefined) return outcome;
  }
  return undefined;
}

function since(decision: DecisionLine, date: Date | undefined): boolean {
  return date === undefined || new Date(decision.time).getTime() >= date.getTime();
}

export async function runHistory(io: IO, prospect: string | undefined, options: HistoryOptions): Promise<number> {
  const limit = options.limit === undefined ? undefined : parseLimit(io.voice.words.history, options.limit);
  const from = options.since === undefined ? undefined : parseSince(io.voice.words.history, options.since);
  const path = journalPath(io, options.journal);
  const journal = readJournal(io, path);
  const outcomes = latestOutcomes(journal.outcomes);
  const threadsOf = groupThreads(journal.decisions);
  const all = options.all === true ? outcomesByDecision(journal.outcomes) : undefined;
  const style = createStyle(io.colorLevel);
  const t = io.voice.words.history;

  // `history KEY` reads KEY as an id or a name; `--id ID` as an id only.
  const key = options.id ?? prospect;
  if (key !== undefined) {
    const found = findProspect(io, threadsOf, key, options.id === undefined ? 'either' : 'id', {
      asId: `clientfit history --id ${quoteArg(key)}`,
      asName: `clientfit history --name ${quoteArg(key)}`,
    });
    if (found.kind === 'none') {
      throw new UserError(t.noDecision({ prospect: printable(key), path: displayPath(io, path), suggestion: didYouMean(io.voice.words.common, key, found.candidates, looseName) }), {
        details: [journal.exists ? t.listsProspects : t.saveFirst],
      });
    }
    let decisions = found.thread.decisions.filter((decision) => since(decision, from));
    if (limit !== undefined) decisions = decisions.slice(-limit);
    if (options.format === 'json') {
      const entries = decisions.map((decision) => ({ ...decisionJson(decision, outcomes.get(decision.id), all), answers: decision.answers }));
      await write(io.stdout, `${JSON.stringify(entries, null, 2)}\n`);
      return ExitCode.ok;
    }
    // Answers by question and a choice by its label: under the criteria of the latest decision, when they can still be read.
    // A file since moved, deleted or broken only costs the labels: the thread is shown by ids.
    const checked = await checkCriteriaFile(io, { path: found.thread.latest.criteria.file, origin: 'option' }).catch((error: unknown) => {
      if (error instanceof UserError) return undefined;
      throw error;
    });
    const criteria = checked?.ok === true ? checked.criteria : undefined;
    const lines = renderThread(io.voice, {
      thread: { decisions, latest: found.thread.latest },
      outcomes,
      criteria,
      style,
      columns: io.tableWidth === Infinity ? Math.max(80, io.columns) : io.tableWidth,
    });
    await write(fittedTerminal(io.stdout, io.env), `${lines.join('\n')}\n`);
    return ExitCode.ok;
  }

  const filter = options.name === undefined ? undefined : looseName(options.name);
  let threads = threadsOf.filter((thread) => since(thread.latest, from) && (filter === undefined || thread.decisions.some((decision) => nameHolds(decision.name, filter))));
  if (limit !== undefined) threads = threads.slice(-limit);
  if (options.format === 'json') {
    const entries = threads.map((thread) => ({ ...decisionJson(thread.latest, threadOutcome(thread, outcomes), all), decisions: thread.decisions.length }));
    await write(io.stdout, `${JSON.stringify(entries, null, 2)}\n`);
    return ExitCode.ok;
  }
  if (threads.length === 0) {
    const where = displayPath(io, path);
    io.stderr.write(
      `${
        !journal.exists
          ? t.noJournal({ path: where })
          : filter === undefined && from === undefined
            ? t.empty({ path: where })
            : t.noneMatch({ named: filter === undefined ? '' : t.namedLike({ name: options.name! }), since: from === undefined ? '' : t.since({ date: options.since! }), path: where })
      }\n`,
    );
    return ExitCode.ok;
  }
  const outcomeText = (outcome: OutcomeLine): string =>
    `${outcome.outcome === 'good' ? style.green(io.voice.words.result.outcome.good) : style.red(io.voice.words.result.outcome.bad)}${outcome.note ? ` ${style.dim(printable(outcome.note))}` : ''}`;
  const rows = threads.flatMap((thread) => {
    const decision = thread.latest;
    const outcome = threadOutcome(thread, outcomes);
    // --all: the outcomes a later one replaced, under the prospect, with when they were recorded;
    // oldest first by time, as "latest" is (a time's text with an offset sorts otherwise).
    const replaced = all === undefined ? [] : byTime(thread.decisions.flatMap((entry) => all.get(entry.id) ?? []).filter((line) => line !== outcome));
    return [
      [
        shortTime(io.voice.lang, decision.time),
        decision.name === null ? style.dim(t.noName) : printable(decision.name),
        verdictColor(style, decision.result.verdict)(verdictWord(io.voice.words.result, decision.result.verdict)),
        humanNumber(io.voice.lang, decision.result.score),
        String(thread.decisions.length),
        outcome === undefined ? style.dim('–') : outcomeText(outcome),
        decision.id,
      ],
      ...replaced.map((line) => [style.dim(shortTime(io.voice.lang, line.time)), '', '', '', '', `${style.dim(t.replaced)} ${outcomeText(line)}`, style.dim(line.id)]),
    ];
  });
  const table = renderTable(
    [
      { header: t.table.date },
      { header: t.table.name, shrink: true },
      { header: t.table.verdict },
      { header: t.table.score, align: 'right' },
      // On a narrow terminal the count of decisions goes first, then the id (history NAME shows it).
      { header: t.table.decisions, align: 'right', drop: 2 },
      { header: t.table.outcome, shrink: true },
      { header: t.table.id, drop: 1 },
    ],
    rows,
    io.tableWidth,
  );
  await write(fittedTerminal(io.stdout, io.env), `${table.join('\n')}\n`);
  return ExitCode.ok;
}
