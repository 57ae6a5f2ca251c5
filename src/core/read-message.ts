/**
 * Reading a prospect's message: the answers it states plainly, each with the exact words it came
 * from, and the red flags of the criteria file, with the words they matched. Offline and
 * careful: a wrong answer is worse than none, so a question ("Do you require a deposit?"), a
 * hedge ("maybe some upfront"), a sentence about another time or another deal ("last year we
 * paid our previous agency 50%"), a negation the reader cannot place, or two cues that disagree
 * give nothing (and all but the negation say why).
 *
 * Cues are literal phrases compared word by word (src/core/lexicon.ts for the built-in ones, a
 * criterion's `cues` for the user's), through a trie over words: linear in the message's length
 * whatever the cues are. Pure: text and the ranges of the prospect's own words in, typed result out.
 */
import type { Criteria, Criterion } from './criteria.js';
import { readAnswerFor } from './criteria.js';
import { AFTER_WORDS, INSTEAD_WORDS, LEXICONS, type Lexicon, type LexiconLanguage } from './lexicon.js';
import { findRedFlags } from './red-flags.js';

/** A range [start, end) of the message text (the prospect's own words: src/mail/own-words.ts). */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

export type MessageValue = string | number;

export interface MessageAnswer {
  /** as --set would take it: `yes`/`no`, a number, an option's value, a text */
  readonly value: MessageValue;
  /** an exact substring of the message */
  readonly evidence: string;
}

export interface MessageRedFlag {
  readonly criterion: string;
  /** the `red_flags` entry */
  readonly phrase: string;
  /** the words it matched, as written */
  readonly evidence: string;
}

/** Why a criterion the message speaks of was left unanswered. */
export type MessageNote =
  | { readonly code: 'disagree'; readonly id: string; readonly values: readonly MessageValue[]; readonly evidence: readonly string[] }
  /** `elsewhere`: the sentence speaks of another time or another deal ("last year", "our previous agency", "we paid") */
  | { readonly code: 'question' | 'hedge' | 'elsewhere'; readonly id: string; readonly evidence: string };

export interface MessageReading {
  readonly language: LexiconLanguage;
  readonly answers: Readonly<Record<string, MessageAnswer>>;
  readonly redFlags: readonly MessageRedFlag[];
  readonly notes: readonly MessageNote[];
  /** the prospect's own words were longer than MAX_OWN_CHARS: only the start was read */
  readonly clipped: boolean;
}

// --- words and phrases -------------------------------------------------------------------

/** Lower case without accents or marks: «Προκαταβολή» and «προκαταβολη» compare equal, so do "plaćamo" and "placamo". */
export function foldWord(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/’/gu, "'").replace(/ё/gu, 'е');
}

interface Token {
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

const TOKEN = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|\p{N}+(?:[.,]\p{N}+)*|%/gu;

function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) tokens.push({ key: foldWord(match[0]), start: offset + match.index, end: offset + match.index + match[0].length });
  return tokens;
}

/** Past this length a word is compared whole only (a prefix cue longer than this would never match). */
const MAX_PREFIX = 24;

interface TrieNode<T> {
  readonly next: Map<string, TrieNode<T>>;
  readonly prefix: Map<string, TrieNode<T>>;
  readonly tags: T[];
}

function node<T>(): TrieNode<T> {
  return { next: new Map(), prefix: new Map(), tags: [] };
}

/** A trie over words: `add` a phrase with a tag, `scan` a run of words for every phrase in it. */
class PhraseTrie<T> {
  private readonly root = node<T>();

  /** `prefixes`: a word ending in `*` matches words it begins (built-in vocabulary only). */
  add(phrase: string, tag: T, prefixes = false): void {
    const words = phrase
      .split(/\s+/u)
      .filter((word) => word !== '')
      .flatMap((word) => {
        const star = prefixes && word.endsWith('*');
        const parts = tokenize(star ? word.slice(0, -1) : word).map((token) => token.key);
        return parts.map((part, index) => ({ part, star: star && index === parts.length - 1 }));
      });
    if (words.length === 0) return;
    let at = this.root;
    for (const { part, star } of words) {
      const map = star && part.length <= MAX_PREFIX ? at.prefix : at.next;
      let child = map.get(part);
      if (child === undefined) {
        child = node<T>();
        map.set(part, child);
      }
      at = child;
    }
    at.tags.push(tag);
  }

