/**
 * The intake form's reply: the compact block the page puts in the prospect's email, and the
 * reader `score --reply` finds it with. Shared by the page (bundled into it) and the CLI, so
 * both write and read one format.
 *
 * The block is the answers as JSON, UTF-8, in base64url between two marker lines, then `.` and a
 * checksum of the base64url text:
 *
 *     -----BEGIN CLIENTFIT REPLY-----
 *     eyJ2IjoxLCJmcCI6IjEyMzQ1Njc4IiwiZCI6InBvaW50IiwiYSI6eyJwYXlzX3VwZnJvbnQiOiJ5ZXMifX0.1a2b3c4d
 *     -----END CLIENTFIT REPLY-----
 *
 * Mail clients rewrap lines, quote them with `> `, turn LF into CRLF and add quoted-printable
 * soft breaks (`=` at a line's end): none of those characters is in the alphabet, so the reader
 * drops every one between the markers and reads what is left. Anything else changed in the block
 * fails the checksum.
 *
 * With scripts off, the page's form posts itself as `text/plain` to `mailto:`: `name=value` lines
 * with no checksum (`clientfit-form=1` first), read as unchecked.
 */
import { isUnknownWord, type AnswerProblem, type DecimalMark } from './answers.js';
import type { Criteria } from './criteria.js';
import { fnv1a, formFingerprint, formQuestions, readFormAnswer } from './form.js';

export const REPLY_VERSION = 1;
export const BEGIN_MARK = '-----BEGIN CLIENTFIT REPLY-----';
export const END_MARK = '-----END CLIENTFIT REPLY-----';
/** The hidden fields of the scripts-off form: names no criterion id can take (ids have no `-`). */
export const FIELD = {
  form: 'clientfit-form',
  questions: 'clientfit-questions',
  fingerprint: 'clientfit-fp',
  decimal: 'clientfit-decimal',
  name: 'clientfit-name',
  resume: 'clientfit-resume',
} as const;
/** A reply longer than this is not one of ours (the page writes a few kilobytes at most). */
export const MAX_REPLY_CHARS = 200_000;
/** The longest answer a reply may carry. */
export const MAX_ANSWER_CHARS = 10_000;

export interface Reply {
  /** the ids the form asked, in order */
  readonly questions: readonly string[];
  /** the asked questions' fingerprint when the form was made (core/form.ts) */
  readonly fingerprint: string;
  readonly decimal: DecimalMark;
  /** the raw answers as typed, by criterion id; `?` is "I'd rather discuss this" */
  readonly answers: Readonly<Record<string, string>>;
  readonly name?: string;
  /** the decision a follow-up form continues (--resume) */
  readonly resume?: string;
}

/** `line`: 1-based, in the text given to findReply (where the block's BEGIN line is) */
export type ReplyProblem =
  | { readonly code: 'reply-not-found' }
  | { readonly code: 'reply-damaged'; readonly line: number }
  /** a BEGIN line with no END line after it (or another BEGIN before it): the text was cut off */
  | { readonly code: 'reply-cut-off'; readonly line: number }
  | { readonly code: 'reply-version'; readonly version: string }
  /** `lines`: where each different reply's block begins */
  | { readonly code: 'reply-several'; readonly lines: readonly number[] }
  | { readonly code: 'reply-malformed'; readonly detail: 'json' | 'shape' | 'too-long' }
  | { readonly code: 'reply-control-character'; readonly id: string }
  | { readonly code: 'reply-control-name' };

/**
 * Text after the scripts-off form's last line, past a blank line (or a `-- ` signature mark):
 * the mail app's own text, a signature most often, left out of every answer. `after` is the
 * field on the last form line (a text answer could have gone on there: the caller says so).
 */
export interface LeftOut {
  readonly after: string;
  readonly line: number;
  readonly lines: readonly string[];
}

