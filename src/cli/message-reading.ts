/**
 * A prospect's message read for a criteria file: shared by `clientfit read` and `score
 * --message`, so both see the same answers, evidence and red flags.
 */
import type { Criteria } from '../core/criteria.js';
import { MAX_OWN_CHARS } from '../core/read-message.js';
import type { IO } from './io.js';
import { formatBytes } from './bounded-read.js';
import { readMessage, type MessageNote, type MessageReading } from '../core/read-message.js';
import type { AllWords } from '../i18n/index.js';
import { ownWords } from '../mail/own-words.js';
import type { Mail } from '../mail/read.js';
import { printable } from '../render/sanitize.js';

export interface ReadMessageResult {
  readonly reading: MessageReading;
  /** the prospect's name: the From header's, else the signature's */
  readonly name?: string;
}

/** Reads a decoded message for a criteria file: own words apart from history and signature, then the core reader. */
export function readProspectMessage(criteria: Criteria, mail: Mail): ReadMessageResult {
  const own = ownWords(mail.text);
  const reading = readMessage(criteria, mail.text, own.spans);
  const name = mail.from?.name ?? own.signatureName;
  return name === undefined ? { reading } : { reading, name };
}

/** One line of evidence: the message's words on one line, sanitised, in the language's quotes. */
export function quote(t: AllWords['read'], text: string): string {
  return t.quote({ text: printable(text.replace(/\s+/gu, ' ')) });
}

/** Why a criterion was left open, in words. */
export function describeNote(t: AllWords['read'], note: MessageNote, question: string): string {
  switch (note.code) {
    case 'disagree':
      return t.disagree({ question, evidence: note.evidence.map((evidence) => quote(t, evidence)).join(t.and) });
    case 'question':
      return t.asked({ question, evidence: quote(t, note.evidence) });
    case 'hedge':
      return t.hedged({ question, evidence: quote(t, note.evidence) });
    case 'elsewhere':
      return t.elsewhere({ question, evidence: quote(t, note.evidence) });
  }
}

/** Says on stderr when only the start of a very long message was read. */
export function clippedNotice(io: IO, result: ReadMessageResult, display: string): void {
  if (result.reading.clipped) io.stderr.write(`${io.voice.words.read.clipped({ file: display, limit: formatBytes(MAX_OWN_CHARS) })}\n`);
}
