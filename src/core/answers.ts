/**
 * The answer reader: one place that turns what people type, and what spreadsheets export,
 * into typed answers. Every command (score, batch, calibrate) and the criteria loader
 * (`expect`, `when`) read values through here, so "да", "ναι" and "1 200,50" mean the same
 * thing everywhere.
 */
import type { AnswerProblem } from './problems.js';

export type Answer =
  | { readonly kind: 'unknown' }
  | { readonly kind: 'invalid'; readonly raw: string; readonly problem: AnswerProblem }
  | { readonly kind: 'yes-no'; readonly value: boolean }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'choice'; readonly value: string }
  | { readonly kind: 'text'; readonly value: string };

/** Which mark separates the decimals: `point` (4,500.50) or `comma` (4.500,50). */
export type DecimalMark = 'point' | 'comma';

export interface ReadOptions {
  /** the file's convention is a decimal comma: on with `;`-delimited CSV or --decimal-comma */
  readonly decimalComma?: boolean;
  /** the criterion's own convention (its `decimal:` key); wins over decimalComma */
  readonly decimal?: DecimalMark;
}

/**
 * Why an answer could not be read, typed (src/core/problems.ts), for renderers to word (and to
 * name the flags that resolve it).
 */
export type { AnswerProblem } from './problems.js';

export const UNKNOWN: Answer = Object.freeze({ kind: 'unknown' });

/** Words that mean "not known yet". Empty counts too, except for text criteria. */
export const UNKNOWN_WORDS: ReadonlySet<string> = new Set([
  '',
  '?',
  '??',
  'unknown',
  'n/a',
  'na',
  'tbd',
  "don't know",
  'dont know',
  'not sure',
  'unsure',
  '-',
  '—',
  'не знаю',
  'неизвестно',
  'не уверен',
  'не уверена',
  'не знам',
  'δεν ξέρω',
  'ne znam',
  'weiß nicht',
  'je ne sais pas',
  'no sé',
]);

export const LONGEST_UNKNOWN_WORD = Math.max(...[...UNKNOWN_WORDS].map((word) => word.length)) + 2;
const NOTHING_NOTED: Answer = Object.freeze({ kind: 'text', value: '' });

/**
 * Yes/no words in English, Russian, Bulgarian, Greek, Bosnian/Croatian/Serbian (Latin and
 * Cyrillic), German, French and Spanish, plus spreadsheet booleans.
 */
export const YES_WORDS: readonly string[] = ['yes', 'y', 'true', '1', 'да', 'д', 'ναι', 'nai', 'da', 'ja', 'j', 'oui', 'sí', 'si', 'x', '✓', '✔'];
export const NO_WORDS: readonly string[] = ['no', 'n', 'false', '0', 'нет', 'не', 'н', 'όχι', 'οχι', 'ochi', 'ne', 'nein', 'non'];
const YES_NO = new Map<string, boolean>([...YES_WORDS.map((word) => [word, true] as const), ...NO_WORDS.map((word) => [word, false] as const)]);

/** Lower-case, trimmed, inner spaces folded: how every word comparison sees a value. */
export function normalizeWord(value: string): string {
  return value.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase();
}

function rawText(raw: unknown): string | undefined {
  if (raw === null || raw === undefined) return '';
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  return undefined;
}

function invalid(raw: unknown, problem: AnswerProblem): Answer {
  const text = typeof raw === 'string' ? raw : (JSON.stringify(raw) ?? String(raw));
  return { kind: 'invalid', raw: text, problem };
}

export function isUnknownWord(raw: unknown): boolean {
  const text = rawText(raw);
  return text !== undefined && UNKNOWN_WORDS.has(normalizeWord(text));
}

export function readYesNo(raw: unknown): Answer {
  if (typeof raw === 'boolean') return { kind: 'yes-no', value: raw };
  const text = rawText(raw);
  if (text === undefined) return invalid(raw, { code: 'not-yes-no' });
  // Trailing "." and "!" cut by a loop: /[.!]+$/ tried a long run of them from each one.
  let word = normalizeWord(text);
  let end = word.length;
  while (end > 0 && (word[end - 1] === '.' || word[end - 1] === '!')) end--;
  word = word.slice(0, end);
  if (UNKNOWN_WORDS.has(word)) return UNKNOWN;
  const value = YES_NO.get(word);
  return value === undefined ? invalid(raw, { code: 'not-yes-no', raw: text.trim() }) : { kind: 'yes-no', value };
}