export type FoundReply = { readonly ok: true; readonly reply: Reply; readonly checked: boolean; readonly leftOut?: LeftOut } | { readonly ok: false; readonly problem: ReplyProblem };

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const a = bytes[index]!;
    const b = bytes[index + 1];
    const c = bytes[index + 2];
    out += ALPHABET[a >> 2]! + ALPHABET[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    if (b !== undefined) out += ALPHABET[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    if (c !== undefined) out += ALPHABET[c & 63]!;
  }
  return out;
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let count = 0;
  let at = 0;
  for (const char of text) {
    const value = ALPHABET.indexOf(char);
    if (value < 0) return undefined;
    bits = (bits << 6) | value;
    count += 6;
    if (count >= 8) {
      count -= 8;
      bytes[at++] = (bits >> count) & 255;
    }
  }
  return bytes.subarray(0, at);
}

/** The block for these answers, in lines of 64 characters. */
export function encodeReply(reply: Reply): string {
  const document = {
    v: REPLY_VERSION,
    q: reply.questions,
    fp: reply.fingerprint,
    d: reply.decimal,
    ...(reply.name === undefined || reply.name === '' ? {} : { n: reply.name }),
    ...(reply.resume === undefined ? {} : { r: reply.resume }),
    a: reply.answers,
  };
  const body = toBase64Url(new TextEncoder().encode(JSON.stringify(document)));
  const lines = `${body}.${fnv1a(body)}`.match(/.{1,64}/gu) ?? [];
  return [BEGIN_MARK, ...lines, END_MARK].join('\n');
}

// Control characters other than tab and line ends, and C1: an answer with one could paint a terminal.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
const ID = /^[a-z][a-z0-9_]*$/u;

function plainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks a decoded document's shape: every key known, every answer a string of bounded length. */
function readDocument(value: unknown): FoundReply {
  if (!plainObject(value)) return { ok: false, problem: { code: 'reply-malformed', detail: 'shape' } };
  if (value.v !== REPLY_VERSION) return { ok: false, problem: { code: 'reply-version', version: String(value.v) } };
  const keys = Object.keys(value);
  const { q, fp, d, n, r, a } = value;
  const shape =
    keys.every((key) => ['v', 'q', 'fp', 'd', 'n', 'r', 'a'].includes(key)) &&
    Array.isArray(q) &&
    q.length <= 1000 &&
    q.every((id) => typeof id === 'string' && ID.test(id)) &&
    typeof fp === 'string' &&
    /^[0-9a-f]{8}$/u.test(fp) &&
    (d === 'point' || d === 'comma') &&
    (n === undefined || (typeof n === 'string' && n.length <= 200)) &&
    (r === undefined || (typeof r === 'string' && /^[A-Za-z0-9_-]{1,64}$/u.test(r))) &&
    plainObject(a);
  if (!shape) return { ok: false, problem: { code: 'reply-malformed', detail: 'shape' } };
  const answers = Object.create(null) as Record<string, string>;
  for (const [id, answer] of Object.entries(a as Record<string, unknown>)) {
    if (typeof answer !== 'string') return { ok: false, problem: { code: 'reply-malformed', detail: 'shape' } };
    if (answer.length > MAX_ANSWER_CHARS) return { ok: false, problem: { code: 'reply-malformed', detail: 'too-long' } };
    if (CONTROL.test(answer) || CONTROL.test(id)) return { ok: false, problem: { code: 'reply-control-character', id: id.replace(CONTROL, '?') } };
    answers[id] = answer;
  }
  if (typeof n === 'string' && CONTROL.test(n)) return { ok: false, problem: { code: 'reply-control-name' } };
  return {
    ok: true,
    checked: true,
    reply: {
      questions: q as string[],
      fingerprint: fp as string,
      decimal: d as DecimalMark,
      answers,
      ...(typeof n === 'string' && n.trim() !== '' ? { name: n } : {}),
      ...(typeof r === 'string' ? { resume: r } : {}),
    },
  };
}

/** The markers with white space dropped, from their last three dashes before the word to their first three after it. */
const BEGIN_SQUEEZED = '---BEGINCLIENTFITREPLY---';
const END_SQUEEZED = '---ENDCLIENTFITREPLY---';

function pastDashes(text: string, at: number): number {
  let index = at;
  while (text[index] === '-') index++;
  return index;
}

interface Block {
  /** what lies between the markers, squeezed */
  readonly body: string;
  /** the BEGIN marker's line */
  readonly line: number;
}

