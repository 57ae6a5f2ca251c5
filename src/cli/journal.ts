/**
 * The decision journal on disk: where it is, appending one whole line, reading it back.
 *
 * Found the same way by `score --save`, `history`, `outcome` and calibration: `--journal FILE`,
 * else $CLIENTFIT_JOURNAL, else `journal.jsonl` in the data directory. Every line is written
 * with a single write() on a file opened for appending (O_APPEND), then fsynced, so two
 * processes saving at once each add a whole line and an existing journal is never rewritten.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fstatSync, fsyncSync, mkdirSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { joinOutcomes, parseJournal, serializeLine, type DecisionWithOutcome, type JournalLine, type ParsedJournal } from '../core/journal.js';
import { DataError } from '../errors.js';
import { describeFsError, errorCode } from './fs-errors.js';
import type { IO } from './io.js';
import { dataDir } from './paths.js';

export const JOURNAL_FILE = 'journal.jsonl';

export { joinOutcomes, type DecisionWithOutcome };

/** `--journal FILE`, else $CLIENTFIT_JOURNAL, else `$XDG_DATA_HOME/clientfit/journal.jsonl`. */
export function journalPath(io: IO, option: string | undefined): string {
  if (option !== undefined && option !== '') return resolve(io.cwd, option);
  const fromEnv = io.env.CLIENTFIT_JOURNAL;
  if (fromEnv !== undefined && fromEnv !== '') return resolve(io.cwd, fromEnv);
  return join(dataDir(io), JOURNAL_FILE);
}

/** A short unique id: milliseconds in base 36 and 6 random base-36 digits ("m8k2x1qz-4f9a0c"). */
export function newId(now: Date = new Date()): string {
  const random = randomBytes(6).readUIntBE(0, 6).toString(36).padStart(10, '0').slice(-6);
  return `${now.getTime().toString(36)}-${random}`;
}

function ioFailure(action: string, path: string, error: unknown): DataError {
  return new DataError(`cannot ${action} the journal ${path}: ${describeFsError(error)}`, { cause: error });
}

/**
 * Appends one line in a single write and flushes it to disk. When the file does not end
 * with a newline (a crash in some other program), a newline goes first so our line stays whole.
 */
export function appendJournal(path: string, line: JournalLine): void {
  let fd: number;
  try {
    mkdirSync(dirname(path), { recursive: true });
    fd = openSync(path, 'a+');
  } catch (error) {
    throw ioFailure('open', path, error);
  }
  try {
    let text = serializeLine(line);
    const { size } = fstatSync(fd);
    if (size > 0) {
      const last = Buffer.alloc(1);
      readSync(fd, last, 0, 1, size - 1);
      if (last[0] !== 0x0a) text = `\n${text}`;
    }
    const bytes = Buffer.from(text, 'utf8');
    // One write() of the whole line: with O_APPEND the kernel places it at the end atomically.
    const written = writeSync(fd, bytes, 0, bytes.length);
    if (written !== bytes.length) throw new Error(`short write (${written} of ${bytes.length} bytes)`);
    fsyncSync(fd);
  } catch (error) {
    throw ioFailure('write to', path, error);
  } finally {
    closeSync(fd);
  }
}

export interface Journal extends ParsedJournal {
  readonly path: string;
  /** false when there is no journal yet */
  readonly exists: boolean;
}

/**
 * Reads the journal. A missing file is an empty journal; corrupt lines are reported on
 * stderr as `journal.jsonl:7: not a JSON line, skipped` and left out, never fatal.
 */
export function readJournal(io: IO, path: string, options: { report?: boolean } = {}): Journal {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { path, exists: false, decisions: [], outcomes: [], problems: [] };
    throw ioFailure('read', path, error);
  }
  const parsed = parseJournal(text.replace(/^\uFEFF/u, ''));
  if (options.report !== false) {
    const name = basename(path);
    for (const problem of parsed.problems) io.stderr.write(`${name}:${problem.line}: ${problem.message}, skipped\n`);
  }
  return { path, exists: true, ...parsed };
}

/** The journal's decisions, each with its latest outcome: what history and calibration read. */
export function readDecisions(io: IO, path: string, options: { report?: boolean } = {}): { journal: Journal; entries: DecisionWithOutcome[] } {
  const journal = readJournal(io, path, options);
  return { journal, entries: joinOutcomes(journal.decisions, journal.outcomes) };
}
