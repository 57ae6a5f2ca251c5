/** `clientfit outcome NAME good|bad`: how a client turned out, appended as its own journal line. */
import { decisionsNamed, outcomeLine, sameName, type DecisionLine, type Outcome } from '../../../core/journal.js';
import { didYouMean } from '../../../core/suggest.js';
import { ExitCode, UserError } from '../../../errors.js';
import { displayPath } from '../../criteria-file.js';
import type { IO } from '../../io.js';
import { appendJournal, journalPath, newId, readJournal } from '../../journal.js';
import { shortTime } from '../history/run.js';
import type { OutcomeOptions } from './index.js';

function pick(io: IO, decisions: readonly DecisionLine[], name: string, options: OutcomeOptions): DecisionLine {
  if (options.id !== undefined) {
    const byId = decisions.find((decision) => decision.id === options.id);
    if (byId === undefined) {
      throw new UserError(`no decision with id "${options.id}" in the journal${didYouMean(options.id, decisions.map((decision) => decision.id))}`, {
        details: ['`clientfit history` lists the ids.'],
      });
    }
    // A decision saved without --name has no name to repeat: with --id, any NAME (e.g. -) will do.
    if (byId.name !== null && !sameName(byId.name, name)) {
      throw new UserError(`decision ${byId.id} is for ${byId.name === null ? 'a prospect with no name' : `"${byId.name}"`}, not "${name}"`);
    }
    return byId;
  }
  const named = decisionsNamed(decisions, name);
  const latest = named[0];
  if (latest === undefined) {
    const names = [...new Set(decisions.map((decision) => decision.name).filter((value): value is string => value !== null))];
    throw new UserError(`no decision for "${name}" in the journal${didYouMean(name, names, (value) => value.toLowerCase().replace(/\s+/gu, ' ').trim())}`, {
      details: [
        names.length === 0
          ? 'No decision in the journal has a name: pass --name when you save one.'
          : `Saved names: ${names.slice(-10).join(', ')}${names.length > 10 ? ', ...' : ''} (\`clientfit history\` lists them all).`,
      ],
    });
  }
  if (named.length > 1) {
    io.stderr.write(
      `${named.length} decisions are saved for "${name}": recording the outcome for the latest (${shortTime(latest.time)}, id ${latest.id}).\n` +
        `Pass --id ID to pick another (\`clientfit history "${name}"\` lists them).\n`,
    );
  }
  return latest;
}

export function runOutcome(io: IO, name: string, outcome: Outcome, options: OutcomeOptions): number {
  const path = journalPath(io, options.journal);
  const journal = readJournal(io, path);
  if (!journal.exists) {
    throw new UserError(`no journal at ${displayPath(io, path)}`, {
      details: ['Save decisions with `clientfit score --save` first, or pass --journal FILE.'],
    });
  }
  const decision = pick(io, journal.decisions, name, options);
  const line = outcomeLine({ id: newId(), time: new Date(), decision, outcome, note: options.note });
  appendJournal(path, line);
  io.stderr.write(`Recorded "${outcome}" for ${decision.name ?? name} (decision ${decision.id}) in ${displayPath(io, path)}.\n`);
  return ExitCode.ok;
}
