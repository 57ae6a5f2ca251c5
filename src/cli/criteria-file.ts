/**
 * Finding, reading and loading the criteria file for a command, and turning load problems
 * into one `file:line:col: message` block (exit 2).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { excerpt, loadCriteria, type Problem } from '../core/load.js';
import type { Criteria } from '../core/criteria.js';
import { ExitCode, UserError } from '../errors.js';
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

export function displayPath(io: IO, path: string): string {
  const relativePath = relative(io.cwd, path);
  return relativePath !== '' && !relativePath.startsWith('..') && !isAbsolute(relativePath) ? relativePath : path;
}

export function describeSource(source: LoadedCriteria): string {
  const label = source.criteria.name === undefined ? source.display : `${source.criteria.name} (${source.display})`;
  return source.origin === 'builtin' ? `${label}, the built-in default` : label;
}

export function formatProblems(display: string, text: string, problems: readonly Problem[]): string {
  const lines = problems.flatMap((problem) => [
    `${display}:${problem.line}:${problem.col}: ${problem.message}`,
    ...excerpt(text, problem.line, problem.col).map((line) => `    ${line}`),
  ]);
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return [...lines, `Found ${count} in ${display}.`].join('\n');
}

function readText(io: IO, path: string, display: string): { text: string; bytes: Buffer } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new UserError(`cannot read criteria file ${display}: ${describeFsError(error)}`, {
      exitCode: ExitCode.usage,
      details: errorCode(error) === 'ENOENT' ? ['Create one with `clientfit init`, or pass another with -c FILE.'] : [],
    });
  }
  // A BOM from a Windows editor is not part of the YAML.
  const text = bytes.toString('utf8').replace(/^\uFEFF/u, '');
  return { text, bytes };
}

export type CheckedCriteria =
  | (LoadedCriteria & { readonly ok: true })
  | { readonly ok: false; readonly path: string; readonly display: string; readonly origin: Origin; readonly problems: readonly Problem[]; readonly report: string };

/** Loads without throwing on problems (for `check`, which reports them itself). */
export function checkCriteriaFile(io: IO, source: CriteriaSource): CheckedCriteria {
  const display = displayPath(io, source.path);
  const { text, bytes } = readText(io, source.path, display);
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
