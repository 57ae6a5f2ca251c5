/** `clientfit outcome NAME good|bad`: how a client turned out, appended as its own journal line. */
import { decisionsNamed, outcomeLine, sameName, type DecisionLine, type Outcome } from '../../../core/journal.js';
import { didYouMean } from '../../../core/suggest.js';
import { ExitCode, UserError } from '../../../errors.js';
import { printable } from '../../../render/sanitize.js';
import { displayPath } from '../../criteria-file.js';
import type { IO } from '../../io.js';
import { appendJournal, journalPath, newId, readJournal } from '../../journal.js';
import { shortTime } from '../../../render/followup.js';
import type { OutcomeOptions } from './types.js';

/** The label history shows for a decision saved without a name; `outcome` accepts it. */
export const NO_NAME = '(no name)';

function isNoName(name: string): boolean {
  return name.trim().toLowerCase() === NO_NAME;
}

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
      throw new UserError(`decision ${byId.id} is for ${byId.name === null ? 'a prospect with no name' : `"${printable(byId.name)}"`}, not "${printable(name)}"`);
    }
    return byId;
  }
  const named = isNoName(name) ? decisions.filter((decision) => decision.name === null).reverse() : decisionsNamed(decisions, name);
  const latest = named[0];
  if (latest === undefined) {
    const names = [...new Set(decisions.map((decision) => decision.name).filter((value): value is string => value !== null))];
    const unnamed = decisions.filter((decision) => decision.name === null).length;
    const unnamedHint = unnamed === 0
      ? []
      : [`${unnamed} decision${unnamed === 1 ? ' was' : 's were'} saved without a name: \`clientfit outcome "${NO_NAME}" good\` records it for the latest, add --id ID for another (\`clientfit history\` lists the ids).`];
    throw new UserError(`no decision for "${printable(name)}" in the journal${isNoName(name) ? '' : didYouMean(name, names, (value) => value.toLowerCase().replace(/\s+/gu, ' ').trim())}`, {
      details: [
        names.length === 0
          ? 'No decision in the journal has a name: pass --name when you save one.'
          : `Saved names: ${names.slice(-10).map(printable).join(', ')}${names.length > 10 ? ', ...' : ''} (\`clientfit history\` lists them all).`,
        ...unnamedHint,
      ],
    });
  }
  if (named.length > 1) {
    io.stderr.write(
      `${named.length} decisions are saved for "${printable(name)}": recording the outcome for the latest (${shortTime(latest.time)}, id ${latest.id}).\n` +
        `Pass --id ID to pick another (\`clientfit history "${printable(name)}"\` lists them).\n`,
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
  // An outcome is never overwritten in the file, but the latest one is what counts: say what it replaces.
  const earlier = journal.outcomes.filter((line) => line.decision === decision.id).at(-1);
  const line = outcomeLine({ id: newId(), time: new Date(), decision, outcome, note: options.note });
  appendJournal(path, line);
  io.stderr.write(`Recorded "${outcome}" for ${decision.name === null ? NO_NAME : printable(decision.name)} (decision ${decision.id}) in ${printable(displayPath(io, path))}.\n`);
  if (earlier !== undefined) {
    io.stderr.write(
      `This replaces "${earlier.outcome}${earlier.note === null ? '' : ` - ${printable(earlier.note)}`}" recorded ${shortTime(earlier.time)}; ` +
        'both stay in the journal (`clientfit history --all` shows every outcome).\n',
    );
  }
  return ExitCode.ok;
}
