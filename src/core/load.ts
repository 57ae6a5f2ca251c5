/**
 * Loading a criteria file from its text: YAML with a line counter, then the schema, with
 * every typed problem pointed back at the node it is about (line and column).
 * Pure: the caller reads the file and prints the problems.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { z } from 'zod/mini';
import { buildCriteria, criteriaFileSchema, KNOWN_KEYS, type Criteria } from './criteria.js';
import { formatPath, shown, type CriteriaProblem, type FileKind, type LoadProblem, type YamlProblem } from './problems.js';
import { closest } from './suggest.js';
import { readSimpleYaml } from './yaml-lite.js';

/** A problem at a place in the file (1-based line and column). */
export interface Problem {
  readonly line: number;
  readonly col: number;
  readonly problem: LoadProblem;
}

export type LoadResult = { readonly ok: true; readonly criteria: Criteria } | { readonly ok: false; readonly problems: readonly Problem[] };

type PathSegment = string | number;

export { formatPath };

interface Located {
  /** the node at the path, or the deepest existing parent */
  readonly node: Node | null;
  /** the key node, when the last segment named a key that exists */
  readonly key: Node | null;
  readonly exact: boolean;
}

/** Walks the document along a path, stopping at the deepest node that exists. */
function locate(doc: Document, path: readonly PathSegment[]): Located {
  let node = doc.contents as Node | null;
  let key: Node | null = null;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (pair === undefined) return { node, key: null, exact: false };
      key = isScalar(pair.key) ? pair.key : null;
      node = (pair.value as Node | null) ?? key;
    } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
      key = null;
      node = node.items[segment] as Node;
    } else {
      return { node, key: null, exact: false };
    }
  }
  return { node, key, exact: true };
}

/** What the schema's type names mean to a person editing the file. */
const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'number',
  boolean: 'boolean',
  array: 'list',
  object: 'mapping',
  tuple: 'list',
  record: 'mapping',
};

/** Which list of known keys applies to an object at this path. */
function knownKeysAt(path: readonly PropertyKey[]): readonly string[] {
  const [first, , third] = path;
  if (path.length === 0) return KNOWN_KEYS.root;
  if (first === 'criteria' && path.length === 2) return KNOWN_KEYS.criterion;
  if (first === 'criteria' && third === 'options') return KNOWN_KEYS.option;
  if (first === 'thresholds') return KNOWN_KEYS.thresholds;
  if (first === 'calibration') return KNOWN_KEYS.calibration;
  if (first === 'messages') return KNOWN_KEYS.messages;
  return [];
}

interface Message {
  readonly path: readonly PathSegment[];
  readonly problem: CriteriaProblem;
  /** point at the key rather than its value (unknown keys) */
  readonly atKey?: boolean;
}

