/**
 * The parts of loading a criteria file that need no YAML parser: the text's encoding, the guard
 * against deep flow nesting and excerpts for problems. They are apart from load.ts (and yaml) so
 * that what only reads bytes or shows an excerpt does not load the parser.
 */
import type { Criteria } from './criteria.js';
import type { FileKind, LoadProblem } from './problems.js';

/** A problem at a place in the file (1-based line and column). */
export interface Problem {
  readonly line: number;
  readonly col: number;
  readonly problem: LoadProblem;
}

export type LoadResult = { readonly ok: true; readonly criteria: Criteria } | { readonly ok: false; readonly problems: readonly Problem[] };

/** Deeper flow nesting than any criteria or answers file needs; 500,000 levels took 620 MB. */
export const MAX_NESTING = 100;

/** A space, a tab, a line end or the end of the text: what must follow `-`, `?` and `:` as indicators. */
function separates(character: string | undefined): boolean {
  return character === undefined || character === ' ' || character === '\t' || character === '\n' || character === '\r';
}

/**
 * A cheap look at flow nesting (`[[[[…`, `{a: {a: …`) before the YAML parser recurses into it,
 * reading the text as YAML does: a bracket counts only where it opens or closes a flow
 * collection. Inside a quoted or plain scalar (`name: don't`, `question: Is it [x]?`), a comment
 * or a block scalar (`|`, `>`) it is text, so the answer depends on the brackets' own line, never
 * on an unrelated one. Returns the problem at the first bracket too deep.
 */
export function nestingProblem(source: string, file: FileKind = 'criteria'): Problem | undefined {
  const length = source.length;
  let line = 1;
  let lineStart = 0;
  let tooDeep: Problem | undefined;
  /** `source[at]` is a line feed: the next line starts after it */
  const newLine = (at: number): void => {
    line++;
    lineStart = at + 1;
  };
  const lineEnd = (at: number): number => {
    const end = source.indexOf('\n', at);
    return end < 0 ? length : end;
  };

  /** A quoted scalar from its opening quote at `at`; returns the index after its closing quote. */
  const quoted = (at: number): number => {
    const quote = source[at];
    for (let index = at + 1; index < length; index++) {
      const character = source[index];
      if (character === '\n') newLine(index);
      else if (character === '\\' && quote === '"') {
        if (source[index + 1] === '\n') newLine(index + 1);
        index++;
      } else if (character === quote) {
        if (quote === "'" && source[index + 1] === "'") index++;
        else return index + 1;
      }
    }
    return length;
  };

  /** A flow collection from its opening bracket at `at`; returns the index after its closing one. */
  const flow = (at: number): number => {
    let depth = 0;
    /** where a scalar may start: a quote there opens a quoted scalar, elsewhere it is text */
    let nodeStart = true;
    for (let index = at; index < length; index++) {
      const character = source[index]!;
      if (character === '\n') {
        newLine(index);
      } else if (character === ' ' || character === '\t' || character === '\r') {
        // whitespace keeps the place a scalar may start
      } else if (character === '[' || character === '{') {
        if (++depth > MAX_NESTING) {
          tooDeep = { line, col: index - lineStart + 1, problem: { code: 'too-deep', max: MAX_NESTING, file } };
          return length;
        }
        nodeStart = true;
      } else if (character === ']' || character === '}') {
        if (--depth === 0) return index + 1;
        nodeStart = false;
      } else if (character === ',') {
        nodeStart = true;
      } else if (character === '#' && /\s/u.test(source[index - 1] ?? ' ')) {
        index = lineEnd(index) - 1;
      } else if ((character === '"' || character === "'") && nodeStart) {
        index = quoted(index) - 1;
        nodeStart = false;
      } else if ((character === ':' || character === '?' || character === '-') && (separates(source[index + 1]) || (character === ':' && /[[\]{},]/u.test(source[index + 1]!)))) {
        nodeStart = true;
      } else {
        nodeStart = false;
      }
    }
    return length;
  };

  /** Indentation of the line whose plain scalar more indented lines continue; -1 for none. */
  let plainIndent = -1;
  /** Indentation of the line that began a block scalar, whose more indented lines are its text; -1 for none. */
  let blockIndent = -1;

  /** The nodes of a block line from `at` (the line's indentation is `indent`); returns where the line's rest starts. */
  const blockNodes = (at: number, indent: number): number => {
    let index = at;
    const atLineStart = index === lineStart;
    for (;;) {
      while (source[index] === ' ' || source[index] === '\t') index++;
      const character = source[index];
      if (character === undefined || character === '\n' || character === '\r' || character === '#') return index;
      if ((character === '-' || character === '?' || character === ':') && separates(source[index + 1])) {
        index++;
      } else if ((character === '-' || character === '.') && atLineStart && index === lineStart && source.startsWith(character.repeat(3), index) && separates(source[index + 3])) {
        index += 3; // a document marker
      } else if (character === '%' && index === lineStart) {
        return lineEnd(index); // a directive
      } else if (character === '&' || character === '!' || character === '*') {
        // an anchor, a tag or an alias: a token up to the next space
        while (index < length && !separates(source[index])) index++;
      } else if (character === '|' || character === '>') {
        blockIndent = indent;
        return lineEnd(index);
      } else if (character === '[' || character === '{' || character === '"' || character === "'") {
        index = character === '[' || character === '{' ? flow(index) : quoted(index);
        if (tooDeep !== undefined) return length;
        while (source[index] === ' ' || source[index] === '\t') index++;
        // a key (`"a": …`, `[a]: …`): its value follows; anything else ends the line's nodes
        if (source[index] !== ':' || !separates(source[index + 1])) return index;
        index++;
      } else {
        // A plain scalar: a key when `: ` follows in its line, else a value that more indented lines may continue.
        for (; index < length; index++) {
          const plain = source[index];
          if (plain === '\n' || plain === '\r') {
            plainIndent = indent;
            return index;
          }
          if (plain === '#' && (source[index - 1] === ' ' || source[index - 1] === '\t')) return index;
          if (plain === ':' && separates(source[index + 1])) break;
        }
        if (index >= length) return length;
        index++;
      }
    }
  };

  for (let index = 0; index < length && tooDeep === undefined; ) {
    // `index` is at the start of a line, in block context.
    let indent = 0;
    while (source[index + indent] === ' ') indent++;
    const first = source[index + indent];
    const blank = first === undefined || first === '\n' || first === '\r' || first === '#';
    if (!blank) {
      if (blockIndent >= 0 && indent > blockIndent) {
        // a line of a block scalar's text
      } else if (plainIndent >= 0 && indent > plainIndent) {
        // a line that continues a plain scalar: text up to a comment
      } else {
        blockIndent = -1;
        plainIndent = -1;
        index = blockNodes(index + indent, indent);
      }
    }
    const end = lineEnd(index);
    if (end >= length) break;
    newLine(end);
    index = end + 1;
  }
  return tooDeep;
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
