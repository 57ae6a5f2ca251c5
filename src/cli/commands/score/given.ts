/** Answers given without prompts: `--answers FILE` (YAML or JSON, `-` for stdin) and `--set id=value`. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Criteria } from '../../../core/criteria.js';
import { didYouMean } from '../../../core/suggest.js';
import { DataError, UserError } from '../../../errors.js';
import { displayPath } from '../../criteria-file.js';
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

async function readAll(stream: IO['stdin']): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function unknownId(id: string, criteria: Criteria): string {
  return `unknown criterion id "${id}"${didYouMean(id, criteria.criteria.map((criterion) => criterion.id))}`;
}

function idsHint(criteria: Criteria): string {
  return `Criterion ids: ${criteria.criteria.map((criterion) => criterion.id).join(', ')}.`;
}

/** Parses an answers file's text: a mapping of criterion id to value; problems name file:line:col. */
export function parseAnswersText(text: string, display: string, criteria: Criteria): Record<string, unknown> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/u, ''), { lineCounter, uniqueKeys: true });
  const syntax = doc.errors[0];
  if (syntax !== undefined) {
    const [start] = syntax.linePos ?? [lineCounter.linePos(syntax.pos[0])];
    throw new DataError(`${display}:${start.line}:${start.col}: ${syntax.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/u, '')}`, {
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
    throw new UserError(problems.join('\n'), { details: [idsHint(criteria)] });
  }
  return doc.toJS() as Record<string, unknown>;
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
    if (usedStdin) {
      display = '<stdin>';
      checkStdin(io);
      text = await readAll(io.stdin);
    } else {
      const path = resolve(io.cwd, options.answers);
      display = displayPath(io, path);
      try {
        text = readFileSync(path, 'utf8');
      } catch (error) {
        throw new DataError(`cannot read answers file ${display}: ${describeFsError(error)}`);
      }
    }
    values = parseAnswersText(text, display, criteria);
  }
  for (const entry of options.set ?? []) {
    const [id, value] = parseSet(entry, criteria);
    values[id] = value;
  }
  return { values, given: options.answers !== undefined || (options.set?.length ?? 0) > 0, usedStdin };
}
