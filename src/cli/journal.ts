/**
 * The decision journal on disk: where it is, appending one whole line, reading it back.
 *
 * Found the same way by `score --save`, `history`, `outcome` and calibration: `--journal FILE`,
 * else $CLIENTFIT_JOURNAL, else `journal.jsonl` in the data directory. Every line is written
 * with a single write() on a file opened for appending (O_APPEND), then fsynced, so two
 * processes saving at once each add a whole line and an existing journal is never rewritten.
 */
import { describeProblem } from '../render/problems.js';
import { counted } from '../render/locale.js';
import { closeSync, fstatSync, fsyncSync, mkdirSync, openSync, readSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { joinOutcomes, JournalParser, serializeLine, type DecisionWithOutcome, type JournalLine, type ParsedJournal } from '../core/journal.js';
import { matchProspect, type KeyReading, type ProspectMatch, type Thread } from '../core/journal-threads.js';
import { UserError } from '../errors.js';
import { DataError } from '../errors.js';
import type { Voice } from '../i18n/index.js';
import { shortTime } from '../render/followup.js';
import { printable } from '../render/sanitize.js';
import { formatBytes } from './bounded-read.js';
import { describeFsError, errorCode, fileKind } from './fs-errors.js';
import { notice, type IO } from './io.js';
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
  // node:crypto when an id is made, not at load: batch and calibrate load this module and never make one.
  const random = process.getBuiltinModule('node:crypto').randomBytes(6).readUIntBE(0, 6).toString(36).padStart(10, '0').slice(-6);
  return `${now.getTime().toString(36)}-${random}`;
}

function ioFailure(voice: Voice, action: 'open' | 'write' | 'read', path: string, error: unknown): DataError {
  return new DataError(voice.words.history.journal.cannot[action]({ path, reason: describeFsError(voice.words.common, error) }), { cause: error });
}

/**
 * Appends one line in a single write and flushes it to disk. When the file does not end
 * with a newline (a crash in some other program), a newline goes first so our line stays whole.
 */
export function appendJournal(voice: Voice, path: string, line: JournalLine): void {
  let fd: number;
  try {
    mkdirSync(dirname(path), { recursive: true });
    fd = openSync(path, 'a+');
  } catch (error) {
    throw ioFailure(voice, 'open', path, error);
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
    throw ioFailure(voice, 'write', path, error);
  } finally {
    closeSync(fd);
  }
}

export interface Journal extends ParsedJournal {
  readonly path: string;
  /** false when there is no journal yet */
  readonly exists: boolean;
}

/** A decision line is about 500 bytes; a longer line than this is not one of ours. */
export const MAX_JOURNAL_LINE = 4 * 1024 * 1024;
/** Problem lines reported one by one before the rest are counted. */
const SHOWN_PROBLEMS = 20;
const CHUNK = 256 * 1024;

/**
 * Streams the journal file line by line through the parser: memory holds one chunk, the line
 * being read (at most MAX_JOURNAL_LINE; a longer one is skipped unread) and the parsed lines.
 */
function streamLines(fd: number, parser: JournalParser): void {
  const buffer = Buffer.allocUnsafe(CHUNK);
  let pending: Buffer[] = [];
  let pendingLength = 0;
  let skipping = false;
  let lineNumber = 1;
  const finish = (last: Buffer): void => {
    if (skipping || pendingLength + last.length > MAX_JOURNAL_LINE) parser.tooLong(lineNumber, formatBytes(MAX_JOURNAL_LINE));
    else {
      let text = (pending.length === 0 ? last : Buffer.concat([...pending, last])).toString('utf8');
      if (lineNumber === 1) text = text.replace(/^\uFEFF/u, '');
      parser.add(text, lineNumber);
    }
    pending = [];
    pendingLength = 0;
    skipping = false;
    lineNumber++;
  };
  for (;;) {
    const read = readSync(fd, buffer, 0, CHUNK, null);
    if (read === 0) break;
    let start = 0;
    for (let end = buffer.indexOf(0x0a, start); end >= 0 && end < read; end = buffer.indexOf(0x0a, start)) {
      finish(buffer.subarray(start, end));
      start = end + 1;
    }
    if (start < read && !skipping) {
      pendingLength += read - start;
      if (pendingLength > MAX_JOURNAL_LINE) {
        skipping = true;
        pending = [];
      } else {
        pending.push(Buffer.from(buffer.subarray(start, read)));
      }
    }
  }
  if (pendingLength > 0 || skipping) finish(Buffer.alloc(0));
}

/**
 * Reads the journal, streaming it line by line. A missing file is an empty journal; corrupt
 * lines are reported on stderr as `journal.jsonl:7: not a JSON line, skipped` and left out,
 * never fatal. A journal that is not a regular file (/dev/zero, a FIFO) is refused.
 */