/**
 * The blocks in a text: what lies between each pair of markers, and the line of the first BEGIN
 * that has no END (cut off). White space, quote marks and quoted-printable soft breaks are
 * dropped from every line first (none is in the markers or the alphabet), so a marker a mail
 * client wrapped or quoted is still found; each line's offset in the squeezed text gives a
 * block's line back.
 */
function blocks(text: string): { readonly found: Block[]; readonly cutOff?: number } {
  const parts: string[] = [];
  const starts: number[] = [];
  let length = 0;
  for (const line of text.split(/\r\n|\r|\n/u)) {
    const squeezedLine = line.replace(/[\s>=]+/gu, '');
    starts.push(length);
    parts.push(squeezedLine);
    length += squeezedLine.length;
  }
  const squeezed = parts.join('');
  // The last line starting at or before the offset: empty lines before it share its start.
  const lineAt = (offset: number): number => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
  const found: Block[] = [];
  // Found with indexOf, not /-{3,}BEGIN…/: that regex tries every dash of a long run of dashes
  // again from each start, so 200 KB of them took 35 s.
  for (let at = squeezed.indexOf(BEGIN_SQUEEZED); at >= 0; ) {
    const from = pastDashes(squeezed, at + BEGIN_SQUEEZED.length);
    const end = squeezed.indexOf(END_SQUEEZED, from);
    const next = squeezed.indexOf(BEGIN_SQUEEZED, from);
    // No END, or another block begins first: this one was cut off (read it as damaged and the
    // prospect is told their block was changed, when it was only shortened).
    if (end < 0 || (next >= 0 && next < end)) return { found, cutOff: lineAt(at) };
    let bodyEnd = end;
    while (bodyEnd > from && squeezed[bodyEnd - 1] === '-') bodyEnd--;
    found.push({ body: squeezed.slice(from, bodyEnd), line: lineAt(at) });
    at = squeezed.indexOf(BEGIN_SQUEEZED, pastDashes(squeezed, end + END_SQUEEZED.length));
  }
  return { found };
}

function decodeBlock(block: Block): FoundReply {
  const match = /^([A-Za-z0-9_-]+)\.([0-9a-f]{8})$/u.exec(block.body);
  if (match === null || fnv1a(match[1]!) !== match[2]) return { ok: false, problem: { code: 'reply-damaged', line: block.line } };
  const bytes = fromBase64Url(match[1]!);
  if (bytes === undefined) return { ok: false, problem: { code: 'reply-damaged', line: block.line } };
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, problem: { code: 'reply-malformed', detail: 'json' } };
  }
  return readDocument(value);
}

/** `s`: a value may hold U+2028 or U+2029, which end a line for `.` but not for the split below. */
const FIELD_LINE = /^([a-z][a-z0-9_-]*)=(.*)$/su;
const FORM_KEYS: ReadonlySet<string> = new Set(Object.values(FIELD));

/** A line without its mail quoting (`> `, `>> `, `>>`): a loop, as a repeated regex group ran out of stack on 8 MB of `>`. */
function unquoted(line: string): string {
  let index = 0;
  while (line[index] === '>') {
    index++;
    if (index < line.length && /\s/u.test(line[index]!)) index++;
  }
  return line.slice(index);
}
/** Where a mail app's own text starts: a blank line, or the `-- ` line that opens a signature. */
const MAIL_TEXT_MARK = /^(?:\s*|--\s*)$/u;

/**
 * The scripts-off form's `name=value` lines (quoting dropped), or undefined when there are none
 * of ours. The text/plain encoding does not escape line breaks, so lines between two fields are a
 * text answer's further lines (blank ones included). After the last field, the lines straight
 * under it go on its answer too; from a blank line (or `-- `) on it is the mail app's text, a
 * signature most often: left out of every answer and returned as `leftOut`, to be said. A text
 * answer with a blank line of its own there loses its end: the safe reading, because a signature
 * read as the prospect's answer would be scored and journaled as what they said.
 */