  /** Every phrase in `tokens`: its tag and the range of words it covers [from, to). */
  scan(tokens: readonly Token[]): { tag: T; from: number; to: number }[] {
    const found: { tag: T; from: number; to: number }[] = [];
    for (let from = 0; from < tokens.length; from++) {
      let frontier: TrieNode<T>[] = [this.root];
      for (let at = from; at < tokens.length && frontier.length > 0; at++) {
        const key = tokens[at]!.key;
        const next: TrieNode<T>[] = [];
        for (const current of frontier) {
          const exact = current.next.get(key);
          if (exact !== undefined) next.push(exact);
          if (current.prefix.size > 0) {
            for (let length = 1; length <= Math.min(key.length, MAX_PREFIX); length++) {
              const child = current.prefix.get(key.slice(0, length));
              if (child !== undefined) next.push(child);
            }
          }
        }
        for (const reached of next) for (const tag of reached.tags) found.push({ tag, from, to: at + 1 });
        frontier = next;
      }
    }
    return found;
  }
}

// --- the built-in vocabulary as a trie ----------------------------------------------------

type Role = 'negation' | 'affirmation' | 'hedge' | 'question' | 'number' | 'share' | 'percent' | 'upfront' | 'pay' | 'payLater' | 'revisions' | 'polite' | 'after' | 'instead' | TimeRole;

/** The roles that place a sentence in another time or another deal (see `elsewhereSpans`). */
type TimeRole = 'elsewhere' | 'pastTense' | 'thisDeal' | 'formerly';

interface LexiconTag {
  readonly role: Role;
  readonly value?: number;
}

const compiled = new Map<LexiconLanguage, PhraseTrie<LexiconTag>>();

function lexiconTrie(language: LexiconLanguage): PhraseTrie<LexiconTag> {
  let trie = compiled.get(language);
  if (trie !== undefined) return trie;
  trie = new PhraseTrie<LexiconTag>();
  const lexicon: Lexicon = LEXICONS[language];
  const lists: [Role, readonly string[]][] = [
    ['negation', lexicon.negations],
    ['affirmation', lexicon.affirmations],
    ['hedge', lexicon.hedges],
    ['question', lexicon.questions],
    ['percent', lexicon.percent],
    ['upfront', lexicon.upfront],
    ['pay', lexicon.pay],
    ['payLater', lexicon.payLater],
    ['revisions', lexicon.revisions],
    ['polite', lexicon.polite],
    ['elsewhere', lexicon.elsewhere],
    ['pastTense', lexicon.pastTense],
    ['thisDeal', lexicon.thisDeal],
    ['formerly', lexicon.formerly],
    // every language's: a message in one language is often read with another's words beside it
    ['after', Object.values(AFTER_WORDS).flat()],
    ['instead', Object.values(INSTEAD_WORDS).flat()],
  ];
  for (const [role, phrases] of lists) for (const phrase of phrases) trie.add(phrase, { role }, true);
  for (const [phrase, value] of Object.entries(lexicon.numbers)) trie.add(phrase, { role: 'number', value });
  for (const [phrase, value] of Object.entries(lexicon.shares)) trie.add(phrase, { role: 'share', value });
  compiled.set(language, trie);
  return trie;
}

// --- the language ----------------------------------------------------------------------

const MARKERS: Readonly<Record<LexiconLanguage, ReadonlySet<string>>> = {
  en: new Set(['the', 'and', 'we', 'you', 'to', 'for', 'is', 'of', 'our', 'i', 'a', 'with', 'need', 'thanks', 'hi', 'hello', 'can', 'it']),
  ru: new Set(['что', 'это', 'нужно', 'нужен', 'нужна', 'спасибо', 'пожалуйста', 'здравствуйте', 'вы', 'мы', 'как', 'вас', 'нам', 'для', 'если', 'только', 'добрый', 'есть']),
  bg: new Set(['ще', 'съм', 'сме', 'са', 'благодаря', 'здравейте', 'моля', 'нещо', 'трябва', 'ми', 'ни', 'вие', 'ние', 'нашия', 'може', 'много', 'и', 'дали', 'след']),
  el: new Set(),
  bs: new Set(['je', 'i', 'da', 'za', 'se', 'sa', 'na', 'treba', 'hvala', 'nam', 'li', 'u', 'od', 'ako', 'smo', 'bi', 'pozdrav', 'molim', 'nije']),
};

