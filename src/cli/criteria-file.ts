/**
 * Finding, reading and loading the criteria file for a command, and turning load problems
 * into one `file:line:col: message` block (exit 2).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeUtf8, excerptOf, loadCriteria, type Problem } from '../core/load.js';
import { printable, printableLines } from '../render/sanitize.js';
import type { Criteria } from '../core/criteria.js';
import { ExitCode, UserError } from '../errors.js';
import { formatBytes, MAX_INPUT_BYTES, readFileBounded, type Bounded } from './bounded-read.js';
import { describeFsError, errorCode } from './fs-errors.js';
import type { IO } from './io.js';
import { configDir, TEMPLATES_DIR } from './paths.js';

export const DEFAULT_FILE = 'clientfit.yaml';
export const DEFAULT_TEMPLATE = 'freelancer';

export type Origin = 'option' | 'cwd' | 'config' | 'builtin';

export interface CriteriaSource {
  readonly path: string;
  readonly origin: Origin;
}

export interface LoadedCriteria extends CriteriaSource {
  readonly criteria: Criteria;
  /** sha256 of the file's bytes, recorded with every decision */
  readonly sha256: string;
  /** the path as people should read it: relative to the working directory when inside it */
  readonly display: string;
}

export function templatePath(name: string): string {
  return fileURLToPath(new URL(`${name}.yaml`, TEMPLATES_DIR));
}

/** `-c FILE`, else ./clientfit.yaml, else the user's file in the config directory, else the built-in default. */
export function resolveCriteria(io: IO, option: string | undefined): CriteriaSource {
  if (option !== undefined) return { path: resolve(io.cwd, option), origin: 'option' };
  const local = join(io.cwd, DEFAULT_FILE);
  if (existsSync(local)) return { path: local, origin: 'cwd' };
  const personal = join(configDir(io), DEFAULT_FILE);
  if (existsSync(personal)) return { path: personal, origin: 'config' };
  return { path: templatePath(DEFAULT_TEMPLATE), origin: 'builtin' };
}

/** A path as people read it in messages: relative when inside the working directory, and printable. */
export function displayPath(io: IO, path: string): string {
  const relativePath = relative(io.cwd, path);
  return printable(relativePath !== '' && !relativePath.startsWith('..') && !isAbsolute(relativePath) ? relativePath : path);
}

/** "Freelance web projects (clientfit.yaml)": for people, so the file's name is made printable. */
export function describeSource(source: LoadedCriteria): string {
  const label = source.criteria.name === undefined ? source.display : `${printable(source.criteria.name)} (${source.display})`;
  return source.origin === 'builtin' ? `${label}, the built-in default` : label;
}

/** Problems after which the text report stops listing (JSON from `check` lists them all). */
const SHOWN_PROBLEMS = 50;

export function formatProblems(display: string, text: string | undefined, problems: readonly Problem[]): string {
  const sourceLines = text === undefined ? [] : text.split(/\r?\n/u);
  const shown = problems.slice(0, SHOWN_PROBLEMS);
  const lines = shown.flatMap((problem) => [
    `${display}:${problem.line}:${problem.col}: ${problem.message}`,
    ...excerptOf(sourceLines[problem.line - 1], problem.line, problem.col).map((line) => `    ${line}`),
  ]);
  if (problems.length > shown.length) lines.push(`... and ${(problems.length - shown.length).toLocaleString('en-US')} more`);
  const count = problems.length === 1 ? '1 problem' : `${problems.length.toLocaleString('en-US')} problems`;
  // The file's own text (names, values, the excerpt) reaches the terminal: no control characters.
  return printableLines([...lines, `Found ${count} in ${display}.`].join('\n'));
}

const ENCODING: Record<'utf-16' | 'not-utf-8' | 'nul', string> = {
  'utf-16': 'the file is UTF-16 (or UTF-32), not UTF-8: save it as UTF-8',
  'not-utf-8': 'this byte is not UTF-8: save the file as UTF-8',
  nul: 'a NUL byte: a criteria file is UTF-8 text',
};

type Read = { bytes: Buffer } & ({ text: string; problem?: undefined } | { text?: undefined; problem: Problem });

function readText(path: string, display: string): Read {
  let read: Bounded;
  try {
    read = readFileBounded(path, MAX_INPUT_BYTES);
  } catch (error) {
    throw new UserError(`cannot read criteria file ${display}: ${describeFsError(error)}`, {
      exitCode: ExitCode.usage,
      details: errorCode(error) === 'ENOENT' ? ['Create one with `clientfit init`, or pass another with -c FILE.'] : [],
    });
  }
  if (!read.ok) {
    throw new UserError(`criteria file ${display} is larger than ${formatBytes(read.limit)}, the limit for a criteria file: is it the right file?`, {
      exitCode: ExitCode.usage,
    });
  }
  // UTF-8 only (a BOM from a Windows editor allowed, and not part of the YAML): other bytes
  // would be read as U+FFFD and change names and values silently.
  const decoded = decodeUtf8(read.bytes);
  if (!decoded.ok) return { bytes: read.bytes, problem: { line: decoded.line, col: decoded.col, message: `${ENCODING[decoded.code]} (criteria files are UTF-8, a byte-order mark allowed)` } };
  return { text: decoded.text, bytes: read.bytes };
}

export type CheckedCriteria =
  | (LoadedCriteria & { readonly ok: true })
  | { readonly ok: false; readonly path: string; readonly display: string; readonly origin: Origin; readonly problems: readonly Problem[]; readonly report: string };

/** Loads without throwing on problems (for `check`, which reports them itself). */
export function checkCriteriaFile(io: IO, source: CriteriaSource): CheckedCriteria {
  const display = displayPath(io, source.path);
  const { text, bytes, problem } = readText(source.path, display);
  if (problem !== undefined) {
    return { ok: false, ...source, display, problems: [problem], report: formatProblems(display, undefined, [problem]) };
  }
  const result = loadCriteria(text);
  if (!result.ok) {
    return { ok: false, ...source, display, problems: result.problems, report: formatProblems(display, text, result.problems) };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { ok: true, ...source, display, criteria: result.criteria, sha256 };
}

/** Loads the criteria a command runs with; invalid files end the command with exit 2. */
export function loadCriteriaFile(io: IO, option: string | undefined): LoadedCriteria {
  const checked = checkCriteriaFile(io, resolveCriteria(io, option));
  if (!checked.ok) throw new UserError(checked.report, { exitCode: ExitCode.usage });
  return checked;
}
