/**
 * Reading a prospect's message or reply from a file or standard input (`-`): bounded in size
 * before anything is parsed, decoded by src/mail/read.ts, problems worded with the file's name.
 * Shared by `clientfit read` and `score --reply`: one email reader.
 */
import { resolve } from 'node:path';
import { DataError } from '../errors.js';
import type { Voice } from '../i18n/index.js';
import { MAX_MAIL_BYTES, readMail, type Mail, type MailProblem } from '../mail/read.js';
import { formatBytes, readFileBounded, readStreamBounded, type Bounded } from './bounded-read.js';
import { displayPath } from './criteria-file.js';
import { describeFsError } from './fs-errors.js';
import { checkStdin, type IO } from './io.js';

export interface MailInput {
  readonly mail: Mail;
  /** the file as the user named it (or `<stdin>`), for messages */
  readonly display: string;
}

function describe(voice: Voice, problem: MailProblem, file: string, encodingFlag: boolean): string {
  const t = voice.words.input.mail;
  switch (problem.code) {
    case 'binary':
      return t.binary({ file, line: String(problem.line), col: String(problem.col) });
    case 'not-utf-8':
      return (encodingFlag ? t.notUtf8 : t.notUtf8Save)({ file, line: String(problem.line), col: String(problem.col) });
    case 'bad-encoding':
      return t.badEncoding({ file, encoding: problem.encoding });
    case 'damaged-email':
      return t.damagedEmail({ file });
  }
}

/**
 * Reads FILE (or standard input for `-`) as a message. `encoding` is a resolved WHATWG label
 * for plain text that is not UTF-8; `encodingFlag` says whether the command offers --encoding
 * (so a message can point to it). Errors are DataErrors (exit 1) naming the file.
 */
export async function readMailInput(io: IO, source: string, options: { encoding?: string; encodingFlag: boolean }): Promise<MailInput> {
  let display: string;
  let read: Bounded;
  if (source === '-') {
    display = '<stdin>';
    // From a terminal the message is pasted: say how to end it.
    if (io.stdin.isTTY === true) io.stderr.write(`${io.voice.words.input.mail.pasteHint}\n`);
    checkStdin(io);
    read = await readStreamBounded(io.stdin, MAX_MAIL_BYTES);
  } else {
    const path = resolve(io.cwd, source);
    display = displayPath(io, path);
    try {
      read = readFileBounded(path, MAX_MAIL_BYTES);
    } catch (error) {
      throw new DataError(io.voice.words.common.cannotRead({ source: display, reason: describeFsError(io.voice.words.common, error) }));
    }
  }
  if (!read.ok) throw new DataError(io.voice.words.input.mail.tooLarge({ file: display, limit: formatBytes(read.limit) }));
  const result = await readMail(read.bytes, options.encoding === undefined ? {} : { encoding: options.encoding });
  if (!result.ok) throw new DataError(describe(io.voice, result.problem, display, options.encodingFlag));
  return { mail: result.mail, display };
}