/** How many of `tokens` are words of `language`'s vocabulary (its trie) and not of `other`'s. */
function ownWordCount(tokens: readonly Token[], language: LexiconLanguage, other: LexiconLanguage): number {
  const covered = (lang: LexiconLanguage): Uint8Array => {
    const marks = new Uint8Array(tokens.length);
    for (const match of lexiconTrie(lang).scan(tokens)) marks.fill(1, match.from, match.to);
    return marks;
  };
  const mine = covered(language);
  const theirs = covered(other);
  let count = 0;
  for (let index = 0; index < tokens.length; index++) if (mine[index] === 1 && theirs[index] === 0) count++;
  return count;
}

/** The message's language from its letters (Greek, Cyrillic or Latin) and its commonest words. */
export function detectLanguage(text: string): LexiconLanguage {
  // The first 20,000 characters say which language a message is in as well as all of it would.
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  let greek = 0;
  let cyrillic = 0;
  let latin = 0;
  for (const match of sample.matchAll(/\p{Script=Greek}|\p{Script=Cyrillic}|\p{Script=Latin}/gu)) {
    const char = match[0];
    if (/\p{Script=Greek}/u.test(char)) greek++;
    else if (/\p{Script=Cyrillic}/u.test(char)) cyrillic++;
    else latin++;
  }
  if (greek > 0 && greek >= cyrillic && greek >= latin / 2) return 'el';
  const tokens = tokenize(sample);
  const words = tokens.map((token) => token.key);
  const count = (language: LexiconLanguage): number => words.filter((word) => MARKERS[language].has(word)).length;
  if (cyrillic > latin) {
    // Letters only one of the two has: ъ inside words is Bulgarian, ы э ё Russian; and words of
    // one lexicon and not the other («корекции», «предварително»; «правки», «предоплата»), which
    // decide a short line with no common word (so for Bosnian and English below: "avans", "upfront").
    const bg = count('bg') + ownWordCount(tokens, 'bg', 'ru') + (sample.match(/[ъЪ]/gu)?.length ?? 0);
    const ru = count('ru') + ownWordCount(tokens, 'ru', 'bg') + (sample.match(/[ыЫэЭёЁ]/gu)?.length ?? 0);
    return bg > ru ? 'bg' : 'ru';
  }
  const bs = count('bs') + ownWordCount(tokens, 'bs', 'en') + (sample.match(/[čćžšđČĆŽŠĐ]/gu)?.length ?? 0) * 2;
  return bs > count('en') + ownWordCount(tokens, 'en', 'bs') ? 'bs' : 'en';
}

// --- sentences ----------------------------------------------------------------------------

interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly question: boolean;
}

const SENTENCE_MARKS = new Set(['.', '!', '?', '…', ';', '\u037e']);
const SPACE = /\s/u;
const LINE_STARTER = /[\p{Lu}\p{N}•*–—-]/u;

/**
 * Where sentences end: a run of . ! ? … ; followed by white space or the end, or a line break
 * before a capital, a digit or a list mark (past any white space). One pass, left to right, with
 * the next solid character of every place worked out once from the end: a prospect's 250 KB of
 * dots or blank lines cost what any 250 KB does (a regex with a lookahead took minutes).
 */
export function boundaries(text: string): { index: number; length: number; mark: string }[] {
  const nextSolid = new Int32Array(text.length + 1);
  nextSolid[text.length] = text.length;
  for (let index = text.length - 1; index >= 0; index--) nextSolid[index] = SPACE.test(text[index]!) ? nextSolid[index + 1]! : index;
  const found: { index: number; length: number; mark: string }[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    if (SENTENCE_MARKS.has(char)) {
      let end = index + 1;
      while (end < text.length && SENTENCE_MARKS.has(text[end]!)) end++;
      if (end === text.length || SPACE.test(text[end]!)) found.push({ index, length: end - index, mark: text.slice(index, end) });
      index = end;
    } else if (char === '\n') {
      const solid = nextSolid[index + 1]!;
      const next = solid < text.length ? String.fromCodePoint(text.codePointAt(solid)!) : '';
      if (next !== '' && LINE_STARTER.test(next)) found.push({ index, length: 1, mark: '' });
      index++;
    } else {
      index++;
    }
  }
  return found;
}

/**
 * The sentences of a span: ended by . ! ? … ; (and Greek ; the question mark), or by a line
 * break before a capital, a digit or a list mark (a wrapped line goes on in lower case).
 */
