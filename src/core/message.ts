/**
 * Message drafts for a prospect: a decline for reject, a holding reply for review, a yes with
 * the terms for accept. Templates come from `messages.decline` / `messages.review` /
 * `messages.accept` in the criteria file, else the
 * built-in ones the caller passes in the interface language (DraftWords). Placeholders:
 * `{name}`, `{reasons}`, `{terms}`. A template reads well when a placeholder is empty: "Hello {name}," becomes "Hello," and a line left with
 * nothing but empty placeholders disappears. Pure: no I/O.
 */
import type { Criteria } from './criteria.js';
import type { Result, Verdict } from './score.js';

/**
 * The words a draft needs from the edge (the catalog of the interface language, see
 * src/i18n/en/result.ts): the built-in templates used when the criteria file has no
 * `messages`, and how reasons join into one sentence. The core holds no words of its own.
 */
export interface DraftWords {
  /** a polite no: thanks them, says no without invented excuses, leaves the door open */
  readonly decline: string;
  /** a holding reply: interested, with the conditions to settle before saying yes */
  readonly review: string;
  /** a yes: glad to take it on, the terms to put in the agreement, the next steps */
  readonly accept: string;
  /** the reasons (two or more, already trimmed and capitalised) as one sentence, without its final stop */
  readonly joinReasons: (items: readonly string[]) => string;
}

export interface MessageValues {
  readonly name?: string;
  /** already joined into a sentence */
  readonly reasons?: string;
  /** already formatted as a list */
  readonly terms?: string;
}

const PLACEHOLDER = /\{(name|reasons|terms)\}/gu;

/**
 * Mid-sentence, a reason starts in lower case, except English "I" and acronyms ("ASAP"): the
 * Russian "я", Bosnian "u" or Greek "ο" are ordinary words there.
 */
function lowerFirst(text: string): string {
  const word = /^\p{L}+/u.exec(text)?.[0] ?? '';
  if (word === '' || word === 'I' || (word.length > 1 && word.slice(1) !== word.slice(1).toLowerCase())) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Reasons as one sentence: "I start work once the deposit is paid, and I include two rounds
 * of revisions." The joining words come from `join` (English: ", and" for two, "; " and
 * "; and" for three or more).
 */
export function joinReasons(reasons: readonly string[], join: DraftWords['joinReasons']): string {
  const parts = [...new Set(reasons.map((reason) => reason.trim().replace(/[.;,]+$/u, '')).filter(Boolean))];
  if (parts.length === 0) return '';
  const [first, ...rest] = parts;
  const items = [upperFirst(first!), ...rest.map(lowerFirst)];
  const sentence = items.length === 1 ? items[0]! : join(items);
  return /[.!?…]$/u.test(sentence) ? sentence : `${sentence}.`;
}

/** Terms as a list, one per line: "- 50% deposit before work starts". */
export function formatTerms(terms: readonly string[]): string {
  return [...new Set(terms.map((term) => term.trim()).filter(Boolean))].map((term) => `- ${term}`).join('\n');
}

/**
 * Fills a template. An empty `{name}` is removed with the space or ", " before it (or, at the
 * start of a line, the ", " after it); a line whose placeholders were all empty is dropped;
 * runs of blank lines fold into one.
 */
export function fillTemplate(template: string, values: MessageValues): string {
  const value = (key: string): string => (values[key as keyof MessageValues] ?? '').trim();
  const lines: string[] = [];
  for (const line of template.replace(/\r\n?/gu, '\n').split('\n')) {
    const keys = [...line.matchAll(PLACEHOLDER)].map((match) => match[1]!);
    if (keys.length > 0 && keys.every((key) => value(key) === '') && line.replace(PLACEHOLDER, '').trim().length === 0) continue;
    let filled = line;
    if (value('name') === '') {
      filled = filled.replace(/(?:,\s*|\s+)\{name\}/gu, '').replace(/\{name\}(?:,\s*|\s+)?/gu, '');
    }
    filled = filled.replace(PLACEHOLDER, (_, key: string) => value(key));
    lines.push(filled.trimEnd());
  }
  const folded: string[] = [];
  for (const line of lines) {
    if (line === '' && (folded.length === 0 || folded.at(-1) === '')) continue;
    folded.push(line);
  }
  while (folded.at(-1) === '') folded.pop();
  return folded.join('\n');
}

/** The terms of failed, unknown and unreadable criteria, in file order: safeguards for the contract. */
export function requiredTerms(criteria: Criteria, result: Result): string[] {
  const open = new Set([...result.failed, ...result.unknown, ...result.invalid]);
  const terms = criteria.criteria.filter((criterion) => open.has(criterion.id) && criterion.terms !== undefined).map((criterion) => criterion.terms!);
  return [...new Set(terms)];
}

/**
 * A draft names at most this many reasons, and a holding reply at most MAX_DRAFT_TERMS terms:
 * a person explains a no with the one or two things that decided it, not a list of six.
 */
export const MAX_DRAFT_REASONS = 2;
export const MAX_DRAFT_TERMS = 3;

/** The criteria with these ids, most important first: must-haves, then by weight; file order breaks ties. */
function mostImportant(criteria: Criteria, ids: ReadonlySet<string>): Criteria['criteria'][number][] {
  return criteria.criteria
    .map((criterion, index) => ({ criterion, index }))
    .filter(({ criterion }) => ids.has(criterion.id))
    .sort((a, b) => Number(b.criterion.must) - Number(a.criterion.must) || b.criterion.maxPoints - a.criterion.maxPoints || a.index - b.index)
    .map(({ criterion }) => criterion);
}

/** Each failed criterion's client_reason, else its terms: must-haves first, then by weight. */
export function declineReasons(criteria: Criteria, result: Result): string[] {
  return mostImportant(criteria, new Set(result.failed))
    .map((criterion) => criterion.clientReason ?? criterion.terms)
    .filter((reason): reason is string => reason !== undefined);
}

/** The terms a holding reply asks to agree on: the most important open or failed criteria first. */
export function draftTerms(criteria: Criteria, result: Result): string[] {
  const terms = mostImportant(criteria, new Set([...result.failed, ...result.unknown, ...result.invalid]))
    .map((criterion) => criterion.terms)
    .filter((term): term is string => term !== undefined);
  return [...new Set(terms)].slice(0, MAX_DRAFT_TERMS);
}

/** The criteria file's own template for the verdict, else the built-in one of `drafts`. */
export function templateFor(criteria: Criteria, verdict: Verdict, drafts: DraftWords): string {
  if (verdict === 'reject') return criteria.messages.decline ?? drafts.decline;
  if (verdict === 'review') return criteria.messages.review ?? drafts.review;
  return criteria.messages.accept ?? drafts.accept;
}

/**
 * The draft to send: a decline, a holding reply, or an acceptance. An acceptance names every
 * term the result asks for (those of failed and unknown criteria, as "If you go ahead, require"
 * lists them): they go into the agreement, where a holding reply picks the few to settle first.
 */
export function draftMessage(criteria: Criteria, result: Result, name: string | undefined, drafts: DraftWords): string {
  return fillTemplate(templateFor(criteria, result.verdict, drafts), {
    name: name ?? '',
    reasons: joinReasons([...new Set(declineReasons(criteria, result))].slice(0, MAX_DRAFT_REASONS), drafts.joinReasons),
    terms: formatTerms(result.verdict === 'accept' ? requiredTerms(criteria, result) : draftTerms(criteria, result)),
  });
}
