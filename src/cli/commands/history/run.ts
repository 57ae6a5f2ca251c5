/** `clientfit history`: past decisions and how those clients turned out. */
import { normalizeWord } from '../../../core/answers.js';
import type { DecisionWithOutcome, OutcomeLine } from '../../../core/journal.js';
import { ExitCode } from '../../../errors.js';
import { createStyle, verdictColor } from '../../../render/style.js';
import { printable, renderTable } from '../../../render/table.js';
import { displayPath } from '../../criteria-file.js';
import { write, type IO } from '../../io.js';
import { journalPath, readDecisions } from '../../journal.js';
import type { HistoryOptions } from './index.js';

/** Local date and time to the minute: `2025-03-14 09:30`. */
export function shortTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const two = (value: number): string => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

function historyJson(entries: readonly DecisionWithOutcome[], all: ReadonlyMap<string, OutcomeLine[]> | undefined): unknown[] {
  return entries.map(({ decision, outcome }) => ({
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
    ...(all === undefined
      ? {}
      : { outcomes: (all.get(decision.id) ?? []).map((line) => ({ id: line.id, time: line.time, outcome: line.outcome, note: line.note })) }),
  }));
}

/** Every outcome line by decision id, oldest first. */
function outcomesByDecision(outcomes: readonly OutcomeLine[]): Map<string, OutcomeLine[]> {
  const byDecision = new Map<string, OutcomeLine[]>();
  for (const line of outcomes) {
    const list = byDecision.get(line.decision);
    if (list === undefined) byDecision.set(line.decision, [line]);
    else list.push(line);
  }
  return byDecision;
}

export async function runHistory(io: IO, options: HistoryOptions): Promise<number> {
  const path = journalPath(io, options.journal);
  const { journal, entries: every } = readDecisions(io, path);
  const filter = options.name === undefined ? undefined : normalizeWord(options.name);
  const entries = filter === undefined ? every : every.filter(({ decision }) => decision.name !== null && normalizeWord(decision.name).includes(filter));
  const all = options.all === true ? outcomesByDecision(journal.outcomes) : undefined;
  if (options.format === 'json') {
    await write(io.stdout, `${JSON.stringify(historyJson(entries, all), null, 2)}\n`);
    return ExitCode.ok;
  }
  if (entries.length === 0) {
    const where = displayPath(io, path);
    io.stderr.write(
      !journal.exists
        ? `No journal yet at ${where}. Save a decision with \`clientfit score --save\`.\n`
        : filter === undefined
          ? `No decisions in ${where} yet. Save one with \`clientfit score --save\`.\n`
          : `No decisions named like "${options.name}" in ${where}.\n`,
    );
    return ExitCode.ok;
  }
  const style = createStyle(io.colorLevel);
  const outcomeText = (outcome: OutcomeLine): string =>
    `${outcome.outcome === 'good' ? style.green('good') : style.red('bad')}${outcome.note ? ` ${style.dim(printable(outcome.note))}` : ''}`;
  const rows = entries.flatMap(({ decision, outcome }) => [
    [
      shortTime(decision.time),
      decision.name === null ? style.dim('(no name)') : printable(decision.name),
      verdictColor(style, decision.result.verdict)(decision.result.verdict),
      String(decision.result.score),
      outcome === undefined ? style.dim('–') : outcomeText(outcome),
      decision.id,
    ],
    // --all: the outcomes a later one replaced, under their decision, with when they were recorded.
    ...(all?.get(decision.id) ?? []).slice(0, -1).map((line) => [
      style.dim(shortTime(line.time)),
      '',
      '',
      '',
      `${style.dim('replaced:')} ${outcomeText(line)}`,
      style.dim(line.id),
    ]),
  ]);
  const table = renderTable(
    [{ header: 'date' }, { header: 'name', shrink: true }, { header: 'verdict' }, { header: 'score', align: 'right' }, { header: 'outcome', shrink: true }, { header: 'id' }],
    rows,
    io.tableWidth,
  );
  await write(io.stdout, `${table.join('\n')}\n`);
  return ExitCode.ok;
}
