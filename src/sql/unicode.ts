/**
 * Unicode facts the SQL compiler needs, taken from JavaScript itself (the engine the core runs
 * on), so that the SQL reads text exactly as the answer reader does without relying on a
 * database's collation or its `lower()`: measured, DuckDB and PostgreSQL lower `ΣΟΦΟΣ`
 * differently from JavaScript, and PostgreSQL under the C collation leaves non-ASCII unchanged.
 */

interface CaseTables {
  /** code point → its lower case, where that is one other code point */
  readonly lower: ReadonlyMap<number, string>;
  /** code point → its upper case, where that is one other code point */
  readonly upper: ReadonlyMap<number, string>;
  /** what JavaScript's `\s` (and so `trim()`) matches */
  readonly space: readonly number[];
  /** `\p{Sc}`: currency symbols */
  readonly currency: readonly number[];
  /** what `\w` matches under the `iu` flags (ASCII word characters plus ſ and the Kelvin sign) */
  readonly word: readonly number[];
}

let tables: CaseTables | undefined;

/** One pass over every code point (about 60 ms), made once and only when SQL is compiled. */
function caseTables(): CaseTables {
  if (tables !== undefined) return tables;
  const lower = new Map<number, string>();
  const upper = new Map<number, string>();
  const space: number[] = [];
  const currency: number[] = [];
  const word: number[] = [];
  const isSpace = /^\s$/u;
  const isCurrency = /^\p{Sc}$/u;
  const isWord = /^\w$/iu;
  for (let point = 0; point <= 0x10ffff; point++) {
    if (point >= 0xd800 && point <= 0xdfff) continue;
    const char = String.fromCodePoint(point);
    const lowered = char.toLowerCase();
    if (lowered !== char && lowered.length === String.fromCodePoint(lowered.codePointAt(0)!).length) lower.set(point, lowered);
    const uppered = char.toUpperCase();
    if (uppered !== char && uppered.length === String.fromCodePoint(uppered.codePointAt(0)!).length) upper.set(point, uppered);
    if (point < 0x10000 && isSpace.test(char)) space.push(point);
    if (isCurrency.test(char)) currency.push(point);
    if (point < 0x10000 && isWord.test(char)) word.push(point);
  }
  tables = { lower, upper, space, currency, word };
  return tables;
}

export function spaceCodePoints(): readonly number[] {
  return caseTables().space;
}

export function currencyCodePoints(): readonly number[] {
  return caseTables().currency;
}

export function wordCodePoints(): readonly number[] {
  return caseTables().word;
}

/** Every code point a `/c/iu` regex matches: the character's simple case-folding class. */
export function caseVariants(char: string): number[] {
  const { lower, upper } = caseTables();
  const test = new RegExp(`^${char.replace(/[\\^$.*+?()[\]{}|/-]/gu, '\\$&')}$`, 'iu');
  const candidates = new Set<number>([char.codePointAt(0)!]);
  const low = char.toLowerCase();
  const up = char.toUpperCase();
  for (const text of [low, up]) if ([...text].length === 1) candidates.add(text.codePointAt(0)!);
  for (const [point, value] of lower) if (value === low) candidates.add(point);
  for (const [point, value] of upper) if (value === up) candidates.add(point);
  return [...candidates].filter((point) => test.test(String.fromCodePoint(point))).sort((a, b) => a - b);
}

let changeable: { readonly marks: true; readonly points: readonly number[] } | undefined;

/**
 * What NFC can change: every combining mark (`marks`: \p{M}, which NFC may compose or reorder),
 * the code points it replaces outright (Å for the Ångström sign, Greek oxia vowels, CJK
 * compatibility ideographs) and the other code points that compose with what precedes them
 * (Hangul jamo): `points`. Wider than needed on purpose: an engine without NFC (MariaDB)
 * refuses an answer holding one of these rather than misread it.
 */
export function nfcChangeable(): { readonly marks: true; readonly points: readonly number[] } {
  if (changeable !== undefined) return changeable;
  const points = new Set<number>();
  const mark = /^\p{M}$/u;
  for (let point = 0; point <= 0x10ffff; point++) {
    if (point >= 0xd800 && point <= 0xdfff) continue;
    const char = String.fromCodePoint(point);
    if (!mark.test(char) && char.normalize('NFC') !== char) points.add(point);
    for (const part of [...char.normalize('NFD')].slice(1)) if (!mark.test(part)) points.add(part.codePointAt(0)!);
  }
  changeable = { marks: true, points: [...points].sort((a, b) => a - b) };
  return changeable;
}