function sentences(message: string, span: TextSpan, language: LexiconLanguage): Sentence[] {
  const out: Sentence[] = [];
  const text = message.slice(span.start, span.end);
  let at = 0;
  const push = (from: number, to: number, mark: string): void => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body === '') return;
    const start = span.start + from + lead;
    const question = mark.includes('?') || (language === 'el' && /[;\u037e]/u.test(mark));
    out.push({ start, end: start + body.length, text: body, tokens: tokenize(body, start), question });
  };
  for (const boundary of boundaries(text)) {
    push(at, boundary.index + boundary.mark.length, boundary.mark);
    at = boundary.index + boundary.length;
  }
  push(at, text.length, '');
  return out;
}

// --- reading ------------------------------------------------------------------------------

interface Candidate {
  readonly id: string;
  readonly value: MessageValue;
  readonly evidence: string;
}

/** Within this many words of a topic word, a negation or a number belongs to it. */
const NEAR = 3;

function distance(a: { from: number; to: number }, b: { from: number; to: number }): number {
  return a.to <= b.from ? b.from - a.to : b.to <= a.from ? a.from - b.to : 0;
}

/**
 * Whether a span lies within `reach` words of any of `spans` (distance() <= reach), asked for many
 * numbers: the words within reach are marked once, so a sentence of thousands of numbers and topic
 * words costs their count, not its square.
 */
export function within(words: number, spans: readonly { from: number; to: number }[], reach: number): (span: { from: number; to: number }) => boolean {
  const marked = new Uint8Array(words + 1);
  for (const span of spans) marked.fill(1, Math.max(0, span.from - reach), Math.min(words, span.to + reach) + 1);
  return (span) => {
    for (let index = span.from; index <= Math.min(span.to, words); index++) if (marked[index] === 1) return true;
    return false;
  };
}

function numberValue(key: string): number | undefined {
  const value = Number(key.replace(',', '.'));
  return Number.isFinite(value) ? value : undefined;
}

/** What one sentence says, in the built-in vocabulary's terms. */
interface SentenceFacts {
  readonly sentence: Sentence;
  readonly question: boolean;
  readonly hedge: boolean;
  readonly negations: readonly { from: number; to: number }[];
  readonly topics: Readonly<Partial<Record<Role, { from: number; to: number }[]>>>;
  readonly numbers: readonly { from: number; to: number; value: number; percent: boolean }[];
  /** "after" phrases (AFTER_WORDS), masked or not */
  readonly afters: readonly { from: number; to: number }[];
  /** the words that put the sentence in another time or another deal (see `elsewhereSpans`) */
  readonly elsewhere: readonly { from: number; to: number }[];
  /** per word: 1 when it is part of a negation that counts */
  readonly negated: Uint8Array;
  /** per word: its clause (a comma, colon, bracket or dash between two words starts a new one) */
  readonly clause: Int32Array;
}

/** Punctuation between two words that ends a clause: «Не переживайте, предоплату внесём» is two. */
const CLAUSE_BREAK = /[,:()[\]\u2013\u2014]|\s-\s/u;

/**
 * A negation within NEAR words of `span` and in its clause: "we don't pay upfront" denies paying
 * upfront, "don't worry, we pay upfront" does not. Looks at the words around the span only.
 */
function negationNear(fact: SentenceFacts, span: { from: number; to: number }): boolean {
  const clause = fact.clause[span.from]!;
  const last = Math.min(fact.negated.length - 1, span.to + NEAR - 1);
  for (let index = Math.max(0, span.from - NEAR); index <= last; index++) if (fact.negated[index] === 1 && fact.clause[index] === clause) return true;
  return false;
}