export function readJournal(io: IO, path: string, options: { report?: boolean } = {}): Journal {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { path, exists: false, decisions: [], outcomes: [], problems: [], future: [], lineOf: () => undefined };
    throw ioFailure(io.voice, 'read', path, error);
  }
  const parser = new JournalParser(Date.now());
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new DataError(io.voice.words.history.journal.notAFile({ path, kind: fileKind(io.voice.words.common.kinds, stat) }));
    streamLines(fd, parser);
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw ioFailure(io.voice, 'read', path, error);
  } finally {
    closeSync(fd);
  }
  const parsed = parser.result();
  if (options.report !== false && parsed.problems.length > 0) {
    const t = io.voice.words.history.journal;
    const name = printable(basename(path));
    // printable: a field's value is quoted in the reason (a name with a line break in it).
    for (const problem of parsed.problems.slice(0, SHOWN_PROBLEMS))
      io.stderr.write(`${t.skipped({ file: name, line: String(problem.line), problem: printable(describeProblem(io.voice, problem.problem)) })}\n`);
    const more = parsed.problems.length - SHOWN_PROBLEMS;
    if (more > 0) io.stderr.write(`${t.moreSkipped({ file: name, count: counted(io.voice.lang, more) })}\n`);
  }
  // Read and used all the same ("latest" is by time, README › A synced or merged journal), but
  // such a line stays the latest for years: said on every read, so a wrong clock is found.
  if (options.report !== false && parsed.future.length > 0) {
    const t = io.voice.words.history.journal;
    const name = printable(basename(path));
    for (const line of parsed.future.slice(0, SHOWN_PROBLEMS)) {
      const params = {
        file: name,
        line: String(line.line),
        id: printable(line.id),
        name: line.name === null ? io.voice.words.history.noName : printable(line.name),
        time: shortTime(io.voice.lang, line.time),
      };
      io.stderr.write(`${t.future[line.type](params)}\n`);
    }
    const more = parsed.future.length - SHOWN_PROBLEMS;
    if (more > 0) io.stderr.write(`${t.moreFuture({ file: name, count: counted(io.voice.lang, more) })}\n`);
  }
  return { path, exists: true, ...parsed };
}

/** The journal's decisions, each with its latest outcome: what history and calibration read. */
export function readDecisions(io: IO, path: string, options: { report?: boolean } = {}): { journal: Journal; entries: DecisionWithOutcome[] } {
  const journal = readJournal(io, path, options);
  return { journal, entries: joinOutcomes(journal.decisions, journal.outcomes) };
}

/** A word as a user types it back into a shell: bare when plain, else in single quotes. */
export function quoteArg(value: string): string {
  return /^[\p{L}\p{N}_.@%+,:=/-]+$/u.test(value) ? value : `'${printable(value).replaceAll("'", "'\\''")}'`;
}

/** How a command says each reading of a key, for the message when a key could be either. */
export interface KeyFlags {
  /** e.g. `clientfit history --id KEY` */
  readonly asId: string;
  /** e.g. `clientfit history --name KEY` */
  readonly asName: string;
}

/** Names of the prospects of some threads, for a message: printable, the first 10 and a count of the rest. */
function threadNames(threads: readonly Thread[]): string {
  const names = threads.map((thread) => (thread.latest.name === null ? thread.latest.id : `${printable(thread.latest.name)} (${thread.latest.id})`));
  return names.length > 10 ? `${names.slice(0, 10).join(', ')}, ...` : names.join(', ');
}

/**
 * The prospect a key names, by the one rule every command reads keys with (core matchProspect).
 * A key that is both a decision id and a name, or part of several names, is a usage error that
 * says so (exit 2); a part of one name is taken and said on stderr. `none` is left to the command,
 * which words its own "not found" with the candidates for a suggestion.
 */
export function findProspect(io: IO, threads: readonly Thread[], key: string, reading: KeyReading, flags: KeyFlags): Extract<ProspectMatch, { kind: 'found' | 'none' }> {
  const match = matchProspect(threads, key, reading);
  const t = io.voice.words.history.journal;
  if (match.kind === 'ambiguous') {
    throw new UserError(t.ambiguous({ key: printable(key.trim()), owner: match.idOf.latest.name === null ? io.voice.words.history.noName : printable(match.idOf.latest.name) }), {
      details: [t.ambiguousHow(flags)],
    });
  }
  if (match.kind === 'several') {
    throw new UserError(t.several({ key: printable(key.trim()), count: match.threads.length, names: threadNames(match.threads) }), { details: [t.severalHow] });
  }
  if (match.kind === 'found' && match.by === 'part')
    notice(io, t.took({ key: printable(key.trim()), name: match.thread.latest.name === null ? match.thread.latest.id : printable(match.thread.latest.name) }));
  return match;
}
