/**
 * Loading a criteria file from its text: YAML with a line counter, then the schema, with
 * every problem pointed back at the node it is about (`file:line:col: message`).
 * Pure: the caller reads the file and prints the problems.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { buildCriteria, criteriaFileSchema, KNOWN_KEYS, type Criteria } from './criteria.js';
import { didYouMean } from './suggest.js';

export interface Problem {
  readonly line: number;
  readonly col: number;
  readonly message: string;
}

export type LoadResult =
  | { readonly ok: true; readonly criteria: Criteria }
  | { readonly ok: false; readonly problems: readonly Problem[] };

type PathSegment = string | number;

/** `criteria[1].type`, `thresholds.accept`: how paths appear in messages. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

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

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return `"${value}"`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  tuple: 'a list',
  record: 'a mapping',
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
  readonly text: string;
  /** point at the key rather than its value (unknown keys) */
  readonly atKey?: boolean;
}

/** One zod issue in the words a person editing the file needs. */
function explain(issue: z.core.$ZodIssue): Message[] {
  const path = issue.path as PathSegment[];
  const where = path.length === 0 ? 'the file' : formatPath(path);
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: [...path, key],
        atKey: true,
        text: `${formatPath([...path, key])} is not a known key${didYouMean(key, knownKeysAt(path))}`,
      }));
    case 'invalid_type':
      if (input === undefined) return [{ path, text: `${where} is required` }];
      if (path.length === 0) return [{ path, text: `the file must be a mapping with version, thresholds and criteria (got ${describe(input)})` }];
      return [{ path, text: `${where} must be ${TYPE_NAMES[issue.expected] ?? issue.expected} (got ${describe(input)})` }];
    case 'invalid_value':
      if (issue.values.length === 1) return [{ path, text: `${where} must be ${describe(issue.values[0])} (got ${describe(input)})` }];
      return [{ path, text: `${where} must be one of ${issue.values.map(String).join(', ')} (got ${describe(input)})` }];
    case 'too_small':
      if (issue.origin === 'array') return [{ path, text: `${where} needs at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}` }];
      if (issue.origin === 'string') return [{ path, text: `${where} must not be empty` }];
      return [{ path, text: `${where} must be at least ${String(issue.minimum)} (got ${describe(input)})` }];
    case 'too_big':
      if (issue.origin === 'array') return [{ path, text: `${where} has more than ${String(issue.maximum)} items` }];
      return [{ path, text: `${where} must be at most ${String(issue.maximum)} (got ${describe(input)})` }];
    case 'invalid_format':
      return [{ path, text: `${where} ${issue.message} (got ${describe(input)})` }];
    case 'invalid_union': {
      if (input === undefined) return [{ path, text: `${where} is required` }];
      // A value of the wrong kind for a field that takes several: name the kinds.
      const expected = new Set<string>();
      for (const branch of issue.errors) {
        for (const sub of branch) {
          if (sub.code === 'invalid_type' && sub.path.length === 0) expected.add(TYPE_NAMES[sub.expected] ?? sub.expected);
          else return explain({ ...sub, path: [...path, ...sub.path] } as z.core.$ZodIssue);
        }
      }
      return [{ path, text: `${where} must be ${[...expected].join(' or ')} (got ${describe(input)})` }];
    }
    default:
      return [{ path, text: `${where} ${issue.message}` }];
  }
}

function positionOf(doc: Document, lineCounter: LineCounter, message: Message): { line: number; col: number } {
  const located = locate(doc, message.path);
  const node = message.atKey && located.key ? located.key : located.node;
  const offset = node?.range?.[0] ?? 0;
  return lineCounter.linePos(offset);
}

/** Problems of the YAML itself: syntax, duplicate keys, unknown tags, aliases. */
function yamlProblems(source: string, doc: Document, lineCounter: LineCounter): Problem[] {
  const problems: Problem[] = [...doc.errors, ...doc.warnings].map((error) => {
    const [start] = error.linePos ?? [lineCounter.linePos(error.pos[0])];
    // yaml appends " at line L, column C:" and an excerpt; we print our own.
    const first = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/u, '');
    const text = error.code === 'DUPLICATE_KEY'
      ? `duplicate key "${keyAt(source, error.pos[0])}": a key may appear only once in a mapping`
      : error.code === 'TAG_RESOLVE_FAILED'
        ? `${first.replace('Unresolved tag:', 'unknown tag')}: a criteria file uses plain values, without tags`
        : first;
    return { line: start.line, col: start.col, message: text };
  });
  visit(doc, {
    Alias(_, node) {
      const { line, col } = lineCounter.linePos(node.range?.[0] ?? 0);
      problems.push({ line, col, message: `aliases (*${node.source}) are not allowed in a criteria file: write the value out` });
    },
    Node(_, node) {
      if (!isAlias(node) && node.anchor !== undefined && node.anchor !== null) {
        const { line, col } = lineCounter.linePos(node.range?.[0] ?? 0);
        problems.push({ line, col, message: `anchors (&${node.anchor}) are not allowed in a criteria file` });
      }
    },
  });
  return problems;
}

/** The key written at an offset: `version` in `version: 2`. */
function keyAt(source: string, offset: number): string {
  const rest = source.slice(offset, source.indexOf('\n', offset) >>> 0);
  return /^\s*(?:"([^"]*)"|'([^']*)'|([^:#]+?))\s*:/u.exec(rest)?.slice(1).find((part) => part !== undefined) ?? rest.trim();
}

function byPosition(a: Problem, b: Problem): number {
  return a.line - b.line || a.col - b.col;
}

export function loadCriteria(source: string): LoadResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: true, strict: true, version: '1.2' });
  const syntax = yamlProblems(source, doc, lineCounter);
  if (syntax.length > 0) return { ok: false, problems: syntax.sort(byPosition) };

  const data: unknown = doc.toJS({ maxAliasCount: 0 });
  if (data === null || data === undefined) {
    return { ok: false, problems: [{ line: 1, col: 1, message: 'the file is empty: it needs version, thresholds and criteria (run `clientfit init` for a template)' }] };
  }
  const parsed = criteriaFileSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const problems = parsed.error.issues.flatMap(explain).map((message) => ({
      ...positionOf(doc, lineCounter, message),
      message: message.text,
    }));
    return { ok: false, problems: dedupe(problems).sort(byPosition) };
  }
  const { criteria, issues } = buildCriteria(parsed.data);
  if (issues.length > 0) {
    const problems = issues.map((issue) => ({
      ...positionOf(doc, lineCounter, { path: issue.path, text: '' }),
      message: `${formatPath(issue.path)} ${issue.message}`,
    }));
    return { ok: false, problems: problems.sort(byPosition) };
  }
  return { ok: true, criteria };
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.line}:${problem.col}:${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The offending line with a caret under the column, as yaml's prettifyError does. */
export function excerpt(source: string, line: number, col: number): string[] {
  const text = source.split(/\r?\n/u)[line - 1];
  if (text === undefined) return [];
  const gutter = `${line} | `;
  return [`${gutter}${text}`, `${' '.repeat(gutter.length + col - 1)}^`];
}