function facts(sentence: Sentence, trie: PhraseTrie<LexiconTag>): SentenceFacts {
  const found = trie.scan(sentence.tokens);
  // Words inside "no problem" or "thanks in advance" are not negations or topics of their own.
  const masked = new Set<number>();
  for (const match of found) {
    if (match.tag.role === 'affirmation' || (match.tag.role === 'polite' && match.to - match.from > 1)) for (let index = match.from; index < match.to; index++) masked.add(index);
  }
  // Negative concord: «δεν είναι κανένα πρόβλημα», «не будет никаких проблем» say "no problem" twice, not "no":
  // a negation at most one word before an affirmation belongs to it.
  const affirmationStarts = new Set(found.filter((match) => match.tag.role === 'affirmation').map((match) => match.from));
  for (const match of found) {
    if (match.tag.role === 'negation' && (affirmationStarts.has(match.to) || affirmationStarts.has(match.to + 1))) for (let index = match.from; index < match.to; index++) masked.add(index);
  }
  const free = (match: { from: number; to: number }): boolean => {
    for (let index = match.from; index < match.to; index++) if (masked.has(index)) return false;
    return true;
  };
  const topics: Partial<Record<Role, { from: number; to: number }[]>> = {};
  const negations: { from: number; to: number }[] = [];
  const numbers: { from: number; to: number; value: number; percent: boolean }[] = [];
  const afters: { from: number; to: number }[] = [];
  const insteads: { from: number; to: number }[] = [];
  const times: Partial<Record<TimeRole, { from: number; to: number }[]>> = {};
  let question = sentence.question;
  let hedge = false;
  for (const match of found) {
    const { role } = match.tag;
    if (role === 'question' && (match.from < 2 || sentence.tokens[match.from]!.key === 'ли' || sentence.tokens[match.from]!.key === 'li')) question = true;
    else if (role === 'hedge') hedge = true;
    else if (role === 'negation' && free(match)) negations.push(match);
    else if (role === 'after') afters.push(match);
    else if (role === 'instead') insteads.push(match);
    else if (role === 'elsewhere' || role === 'pastTense' || role === 'thisDeal' || role === 'formerly') (times[role] ??= []).push(match);
    else if (role === 'number' || role === 'share') numbers.push({ from: match.from, to: match.to, value: match.tag.value!, percent: role === 'share' });
    else if (role === 'polite' || (role !== 'affirmation' && role !== 'question' && role !== 'negation' && free(match))) (topics[role] ??= []).push(match);
  }
  // "thirty per cent", «тридцать процентов», "trideset posto": a number in words before the word for per cent is a share.
  const percentAt = new Map((topics.percent ?? []).map((match) => [match.from, match]));
  for (const [index, number] of numbers.entries()) {
    const sign = number.percent ? undefined : percentAt.get(number.to);
    if (sign !== undefined) numbers[index] = { ...number, to: sign.to, percent: true };
  }
  sentence.tokens.forEach((token, index) => {
    const value = /^\p{N}/u.test(token.key) ? numberValue(token.key) : undefined;
    if (value === undefined) return;
    const after = sentence.tokens[index + 1];
    const percent = after !== undefined && (after.key === '%' || percentAt.has(index + 1));
    numbers.push({ from: index, to: percent ? index + 2 : index + 1, value, percent });
  });
  // "three rounds instead of two": the first number at most two words after "instead of" is the one not wanted.
  const unwanted = new Set<number>();
  if (insteads.length > 0) {
    const numberStarts = new Set(numbers.map((number) => number.from));
    for (const instead of insteads) {
      const next = [instead.to, instead.to + 1, instead.to + 2].find((index) => numberStarts.has(index));
      if (next !== undefined) unwanted.add(next);
    }
  }
  const wanted = unwanted.size === 0 ? numbers : numbers.filter((number) => !unwanted.has(number.from));
  const tokens = sentence.tokens;
  const negated = new Uint8Array(tokens.length);
  for (const negation of negations) negated.fill(1, negation.from, negation.to);
  const clause = new Int32Array(tokens.length);
  for (let index = 1; index < tokens.length; index++) {
    const gap = sentence.text.slice(tokens[index - 1]!.end - sentence.start, tokens[index]!.start - sentence.start);
    clause[index] = clause[index - 1]! + (CLAUSE_BREAK.test(gap) ? 1 : 0);
  }
  const elsewhere = elsewhereSpans(times, clause);
  return { sentence, question, hedge, negations, topics, numbers: wanted, afters, elsewhere, negated, clause };
}

/**
 * The words that say the sentence is about another time or another deal: a phrase that always does
 * ("last year", "our previous agency"); the past tense of paying ("we paid", «внесли»), unless its
 * clause names this deal ("for this project", «перевели вам») or makes it a conditional («бы»);
 * "before" or "previously" as a clause of its own ("Before, our agency took 50%", not "before you start").
 */
