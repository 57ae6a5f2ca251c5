/** Answers given without prompts: `--answers FILE` (YAML or JSON, `-` for stdin) and `--set id=value`. */
import { resolve } from 'node:path';
import { isMap, isNode, isScalar, LineCounter } from 'yaml';
import type { Criteria } from '../../../core/criteria.js';
import { decodeUtf8, nestingProblem, parseYaml, sortProblems, yamlProblems } from '../../../core/load.js';
import { didYouMean } from '../../../core/suggest.js';
import { DataError, UserError } from '../../../errors.js';
import { formatBytes, MAX_INPUT_BYTES, readFileBounded, readStreamBounded, type Bounded } from '../../bounded-read.js';
import { displayPath, formatProblems } from '../../criteria-file.js';
import { describeFsError } from '../../fs-errors.js';
import { checkStdin, type IO } from '../../io.js';

export interface GivenAnswers {
  /** raw values by criterion id, read later by the answer reader */
  readonly values: Record<string, unknown>;
  /** whether any answers were passed at all (--answers or --set) */
  readonly given: boolean;
  /** stdin was used for the answers, so it cannot also be used to ask */
  readonly usedStdin: boolean;
}

/** Unknown ids listed before "... and N more". */
const SHOWN_PROBLEMS = 20;

function unknownId(id: string, criteria: Criteria): string {
  return `unknown criterion id "${id}"${didYouMean(id, criteria.criteria.map((criterion) => criterion.id))}`;
}

function idsHint(criteria: Criteria): string {
  return `Criterion ids: ${criteria.criteria.map((criterion) => criterion.id).join(', ')}.`;
}

/** Parses an answers file's text: a mapping of criterion id to value; problems name file:line:col. */
export function parseAnswersText(text: string, display: string, criteria: Criteria): Record<string, unknown> {
  const lineCounter = new LineCounter();
  const source = text.replace(/^\uFEFF/u, '');
  const tooDeep = nestingProblem(source, 'answers');
  const doc = parseYaml(tooDeep === undefined ? source : '', lineCounter);
  // The same rules as a criteria file: no aliases (an alias bomb or a loop), tags or reserved keys.
  const syntax = tooDeep !== undefined ? [tooDeep] : sortProblems(yamlProblems(source, doc, lineCounter, 'answers'));
  if (syntax.length > 0) {
    throw new DataError(formatProblems(display, source, syntax), {
      details: ['An answers file is a YAML or JSON mapping of criterion id to value, e.g. `pays_upfront: yes`.'],
    });
  }
  if (doc.contents === null) {
    throw new DataError(`${display} is empty: expected a mapping of criterion id to value`, { details: ['For example:', '  pays_upfront: yes', '  deposit_percent: 40', idsHint(criteria)] });
  }
  if (!isMap(doc.contents)) {
    const { line, col } = lineCounter.linePos(doc.contents.range?.[0] ?? 0);
    throw new DataError(`${display}:${line}:${col}: the answers must be a mapping of criterion id to value`, {
      details: ['For example:', '  pays_upfront: yes', '  deposit_percent: 40', idsHint(criteria)],
    });
  }
  const known = new Set(criteria.criteria.map((criterion) => criterion.id));
  const problems: string[] = [];
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    if (known.has(key)) continue;
    const { line, col } = lineCounter.linePos((isScalar(pair.key) ? pair.key.range?.[0] : undefined) ?? 0);
    problems.push(`${display}:${line}:${col}: ${unknownId(key, criteria)}`);
  }
  if (problems.length > 0) {
    const more = problems.length > SHOWN_PROBLEMS ? [`... and ${(problems.length - SHOWN_PROBLEMS).toLocaleString('en-US')} more`] : [];
    throw new UserError([...problems.slice(0, SHOWN_PROBLEMS), ...more].join('\n'), { details: [idsHint(criteria)] });
  }
  // Numbers and booleans go to the answer reader as written (`4.500`, `1,200`, `0x3E8`), as
  // --set and CSV cells do: YAML's own reading (4.5, 1000) would bypass the reader's rules.
  const answers: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const value = pair.value;
    if (isScalar(value) && (typeof value.value === 'number' || typeof value.value === 'boolean') && typeof value.source === 'string') {
      answers[key] = value.source;
    } else {
      answers[key] = isNode(value) ? value.toJS(doc, { maxAliasCount: 0 }) : value;
    }
  }
  return answers;
}

/** `id=value` → [id, value]; the value may be empty and may contain `=`. */
export function parseSet(entry: string, criteria: Criteria): [string, string] {
  const at = entry.indexOf('=');
  if (at <= 0) {
    throw new UserError(`--set expects id=value (got "${entry}")`, { details: ['For example: --set pays_upfront=yes --set revisions=2'] });
  }
  const id = entry.slice(0, at).trim();
  if (!criteria.criteria.some((criterion) => criterion.id === id)) {
    throw new UserError(`--set ${entry}: ${unknownId(id, criteria)}`, { details: [idsHint(criteria)] });
  }
  return [id, entry.slice(at + 1)];
}

export async function readGivenAnswers(io: IO, criteria: Criteria, options: { answers?: string; set?: readonly string[] }): Promise<GivenAnswers> {
  let values: Record<string, unknown> = {};
  const usedStdin = options.answers === '-';
  if (options.answers !== undefined) {
    let text: string;
    let display: string;
    let read: Bounded;
    if (usedStdin) {
      display = '<stdin>';
      checkStdin(io);
      read = await readStreamBounded(io.stdin, MAX_INPUT_BYTES);
    } else {
      const path = resolve(io.cwd, options.answers);
      display = displayPath(io, path);
      try {
        read = readFileBounded(path, MAX_INPUT_BYTES);
      } catch (error) {
        throw new DataError(`cannot read answers file ${display}: ${describeFsError(error)}`);
      }
    }
    if (!read.ok) throw new DataError(`answers file ${display} is larger than ${formatBytes(read.limit)}, the limit for an answers file: is it the right file?`);
    const decoded = decodeUtf8(read.bytes);
    if (!decoded.ok) {
      throw new DataError(`${display}:${decoded.line}:${decoded.col}: ${decoded.code === 'utf-16' ? 'the file is UTF-16 (or UTF-32), not UTF-8' : decoded.code === 'nul' ? 'a NUL byte' : 'this byte is not UTF-8'}: answers files are UTF-8 text`);
    }
    text = decoded.text;
    values = parseAnswersText(text, display, criteria);
  }
  for (const entry of options.set ?? []) {
    const [id, value] = parseSet(entry, criteria);
    values[id] = value;
  }
  return { values, given: options.answers !== undefined || (options.set?.length ?? 0) > 0, usedStdin };
}
