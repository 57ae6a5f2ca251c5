/**
 * The parts of loading a criteria file that need no YAML parser: the text's encoding, the guard
 * against deep flow nesting, excerpts for problems, and the fast path (yaml-lite) with the schema.
 * They are apart from load.ts so that `clientfit check` of a file the fast path reads never
 * loads yaml, 136 KB of the start-up chunk (about 3% of check's instructions; README,
 * Performance): src/cli/criteria-file.ts imports load.ts only when the fast path says no.
 */
import { buildCriteria, criteriaFileSchema, type Criteria } from './criteria.js';
import type { FileKind, LoadProblem } from './problems.js';
import { readSimpleYaml } from './yaml-lite.js';

/** A problem at a place in the file (1-based line and column). */
export interface Problem {
  readonly line: number;
  readonly col: number;
  readonly problem: LoadProblem;
}

export type LoadResult = { readonly ok: true; readonly criteria: Criteria } | { readonly ok: false; readonly problems: readonly Problem[] };

/** Deeper flow nesting than any criteria or answers file needs; 500,000 levels took 620 MB. */
export const MAX_NESTING = 100;

/**
 * A cheap look at flow nesting (`[[[[…`, `{a: {a: …`) before the YAML parser recurses into it:
 * brackets outside quotes and comments, counted. Returns the problem at the first bracket too deep.
 */
export function nestingProblem(source: string, file: FileKind = 'criteria'): Problem | undefined {
  let depth = 0;
  let quote: string | undefined;
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < source.length; index++) {
    const character = source[index]!;
    if (character === '\n') {
      line++;
      lineStart = index + 1;
      if (quote === undefined) continue;
    }
    if (quote !== undefined) {
      if (character === '\\' && quote === '"') index++;
      else if (character === quote) quote = undefined;
      continue;
    }
    if (character === '"' || character === "'") quote = character;
    else if (character === '#' && (index === 0 || /\s/u.test(source[index - 1]!))) {
      const end = source.indexOf('\n', index);
      index = (end < 0 ? source.length : end) - 1;
    } else if (character === '[' || character === '{') {
      if (++depth > MAX_NESTING) {
        return { line, col: index - lineStart + 1, problem: { code: 'too-deep', max: MAX_NESTING, file } };
      }
    } else if (character === ']' || character === '}') depth = Math.max(0, depth - 1);
  }
  return undefined;
}

/** The criteria of a file in yaml-lite's subset with no problem in it; undefined for any other file. */
export function loadSimpleCriteria(source: string): LoadResult | undefined {
  const simple = readSimpleYaml(source);
  if (simple === undefined || typeof simple.value !== 'object' || simple.value === null) return undefined;
  const parsed = criteriaFileSchema.safeParse(simple.value, { reportInput: true });
  if (!parsed.success) return undefined;
  const { criteria, issues } = buildCriteria(parsed.data);
  return issues.length === 0 ? { ok: true, criteria } : undefined;
}

/** The offending line with a caret under the column, as yaml's prettifyError does. */
export function excerpt(source: string, line: number, col: number): string[] {
  return excerptOf(source.split(/\r?\n/u)[line - 1], line, col);
}

/** Shown around the column: a minified or binary file can have a line of a megabyte. */
const EXCERPT_WIDTH = 100;

/** The excerpt for one line's text (split the source once when there are many problems). */
export function excerptOf(text: string | undefined, line: number, col: number): string[] {
  if (text === undefined) return [];
  let shown = text;
  let caret = col;
  if (text.length > EXCERPT_WIDTH) {
    const from = Math.max(0, Math.min(col - 1 - EXCERPT_WIDTH / 2, text.length - EXCERPT_WIDTH));
    shown = `${from > 0 ? '…' : ''}${text.slice(from, from + EXCERPT_WIDTH)}${from + EXCERPT_WIDTH < text.length ? '…' : ''}`;
    caret = col - from + (from > 0 ? 1 : 0);
  }
  const gutter = `${line} | `;
  return [`${gutter}${shown}`, `${' '.repeat(gutter.length + Math.max(0, caret - 1))}^`];
}

/**
 * Why bytes are not a YAML text we read: UTF-16 or UTF-32 (a byte-order mark or NUL bytes
 * between letters), bytes that are not UTF-8, or a NUL byte. Line and column of the first one.
 */
export type Decoded = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly code: 'utf-16' | 'not-utf-8' | 'nul'; readonly line: number; readonly col: number };

/** Length of the valid UTF-8 sequence starting at `at`, or 0 when the bytes there are not one. */
function sequenceLength(bytes: Uint8Array, at: number): number {
  const first = bytes[at]!;
  if (first < 0x80) return 1;
  let length: number;
  let min: number;
  if (first >= 0xc2 && first <= 0xdf) [length, min] = [2, 0x80];
  else if (first >= 0xe0 && first <= 0xef) [length, min] = [3, 0x800];
  else if (first >= 0xf0 && first <= 0xf4) [length, min] = [4, 0x10000];
  else return 0;
  if (at + length > bytes.length) return 0;
  let code = first & (0xff >> (length + 1));
  for (let index = 1; index < length; index++) {
    const next = bytes[at + index]!;
    if ((next & 0xc0) !== 0x80) return 0;
    code = (code << 6) | (next & 0x3f);
  }
  // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
  if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return 0;
  return length;
}

/** 1-based line and column (in characters) of a byte offset in bytes that are valid UTF-8 up to it. */
function positionOfByte(bytes: Uint8Array, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset; index++) {
    if (bytes[index] === 0x0a) {
      line++;
      lineStart = index + 1;
    }
  }
  let col = 1;
  for (let index = lineStart; index < offset; index++) if ((bytes[index]! & 0xc0) !== 0x80) col++;
  return { line, col };
}

/**
 * Criteria and answers files are UTF-8, with or without a byte-order mark. Anything else is
 * refused rather than read with U+FFFD in place of the bytes, which would change names silently.
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  const [a, b] = [bytes[0], bytes[1]];
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return { ok: false, code: 'utf-16', line: 1, col: 1 };
  const start = a === 0xef && b === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let index = start; index < bytes.length; ) {
    const byte = bytes[index]!;
    if (byte === 0) {
      // ASCII in UTF-16 or UTF-32 has a NUL beside every letter.
      const wide = index < 4 || bytes[index + 2] === 0 || (index >= 2 && bytes[index - 2] === 0);
      return { ok: false, code: wide || index <= 1 ? 'utf-16' : 'nul', ...positionOfByte(bytes, index) };
    }
    if (byte < 0x80) {
      index++;
      continue;
    }
    const length = sequenceLength(bytes, index);
    if (length === 0) return { ok: false, code: 'not-utf-8', ...positionOfByte(bytes, index) };
    index += length;
  }
  return { ok: true, text: new TextDecoder('utf-8').decode(bytes.subarray(start)) };
}