// Currency signs and codes a number may carry: "€5,000", "5000 USD", "1 200 руб.". Only known
// codes: "1.5 mln" or "5 yrs" must stay invalid rather than quietly become 1.5 or 5.
export const CURRENCY_CODES = 'USD|EUR|GBP|CHF|RUB|UAH|BYN|KZT|BGN|RSD|BAM|MKD|HRK|RON|PLN|CZK|HUF|SEK|NOK|DKK|ISK|TRY|GEL|AMD|AZN|MDL|ALL|CAD|AUD|NZD|JPY|CNY|INR|ILS';
export const CURRENCY_PREFIX = new RegExp(`^(?:\\p{Sc}|(?:${CURRENCY_CODES})\\s)\\s*`, 'u');
export const CURRENCY_SUFFIX = new RegExp(`\\s*(?:\\p{Sc}|\\b(?:${CURRENCY_CODES})|руб\\.?|лв\\.?|р\\.|грн\\.?|kn|kr|zł|kč|ft|din\\.?)$`, 'iu');
/**
 * CURRENCY_SUFFIX as the reader runs it: from the start of a run of spaces only. Without the
 * lookbehind a cell of a digit, 40,000 spaces and a digit was tried from every space (25 s);
 * CURRENCY_SUFFIX itself stays as it is, for the SQL it is compiled into (src/sql/compile.ts).
 */