const SIGMA = 'Σ';
const DOTTED_CAPITAL_I = 'İ';

/** How the SQL lowers a text so that comparing it with `targets` gives what `toLowerCase()` would. */
export interface Lowering {
  /** replace İ by i + U+0307 first (its lower case is two code points) */
  readonly dottedI: boolean;
  /** translate() maps: upper-case code points and their one-code-point lower case */
  readonly from: string;
  readonly to: string;
}

export type LoweringProblem = { readonly code: 'not-lower-case'; readonly text: string };

/**
 * The lowering for a set of lower-cased targets. Only characters whose lower case occurs in a
 * target need mapping: any other upper-case character cannot match (a lower-cased target never
 * holds one). Σ is left alone: JavaScript lowers it to σ or ς by its place in the word, which
 * `sigmaVariants` handles.
 */
export function lowering(targets: Iterable<string>): Lowering | LoweringProblem {
  const { lower } = caseTables();
  const chars = new Set<string>();
  for (const target of targets) {
    if (target.toLowerCase() !== target) return { code: 'not-lower-case', text: target };
    for (const char of target) chars.add(char);
  }
  let from = '';
  let to = '';
  for (const [point, value] of lower) {
    const char = String.fromCodePoint(point);
    if (char === SIGMA || !chars.has(value) || chars.has(char)) continue;
    from += char;
    to += value;
  }
  return { dottedI: chars.has('i') || chars.has('\u0307'), from, to };
}

export { DOTTED_CAPITAL_I };

const CASED = /\p{Cased}/u;
const CASE_IGNORABLE = /\p{Case_Ignorable}/u;

/**
 * The spellings, with Σ, of a whole lower-cased string that `toLowerCase()` turns into it:
 * "σοφος" is also written "ΣΟΦΟΣ", whose last Σ lowers to ς. The whole string is known, so
 * JavaScript itself decides each Σ. Undefined when there are too many to list.
 */
export function sigmaVariants(target: string, limit = 64): string[] | undefined {
  const chars = [...target];
  const positions = chars.flatMap((char, index) => (char === 'σ' || char === 'ς' ? [index] : []));
  if (2 ** positions.length > limit) return undefined;
  const variants: string[] = [];
  for (let mask = 0; mask < 2 ** positions.length; mask++) {
    const copy = [...chars];
    positions.forEach((position, bit) => {
      if (mask & (1 << bit)) copy[position] = SIGMA;
    });
    const variant = copy.join('');
    if (variant.toLowerCase() === target) variants.push(variant);
  }
  return variants;
}

/**
 * The spellings with Σ of a lower-cased piece of text searched for inside a longer one (a red
 * flag). A Σ lowers to ς when a cased letter comes before it (skipping case-ignorable marks) and
 * none after; when that depends on text outside the piece, no exact search exists: undefined.
 */
export function sigmaSubstringVariants(target: string, limit = 64): string[] | undefined {
  const chars = [...target];
  const positions = chars.flatMap((char, index) => (char === 'σ' || char === 'ς' ? [index] : []));
  if (2 ** positions.length > limit) return undefined;
  const lowered: string[] = [];
  for (const position of positions) {
    let after: boolean | undefined;
    for (let index = position + 1; index < chars.length; index++) {
      if (CASE_IGNORABLE.test(chars[index]!) && !CASED.test(chars[index]!)) continue;
      after = CASED.test(chars[index]!);
      break;
    }
    if (after === true) {
      lowered.push('σ');
      continue;
    }
    let before: boolean | undefined;
    for (let index = position - 1; index >= 0; index--) {
      if (CASED.test(chars[index]!)) {
        before = true;
        break;
      }
      if (CASE_IGNORABLE.test(chars[index]!)) continue;
      before = false;
      break;
    }
    if (before === false) {
      lowered.push('σ');
      continue;
    }
    // after is unknown (the piece ends) or false; before is unknown (the piece starts) or true
    if (after === undefined || before === undefined) return undefined;
    lowered.push('ς');
  }
  const variants: string[] = [];
  for (let mask = 0; mask < 2 ** positions.length; mask++) {
    const copy = [...chars];
    let possible = true;
    positions.forEach((position, bit) => {
      if (!(mask & (1 << bit))) return;
      if (lowered[positions.indexOf(position)] !== chars[position]) possible = false;
      copy[position] = SIGMA;
    });
    if (possible) variants.push(copy.join(''));
  }
  return variants;
}