/** One zod issue as the typed problem a person editing the file needs. */
function explain(issue: z.core.$ZodIssue): Message[] {
  const path = issue.path as PathSegment[];
  const where = formatPath(path);
  const got = shown((issue as { input?: unknown }).input);
  const input = (issue as { input?: unknown }).input;
  const at = (problem: CriteriaProblem): Message[] => [{ path, problem }];
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const suggestion = closest(key, knownKeysAt(path));
        return {
          path: [...path, key],
          atKey: true,
          problem: { code: 'unknown-key', path: formatPath([...path, key]), ...(suggestion === undefined ? {} : { suggestion }) },
        };
      });
    case 'invalid_type':
      if (input === undefined) return at({ code: 'required', path: where });
      if (path.length === 0) return at({ code: 'not-a-mapping', got });
      return at({ code: 'wrong-type', path: where, expected: [TYPE_NAMES[issue.expected] ?? issue.expected], got });
    case 'invalid_value':
      if (issue.values.length === 1) return at({ code: 'wrong-value', path: where, expected: shown(issue.values[0]), got });
      return at({ code: 'not-one-of-values', path: where, values: issue.values.map(String), got });
    case 'too_small':
      if (issue.origin === 'array') return at({ code: 'too-few-items', path: where, minimum: Number(issue.minimum) });
      if (issue.origin === 'string') return at({ code: 'empty-text', path: where });
      return at({ code: 'too-small', path: where, minimum: Number(issue.minimum), got });
    case 'too_big':
      if (issue.origin === 'array') return at({ code: 'too-many-items', path: where, maximum: Number(issue.maximum) });
      return at({ code: 'too-big', path: where, maximum: Number(issue.maximum), got });
    case 'invalid_format':
      // The one pattern in the schema is the id's.
      if (issue.format === 'regex') return at({ code: 'bad-id', path: where, got });
      return at({ code: 'schema', path: where, detail: issue.message });
    case 'invalid_union': {
      if (input === undefined) return at({ code: 'required', path: where });
      // A value of the wrong kind for a field that takes several: name the kinds.
      const expected = new Set<string>();
      for (const branch of issue.errors) {
        for (const sub of branch) {
          if (sub.code === 'invalid_type' && sub.path.length === 0) expected.add(TYPE_NAMES[sub.expected] ?? sub.expected);
          else return explain({ ...sub, path: [...path, ...sub.path] } as z.core.$ZodIssue);
        }
      }
      return at({ code: 'wrong-type', path: where, expected: [...expected], got });
    }
    case 'custom': {
      const params = issue.params as { code?: string; raw?: unknown } | undefined;
      if (params?.code === 'not-true-false') return at({ code: 'not-true-false', path: where, raw: String(params.raw) });
      if (params?.code === 'reserved-id') return at({ code: 'reserved-id', path: where });
      return at({ code: 'schema', path: where, detail: issue.message });
    }
    default:
      return at({ code: 'schema', path: where, detail: issue.message });
  }
}

function positionOf(doc: Document, lineCounter: LineCounter, message: { readonly path: readonly PathSegment[]; readonly atKey?: boolean }): { line: number; col: number } {
  const located = locate(doc, message.path);
  const node = message.atKey && located.key ? located.key : located.node;
  const offset = node?.range?.[0] ?? 0;
  return lineCounter.linePos(offset);
}

/** Keys that name JavaScript's own object machinery: in YAML input they are refused, never read. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const CORE_TAG = 'tag:yaml.org,2002:';

/** `!!int` for `tag:yaml.org,2002:int`: the tag as it was written. */
function shortTag(tag: string): string {
  return tag.startsWith(CORE_TAG) ? `!!${tag.slice(CORE_TAG.length)}` : tag;
}

/** Where a node's tag was written: the `!` token before the node's value. */
function tagOffset(source: string, node: Node): number {
  const start = node.range?.[0] ?? 0;
  let at = source.lastIndexOf('!', start);
  if (at < 0) return start;
  while (at > 0 && !/[\s,[\]{}]/u.test(source[at - 1]!)) at--;
  return at;
}

/**
 * Problems of the YAML itself, the same for every YAML input (criteria and answers files):
 * syntax, duplicate keys, tags, anchors and aliases, and keys with a reserved name.
 * `file` says which kind of file it is, for the words of the problems.
 */