const CURRENCY_SUFFIX_READ = new RegExp(`(?<!\\s)${CURRENCY_SUFFIX.source}`, CURRENCY_SUFFIX.flags);
// Spaces people and spreadsheets put between thousands: space, no-break space, narrow no-break space, thin space.
export const GROUP_SPACE = /[ \u00a0\u202f\u2009]/gu;
export const PLAIN = /^\d+(?:\.\d+)?$|^\.\d+$/u;
// A thousands group starts with 1-3 digits and never with 0: "0.500" can only be a half.
export const GROUPED_POINT = /^[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?$/u;
export const GROUPED_APOSTROPHE = /^[1-9]\d{0,2}(?:'\d{3})+(?:\.\d+)?$/u;
export const COMMA_DECIMAL = /^\d+(?:,\d+)?$/u;
export const GROUPED_COMMA_DECIMAL = /^[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$/u;
/** One `.` or `,` followed by exactly three digits, nothing else: 4.500, 1,200. */
export const TWO_READINGS = /^([1-9]\d{0,2})[.,](\d{3})$/u;

/**
 * What a number's text means: a number, two numbers (ambiguous), or none.
 *
 * The number rule. A single `.` or `,` followed by exactly three digits, with no other
 * separator, reads two ways: a decimal mark (4.500 = 4.5) or a thousands separator
 * (4.500 = 4500). It is read only when the convention is known (`mark`), else it is
 * ambiguous and both readings are returned, so that no number is ever silently read at
 * 1/1000 (or 1000 times) of its value. Every other form has at most one reading:
 *
 * | text         | mark unknown            | point     | comma      |
 * |--------------|-------------------------|-----------|------------|
 * | 4.500        | ambiguous: 4.5 or 4500  | 4.5       | 4500       |
 * | 1,200        | ambiguous: 1.2 or 1200  | 1200      | 1.2        |
 * | €4.500       | ambiguous: 4.5 or 4500  | 4.5       | 4500       |
 * | -1,250       | ambiguous: -1.25, -1250 | -1250     | -1.25      |
 * | 4.5, 4.50    | 4.5                     | 4.5       | 4.5        |
 * | 4.5000       | 4.5                     | 4.5       | none       |
 * | 0.500        | 0.5 (no group starts 0) | 0.5       | 0.5        |
 * | 1234.567     | 1234.567 (not a group)  | 1234.567  | 1234.567   |
 * | 1,200.50     | 1200.5                  | 1200.5    | none       |
 * | 12,345,678   | 12345678                | 12345678  | none       |
 * | 1.200,50     | none (comma hint)       | none      | 1200.5     |
 * | 1.234.567    | none (comma hint)       | none      | 1234567    |
 * | 1,5          | none (comma hint)       | none      | 1.5        |
 * | 1 200,50     | none (comma hint)       | none      | 1200.5     |
 * | 1 200.50     | 1200.5                  | 1200.5    | 1200.5     |
 *
 * Signs (+ - −), currency signs and codes, and a trailing % are taken off first.
 */
export type NumberReading = { readonly kind: 'number'; readonly value: number } | { readonly kind: 'ambiguous'; readonly readings: readonly [number, number] } | { readonly kind: 'none' };

const NO_READING: NumberReading = Object.freeze({ kind: 'none' });

export function readNumberText(text: string, mark?: DecimalMark): NumberReading {
  let body = text.trim().replace(CURRENCY_PREFIX, '').replace(CURRENCY_SUFFIX_READ, '');
  let sign = 1;
  if (/^[-−]/u.test(body)) {
    sign = -1;
    body = body.slice(1);
  } else if (body.startsWith('+')) {
    body = body.slice(1);
  }
  body = body.replace(CURRENCY_PREFIX, '');
  if (body.endsWith('%')) body = body.slice(0, -1).trimEnd();
  if (mark === undefined) {
    const two = TWO_READINGS.exec(body);
    if (two !== null) {
      const whole = Number(two[1]);
      const decimals = Number(two[2]);
      return { kind: 'ambiguous', readings: [sign * (whole + decimals / 1000), sign * (whole * 1000 + decimals)] };
    }
  }
  // Spaces may group thousands only in threes: "1 200" yes, "12 00" no.
  if (/\s/u.test(body)) {
    if (!/^\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?$/u.test(body)) return NO_READING;
    body = body.replace(GROUP_SPACE, '');
  }
  let normalized: string | undefined;
  if (mark === 'comma') {
    // "1.200" is twelve hundred where the comma is the decimal mark; "2.5" is still two and a half.
    if (COMMA_DECIMAL.test(body)) normalized = body.replace(',', '.');
    else if (GROUPED_COMMA_DECIMAL.test(body)) normalized = body.replaceAll('.', '').replace(',', '.');
    else if (PLAIN.test(body)) normalized = body;
  } else if (PLAIN.test(body)) normalized = body;
  else if (GROUPED_POINT.test(body)) normalized = body.replaceAll(',', '');
  else if (GROUPED_APOSTROPHE.test(body)) normalized = body.replaceAll("'", '');
  if (normalized === undefined) return NO_READING;
  const value = sign * Number(normalized);
  return Number.isFinite(value) ? { kind: 'number', value } : NO_READING;
}

/** The convention in force: the criterion's own, else the file's (decimal comma), else unknown. */
export function decimalMark(options: ReadOptions): DecimalMark | undefined {
  return options.decimal ?? (options.decimalComma ? 'comma' : undefined);
}

/** Parses a number as spreadsheets write it, or returns undefined (also when it reads two ways). */
export function parseNumber(text: string, options: ReadOptions = {}): number | undefined {
  const reading = readNumberText(text, decimalMark(options));
  return reading.kind === 'number' ? reading.value : undefined;
}

export function readNumber(raw: unknown, options: ReadOptions = {}): Answer {
  if (typeof raw === 'number') {
    return Number.isFinite(raw) ? { kind: 'number', value: raw } : invalid(raw, { code: 'not-a-number' });
  }
  const text = rawText(raw);
  if (text === undefined || typeof raw === 'boolean') return invalid(raw, { code: 'not-a-number' });
  if (UNKNOWN_WORDS.has(normalizeWord(text))) return UNKNOWN;
  const mark = decimalMark(options);
  const reading = readNumberText(text, mark);
  if (reading.kind === 'number') return { kind: 'number', value: reading.value };
  const trimmed = text.trim();
  if (reading.kind === 'ambiguous') {
    return { kind: 'invalid', raw: text, problem: { code: 'ambiguous-number', raw: trimmed, readings: reading.readings } };
  }
  // Read with a decimal comma it would be a number: the renderer says how to ask for that.
  const comma = mark === undefined && readNumberText(trimmed, 'comma').kind === 'number';
  return invalid(raw, { code: 'not-a-number', raw: trimmed, ...(comma ? { comma } : {}) });
}

export interface ChoiceOptionLike {
  readonly value: string;
  readonly label: string;
}

/** The options a choice expects, with their labels when any differs from its value (a translated list's only words). */
function expected(options: readonly ChoiceOptionLike[]): { options: string[]; labels?: string[] } {
  const values = options.map((option) => option.value);
  return options.some((option) => option.label !== option.value) ? { options: values, labels: options.map((option) => option.label) } : { options: values };
}

export function readChoice(raw: unknown, options: readonly ChoiceOptionLike[]): Answer {
  const text = rawText(raw);
  if (text === undefined) return invalid(raw, { code: 'not-one-of', ...expected(options) });
  const word = normalizeWord(text);
  // Options first: an option may well be called "na" (North America) or "-".
  const match = options.find((option) => normalizeWord(option.value) === word) ?? options.find((option) => normalizeWord(option.label) === word);
  if (match === undefined && UNKNOWN_WORDS.has(word)) return UNKNOWN;
  return match === undefined ? invalid(raw, { code: 'not-one-of', ...expected(options), raw: text.trim() }) : { kind: 'choice', value: match.value };
}

/** Text: empty means nothing to note (passes); `?` and the other unknown words mean not known yet. */
export function readText(raw: unknown): Answer {
  const text = rawText(raw);
  if (text === undefined) return invalid(raw, { code: 'not-text' });
  const trimmed = text.trim();
  if (trimmed === '') return NOTHING_NOTED;
  // Notes are long and many: only a short one can be an unknown word.
  if (trimmed.length <= LONGEST_UNKNOWN_WORD && UNKNOWN_WORDS.has(normalizeWord(trimmed))) return UNKNOWN;
  return { kind: 'text', value: trimmed };
}

/** The JSON form of an answer: its typed value, null when unknown, the raw text when invalid. */
export function answerValue(answer: Answer): boolean | number | string | null {
  switch (answer.kind) {
    case 'unknown':
      return null;
    case 'invalid':
      return answer.raw;
    default:
      return answer.value;
  }
}
