/**
 * The answer reader: one place that turns what people type, and what spreadsheets export,
 * into typed answers. Every command (score, batch, calibrate) and the criteria loader
 * (`expect`, `when`) read values through here, so "да", "ναι" and "1 200,50" mean the same
 * thing everywhere.
 */

export type Answer =
  | { readonly kind: 'unknown' }
  | { readonly kind: 'invalid'; readonly raw: string; readonly message: string }
  | { readonly kind: 'yes-no'; readonly value: boolean }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'choice'; readonly value: string }
  | { readonly kind: 'text'; readonly value: string };

export interface ReadOptions {
  /** read `1 200,50` as 1200.5: on with `;`-delimited CSV or --decimal-comma */
  readonly decimalComma?: boolean;
}

export const UNKNOWN: Answer = Object.freeze({ kind: 'unknown' });

/** Words that mean "not known yet". Empty counts too, except for text criteria. */
export const UNKNOWN_WORDS: ReadonlySet<string> = new Set(['', '?', '??', 'unknown', 'n/a', 'na', 'tbd', "don't know", 'dont know', '-', '—', 'не знаю', 'неизвестно']);

export const LONGEST_UNKNOWN_WORD = Math.max(...[...UNKNOWN_WORDS].map((word) => word.length)) + 2;
const NOTHING_NOTED: Answer = Object.freeze({ kind: 'text', value: '' });

/**
 * Yes/no words in English, Russian, Bulgarian, Greek, Bosnian/Croatian/Serbian (Latin and
 * Cyrillic), German, French and Spanish, plus spreadsheet booleans.
 */
export const YES_WORDS: readonly string[] = ['yes', 'y', 'true', '1', 'да', 'д', 'ναι', 'nai', 'da', 'ja', 'j', 'oui', 'sí', 'si', 'x', '✓', '✔'];
export const NO_WORDS: readonly string[] = ['no', 'n', 'false', '0', 'нет', 'не', 'н', 'όχι', 'οχι', 'ochi', 'ne', 'nein', 'non'];
const YES_NO = new Map<string, boolean>([
  ...YES_WORDS.map((word) => [word, true] as const),
  ...NO_WORDS.map((word) => [word, false] as const),
]);

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

function invalid(raw: unknown, message: string): Answer {
  const text = typeof raw === 'string' ? raw : JSON.stringify(raw) ?? String(raw);
  return { kind: 'invalid', raw: text, message };
}

export function isUnknownWord(raw: unknown): boolean {
  const text = rawText(raw);
  return text !== undefined && UNKNOWN_WORDS.has(normalizeWord(text));
}

export function readYesNo(raw: unknown): Answer {
  if (typeof raw === 'boolean') return { kind: 'yes-no', value: raw };
  const text = rawText(raw);
  if (text === undefined) return invalid(raw, 'expected yes or no');
  const word = normalizeWord(text).replace(/[.!]+$/u, '');
  if (UNKNOWN_WORDS.has(word)) return UNKNOWN;
  const value = YES_NO.get(word);
  return value === undefined ? invalid(raw, `expected yes or no (got "${text.trim()}")`) : { kind: 'yes-no', value };
}