export function yamlProblems(source: string, doc: Document, lineCounter: LineCounter, file: FileKind = 'criteria'): Problem[] {
  const problems: Problem[] = [...doc.errors, ...doc.warnings].map((error) => {
    const [start] = error.linePos ?? [lineCounter.linePos(error.pos[0])];
    // yaml appends " at line L, column C:" and an excerpt; we print our own.
    const first = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/u, '');
    const tag = /^Unresolved tag: (.*)$/u.exec(first)?.[1];
    const problem: YamlProblem =
      error.code === 'DUPLICATE_KEY'
        ? { code: 'duplicate-key', key: keyAt(source, error.pos[0]) }
        : error.code === 'TAG_RESOLVE_FAILED' && tag !== undefined
          ? tag.startsWith(CORE_TAG)
            ? { code: 'tag-not-allowed', tag: shortTag(tag), file }
            : { code: 'unknown-tag', tag, file }
          : { code: 'yaml-syntax', detail: first };
    return { line: start.line, col: start.col, problem };
  });
  const unresolved = new Set(doc.warnings.filter((warning) => warning.code === 'TAG_RESOLVE_FAILED').map((warning) => warning.pos[0]));
  const at = (offset: number, problem: YamlProblem): void => {
    const { line, col } = lineCounter.linePos(offset);
    problems.push({ line, col, problem });
  };
  visit(doc, {
    Alias(_, node) {
      at(node.range?.[0] ?? 0, { code: 'alias-not-allowed', alias: node.source, file });
    },
    Pair(_, pair) {
      if (isScalar(pair.key) && typeof pair.key.value === 'string' && RESERVED_KEYS.has(pair.key.value)) {
        at(pair.key.range?.[0] ?? 0, { code: 'reserved-key', key: pair.key.value, file });
      }
    },
    Node(_, node) {
      if (isAlias(node)) return;
      if (node.anchor !== undefined && node.anchor !== null) at(node.range?.[0] ?? 0, { code: 'anchor-not-allowed', anchor: node.anchor, file });
      // Tags the schema knows (`!!int "30"`, `!!str`, `!`) change what a value means without
      // showing it; unknown ones are reported above (TAG_RESOLVE_FAILED).
      const tag = node.tag;
      if (typeof tag === 'string' && (tag === '!' || tag.startsWith(CORE_TAG)) && !unresolved.has(tagOffset(source, node))) {
        at(tagOffset(source, node), { code: 'tag-not-allowed', tag: shortTag(tag), file });
      }
    },
  });
  return problems;
}

/** The key written at an offset: `version` in `version: 2`. */
function keyAt(source: string, offset: number): string {
  const rest = source.slice(offset, source.indexOf('\n', offset) >>> 0);
  return (
    /^\s*(?:"([^"]*)"|'([^']*)'|([^:#]+?))\s*:/u
      .exec(rest)
      ?.slice(1)
      .find((part) => part !== undefined) ?? rest.trim()
  );
}

function byPosition(a: Problem, b: Problem): number {
  return a.line - b.line || a.col - b.col;
}

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

/** How every YAML input is parsed: YAML 1.2, strict, unique keys, positions counted. */
export function parseYaml(source: string, lineCounter: LineCounter): Document {
  return parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: true, strict: true, version: '1.2' });
}

export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort(byPosition);
}

/**
 * A criteria file from its text. A file in yaml-lite's subset that has no problem is read
 * there (check's start-up, README's Performance); any other file, and any file with a problem,
 * is read by yaml, which gives the problems their positions.
 */
export function loadCriteria(source: string): LoadResult {
  const tooDeep = nestingProblem(source);
  if (tooDeep !== undefined) return { ok: false, problems: [tooDeep] };
  return loadSimpleCriteria(source) ?? readCriteria(source);
}

/** loadCriteria without the fast path: yaml reads every file (tests compare the two). */
export function loadCriteriaWithYaml(source: string): LoadResult {
  const tooDeep = nestingProblem(source);
  if (tooDeep !== undefined) return { ok: false, problems: [tooDeep] };
  return readCriteria(source);
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

function readCriteria(source: string): LoadResult {
  const lineCounter = new LineCounter();
  const doc = parseYaml(source, lineCounter);
  const syntax = yamlProblems(source, doc, lineCounter);
  if (syntax.length > 0) return { ok: false, problems: syntax.sort(byPosition) };

  const data: unknown = doc.toJS({ maxAliasCount: 0 });
  if (data === null || data === undefined) {
    return { ok: false, problems: [{ line: 1, col: 1, problem: { code: 'empty-file' } }] };
  }
  const parsed = criteriaFileSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const problems = parsed.error.issues.flatMap(explain).map((message) => ({
      ...positionOf(doc, lineCounter, message),
      problem: message.problem,
    }));
    return { ok: false, problems: dedupe(problems).sort(byPosition) };
  }
  const { criteria, issues } = buildCriteria(parsed.data);
  if (issues.length > 0) {
    const problems = issues.map((issue) => ({
      ...positionOf(doc, lineCounter, issue),
      problem: issue.problem,
    }));
    return { ok: false, problems: problems.sort(byPosition) };
  }
  return { ok: true, criteria };
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.line}:${problem.col}:${JSON.stringify(problem.problem)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
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
