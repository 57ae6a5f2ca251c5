/** `clientfit score` (the default command): vet one prospect and say what to do next. */
import { describeProblem, problemJson } from '../../../render/problems.js';
import { answerValue } from '../../../core/answers.js';
import { decisionLine } from '../../../core/journal.js';
import { draftMessage, requiredTerms } from '../../../core/message.js';
import { createScorer, failOnReached, type Result, type Verdict } from '../../../core/score.js';
import { ExitCode, UserError } from '../../../errors.js';
import { ENGLISH, type AllWords } from '../../../i18n/index.js';
import { answerText, draftWords, renderResult } from '../../../render/result.js';
import { readAnswerFor } from '../../../core/criteria.js';
import { printable } from '../../../render/sanitize.js';
import { createStyle, verdictWord } from '../../../render/style.js';
import { describeSource, displayPath, loadCriteriaFile, type LoadedCriteria } from '../../criteria-file.js';
import { fittedTerminal, notice, write, type IO } from '../../io.js';
import { appendJournal, journalPath, newId } from '../../journal.js';
import { answerChanges } from '../../../core/journal-threads.js';
import { combineAnswers, type AnswerLayer, type SourceConflict, type SourcedAnswer } from '../../../core/sources.js';
import { renderFollowUp, shortTime } from '../../../render/followup.js';
import { wrap } from '../../../render/table.js';
import { askAnswers, askSave, unreadable, type Prompts } from './ask.js';
import { findResume, type Resume } from '../../resume.js';
import { readGivenAnswers } from './given.js';
import { readReply, type ReadReply } from './reply.js';
import type { ScoreOptions } from './types.js';
import { readMailInput } from '../../mail-input.js';
import { clippedNotice, describeNote, quote, readProspectMessage, type ReadMessageResult } from '../../message-reading.js';

export type AnswerValue = boolean | number | string | null;

/** The `--format json` document; field names are stable (README "JSON output"). */
export interface ScoreJson {
  readonly name: string | null;
  readonly criteria: { readonly file: string; readonly sha256: string };
  readonly answers: Record<string, AnswerValue>;
  readonly results: readonly {
    readonly id: string;
    readonly status: string;
    readonly points: number;
    readonly max: number;
    readonly must: boolean;
    readonly answer: AnswerValue;
    readonly message?: string;
  }[];
  readonly score: number;
  readonly potential: number;
  readonly verdict: Verdict;
  readonly unknown: readonly string[];
  readonly terms: readonly string[];
  readonly message: string | null;
}

export function typedAnswers(result: Result): Record<string, AnswerValue> {
  return Object.fromEntries(result.results.map((entry) => [entry.id, answerValue(entry.answer)]));
}

export function scoreJson(loaded: LoadedCriteria, result: Result, name: string | undefined, terms: readonly string[], message: string | null): ScoreJson {
  return {
    name: name ?? null,
    criteria: { file: loaded.path, sha256: loaded.sha256 },
    answers: typedAnswers(result),
    results: result.results.map((entry) => ({
      id: entry.id,
      status: entry.status,
      points: entry.points,
      max: entry.max,
      must: entry.must,
      answer: answerValue(entry.answer),
      ...(entry.reason === undefined ? {} : problemJson(entry.reason)),
    })),
    score: result.score,
    potential: result.potential,
    verdict: result.verdict,
    unknown: [...result.unknown],
    terms: [...terms],
    message,
  };
}

async function realPrompts(): Promise<Prompts> {
  const [{ input, confirm }, { select }] = await Promise.all([import('@inquirer/prompts'), import('./select-prompt.js')]);
  return { input, confirm, select } as unknown as Prompts;
}

function noAnswersError(t: AllWords['score'], loaded: LoadedCriteria): UserError {
  const [first, second] = loaded.criteria.criteria;
  const example = [first, second]
    .filter((criterion) => criterion !== undefined)
    .map((criterion) => `--set ${criterion.id}=...`)
    .join(' ');
  return new UserError(t.noAnswers, {
    details: [t.noAnswersHow.answers, t.noAnswersHow.set({ example }), t.noAnswersHow.terminal],
  });
}

/** The message draft for a terminal: each paragraph wrapped at word boundaries, list items with a hanging indent. */
export function wrapDraft(message: string, columns: number): string {
  return message
    .split('\n')
    .flatMap((line) => (line.trim() === '' ? [''] : line.startsWith('- ') ? wrap(line.slice(2), columns, '- ', '  ') : wrap(line, columns)))
    .join('\n');
}