// Currency signs and codes a number may carry: "€5,000", "5000 USD", "1 200 руб.". Only known
// codes: "1.5 mln" or "5 yrs" must stay invalid rather than quietly become 1.5 or 5.
export const CURRENCY_CODES = 'USD|EUR|GBP|CHF|RUB|UAH|BYN|KZT|BGN|RSD|BAM|MKD|HRK|RON|PLN|CZK|HUF|SEK|NOK|DKK|ISK|TRY|GEL|AMD|AZN|MDL|ALL|CAD|AUD|NZD|JPY|CNY|INR|ILS';
export const CURRENCY_PREFIX = new RegExp(`^(?:\\p{Sc}|(?:${CURRENCY_CODES})\\s)\\s*`, 'u');
export const CURRENCY_SUFFIX = new RegExp(`\\s*(?:\\p{Sc}|\\b(?:${CURRENCY_CODES})|руб\\.?|лв\\.?|р\\.|грн\\.?|kn|kr|zł|kč|ft|din\\.?)$`, 'iu');
// Spaces people and spreadsheets put between thousands: space, no-break space, narrow no-break space, thin space.
export const GROUP_SPACE = /[ \u00a0\u202f\u2009]/gu;
export const PLAIN = /^\d+(?:\.\d+)?$|^\.\d+$/u;
export const GROUPED_POINT = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/u;
export const GROUPED_APOSTROPHE = /^\d{1,3}(?:'\d{3})+(?:\.\d+)?$/u;
export const COMMA_DECIMAL = /^\d+(?:,\d+)?$/u;
export const GROUPED_COMMA_DECIMAL = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/u;

/** Parses a number as spreadsheets write it, or returns undefined. */
export function parseNumber(text: string, options: ReadOptions = {}): number | undefined {
  let body = text.trim().replace(CURRENCY_PREFIX, '').replace(CURRENCY_SUFFIX, '');
  let sign = 1;
  if (/^[-−]/u.test(body)) {
    sign = -1;
    body = body.slice(1);
  } else if (body.startsWith('+')) {
    body = body.slice(1);
  }
  body = body.replace(CURRENCY_PREFIX, '').replace(/\s*%$/u, '');
  // Spaces may group thousands only in threes: "1 200" yes, "12 00" no.
  if (/\s/u.test(body)) {
    if (!/^\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?$/u.test(body)) return undefined;
    body = body.replace(GROUP_SPACE, '');
  }
  let normalized: string | undefined;
  if (options.decimalComma) {
    // "1.200" is twelve hundred where the comma is the decimal mark; "2.5" is still two and a half.
    if (COMMA_DECIMAL.test(body)) normalized = body.replace(',', '.');
    else if (GROUPED_COMMA_DECIMAL.test(body)) normalized = body.replaceAll('.', '').replace(',', '.');
    else if (PLAIN.test(body)) normalized = body;
  } else if (PLAIN.test(body)) normalized = body;
  else if (GROUPED_POINT.test(body)) normalized = body.replaceAll(',', '');
  else if (GROUPED_APOSTROPHE.test(body)) normalized = body.replaceAll("'", '');
  if (normalized === undefined) return undefined;
  const value = sign * Number(normalized);
  return Number.isFinite(value) ? value : undefined;
}

export function readNumber(raw: unknown, options: ReadOptions = {}): Answer {
  if (typeof raw === 'number') {
    return Number.isFinite(raw) ? { kind: 'number', value: raw } : invalid(raw, 'expected a number');
  }
  const text = rawText(raw);
  if (text === undefined || typeof raw === 'boolean') return invalid(raw, 'expected a number');
  if (UNKNOWN_WORDS.has(normalizeWord(text))) return UNKNOWN;
  const value = parseNumber(text, options);
  if (value !== undefined) return { kind: 'number', value };
  const trimmed = text.trim();
  const hint = !options.decimalComma && parseNumber(trimmed, { decimalComma: true }) !== undefined
    ? ': a thousands separator groups three digits; for a decimal comma pass --decimal-comma'
    : '';
  return invalid(raw, `expected a number (got "${trimmed}")${hint}`);
}

export interface ChoiceOptionLike {
  readonly value: string;
  readonly label: string;
}

export function readChoice(raw: unknown, options: readonly ChoiceOptionLike[]): Answer {
  const text = rawText(raw);
  if (text === undefined) return invalid(raw, `expected one of ${options.map((option) => option.value).join(', ')}`);
  const word = normalizeWord(text);
  // Options first: an option may well be called "na" (North America) or "-".
  const match = options.find((option) => normalizeWord(option.value) === word)
    ?? options.find((option) => normalizeWord(option.label) === word);
  if (match === undefined && UNKNOWN_WORDS.has(word)) return UNKNOWN;
  return match === undefined
    ? invalid(raw, `expected one of ${options.map((option) => option.value).join(', ')} (got "${text.trim()}")`)
    : { kind: 'choice', value: match.value };
}

/** Text: empty means nothing to note (passes); `?` and the other unknown words mean not known yet. */
export function readText(raw: unknown): Answer {
  const text = rawText(raw);
  if (text === undefined) return invalid(raw, 'expected text');
  const trimmed = text.trim();
  if (trimmed === '') return NOTHING_NOTED;
  // Notes are long and many: only a short one can be an unknown word.
  if (trimmed.length <= LONGEST_UNKNOWN_WORD && UNKNOWN_WORDS.has(normalizeWord(trimmed))) return UNKNOWN;
  return { kind: 'text', value: trimmed };
}

/** A short human form of an answer, for tables and reports. */
export function formatAnswer(answer: Answer, labels?: ReadonlyMap<string, string>): string {
  switch (answer.kind) {
    case 'unknown':
      return '?';
    case 'invalid':
      return answer.raw;
    case 'yes-no':
      return answer.value ? 'yes' : 'no';
    case 'number':
      return String(answer.value);
    case 'choice':
      return labels?.get(answer.value) ?? answer.value;
    case 'text':
      return answer.value;
  }
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