function elsewhereSpans(times: Partial<Record<TimeRole, { from: number; to: number }[]>>, clause: Int32Array): { from: number; to: number }[] {
  const spans = [...(times.elsewhere ?? [])];
  const thisDeal = new Set((times.thisDeal ?? []).map((match) => clause[match.from]!));
  for (const match of times.pastTense ?? []) if (!thisDeal.has(clause[match.from]!)) spans.push(match);
  for (const match of times.formerly ?? []) {
    const own = clause[match.from]!;
    if ((match.from === 0 || clause[match.from - 1] !== own) && (match.to === clause.length || clause[match.to] !== own)) spans.push(match);
  }
  return spans;
}

/**
 * Whether the words of a criterion (`spans`) are in another time or another deal: a marker in their
 * clause or an earlier one ("Last year, our agency took 50%"), not in a later one, which gives a
 * reason or a comparison ("Προκαταβολές δεν δίνω ποτέ, έχω καεί στο παρελθόν", I never pay
 * deposits, I got burned in the past; "we pay 50% upfront, unlike our previous agency").
 */
function elsewhereFor(fact: SentenceFacts, spans: readonly { from: number; to: number }[]): boolean {
  if (fact.elsewhere.length === 0) return false;
  let last = -1;
  for (const span of spans) last = Math.max(last, fact.clause[span.to - 1]!);
  return fact.elsewhere.some((marker) => fact.clause[marker.from]! <= last);
}

/** Why a sentence that speaks of a criterion (in `spans`) answers nothing for it, if it does not: asked, about another deal, or unsure. */
function unsure(fact: SentenceFacts, spans: readonly { from: number; to: number }[]): 'question' | 'elsewhere' | 'hedge' | undefined {
  return fact.question ? 'question' : elsewhereFor(fact, spans) ? 'elsewhere' : fact.hedge ? 'hedge' : undefined;
}

/** The single value among `values`, or undefined when there are none or they differ. */
function single(values: readonly number[]): number | undefined {
  const distinct = [...new Set(values)];
  return distinct.length === 1 ? distinct[0] : undefined;
}

interface Collector {
  add(candidate: Candidate): void;
  note(note: MessageNote): void;
}

function readUpfront(fact: SentenceFacts, ids: DefaultIds, out: Collector): void {
  const topics = fact.topics.upfront ?? [];
  const evidence = fact.sentence.text;
  if (topics.length === 0) {
    // "we pay when it's done": a no to paying upfront, when nothing else in the sentence muddies it.
    if ((fact.topics.payLater ?? []).length > 0 && ids.upfront !== undefined && !fact.question && !fact.hedge && fact.negations.length === 0) {
      // "our last agency was paid at the end": not how they pay this time
      if (elsewhereFor(fact, fact.topics.payLater!)) out.note({ code: 'elsewhere', id: ids.upfront, evidence });
      else out.add({ id: ids.upfront, value: 'no', evidence });
    }
    return;
  }
  const nearTopic = within(fact.sentence.tokens.length, topics, NEAR + 1);
  const shares = fact.numbers.filter((number) => number.percent && nearTopic(number));
  // every word the answer would rest on: "a deposit is fine, we paid 50% to our last agency" takes its share from another deal
  const why = unsure(fact, [...topics, ...shares, ...(fact.topics.pay ?? [])]);
  if (why !== undefined) {
    for (const id of [ids.upfront, ids.percent]) if (id !== undefined) out.note({ code: why, id, evidence });
    return;
  }
  if (topics.some((topic) => negationNear(fact, topic))) {
    if (ids.upfront !== undefined) out.add({ id: ids.upfront, value: 'no', evidence });
    return;
  }
  // A negation elsewhere in the sentence: which part it denies is not plain.
  if (fact.negations.length > 0) return;
  const share = single(shares.map((number) => number.value));
  const pays = (fact.topics.pay ?? []).length > 0;
  if (!pays && shares.length === 0) return;
  // "we pay right after acceptance", «предоплату внесём после сдачи»: paying before and paying after
  // in one sentence, with no share to say which part is paid first, is not a plain yes.
  if (shares.length === 0 && ((fact.topics.payLater ?? []).length > 0 || afterOutside(fact, topics))) {
    if (ids.upfront !== undefined) out.note({ code: 'disagree', id: ids.upfront, values: ['yes', 'no'], evidence: [evidence] });
    return;
  }
  if (ids.upfront !== undefined) out.add({ id: ids.upfront, value: 'yes', evidence });
  if (ids.percent !== undefined && share !== undefined && share > 0 && share <= 100) out.add({ id: ids.percent, value: share, evidence });
}

