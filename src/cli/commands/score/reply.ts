/** `score --reply FILE|-`: the prospect's intake-form reply, found in an email and read against today's criteria. */
import type { Criteria } from '../../../core/criteria.js';
import { findReply, readReplyAnswers, type Reply, type ReplyAnswers, type ReplyAnswerProblem, type ReplyProblem } from '../../../core/reply.js';
import { didYouMean } from '../../suggest.js';
import { DataError } from '../../../errors.js';
import type { Voice } from '../../../i18n/index.js';
import { describeProblem } from '../../../render/problems.js';
import { printable } from '../../../render/sanitize.js';
import { readMailInput } from '../../mail-input.js';
import type { IO } from '../../io.js';

export interface ReadReply {
  readonly reply: Reply;
  readonly answers: ReplyAnswers;
  /** false for the scripts-off form's plain lines (no checksum) */
  readonly checked: boolean;
  /** when the reply was sent (the email's date), else undefined */
  readonly at?: string;
  readonly display: string;
}

function describe(voice: Voice, problem: ReplyProblem, file: string): string {
  const t = voice.words.form.reply;
  switch (problem.code) {
    case 'reply-not-found':
      return t.notFound({ file });
    case 'reply-damaged':
      return t.damaged({ file });
    case 'reply-version':
      return t.version({ file, version: printable(problem.version) });
    case 'reply-several':
      return t.several({ file });
    case 'reply-malformed':
      return t.malformed({ file, detail: t.detail[problem.detail] });
    case 'reply-control-character':
      return t.control({ file, id: printable(problem.id) });
  }
}

function describeAnswer(voice: Voice, problem: ReplyAnswerProblem, file: string, criteria: string): string {
  const t = voice.words.form.reply;
  switch (problem.code) {
    case 'reply-unknown-id':
      return t.unknownId({ file, id: printable(problem.id), criteria, suggestion: didYouMean(voice.words.common, problem.id, problem.ids) });
    case 'reply-not-an-option':
      return t.notAnOption({ file, id: problem.id, value: printable(problem.value), options: problem.options.join(', ') });
    case 'reply-unreadable':
      return t.unreadable({ file, id: problem.id, problem: describeProblem(voice, problem.problem) });
  }
}

/** Reads and checks the reply; every problem is a DataError (exit 1) naming the file, and nothing is scored. */
export async function readReply(io: IO, source: string, criteria: Criteria, criteriaDisplay: string): Promise<ReadReply> {
  const { mail, display } = await readMailInput(io, source, { encodingFlag: false });
  // The body first, then text attachments (the downloaded file sent as one).
  const texts = [mail.text, ...mail.attachments.map((attachment) => attachment.text).filter((text): text is string => typeof text === 'string')];
  let found = findReply(texts[0] ?? '');
  for (const text of texts.slice(1)) {
    if (found.ok || found.problem.code !== 'reply-not-found') break;
    found = findReply(text);
  }
  if (!found.ok) throw new DataError(describe(io.voice, found.problem, display));
  const read = readReplyAnswers(found.reply, criteria);
  if (!read.ok) throw new DataError(describeAnswer(io.voice, read.problem, display, criteriaDisplay));
  const date = mail.date === undefined ? undefined : new Date(mail.date);
  return {
    reply: found.reply,
    answers: read.answers,
    checked: found.checked,
    ...(date !== undefined && !Number.isNaN(date.getTime()) ? { at: date.toISOString() } : {}),
    display,
  };
}