function readFormLines(text: string): FoundReply | undefined {
  const lines = text.split(/\r\n|\r|\n/u).map(unquoted);
  const start = lines.findIndex((line) => line.trim() === `${FIELD.form}=1`);
  if (start < 0) return undefined;
  const fields: [string, string][] = [];
  let pending: string[] = [];
  let pendingLine = 0;
  const attach = (more: readonly string[]): void => {
    const last = fields[fields.length - 1];
    if (last !== undefined && more.length > 0) last[1] = [last[1], ...more].join('\n');
  };
  // Once the form has said its questions, a `key=value` line with another key is text: a line of
  // a text answer, or of the mail app's signature ("mobile=+1 555"), never an answer of its own.
  let asked: ReadonlySet<string> | undefined;
  for (let index = start + 1; index < lines.length; index++) {
    const line = lines[index]!;
    const found = FIELD_LINE.exec(line);
    const match = found !== null && (asked === undefined || FORM_KEYS.has(found[1]!) || asked.has(found[1]!)) ? found : null;
    if (match?.[1] === FIELD.questions) asked = new Set(match[2]!.trim() === '' ? [] : match[2]!.trim().split(','));
    if (match !== null) {
      attach(pending);
      pending = [];
      fields.push([match[1]!, match[2]!]);
    } else if (fields.length > 0) {
      if (pending.length === 0) pendingLine = index + 1;
      pending.push(line);
    }
  }
  const mark = pending.findIndex((line) => MAIL_TEXT_MARK.test(line));
  attach(mark < 0 ? pending : pending.slice(0, mark));
  let leftOut: LeftOut | undefined;
  if (mark >= 0) {
    const mailText = pending.slice(mark);
    const first = mailText.findIndex((line) => !MAIL_TEXT_MARK.test(line));
    let last = mailText.length;
    while (last > 0 && mailText[last - 1]!.trim() === '') last--;
    if (first >= 0) leftOut = { after: fields[fields.length - 1]![0], line: pendingLine + mark + first, lines: mailText.slice(first, last) };
  }
  const answers = Object.create(null) as Record<string, string>;
  let fingerprint = '';
  let questions: string[] = [];
  let decimal: DecimalMark = 'point';
  let name: string | undefined;
  let resume: string | undefined;
  for (const [key, raw] of fields) {
    const value = raw.trim();
    if (key === FIELD.fingerprint) fingerprint = value;
    else if (key === FIELD.questions) questions = value === '' ? [] : value.split(',');
    else if (key === FIELD.decimal) decimal = value === 'comma' ? 'comma' : 'point';
    else if (key === FIELD.name) name = value;
    else if (key === FIELD.resume) resume = value;
    else if (ID.test(key)) {
      // A number's or a text's "I'd rather discuss this" box comes beside its field: a value wins over `?`, `?` over nothing.
      const before = Object.hasOwn(answers, key) ? answers[key]! : '';
      if (value !== '' && (before === '' || before === '?')) answers[key] = value;
      else if (!Object.hasOwn(answers, key)) answers[key] = value;
    } else return { ok: false, problem: { code: 'reply-malformed', detail: 'shape' } };
  }
  for (const [id, value] of Object.entries(answers)) if (value === '') delete answers[id];
  const document = {
    v: REPLY_VERSION,
    q: questions,
    fp: /^[0-9a-f]{8}$/u.test(fingerprint) ? fingerprint : '00000000',
    d: decimal,
    a: answers,
    ...(name ? { n: name } : {}),
    ...(resume ? { r: resume } : {}),
  };
  const read = readDocument(document);
  return read.ok ? { ...read, checked: false, ...(leftOut === undefined ? {} : { leftOut }) } : read;
}

/**
 * Finds the reply in an email's text (or a pasted or downloaded one): the block when there is
 * one (checked), else the scripts-off form's lines (unchecked).
 */
