/** `clientfit outcome NAME good|bad`: how a client turned out, appended as its own journal line. */
import { decisionsNamed, outcomeLine, sameName, type DecisionLine } from '../../../core/journal.js';
import type { ClientOutcome } from '../../../core/outcome-words.js';
import { didYouMean } from '../../suggest.js';
import { ExitCode, UserError } from '../../../errors.js';
import { englishWords, words } from '../../../i18n/index.js';
import { printable } from '../../../render/sanitize.js';
import { displayPath } from '../../criteria-file.js';
import type { IO } from '../../io.js';
import { appendJournal, journalPath, newId, readJournal } from '../../journal.js';
import { shortTime } from '../../../render/followup.js';
import type { OutcomeOptions } from './types.js';

/** The label history shows for a decision saved without a name; `outcome` accepts it. */
export const NO_NAME = englishWords().outcome.noName;

/** The English label, or the one history shows in the run's language (`(без имени)`). */
function isNoName(name: string): boolean {
  const given = name.trim().toLowerCase();
  return given === NO_NAME || given === words().outcome.noName.toLowerCase();
}

function pick(io: IO, decisions: readonly DecisionLine[], name: string, options: OutcomeOptions): DecisionLine {
  const t = words().outcome;
  if (options.id !== undefined) {
    const byId = decisions.find((decision) => decision.id === options.id);
    if (byId === undefined) {
      throw new UserError(
        t.noId({
          id: options.id,
          suggestion: didYouMean(
            options.id,
            decisions.map((decision) => decision.id),
          ),
        }),
        {
          details: [t.historyListsIds],
        },
      );
    }
    // A decision saved without --name has no name to repeat: with --id, any NAME (e.g. -) will do.
    if (byId.name !== null && !sameName(byId.name, name)) {
      throw new UserError(t.otherProspect({ id: byId.id, owner: printable(byId.name), name: printable(name) }));
    }
    return byId;
  }
  const named = isNoName(name) ? decisions.filter((decision) => decision.name === null).reverse() : decisionsNamed(decisions, name);
  const latest = named[0];
  if (latest === undefined) {
    const names = [...new Set(decisions.map((decision) => decision.name).filter((value): value is string => value !== null))];
    const unnamed = decisions.filter((decision) => decision.name === null).length;
    const unnamedHint = unnamed === 0 ? [] : [t.unnamed({ count: unnamed, noName: t.noName })];
    throw new UserError(t.notFound({ name: printable(name), suggestion: isNoName(name) ? '' : didYouMean(name, names, (value) => value.toLowerCase().replace(/\s+/gu, ' ').trim()) }), {
      details: [names.length === 0 ? t.noNames : t.savedNames({ names: names.slice(-10).map(printable).join(', '), more: names.length > 10 ? ', ...' : '' }), ...unnamedHint],
    });
  }
  if (named.length > 1) {
    io.stderr.write(`${t.several({ count: named.length, name: printable(name), time: shortTime(latest.time), id: latest.id })}\n${t.pickAnother({ name: printable(name) })}\n`);
  }
  return latest;
}

export function runOutcome(io: IO, name: string, outcome: ClientOutcome, options: OutcomeOptions): number {
  const path = journalPath(io, options.journal);
  const journal = readJournal(io, path);
  const t = words().outcome;
  if (!journal.exists) {
    throw new UserError(t.noJournal({ path: displayPath(io, path) }), { details: [t.saveFirst] });
  }
  const decision = pick(io, journal.decisions, name, options);
  // An outcome is never overwritten in the file, but the latest one is what counts: say what it replaces.
  const earlier = journal.outcomes.filter((line) => line.decision === decision.id).at(-1);
  const line = outcomeLine({ id: newId(), time: new Date(), decision, outcome, note: options.note });
  appendJournal(path, line);
  io.stderr.write(`${t.recorded({ outcome: t[outcome], name: decision.name === null ? t.noName : printable(decision.name), id: decision.id, path: printable(displayPath(io, path)) })}\n`);
  if (earlier !== undefined) {
    const was = `${t[earlier.outcome]}${earlier.note === null ? '' : ` - ${printable(earlier.note)}`}`;
    io.stderr.write(`${t.replaces({ earlier: was, time: shortTime(earlier.time) })}\n`);
  }
  return ExitCode.ok;
}