/** An "after" phrase none of whose words is inside `spans` (the upfront words themselves: «сразу после созвона»). */
function afterOutside(fact: SentenceFacts, spans: readonly { from: number; to: number }[]): boolean {
  if (fact.afters.length === 0) return false;
  const inside = new Set<number>();
  for (const span of spans) for (let index = span.from; index < span.to; index++) inside.add(index);
  return fact.afters.some((after) => {
    for (let index = after.from; index < after.to; index++) if (inside.has(index)) return false;
    return true;
  });
}

function readRevisions(fact: SentenceFacts, id: string, out: Collector): void {
  const topics = fact.topics.revisions ?? [];
  if (topics.length === 0) return;
  const nearTopic = within(fact.sentence.tokens.length, topics, NEAR);
  const counts = fact.numbers.filter((number) => !number.percent && Number.isInteger(number.value) && number.value <= 20 && nearTopic(number));
  const why = unsure(fact, [...topics, ...counts]);
  if (why !== undefined) {
    out.note({ code: why, id, evidence: fact.sentence.text });
    return;
  }
  if (fact.negations.length > 0) return;
  const count = single(counts.map((number) => number.value));
  if (count !== undefined) out.add({ id, value: count, evidence: fact.sentence.text });
}

/** The default ids the built-in vocabulary reads, where the criteria file has them with the type it expects. */
interface DefaultIds {
  readonly upfront?: string;
  readonly percent?: string;
  readonly revisions?: string;
  readonly polite?: string;
}

function defaultIds(criteria: readonly Criterion[]): DefaultIds {
  const find = (id: string, type: Criterion['type']): string | undefined => criteria.find((criterion) => criterion.id === id && criterion.type === type)?.id;
  const ids: { upfront?: string; percent?: string; revisions?: string; polite?: string } = {};
  const upfront = find('pays_upfront', 'yes-no');
  const percent = find('deposit_percent', 'number');
  const revisions = find('revisions', 'number');
  const polite = find('polite', 'yes-no');
  if (upfront !== undefined) ids.upfront = upfront;
  if (percent !== undefined) ids.percent = percent;
  if (revisions !== undefined) ids.revisions = revisions;
  if (polite !== undefined) ids.polite = polite;
  return ids;
}

// --- the user's cues ------------------------------------------------------------------------

interface CueTag {
  readonly id: string;
  /** the answer the cue gives; undefined for a number criterion's `near` cues */
  readonly value?: string;
}

/** The criteria file's cues as one trie (literal phrases: no `*`, nothing special). */
function cueTrie(criteria: readonly Criterion[]): PhraseTrie<CueTag> | undefined {
  let trie: PhraseTrie<CueTag> | undefined;
  for (const criterion of criteria) {
    for (const [answer, phrases] of Object.entries(criterion.cues ?? {})) {
      for (const phrase of phrases) {
        trie ??= new PhraseTrie<CueTag>();
        trie.add(phrase, criterion.type === 'number' ? { id: criterion.id } : { id: criterion.id, value: answer });
      }
    }
  }
  return trie;
}

function readCues(fact: SentenceFacts, trie: PhraseTrie<CueTag>, ids: DefaultIds, out: Collector): void {
  // The first negation's start and the last one's end: a negation lies outside a cue when one of them does.
  let firstNegation = Infinity;
  let lastNegation = -Infinity;
  for (const negation of fact.negations) {
    firstNegation = Math.min(firstNegation, negation.from);
    lastNegation = Math.max(lastNegation, negation.to);
  }
  for (const match of trie.scan(fact.sentence.tokens)) {
    const { id, value } = match.tag;
    const evidence = fact.sentence.text;
    const near = value === undefined ? fact.numbers.filter((number) => distance(number, match) <= NEAR) : [];
    // Another time or another deal counts in words outside the cue only: a cue may itself be "hired a freelancer before".
    const outside = fact.elsewhere.length === 0 ? fact : { ...fact, elsewhere: fact.elsewhere.filter((span) => span.to <= match.from || span.from >= match.to) };
    const why = unsure(outside, [match, ...near]);
    if (why !== undefined) {
      out.note({ code: why, id, evidence });
      continue;
    }
    // A negation outside the cue ("we can't do 50% upfront") denies it: nothing is plain.
    if (firstNegation < match.from || lastNegation > match.to) continue;
    if (value !== undefined) {
      // "we'll pay the deposit after delivery": a yes to paying upfront with an "after" beside it says both (see readUpfront).
      if (id === ids.upfront && value === 'yes' && !fact.numbers.some((number) => number.percent) && afterOutside(fact, [match])) {
        out.note({ code: 'disagree', id, values: ['yes', 'no'], evidence: [evidence] });
        continue;
      }
      out.add({ id, value, evidence });
      continue;
    }
    const count = single(near.map((number) => number.value));
    if (count !== undefined) out.add({ id, value: count, evidence });
  }
}

