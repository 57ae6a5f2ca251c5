/**
 * Finding, reading and loading the criteria file for a command, and turning load problems
 * into one `file:line:col: message` block (exit 2).
 */
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeUtf8, excerptOf, type LoadResult, type Problem } from '../core/load-text.js';
import type { AllWords, Voice } from '../i18n/index.js';
import { describeProblem, problemCode, problemJson } from '../render/problems.js';
import { counted } from '../render/locale.js';
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
export function describeSource(t: AllWords['input'], source: LoadedCriteria): string {
  const label = source.criteria.name === undefined ? source.display : `${printable(source.criteria.name)} (${source.display})`;
  return source.origin === 'builtin' ? t.builtinDefault({ label }) : label;
}

/** Problems after which the text report stops listing (JSON from `check` lists them all). */
const SHOWN_PROBLEMS = 50;

/**
 * Problems as `file:line:col: message [code]`, each with its line and a caret, then the count.
 * The code is stable in every language, for people to search for; `dim` styles it (colour on).
 */
export function formatProblems(voice: Voice, display: string, text: string | undefined, problems: readonly Problem[], dim: (text: string) => string = (text) => text): string {
  const t = voice.words.problems;
  const sourceLines = text === undefined ? [] : text.split(/\r?\n/u);
  const shown = problems.slice(0, SHOWN_PROBLEMS);
  // The file's own text (names, values, the excerpt) reaches the terminal: no control characters.
  const lines = shown.flatMap((problem) => [
    `${printableLines(`${display}:${problem.line}:${problem.col}: ${describeProblem(voice, problem.problem)}`)} ${dim(problemCode(voice.words.problems, problem.problem))}`,
    ...excerptOf(sourceLines[problem.line - 1], problem.line, problem.col).map((line) => printableLines(`    ${line}`)),
  ]);
  if (problems.length > shown.length) lines.push(t.report.more({ count: counted(voice.lang, problems.length - shown.length) }));
  return [...lines, printableLines(t.report.found({ count: counted(voice.lang, problems.length), file: display }))].join('\n');
}

/** Problems for JSON output: position, the stable code and its parameters, and the message in English. */
export function problemsJson(problems: readonly Problem[]): unknown[] {
  return problems.map(({ line, col, problem }) => ({ line, col, ...problemJson(problem) }));
}

const ENCODING = { 'utf-16': 'utf-16', 'not-utf-8': 'not-utf-8', nul: 'nul-byte' } as const;

type Read = { bytes: Buffer } & ({ text: string; problem?: undefined } | { text?: undefined; problem: Problem });

function readText(voice: Voice, path: string, display: string): Read {
  let read: Bounded;
  try {
    read = readFileBounded(path, MAX_INPUT_BYTES);
  } catch (error) {
    const t = voice.words.problems.criteriaFile;
    throw new UserError(t.cannotRead({ file: display, reason: describeFsError(voice.words.common, error) }), {
      exitCode: ExitCode.usage,
      details: errorCode(error) === 'ENOENT' ? [t.createOne] : [],
    });
  }
  if (!read.ok) {
    throw new UserError(voice.words.problems.criteriaFile.tooLarge({ file: display, limit: formatBytes(read.limit) }), {
      exitCode: ExitCode.usage,
    });
  }
  // UTF-8 only (a BOM from a Windows editor allowed, and not part of the YAML): other bytes
  // would be read as U+FFFD and change names and values silently.
  const decoded = decodeUtf8(read.bytes);
  if (!decoded.ok) return { bytes: read.bytes, problem: { line: decoded.line, col: decoded.col, problem: { code: ENCODING[decoded.code] } } };
  return { text: decoded.text, bytes: read.bytes };
}

export type CheckedCriteria =
  | (LoadedCriteria & { readonly ok: true })
  | { readonly ok: false; readonly path: string; readonly display: string; readonly origin: Origin; readonly problems: readonly Problem[]; readonly report: string };

/**
 * A criteria file's text loaded by load.ts and yaml, imported only here: the commands that show
 * a path or an excerpt (history, outcome) never load the parser.
 */
async function loadText(text: string): Promise<LoadResult> {
  return (await import('../core/load.js')).loadCriteria(text);
}

/**
 * Loads without throwing on problems (for `check`, which reports them itself). `dim` styles the
 * problem codes of the report (check writes it to a terminal itself; errors thrown from here
 * pass through main's sanitiser, which keeps no colour).
 */
export async function checkCriteriaFile(io: IO, source: CriteriaSource, dim?: (text: string) => string): Promise<CheckedCriteria> {
  const display = displayPath(io, source.path);
  const read = readText(io.voice, source.path, display);
  if (read.problem !== undefined) return unreadable(io.voice, source, display, read.problem, dim);
  return checked(io.voice, source, display, read.text, read.bytes, await loadText(read.text), dim);
}

/**
 * checkCriteriaFile with a loader that returns at once (shell completion, whose candidates
 * are worked out synchronously, passes load.ts's loadCriteria).
 */
export function checkCriteriaFileWith(io: IO, source: CriteriaSource, load: (text: string) => LoadResult): CheckedCriteria {
  const display = displayPath(io, source.path);
  const read = readText(io.voice, source.path, display);
  if (read.problem !== undefined) return unreadable(io.voice, source, display, read.problem);
  return checked(io.voice, source, display, read.text, read.bytes, load(read.text));
}

function unreadable(voice: Voice, source: CriteriaSource, display: string, problem: Problem, dim?: (text: string) => string): CheckedCriteria {
  return { ok: false, ...source, display, problems: [problem], report: formatProblems(voice, display, undefined, [problem], dim) };
}

function checked(voice: Voice, source: CriteriaSource, display: string, text: string, bytes: Buffer, result: LoadResult, dim?: (text: string) => string): CheckedCriteria {
  if (!result.ok) {
    return { ok: false, ...source, display, problems: result.problems, report: formatProblems(voice, display, text, result.problems, dim) };
  }
  let sha256: string | undefined;
  return {
    ok: true,
    ...source,
    display,
    criteria: result.criteria,
    // Worked out when first read (JSON, a saved decision): node:crypto costs `check` about
    // 10 ms to load, and its text report shows no hash.
    get sha256(): string {
      sha256 ??= process.getBuiltinModule('node:crypto').createHash('sha256').update(bytes).digest('hex');
      return sha256;
    },
  };
}

/** Loads the criteria a command runs with; invalid files end the command with exit 2. */
export async function loadCriteriaFile(io: IO, option: string | undefined): Promise<LoadedCriteria> {
  const checked = await checkCriteriaFile(io, resolveCriteria(io, option));
  if (!checked.ok) throw new UserError(checked.report, { exitCode: ExitCode.usage });
  return checked;
}