export function findReply(text: string): FoundReply {
  if (text.length > MAX_REPLY_CHARS * 50) return { ok: false, problem: { code: 'reply-malformed', detail: 'too-long' } };
  const { found, cutOff } = blocks(text);
  if (cutOff !== undefined) return { ok: false, problem: { code: 'reply-cut-off', line: cutOff } };
  if (found.length > 0) {
    // The same reply quoted again in a later message is one reply (its first place is kept).
    const seen = new Set<string>();
    const distinct: Block[] = [];
    for (const block of found) {
      if (seen.has(block.body)) continue;
      seen.add(block.body);
      distinct.push(block);
    }
    const read = distinct.map(decodeBlock);
    // Every block must read: a damaged new reply above an older one quoted below it must not
    // score the older answers in its place (and which of two is newest, the text cannot prove).
    const bad = read.find((entry) => !entry.ok);
    if (bad !== undefined) return bad;
    // Two different replies: which one counts is the user's call, not a guess.
    if (read.length > 1) return { ok: false, problem: { code: 'reply-several', lines: distinct.map((block) => block.line) } };
    return read[0]!;
  }
  return readFormLines(text) ?? { ok: false, problem: { code: 'reply-not-found' } };
}

export type ReplyAnswerProblem =
  | { readonly code: 'reply-unknown-id'; readonly id: string; readonly ids: readonly string[] }
  | { readonly code: 'reply-not-an-option'; readonly id: string; readonly value: string; readonly options: readonly string[] }
  | { readonly code: 'reply-unreadable'; readonly id: string; readonly problem: AnswerProblem }
  /** the form was made from another list and none of its answers is to a question of this one */
  | { readonly code: 'reply-other-list' };

export interface ReplyAnswers {
  /** raw values for the `reply` answer layer (core/sources.ts): numbers already read with the form's mark */
  readonly values: Record<string, string | number>;
  /** the form was made from another list of questions (ids, types or options differ) */
  readonly otherList: boolean;
  /** ids left out because today's list no longer has them, or no longer has their answer as an option */
  readonly dropped: readonly string[];
}

/**
 * Reads a reply's answers against today's criteria. With the list the form was made from, any
 * id or value the form could not have written is an error (the block was edited); with another
 * list, answers to questions that still exist are read and the rest left out, as a follow-up
 * under another criteria file does.
 */
export function readReplyAnswers(reply: Reply, criteria: Criteria): { ok: true; answers: ReplyAnswers } | { ok: false; problem: ReplyAnswerProblem } {
  const asked = formQuestions(criteria, new Set(reply.questions));
  const sameList = asked.length === reply.questions.length && asked.every((question, index) => question.id === reply.questions[index]) && formFingerprint(asked) === reply.fingerprint;
  const values = Object.create(null) as Record<string, string | number>;
  const dropped: string[] = [];
  const ids = criteria.criteria.map((criterion) => criterion.id);
  for (const [id, raw] of Object.entries(reply.answers)) {
    const criterion = criteria.criteria.find((candidate) => candidate.id === id);
    const onForm = reply.questions.includes(id);
    if (criterion === undefined || !onForm) {
      if (sameList) return { ok: false, problem: { code: 'reply-unknown-id', id, ids } };
      dropped.push(id);
      continue;
    }
    if (isUnknownWord(raw)) {
      values[id] = '?';
      continue;
    }
    const answer = readFormAnswer(
      {
        type: criterion.type,
        ...(criterion.type === 'choice' ? { options: criterion.options } : {}),
        ...(criterion.type === 'number' && criterion.decimal !== undefined ? { decimal: criterion.decimal } : {}),
      },
      raw,
      reply.decimal,
    );
    if (answer.kind === 'invalid' || answer.kind === 'unknown') {
      if (!sameList) {
        dropped.push(id);
        continue;
      }
      if (criterion.type === 'choice') return { ok: false, problem: { code: 'reply-not-an-option', id, value: raw, options: criterion.options.map((option) => option.value) } };
      return { ok: false, problem: { code: 'reply-unreadable', id, problem: answer.kind === 'invalid' ? answer.problem : { code: 'not-text' } } };
    }
    values[id] = answer.kind === 'number' ? answer.value : raw;
  }
  // Scored, such a reply would be a decision with none of the prospect's answers in it, saved as theirs.
  if (!sameList && Object.keys(values).length === 0) return { ok: false, problem: { code: 'reply-other-list' } };
  return { ok: true, answers: { values, otherList: !sameList, dropped } };
}