/**
 * At most this much of the prospect's own words is read (characters): a first message is a few
 * kilobytes; the bound keeps a pasted book or log to a fraction of a second.
 */
export const MAX_OWN_CHARS = 256 * 1024;

/** The spans cut to MAX_OWN_CHARS in all. */
function clip(spans: readonly TextSpan[]): { spans: TextSpan[]; clipped: boolean } {
  const out: TextSpan[] = [];
  let left = MAX_OWN_CHARS;
  for (const span of spans) {
    if (left <= 0) return { spans: out, clipped: true };
    const length = span.end - span.start;
    out.push(length <= left ? span : { start: span.start, end: span.start + left });
    left -= length;
  }
  return { spans: out, clipped: left < 0 };
}

/**
 * Reads a message for a criteria file. `spans` are the prospect's own words (quoted history and
 * signature set aside); `text` the whole message, so that evidence is an exact substring of it.
 */
export function readMessage(criteria: Criteria, text: string, allSpans: readonly TextSpan[]): MessageReading {
  const { spans, clipped } = clip(allSpans);
  const own = spans.map((span) => text.slice(span.start, span.end)).join('\n\n');
  const language = detectLanguage(own);
  const list = criteria.criteria;
  const ids = defaultIds(list);
  const trie = lexiconTrie(language);
  const cues = cueTrie(list);
  const candidates: Candidate[] = [];
  const notes: MessageNote[] = [];
  const out: Collector = { add: (candidate) => candidates.push(candidate), note: (note) => notes.push(note) };
  const all: Sentence[] = [];
  for (const span of spans) for (const sentence of sentences(text, span, language)) all.push(sentence);
  for (const sentence of all) {
    const fact = facts(sentence, trie);
    readUpfront(fact, ids, out);
    if (ids.revisions !== undefined) readRevisions(fact, ids.revisions, out);
    if (ids.polite !== undefined && (fact.topics.polite ?? []).length > 0) out.add({ id: ids.polite, value: 'yes', evidence: sentence.text });
    if (cues !== undefined) readCues(fact, cues, ids, out);
  }

  const redFlags: MessageRedFlag[] = [];
  const answers: Record<string, MessageAnswer> = {};
  for (const criterion of list) {
    if (criterion.type === 'text') {
      for (const span of spans) {
        const part = text.slice(span.start, span.end);
        for (const match of findRedFlags(part, criterion.redFlags)) {
          redFlags.push({ criterion: criterion.id, phrase: match.flag, evidence: match.words });
          // The answer is the sentence with the first flag: scored, it fails as the message does.
          if (answers[criterion.id] === undefined) {
            const at = span.start + match.start;
            const sentence = all.find((candidate) => candidate.start <= at && at < candidate.end);
            const evidence = sentence?.text ?? match.words;
            answers[criterion.id] = { value: evidence, evidence };
          }
        }
      }
      continue;
    }
    const mine = candidates.filter((candidate) => candidate.id === criterion.id && readAnswerFor(criterion, candidate.value).kind !== 'invalid');
    const values = [...new Set(mine.map((candidate) => candidate.value))];
    if (values.length === 1) {
      answers[criterion.id] = { value: values[0]!, evidence: mine[0]!.evidence };
    } else if (values.length > 1) {
      notes.push({ code: 'disagree', id: criterion.id, values, evidence: values.map((value) => mine.find((candidate) => candidate.value === value)!.evidence) });
    }
  }
  // A share paid upfront is asked only of a prospect who pays upfront.
  if (ids.percent !== undefined && ids.upfront !== undefined && answers[ids.upfront]?.value !== 'yes') delete answers[ids.percent];
  // Notes only for criteria left unanswered, once each.
  const seen = new Set<string>();
  const kept = [...notes.filter((note) => note.code === 'disagree'), ...notes.filter((note) => note.code !== 'disagree')].filter((note) => {
    if (answers[note.id] !== undefined || seen.has(note.id)) return false;
    seen.add(note.id);
    return true;
  });
  return { language, answers, redFlags, notes: kept, clipped };
}
