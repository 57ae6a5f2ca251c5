/**
 * Loading a criteria file from its text: YAML with a line counter, then the schema, with
 * every typed problem pointed back at the node it is about (line and column).
 * Pure: the caller reads the file and prints the problems. The text checks that need no parser
 * (encoding, the nesting guard, excerpts) are in load-text.ts (re-exported here).
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type YAMLError } from 'yaml';
import type { z } from 'zod/mini';
import { buildCriteria, criteriaFileSchema, KNOWN_KEYS } from './criteria.js';
import { formatPath, shown, type CriteriaProblem, type FileKind, type YamlMissing, type YamlProblem } from './problems.js';
import { closest } from './suggest.js';
import { decodeUtf8, excerpt, excerptOf, MAX_NESTING, nestingProblem, type Decoded, type LoadResult, type Problem } from './load-text.js';

export { decodeUtf8, excerpt, excerptOf, MAX_NESTING, nestingProblem, type Decoded, type LoadResult, type Problem };

/** Keys that would reach an object's prototype: refused wherever they appear. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

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
  if (first === 'criteria' && third === 'ask' && path.length === 3) return KNOWN_KEYS.ask;
  if (first === 'criteria' && third === 'options') return KNOWN_KEYS.option;
  if (first === 'form') return KNOWN_KEYS.form;
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
          : syntaxProblem(source, error, first);
    // yaml points at the end of a quoted text left open (often the end of the file, far from the
    // mistake): point at its opening quote instead.
    const opened = problem.code === 'yaml-syntax' && (problem.missing === '"' || problem.missing === "'") ? quoteOpening(doc, error.pos[0]) : undefined;
    const [start] = opened === undefined ? (error.linePos ?? [lineCounter.linePos(error.pos[0])]) : [lineCounter.linePos(opened)];
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

/**
 * What the parser's text says is missing, for the errors whose code does not: yaml 2 names the
 * character only in its English message. test/i18n/yaml-syntax.test.ts triggers each of these,
 * so a yaml upgrade that rewords one fails a test instead of falling back to the general words.
 */
const MISSING: readonly (readonly [RegExp, YamlMissing])[] = [
  [/^Missing closing "quote$/u, '"'],
  [/^Missing closing 'quote$/u, "'"],
  // MISSING_CHAR at the top level; BAD_INDENT inside a block collection, where the next lines
  // might also continue the list, less indented than they should be
  [/ end with a \]$/u, ']'],
  [/ end with a \}$/u, '}'],
  [/^Implicit map keys need to be followed by map values$/u, ':'],
  [/^Sequence item without - indicator$/u, '-'],
  [/^Missing , (?:or : )?between /u, ','],
  [/^Comments must be separated from other tokens by white space/u, ' '],
];

/** A token longer than this is a whole value swallowed by the mistake, not the culprit: not quoted. */
const MAX_TOKEN = 40;

/**
 * A YAML error that is none of our own problems, as typed data: the parser's code and what the
 * words need from it. `detail` keeps the parser's English for machine output.
 */
function syntaxProblem(source: string, error: YAMLError, detail: string): YamlProblem {
  return { code: 'yaml-syntax', yamlCode: error.code, ...syntaxDetails(source, error, detail), detail };
}

function syntaxDetails(source: string, error: YAMLError, detail: string): { missing?: YamlMissing; token?: string } {
  switch (error.code) {
    case 'MISSING_CHAR':
    case 'BAD_INDENT': {
      const missing = MISSING.find(([pattern]) => pattern.test(detail))?.[1];
      return missing === undefined ? {} : { missing };
    }
    case 'BAD_DQ_ESCAPE': {
      const token = /^Invalid escape sequence (.+)$/u.exec(detail)?.[1];
      return token === undefined ? {} : { token };
    }
    case 'BAD_SCALAR_START': {
      const token = source[error.pos[0]];
      return token === undefined ? {} : { token };
    }
    case 'BLOCK_AS_IMPLICIT_KEY':
      // `question: Budget: how much?`: a second `: ` in a value (the other case, a block
      // sequence as a key, has no words of its own)
      return /^Nested mappings /u.test(detail) ? { token: ':' } : {};
    case 'UNEXPECTED_TOKEN': {
      const token = source.slice(error.pos[0], error.pos[1]).trim();
      return token === '' || token.length > MAX_TOKEN || /[\r\n]/u.test(token) ? {} : { token };
    }
    default:
      return {};
  }
}

/** Where a quoted text that ends at `end` (left open: the parser's end of it) opened. */
function quoteOpening(doc: Document, end: number): number | undefined {
  let opened: number | undefined;
  visit(doc, {
    Scalar(_, node) {
      if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range?.[1] === end) {
        opened = node.range[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return opened;
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

/** How every YAML input is parsed: YAML 1.2, strict, unique keys, positions counted. */
export function parseYaml(source: string, lineCounter: LineCounter): Document {
  return parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: true, strict: true, version: '1.2' });
}

export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort(byPosition);
}

/**
 * A criteria file from its text: the nesting guard, then yaml (one reader), whose nodes give
 * every problem its position, then the schema.
 */
export function loadCriteria(source: string): LoadResult {
  const tooDeep = nestingProblem(source);
  if (tooDeep !== undefined) return { ok: false, problems: [tooDeep] };
  return readCriteria(source);
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
