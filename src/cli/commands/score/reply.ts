/** `score --reply FILE|-`: the prospect's intake-form reply, found in an email and read against today's criteria. */
import type { AnswerProblem } from '../../../core/answers.js';
import type { Criteria } from '../../../core/criteria.js';
import { findReply, readReplyAnswers, type LeftOut, type Reply, type ReplyAnswers, type ReplyAnswerProblem, type ReplyProblem } from '../../../core/reply.js';
import { didYouMean } from '../../suggest.js';
import { DataError } from '../../../errors.js';
import type { Voice } from '../../../i18n/index.js';
import { describeProblem } from '../../../render/problems.js';
import { printable } from '../../../render/sanitize.js';
import { readMailInput } from '../../mail-input.js';
import type { IO } from '../../io.js';

/** The longest stretch of left-out mail text a notice quotes. */
const LEFT_OUT_SHOWN = 160;

export interface ReadReply {
  readonly reply: Reply;
  readonly answers: ReplyAnswers;
  /** false for the scripts-off form's plain lines (no checksum) */
  readonly checked: boolean;
  /** when the reply was sent (the email's date), else undefined */
  readonly at?: string;
  readonly display: string;
  /** the notice for the mail app's text under the scripts-off form's lines, left out of every answer */
  readonly leftOut?: string;
}

/** Which text the reply was found in: lines are counted in it, so a message says which. */
type Within = { readonly kind: 'file' } | { readonly kind: 'body' } | { readonly kind: 'attachment'; readonly name: string };

function withinWords(voice: Voice, within: Within): string {
  const t = voice.words.form.reply;
  if (within.kind === 'file') return '';
  return within.kind === 'body' ? t.within.body : t.within.attachment({ name: printable(within.name) });
}

function place(voice: Voice, file: string, line: number, within: Within): string {
  const t = voice.words.form.reply;
  return within.kind === 'file' ? t.at({ file, line: String(line) }) : t.atIn({ file, line: String(line), within: withinWords(voice, within) });
}

function describe(voice: Voice, problem: ReplyProblem, file: string, within: Within): string {
  const t = voice.words.form.reply;
  switch (problem.code) {
    case 'reply-not-found':
      return t.notFound({ file });
    case 'reply-damaged':
      return t.damaged({ place: place(voice, file, problem.line, within) });
    case 'reply-cut-off':
      return t.cutOff({ place: place(voice, file, problem.line, within) });
    case 'reply-version':
      return t.version({ file, version: printable(problem.version) });
    case 'reply-several':
      return t.several({ file, lines: problem.lines.join(', '), within: withinWords(voice, within) });
    case 'reply-malformed':
      return t.malformed({ file, detail: t.detail[problem.detail] });
    case 'reply-control-character':
      return t.control({ file, id: printable(problem.id) });
    case 'reply-control-name':
      return t.controlName({ file });
  }
}

/** The prospect's text inside an answer problem, on one line: their line breaks must not break the message. */
function printableAnswerProblem(problem: AnswerProblem): AnswerProblem {
  return 'raw' in problem && problem.raw !== undefined ? { ...problem, raw: printable(problem.raw) } : problem;
}

function describeAnswer(voice: Voice, problem: ReplyAnswerProblem, file: string, criteria: string): string {
  const t = voice.words.form.reply;
  switch (problem.code) {
    case 'reply-unknown-id':
      return t.unknownId({ file, id: printable(problem.id), criteria, suggestion: didYouMean(voice.words.common, problem.id, problem.ids) });
    case 'reply-not-an-option':
      return t.notAnOption({ file, id: problem.id, value: printable(problem.value), options: problem.options.join(', ') });
    case 'reply-unreadable':
      return t.unreadable({ file, id: problem.id, problem: describeProblem(voice, printableAnswerProblem(problem.problem)) });
    case 'reply-other-list':
      return t.otherListNone({ file, criteria });
  }
}

/** The notice for text left out under the form's lines; a text answer could have gone on there, so it says how to give it whole. */
function describeLeftOut(voice: Voice, leftOut: LeftOut, criteria: Criteria, file: string, within: Within): string {
  const t = voice.words.form.reply;
  const shown = printable(leftOut.lines.join('\n'));
  const text = shown.length > LEFT_OUT_SHOWN ? `${shown.slice(0, LEFT_OUT_SHOWN - 1)}…` : shown;
  const where = place(voice, file, leftOut.line, within);
  const isText = criteria.criteria.find((criterion) => criterion.id === leftOut.after)?.type === 'text';
  return isText ? t.leftOutText({ place: where, id: leftOut.after, text }) : t.leftOut({ place: where, text });
}

/** Reads and checks the reply; every problem is a DataError (exit 1) naming the file, and nothing is scored. */
export async function readReply(io: IO, source: string, criteria: Criteria, criteriaDisplay: string): Promise<ReadReply> {
  const { mail, display } = await readMailInput(io, source, { encodingFlag: false });
  // The body first, then text attachments (the downloaded file sent as one).
  const texts: { readonly text: string; readonly within: Within }[] = [
    { text: mail.text, within: mail.kind === 'email' ? { kind: 'body' } : { kind: 'file' } },
    ...mail.attachments.map((attachment) => ({ text: attachment.text, within: { kind: 'attachment', name: attachment.filename ?? '' } as const })),
  ];
  let found = findReply(texts[0]!.text);
  let within = texts[0]!.within;
  for (const entry of texts.slice(1)) {
    if (found.ok || found.problem.code !== 'reply-not-found') break;
    found = findReply(entry.text);
    within = entry.within;
  }
  if (!found.ok) throw new DataError(describe(io.voice, found.problem, display, within));
  const read = readReplyAnswers(found.reply, criteria);
  if (!read.ok) throw new DataError(describeAnswer(io.voice, read.problem, display, criteriaDisplay));
  const date = mail.date === undefined ? undefined : new Date(mail.date);
  return {
    reply: found.reply,
    answers: read.answers,
    checked: found.checked,
    ...(date !== undefined && !Number.isNaN(date.getTime()) ? { at: date.toISOString() } : {}),
    display,
    ...(found.leftOut === undefined ? {} : { leftOut: describeLeftOut(io.voice, found.leftOut, criteria, display, within) }),
  };
}
