/**
 * Message drafts for a prospect: a decline for reject, a holding reply for review.
 * Templates come from `messages.decline` / `messages.review` in the criteria file, else the
 * built-in defaults below. Placeholders: `{name}`, `{reasons}`, `{terms}`. A template reads
 * well when a placeholder is empty: "Hello {name}," becomes "Hello," and a line left with
 * nothing but empty placeholders disappears. Pure: no I/O.
 */
import type { Criteria } from './criteria.js';
import type { Result, Verdict } from './score.js';

/**
 * Honest, polite, brief: thanks them, says no without invented excuses or promises that will
 * not be kept, and leaves the door open.
 */
export const DEFAULT_DECLINE = `Hello {name},

Thank you for getting in touch and for explaining your project. I've thought it over, and I won't be taking it on.
{reasons}

If your plans change, you're welcome to contact me again. I wish you every success with it.

Best regards`;

/** A holding reply: interested, with the conditions to settle before saying yes. */
export const DEFAULT_REVIEW = `Hello {name},

Thank you for getting in touch about your project. Before I commit, I'd like us to agree on a few practical points:
{terms}

Could you let me know whether that works for you? Once we've settled these, I'll send a short proposal with the timeline and price.

Best regards`;

export interface MessageValues {
  readonly name?: string;
  /** already joined into a sentence */
  readonly reasons?: string;
  /** already formatted as a list */
  readonly terms?: string;
}

const PLACEHOLDER = /\{(name|reasons|terms)\}/gu;

/** "i" and "Я" stay capitalised mid-sentence, as do acronyms ("ASAP") and one-letter words. */
function lowerFirst(text: string): string {
  const word = /^\p{L}+/u.exec(text)?.[0] ?? '';
  if (word.length < 2 || word.slice(1) !== word.slice(1).toLowerCase()) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Reasons as one sentence: "I start work once the deposit is paid, and I include two rounds
 * of revisions." Three or more are joined with "; " and "; and".
 */
export function joinReasons(reasons: readonly string[]): string {
  const parts = [...new Set(reasons.map((reason) => reason.trim().replace(/[.;,]+$/u, '')).filter(Boolean))];
  if (parts.length === 0) return '';
  const [first, ...rest] = parts;
  const items = [upperFirst(first!), ...rest.map(lowerFirst)];
  let sentence: string;
  if (items.length === 1) sentence = items[0]!;
  else if (items.length === 2) sentence = `${items[0]}, and ${items[1]}`;
  else sentence = `${items.slice(0, -1).join('; ')}; and ${items.at(-1)}`;
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

export function templateFor(criteria: Criteria, verdict: Verdict): string | undefined {
  if (verdict === 'reject') return criteria.messages.decline ?? DEFAULT_DECLINE;
  if (verdict === 'review') return criteria.messages.review ?? DEFAULT_REVIEW;
  return undefined;
}

/** The draft to send for a reject or a review, or null for accept. */
export function draftMessage(criteria: Criteria, result: Result, name: string | undefined): string | null {
  const template = templateFor(criteria, result.verdict);
  if (template === undefined) return null;
  return fillTemplate(template, {
    name: name ?? '',
    reasons: joinReasons([...new Set(declineReasons(criteria, result))].slice(0, MAX_DRAFT_REASONS)),
    terms: formatTerms(draftTerms(criteria, result)),
  });
}