function resumeNotes(io: IO, resume: Resume, loaded: LoadedCriteria): void {
  const { decision, start } = resume;
  const t = io.voice.words.score;
  const who = decision.name === null ? t.theProspect : decision.name;
  notice(
    io,
    t.followingUp({ who, id: decision.id, time: shortTime(io.voice.lang, decision.time), verdict: verdictWord(io.voice.words.result, decision.result.verdict), score: decision.result.score }),
  );
  if (start.otherCriteria) {
    const parts = [t.otherCriteria({ before: decision.criteria.file, now: loaded.display })];
    if (start.dropped.length > 0) parts.push(t.noLongerAsked({ ids: start.dropped.join(', ') }));
    if (start.added.length > 0) parts.push(t.newCriteria({ ids: start.added.join(', ') }));
    notice(io, parts.join(' '));
  }
}

/** What the reply was: how many answers, from whom; read without a checksum or against another list. */
function replyNotes(io: IO, reply: ReadReply): void {
  const t = io.voice.words.form.reply;
  const count = Object.keys(reply.answers.values).length;
  notice(io, t.read({ count, file: reply.display, who: reply.reply.name === undefined ? '' : t.who({ name: printable(reply.reply.name) }) }));
  if (!reply.checked) notice(io, t.unchecked);
  if (reply.leftOut !== undefined) notice(io, reply.leftOut);
  if (reply.answers.otherList) notice(io, t.otherList);
  if (reply.answers.dropped.length > 0) notice(io, t.dropped({ ids: reply.answers.dropped.map(printable).join(', ') }));
}

/** Whether two raw values read as the same answer to criterion `id` (`yes` and `Y`, `40` and `40 %`). */
function sameAnswer(scorer: ReturnType<typeof createScorer>, loaded: LoadedCriteria, id: string, a: unknown, b: unknown): boolean {
  const index = loaded.criteria.criteria.findIndex((criterion) => criterion.id === id);
  if (index === -1) return Object.is(a, b);
  const [x, y] = [scorer.read(index, a), scorer.read(index, b)];
  return x.kind === y.kind && JSON.stringify(answerValue(x)) === JSON.stringify(answerValue(y));
}

/** Two sources that answered a question differently: the stronger one was kept; say so (stderr). */
function conflictNotes(io: IO, conflicts: readonly SourceConflict[], loaded: LoadedCriteria): void {
  const t = io.voice.words.score;
  for (const conflict of conflicts) {
    const question = loaded.criteria.criteria.find((criterion) => criterion.id === conflict.id)?.question ?? conflict.id;
    notice(
      io,
      t.sourceConflict({
        question: printable(question),
        kept: printable(String(conflict.kept.value)),
        keptFrom: t.sources[conflict.kept.from],
        other: printable(String(conflict.other.value)),
        otherFrom: t.sources[conflict.other.from],
      }),
    );
  }
}

/** Reads --message FILE for the criteria, saying when only its start was read. */
async function readMessageFile(io: IO, loaded: LoadedCriteria, file: string): Promise<ReadMessageResult> {
  const input = await readMailInput(io, file, { encodingFlag: false });
  const result = readProspectMessage(loaded.criteria, input.mail);
  clippedNotice(io, result, input.display);
  return result;
}

/** The message's answers the combined answers still take from it (a stronger source may have replaced some), with their words. */
function messageAnswers(fromMessage: ReadMessageResult, sources: Readonly<Record<string, SourcedAnswer>>): Record<string, { value: unknown; evidence: string }> {
  return Object.fromEntries(Object.entries(fromMessage.reading.answers).filter(([id]) => sources[id]?.from === 'message'));
}

/** Without an interview: each answer taken from the message with its words, and why others were left open (stderr). */
function messageNotes(io: IO, fromMessage: ReadMessageResult, suggested: Readonly<Record<string, { value: unknown; evidence: string }>>, loaded: LoadedCriteria): void {
  const t = io.voice.words.score;
  for (const criterion of loaded.criteria.criteria) {
    const answer = suggested[criterion.id];
    if (answer === undefined) continue;
    // A text answer is shown by the red flags it holds; the others as the interview shows them.
    const shown =
      criterion.type === 'text'
        ? fromMessage.reading.redFlags
            .filter((flag) => flag.criterion === criterion.id)
            .map((flag) => flag.evidence)
            .join(', ')
        : answerText(io.voice, criterion, readAnswerFor(criterion, answer.value));
    notice(io, t.fromMessage({ question: printable(criterion.question), answer: printable(shown), evidence: quote(io.voice.words.read, answer.evidence) }));
  }
  for (const note of fromMessage.reading.notes) {
    const question = loaded.criteria.criteria.find((criterion) => criterion.id === note.id)?.question ?? note.id;
    notice(io, describeNote(io.voice.words.read, note, printable(question)));
  }
}

