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

export type ReplyProblem =
  | { readonly code: 'reply-not-found' }
  | { readonly code: 'reply-damaged' }
  | { readonly code: 'reply-version'; readonly version: string }
  | { readonly code: 'reply-several' }
  | { readonly code: 'reply-malformed'; readonly detail: 'json' | 'shape' | 'too-long' }
  | { readonly code: 'reply-control-character'; readonly id: string };

export type FoundReply = { readonly ok: true; readonly reply: Reply; readonly checked: boolean } | { readonly ok: false; readonly problem: ReplyProblem };

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
  if (typeof n === 'string' && CONTROL.test(n)) return { ok: false, problem: { code: 'reply-control-character', id: FIELD.name } };
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

/**
 * The blocks in a text: what lies between each pair of markers. White space, quote marks and
 * quoted-printable soft breaks are dropped from the whole text first (none is in the markers or
 * the alphabet), so a marker a mail client wrapped or quoted is still found.
 */
function blocks(text: string): string[] {
  const squeezed = text.replace(/[\s>=]+/gu, '');
  const found: string[] = [];
  const begin = /-{3,}BEGINCLIENTFITREPLY-{3,}/gu;
  for (let match = begin.exec(squeezed); match !== null; match = begin.exec(squeezed)) {
    const from = match.index + match[0].length;
    const end = /-{3,}ENDCLIENTFITREPLY-{3,}/u.exec(squeezed.slice(from));
    if (end === null) break;
    found.push(squeezed.slice(from, from + end.index));
    begin.lastIndex = from + end.index + end[0].length;
  }
  return found;
}

function decodeBlock(block: string): FoundReply {
  const match = /^([A-Za-z0-9_-]+)\.([0-9a-f]{8})$/u.exec(block);
  if (match === null || fnv1a(match[1]!) !== match[2]) return { ok: false, problem: { code: 'reply-damaged' } };
  const bytes = fromBase64Url(match[1]!);
  if (bytes === undefined) return { ok: false, problem: { code: 'reply-damaged' } };
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, problem: { code: 'reply-malformed', detail: 'json' } };
  }
  return readDocument(value);
}

/** The scripts-off form's `name=value` lines (quoting dropped), or undefined when there are none of ours. */
function readFormLines(text: string): FoundReply | undefined {
  const lines = text.split(/\r\n|\r|\n/u).map((line) => line.replace(/^(?:>\s?)+/u, ''));
  const start = lines.findIndex((line) => line.trim() === `${FIELD.form}=1`);
  if (start < 0) return undefined;
  const fields: [string, string][] = [];
  for (const line of lines.slice(start + 1)) {
    const match = /^([a-z][a-z0-9_-]*)=(.*)$/u.exec(line);
    if (match !== null) fields.push([match[1]!, match[2]!]);
    else if (fields.length > 0 && line.trim() !== '') {
      // A textarea's further lines: the text/plain encoding does not escape line breaks.
      const last = fields[fields.length - 1]!;
      last[1] = `${last[1]}\n${line}`;
    }
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
  return read.ok ? { ...read, checked: false } : read;
}

/**
 * Finds the reply in an email's text (or a pasted or downloaded one): the block when there is
 * one (checked), else the scripts-off form's lines (unchecked).
 */
export function findReply(text: string): FoundReply {
  if (text.length > MAX_REPLY_CHARS * 50) return { ok: false, problem: { code: 'reply-malformed', detail: 'too-long' } };
  const found = blocks(text);
  if (found.length > 0) {
    const distinct = [...new Set(found)];
    const read = distinct.map(decodeBlock);
    const good = read.filter((entry) => entry.ok);
    // The same reply quoted again in a later message is one reply; two different ones are not.
    if (good.length > 1) return { ok: false, problem: { code: 'reply-several' } };
    return good[0] ?? read[0]!;
  }
  return readFormLines(text) ?? { ok: false, problem: { code: 'reply-not-found' } };
}

export type ReplyAnswerProblem =
  | { readonly code: 'reply-unknown-id'; readonly id: string; readonly ids: readonly string[] }
  | { readonly code: 'reply-not-an-option'; readonly id: string; readonly value: string; readonly options: readonly string[] }
  | { readonly code: 'reply-unreadable'; readonly id: string; readonly problem: AnswerProblem };

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
  return { ok: true, answers: { values, otherList: !sameList, dropped } };
}