export async function runScore(io: IO, options: ScoreOptions, prompts?: Prompts): Promise<number> {
  const loaded = await loadCriteriaFile(io, options.criteria);
  const scorer = createScorer(loaded.criteria, { decimalComma: options.decimalComma });
  if (options.reply === '-' && options.answers === '-') throw new UserError(io.voice.words.form.reply.withAnswers);
  const given = await readGivenAnswers(io, loaded.criteria, options);
  const reply = options.reply === undefined ? undefined : await readReply(io, options.reply, loaded.criteria, loaded.display);
  // A reply to a follow-up form continues that prospect's thread (the decision id the form carries), as --resume-id does.
  const replyResume = reply?.reply.resume;
  const resumeOwn = options.resume !== undefined || options.resumeId !== undefined || options.resumeName !== undefined;
  const resume = findResume(io, !resumeOwn && replyResume !== undefined ? { resumeId: replyResume, journal: options.journal } : options, loaded);
  const json = options.format === 'json';
  const { messageFile } = options;
  // One standard input: the answers file, the reply or the message may read it, not two of them.
  if (messageFile === '-' && (given.usedStdin || options.reply === '-')) throw new UserError(io.voice.words.score.oneStdin);
  const fromMessage = messageFile === undefined ? undefined : await readMessageFile(io, loaded, messageFile);
  const canAsk = options.input && io.canPrompt && !given.usedStdin && options.reply !== '-' && messageFile !== '-';
  if (!given.given && reply === undefined && fromMessage === undefined && !canAsk && options.input && resume === undefined) throw noAnswersError(io.voice.words.score, loaded);

  const errStyle = createStyle(io.stderrColorLevel);
  if (!json || canAsk) io.stderr.write(`${errStyle.dim(io.voice.words.score.criteria)} ${describeSource(io.voice.words.input, loaded)}\n`);
  if (resume !== undefined) resumeNotes(io, resume, loaded);

  if (reply !== undefined) replyNotes(io, reply);
  let name = options.name?.trim() || reply?.reply.name || (resume?.decision.name ?? undefined) || fromMessage?.name;
  // Each answer keeps its source (core/sources.ts): a follow-up starts from the earlier answers
  // and their sources; answers given now win over them.
  const at = new Date().toISOString();
  const layers: AnswerLayer[] = [
    { from: 'file', at, values: Object.fromEntries(Object.entries(given.values).filter(([id]) => !given.setIds.has(id))) },
    { from: 'set', at, values: Object.fromEntries(Object.entries(given.values).filter(([id]) => given.setIds.has(id))) },
    ...(reply === undefined ? [] : [{ from: 'reply' as const, at: reply.at ?? at, values: reply.answers.values }]),
  ];
  // The message is the weakest source: what the user gives wins, and a disagreement is shown.
  if (fromMessage !== undefined) layers.push({ from: 'message', at, values: Object.fromEntries(Object.entries(fromMessage.reading.answers).map(([id, answer]) => [id, answer.value])) });
  const combined = combineAnswers(
    layers,
    (id, a, b) => sameAnswer(scorer, loaded, id, a, b),
    resume === undefined ? undefined : { values: resume.start.values, sources: resume.decision.sources ?? {} },
  );
  let values: Record<string, unknown> = combined.values;
  const sources: Record<string, SourcedAnswer> = combined.sources;
  conflictNotes(io, combined.conflicts, loaded);
  // Answers still taken from the message: asked with the message's answer preselected on a
  // terminal, else listed with their words (stderr), so nothing is scored unseen.
  const suggested = fromMessage === undefined ? {} : messageAnswers(fromMessage, sources);
  if (fromMessage !== undefined && !canAsk) messageNotes(io, fromMessage, suggested, loaded);
  // In JSON mode the questions go to stderr so stdout stays one JSON document.
  const promptOutput = json ? io.stderr : io.stdout;
  const promptStyle = createStyle(json ? io.stderrColorLevel : io.colorLevel);
  let real: Prompts | undefined;
  if (canAsk) {
    for (const id of unreadable(scorer, values)) {
      const index = loaded.criteria.criteria.findIndex((criterion) => criterion.id === id);
      const answer = scorer.read(index, values[id]);
      if (answer.kind === 'invalid') io.stderr.write(`${io.voice.words.score.ask.askingAgain({ id, problem: printable(describeProblem(io.voice, answer.problem)) })}\n`);
    }
    // Inquirer is loaded only when there is something to ask. Lists are our own
    // (select-prompt.ts): @inquirer/select reads a typed word letter for letter.
    real = prompts ?? (await realPrompts());
    const asked = await askAnswers(io.voice, scorer, Object.fromEntries(Object.entries(values).filter(([id]) => !Object.hasOwn(suggested, id))), {
      prompts: real,
      context: { input: io.stdin, output: promptOutput },
      style: promptStyle,
      askName: options.name === undefined && resume === undefined && reply?.reply.name === undefined && fromMessage?.name === undefined,
      suggested,
      columns: io.columns,
    });
    // What the interview added or changed was typed.
    for (const [id, value] of Object.entries(asked.values)) {
      if (!Object.hasOwn(values, id) || !sameAnswer(scorer, loaded, id, values[id], value)) sources[id] = { from: 'typed', at: new Date().toISOString() };
    }
    values = asked.values;
    name = name ?? asked.name;
  }

  // A missing answer is unknown, also for text (where an empty answer means "nothing to note").
  const complete: Record<string, unknown> = Object.fromEntries(loaded.criteria.criteria.map((criterion) => [criterion.id, Object.hasOwn(values, criterion.id) ? values[criterion.id] : '?']));
  const result = scorer.scoreAnswers(complete);
  const terms = requiredTerms(loaded.criteria, result);
  const message = options.message ? draftMessage(loaded.criteria, result, name, draftWords((json ? ENGLISH : io.voice).words.result)) : null;
  const answers = typedAnswers(result);
  const changes =
    resume === undefined
      ? []
      : answerChanges(
          resume.decision.answers,
          answers,
          loaded.criteria.criteria.map((criterion) => criterion.id),
        );
  /** The saved decision's id, and the line that says where it went. */
  const saveDecision = (): { id: string; notice: string } => {
    const path = journalPath(io, options.journal);
    const line = decisionLine({
      id: newId(),
      time: new Date(),
      name,
      answers,
      result,
      criteria: { file: loaded.path, sha256: loaded.sha256 },
      continues: resume?.decision.id,
      // Only answers the decision kept (an id the list no longer has is not recorded).
      sources: Object.fromEntries(Object.entries(sources).filter(([id]) => Object.hasOwn(answers, id))),
    });
    appendJournal(io.voice, path, line);
    const t = io.voice.words.score;
    return {
      id: line.id,
      notice: resume === undefined ? t.saved({ path: displayPath(io, path), id: line.id }) : t.savedContinuing({ path: displayPath(io, path), id: line.id, continues: resume.decision.id }),
    };
  };
  // With --save, saved before it is printed: a standard output that fails (a closed pipe, a
  // full disk) must not lose the decision.
  const saved = options.save === true ? saveDecision() : undefined;
  try {
    if (json) {
      const document = scoreJson(loaded, result, name, terms, message);
      const followUp =
        resume === undefined
          ? {}
          : {
              resume: {
                continues: resume.decision.id,
                other_criteria: resume.start.otherCriteria,
                before: { verdict: resume.decision.result.verdict, score: resume.decision.result.score, potential: resume.decision.result.potential },
                changed: changes.map((change) => ({ id: change.id, before: change.before ?? null, after: change.after ?? null })),
              },
            };
      // The saved decision's id, so a script can go on with `outcome NAME good --id ID`.
      await write(io.stdout, `${JSON.stringify({ ...(saved === undefined ? {} : { id: saved.id }), ...document, ...followUp }, null, 2)}\n`);
    } else {
      const style = createStyle(io.colorLevel);
      const columns = Math.max(40, io.columns);
      const lines = renderResult(io.voice, {
        criteria: loaded.criteria,
        result,
        name,
        terms,
        // Wrapped on a terminal only: into a file or pipe the draft keeps one line per paragraph, ready to paste.
        message: message === null || io.stdout.isTTY !== true ? message : wrapDraft(message, columns),
        style,
        columns: io.columns,
        questions: options.ids ? 'ids' : 'auto',
      });
      const followUp = resume === undefined ? [] : [...renderFollowUp(io.voice, { decision: resume.decision, after: result, changes, criteria: loaded.criteria, style, columns }), ''];
      // On a terminal, lines still wider than it (the banner with a long name) wrap between words.
      await write(fittedTerminal(io.stdout, io.env), `${canAsk ? '\n' : ''}${[...followUp, ...lines].join('\n')}\n`);
    }
  } finally {
    // Said even when printing failed: the decision is in the journal either way.
    if (saved !== undefined) notice(io, saved.notice);
  }

  // Asked only after an interview on a terminal: nothing typed is lost by a forgotten --save.
  if (options.save === undefined && canAsk && real !== undefined) {
    promptOutput.write('\n');
    if (await askSave(io.voice, { prompts: real, context: { input: io.stdin, output: promptOutput }, style: promptStyle })) notice(io, saveDecision().notice);
  }
  return failOnReached(result.verdict, options.failOn) ? ExitCode.failOn : ExitCode.ok;
}
