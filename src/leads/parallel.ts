/**
 * Batch on both cores: a large regular CSV file is cut into parts at line ends, and a worker
 * thread (worker.ts) and this thread each take the next part when free; the parts are written
 * in input order, byte for byte what one thread writes, and their counts and row problems are
 * added in input order too.
 *
 * The cuts are speculative, as in DuckDB's parallel CSV reader: a cut is made after a line feed,
 * taken to be outside quotes. That is proven part by part, in order: the first part starts right
 * after the header, and a part that starts at a record's start and is read to its end without a
 * quote left open ends at a record's end, where the next part starts. A part that does not (a
 * quoted field with a line break across the cut, bytes that are not UTF-8, any problem at all) is
 * read again by this thread in its turn, as one thread reads it: the same rows, the same message
 * at the same line. Only a part read wholly as proven is ever written.
 *
 * Used, with CLIENTFIT_THREADS=2, for CSV output in UTF-8 from a UTF-8 CSV file of at least
 * PARALLEL_MIN_BYTES. Standard input and pipes are read by one thread. Not the default: on the
 * 1M-row bench file the two threads take about 1.3x one thread's CPU for 0.86x its wall time on
 * this 2-core machine, short of the aims (README, Performance: Two threads).
 */
import { existsSync, openSync, readSync, closeSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Criteria } from '../core/criteria.js';
import type { Voice } from '../i18n/index.js';
import { CsvError } from '../csv/problems.js';
import { openCsvPart, type CsvHeader } from '../csv/read.js';
import type { ColumnMap } from '../core/columns.js';
import { createScorer, type Scorer, type Verdict } from '../core/score.js';
import { csvSink } from '../render/batch/csv.js';
import { BatchCounts, writeBatchRows, type BatchRows, type PartCounts } from './batch-rows.js';
import { leadsOf } from './open.js';
import { ByteArena } from './arena.js';
import type { ByteScanner } from './scanner.js';
import { BUFFER_BYTES, drained } from './chunked-output.js';
import { readRange, ReadRing } from './read-ahead.js';
import { Writable } from 'node:stream';
import { outputEncoding } from '../csv/encode.js';

/**
 * Files smaller than this are read by one thread: a worker's start (about 40 ms of CPU) and the
 * parts' hand-over cost more than they save below it (README, Performance).
 */
export const PARALLEL_MIN_BYTES = 32 << 20;
/** Bytes per part: small enough that the parts in flight stay a few MB, large enough that a part's set-up is noise. */
const PART_BYTES = 1 << 20;
/**
 * Parts the worker is asked for ahead of its answers: enough to keep it busy while this thread
 * scores a part of its own (it is asked for more only between this thread's parts). With 2, the
 * worker sat idle about a third of the time on the bench file.
 */
const AHEAD = 3;

export interface ParallelSettings {
  /** threads to score a large file in: 1, or 2 with CLIENTFIT_THREADS=2 */
  readonly threads: number;
  readonly minBytes: number;
  readonly partBytes: number;
  /** this thread waits for the worker to be ready before it takes a part (tests: on a small file this thread would otherwise score every part before the worker is ready) */
  readonly waitForWorker: boolean;
}

/**
 * From the run's environment: CLIENTFIT_THREADS=2 lets a large file be scored on two threads
 * (one thread otherwise). CLIENTFIT_PARTS=MIN,PART[,wait] (bytes) lowers the size limits, for
 * tests that compare one thread with two on small files; `wait`: the worker is waited for.
 */
export function parallelSettings(env: Readonly<Record<string, string | undefined>>): ParallelSettings {
  const [minText, partText, wait] = (env.CLIENTFIT_PARTS ?? '').split(',');
  const [min, part] = [Number(minText), Number(partText)];
  return {
    threads: env.CLIENTFIT_THREADS === '2' ? 2 : 1,
    minBytes: Number.isInteger(min) && min > 0 ? min : PARALLEL_MIN_BYTES,
    partBytes: Number.isInteger(part) && part > 0 ? part : PART_BYTES,
    waitForWorker: wait === 'wait',
  };
}

/** What a part needs besides its bytes: the same in this thread and in the worker. */
export interface PartSetting {
  readonly path: string;
  readonly source: string;
  readonly criteria: Criteria;
  readonly header: CsvHeader;
  readonly columns: ColumnMap;
  readonly decimalComma: boolean;
  readonly missing: readonly string[];
  readonly escape: boolean;
  readonly only: readonly Verdict[] | undefined;
  /** the output has a BOM (written with the header only) */
  readonly bom: boolean;
}

export interface PartResult {
  readonly counts: PartCounts;
  readonly blankLines: number;
  /** the physical line after the part */
  readonly nextLine: number;
}

/** One scorer per thread for all its parts, its caches kept warm. */
const scorers = new WeakMap<PartSetting, Scorer>();

/** What a thread keeps from part to part, so that a part costs no set-up: its scorer, output memory, scanners and read memory. */
export interface PartKit {
  readonly scorer?: Scorer;
  readonly arena?: ByteArena;
  readonly scanners?: Map<unknown, ByteScanner<unknown>>;
  readonly ring?: ReadRing;
}

/**
 * Scores the records of bytes [start, end) of the file into `stream`; `line`: the physical line
 * at `start`. `voice`: the words a problem of the part is told in (the run's).
 */
export async function scorePart(voice: Voice, setting: PartSetting, part: { start: number; end: number; line: number }, stream: Writable, kit: PartKit = {}): Promise<PartResult> {
  const { arena, scanners } = kit;
  let shared = kit.scorer ?? scorers.get(setting);
  if (shared === undefined) scorers.set(setting, (shared = createScorer(setting.criteria, { decimalComma: setting.decimalComma, missing: new Set(setting.missing) })));
  const only = setting.only === undefined ? undefined : new Set(setting.only);
  const keepBlank = only === undefined;
  const fd = openSync(setting.path, 'r');
  const reader = openCsvPart(readRange(fd, part, kit.ring).chunks, { source: setting.source, delimiter: setting.header.delimiter, line: part.line, raw: true, keepBlank });
  const leads = leadsOf(
    setting.criteria,
    {
      source: setting.source,
      path: setting.path,
      size: part.end - part.start,
      reader,
      header: setting.header,
      columns: setting.columns,
      decimalComma: setting.decimalComma,
      missing: setting.missing,
      bytePath: true,
    },
    shared,
  );
  const encoding = outputEncoding(setting.bom ? 'utf-8-bom' : 'utf-8');
  const counts = await writeBatchRows({
    voice,
    leads,
    ids: setting.criteria.criteria.map((criterion) => criterion.id),
    format: 'csv',
    sink: csvSink(voice.words.common.csv, setting.source, setting.header, setting.escape, encoding),
    stream,
    encoding,
    only,
    escape: setting.escape,
    progress: () => undefined,
    part: true,
    arena,
    scanners,
  });
  return { counts: { ...counts }, blankLines: reader.blankLines(), nextLine: reader.nextLine!() };
}

/** Where the rows start: the byte after the header's line end (undefined when the file ends first). */
function dataStart(path: string, lineBreaks: number): number | undefined {
  const fd = openSync(path, 'r');
  try {
    const block = Buffer.allocUnsafe(1 << 16);
    let at = 0;
    let seen = 0;
    let carriageReturn = false;
    for (;;) {
      const length = readSync(fd, block, 0, block.length, at);
      if (length === 0) return carriageReturn && seen === lineBreaks ? at : undefined;
      for (let index = 0; index < length; index++) {
        const byte = block[index]!;
        if (carriageReturn) {
          carriageReturn = false;
          // CR LF is one line end; after a lone CR the line is over already.
          if (seen === lineBreaks) return byte === 10 ? at + index + 1 : at + index;
        }
        if (byte === 10) {
          if (++seen === lineBreaks) return at + index + 1;
        } else if (byte === 13) {
          seen++;
          carriageReturn = true;
        }
      }
      at += length;
    }
  } finally {
    closeSync(fd);
  }
}

/** How far past a part's nominal size a cut is looked for that starts a plausible record (then the first line feed is taken). */
const CUT_SEARCH_BYTES = 1 << 16;

/**
 * Part boundaries from `start`: each after a line feed at or past every `partBytes`, preferably
 * one followed by a line that reads as a whole record of the header's width (a line feed inside
 * a quoted field is usually followed by a line that does not: a stray quote, fewer fields). This
 * only makes a wrong cut rare; every cut is still proven when the part before it is read.
 */
export function partBounds(path: string, start: number, size: number, partBytes: number, delimiter: number, columns: number): number[] {
  const fd = openSync(path, 'r');
  const bounds = [start];
  try {
    const block = Buffer.allocUnsafe(CUT_SEARCH_BYTES);
    for (let target = start + partBytes; target < size; ) {
      const length = readSync(fd, block, 0, block.length, target);
      if (length === 0) break;
      const bytes = block.subarray(0, length);
      const first = bytes.indexOf(10);
      if (first < 0) {
        target += length;
        continue;
      }
      let feed = first;
      while (feed >= 0 && !wholeRecordAfter(bytes, feed + 1, delimiter, columns)) feed = bytes.indexOf(10, feed + 1);
      const cut = target + (feed >= 0 ? feed : first) + 1;
      if (cut >= size) break;
      bounds.push(cut);
      target = cut + partBytes;
    }
  } finally {
    closeSync(fd);
  }
  bounds.push(size);
  return bounds;
}

/**
 * The bytes from `at` to the next line feed outside quotes read as one record of `columns`
 * fields, with no quote inside an unquoted field (false when the record goes past `bytes`).
 */
export function wholeRecordAfter(bytes: Uint8Array, at: number, delimiter: number, columns: number): boolean {
  let fields = 1;
  let fieldStart = true;
  let quoted = false;
  for (let index = at; index < bytes.length; index++) {
    const byte = bytes[index]!;
    if (quoted) {
      if (byte !== 34) continue;
      if (bytes[index + 1] === 34) index++;
      else {
        quoted = false;
        const after = bytes[index + 1];
        if (after !== delimiter && after !== 10 && after !== 13) return false;
      }
    } else if (byte === 10) {
      return fields === columns;
    } else if (byte === delimiter) {
      fields++;
      fieldStart = true;
      continue;
    } else if (byte === 34) {
      if (!fieldStart) return false;
      quoted = true;
    }
    fieldStart = false;
  }
  return false;
}

/** Line ends in a record's text (CR LF counted once). */
function breaksOf(text: string): number {
  return text.match(/\r\n|\r|\n/gu)?.length ?? 0;
}

/** The worker's file beside this module's bundle (dist/leads/worker.js), or the build's when run from the sources (tests). */
function workerFile(): URL | undefined {
  for (const relative of ['../leads/worker.js', '../../dist/leads/worker.js']) {
    const url = new URL(relative, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}

/** A run that may go parallel: the parts and their setting; undefined to read with one thread. */
function plan(run: BatchRows, settings: ParallelSettings, criteria: Criteria): { setting: PartSetting; bounds: number[]; line: number } | undefined {
  const { leads } = run;
  const { header } = leads;
  if (settings.threads < 2 || run.format !== 'csv' || leads.path === undefined || leads.size === undefined || leads.size < settings.minBytes) return undefined;
  if (!leads.bytePath || leads.sheet !== undefined || header.encoding !== 'utf-8' || header.raw === undefined || leads.reader.close === undefined) return undefined;
  if (header.delimiter.length !== 1 || header.delimiter.charCodeAt(0) >= 0x80 || typeof run.encoding.encode('') !== 'string') return undefined;
  const headerBreaks = breaksOf(header.raw);
  const start = dataStart(leads.path, header.line - 1 + headerBreaks + 1);
  if (start === undefined) return undefined;
  const bounds = partBounds(leads.path, start, leads.size, settings.partBytes, header.delimiter.charCodeAt(0), header.names.length);
  if (bounds.length < 3) return undefined;
  return {
    bounds,
    line: header.line + headerBreaks + 1,
    setting: {
      path: leads.path,
      source: leads.source,
      criteria,
      header,
      columns: leads.columns,
      decimalComma: leads.decimalComma,
      missing: leads.missing,
      escape: run.escape,
      only: run.only === undefined ? undefined : [...run.only],
      bom: run.encoding.bom,
    },
  };
}

/** From the worker: it is ready (its modules loaded), or a part's output and counts, or that the part failed. */
export type WorkerReply = { ready: true } | { index: number; bytes: Uint8Array<ArrayBuffer>; result: PartResult } | { index: number; failed: true };
/** To the worker: what every part needs (first), a part to score, or output memory it handed over, given back once written. */
export type ToWorker = { setting: PartSetting } | { index: number; start: number; end: number } | { spare: ArrayBuffer };

/**
 * A worker started before the run knows whether it will use it: at the start of `batch`, when two
 * threads are allowed and the input (`path`) is a regular file of at least `minBytes`. It loads
 * its modules (about 150 ms of its own thread) while this thread reads the criteria, the header
 * and the cuts, and is ready sooner for the parts. Unreferenced until writeBatch uses it, so that a
 * run that stops before, or stays on one thread, never waits for it; the caller terminates it.
 */
export function startPartWorker(settings: ParallelSettings, path: string | undefined): Worker | undefined {
  if (settings.threads < 2 || path === undefined) return undefined;
  try {
    const stats = statSync(path);
    if (!stats.isFile() || stats.size < settings.minBytes) return undefined;
  } catch {
    return undefined;
  }
  const file = workerFile();
  if (file === undefined) return undefined;
  try {
    const worker = new Worker(file);
    worker.unref();
    // A worker that fails before it is used is simply not used (writeBatch starts another, or reads on one thread).
    worker.on('error', () => undefined);
    worker.once('exit', () => exited.add(worker));
    return worker;
  } catch {
    return undefined;
  }
}

/** Workers that stopped before writeBatch used them. */
const exited = new WeakSet<Worker>();

/**
 * A part scored before its turn, from its line 1: by the worker (its output bytes) or by this
 * thread (held), or not proven (read again here in its turn, to be proven or to say why).
 */
type Scored = { readonly result: PartResult; readonly bytes: Uint8Array<ArrayBuffer> } | { readonly result: PartResult; readonly held: Held } | { readonly unproven: true };

/** Parts this thread holds scored ahead of their turn, at most (each in memory of its own until written). */
const HELD_AHEAD = 3;
/**
 * How far ahead of this thread the worker's first part is: the worker's first parts run cold
 * (about 100 ms against 13 for a warm part on the bench file), and this thread should not wait
 * for them. It scores the parts in between meanwhile, and writes them as it goes.
 */
const COLD_LEAD = 6;
/**
 * How far past the part to write next the worker is ever asked for a part. Its output waits in
 * memory until written, and each answer frees a place in AHEAD: without a bound, a full stream (a
 * slow disk or reader) or a long read again here let it score the rest of the file into memory.
 * Well past where the worker runs when neither waits (COLD_LEAD + AHEAD + HELD_AHEAD).
 */
const REACH = 16;

/**
 * Batch's rows, on two threads when the input is a large regular CSV file (see above), else on
 * one (writeBatchRows). The output stream is not ended.
 *
 * The parts are taken in order by whichever thread is free: the worker, once it is ready (its start
 * takes this thread a few parts), is kept AHEAD parts ahead, and this thread scores the next part
 * itself whenever it has memory to hold it in. Each part is
 * written in its turn, without waiting for the write (only for a full stream), so that neither
 * thread waits on the other or on the disk while there is a part to score.
 */
export async function writeBatch(run: BatchRows, settings: ParallelSettings, criteria: Criteria, early?: Worker): Promise<BatchCounts> {
  const planned = plan(run, settings, criteria);
  const file = planned === undefined ? undefined : workerFile();
  if (planned === undefined || file === undefined) {
    await early?.terminate();
    return withBlankLines(await writeBatchRows(run), run.leads.reader.blankLines());
  }
  const { setting, bounds } = planned;
  let worker: Worker;
  try {
    worker = early !== undefined && !exited.has(early) ? early : new Worker(file);
  } catch {
    return withBlankLines(await writeBatchRows(run), run.leads.reader.blankLines());
  }
  worker.ref();
  worker.postMessage({ setting } satisfies ToWorker);
  const { header } = run.leads;
  const counts = new BatchCounts(run.ids.length);
  const here: ThisThread = { held: new Held(), scorer: run.leads.scorer, arena: new ByteArena(BUFFER_BYTES), scanners: new Map(), ring: new ReadRing() };
  let blankLines = header.line - 1 - (header.sepLine ? 1 : 0);
  const parts = bounds.length - 1;
  /** parts scored and not yet written, by index */
  const scored = new Map<number, Scored>();
  /** parts the worker was asked for and has not answered */
  const owed = new Set<number>();
  /** the parts a thread has taken; the first part no thread has taken (then after it, those the worker may take); the part to write next */
  const taken = new Uint8Array(parts);
  let next = 0;
  let workerFrom = 0;
  let turn = 0;
  /** the worker has loaded its modules; it stopped (an exception, memory): this thread scores the rest */
  let workerReady = false;
  let stopped = false;
  /** a write that failed */
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const rouse = (): void => {
    const resolve = wake;
    wake = undefined;
    resolve?.();
  };
  const giveBack = (bytes: Uint8Array<ArrayBuffer>): void => {
    if (!stopped) worker.postMessage({ spare: bytes.buffer } satisfies ToWorker, [bytes.buffer]);
  };
  const feed = (): void => {
    if (!workerReady || stopped) return;
    for (let index = Math.max(next, workerFrom); owed.size < AHEAD && index < Math.min(parts, turn + REACH); index++) {
      if (taken[index] === 1) continue;
      taken[index] = 1;
      owed.add(index);
      worker.postMessage({ index, start: bounds[index]!, end: bounds[index + 1]! } satisfies ToWorker);
    }
  };
  worker.on('message', (reply: WorkerReply) => {
    if ('ready' in reply) {
      workerReady = true;
      workerFrom = next + COLD_LEAD;
      feed();
      rouse();
      return;
    }
    owed.delete(reply.index);
    // A part before the turn was joined into a part read again here: its reply is dropped.
    if (reply.index < turn) {
      if ('bytes' in reply) giveBack(reply.bytes);
    } else scored.set(reply.index, 'result' in reply ? { result: reply.result, bytes: reply.bytes } : { unproven: true });
    feed();
    rouse();
  });
  // A worker that stops fails every part it still owes; this thread reads them, and the rest.
  const stop = (): void => {
    stopped = true;
    for (const index of owed) scored.set(index, { unproven: true });
    owed.clear();
    rouse();
  };
  worker.on('error', stop);
  worker.on('exit', stop);
  // Only once the worker is heard: a worker started early answers the setting at once, and a
  // message with no listener yet is lost (this thread then waited for its readiness for ever).
  // This thread's reader has read the header (and a little more): the parts read from the file again.
  await run.leads.reader.close!();
  /** Memory to hold a part scored here: given back once the part is written. */
  const free: Held[] = [];
  let helds = 0;
  const takeHeld = (): Held | undefined => {
    const held = free.pop();
    if (held !== undefined || helds === HELD_AHEAD) return held;
    helds++;
    return new Held();
  };
  /** Writes a part's bytes; `done` once written. A promise only when the stream is full. */
  const put = (bytes: Uint8Array, done: () => void): Promise<void> | undefined => {
    const room = run.stream.write(bytes, (error) => {
      if (error) failure ??= error;
      else done();
      rouse();
    });
    return room ? undefined : drained(run.stream);
  };
  /** Drops a scored part that was joined into a part read again here. */
  const drop = (index: number): void => {
    const entry = scored.get(index);
    scored.delete(index);
    if (entry === undefined || 'unproven' in entry) return;
    if ('held' in entry) free.push(entry.held);
    else giveBack(entry.bytes);
  };
  try {
    await written(run.stream, Buffer.from(run.sink.start(), 'utf8'));
    let line = planned.line;
    feed();
    while (turn < parts) {
      if (failure !== undefined) throw failure;
      const ready = scored.get(turn);
      if (ready !== undefined && !('unproven' in ready)) {
        // Proven: the part before it ended at a record's end, where this one starts. Its lines move to where it starts.
        scored.delete(turn);
        const full = 'held' in ready ? put(ready.held.bytes(), () => free.push(ready.held)) : put(ready.bytes, () => giveBack(ready.bytes));
        counts.add(ready.result.counts, line - 1);
        blankLines += ready.result.blankLines;
        line += ready.result.nextLine - 1;
        run.progress(counts.rows);
        turn++;
        feed();
        if (full !== undefined) await full;
        continue;
      }
      if (ready !== undefined) {
        // Not proven ahead (a quote open at its end, bytes that are not UTF-8, any problem): read here in turn.
        scored.delete(turn);
        const part = { start: bounds[turn]!, end: bounds[turn + 1]!, line };
        let result = await scoreHere(run.voice, setting, part, run.stream, here);
        // A quote still open at the part's end: the next cut fell inside a quoted field. The part is
        // read again with the next parts joined to it until it ends at a record's end; the cuts after
        // that stay, and what the joined parts were scored as is dropped.
        let span = 1;
        while (result === 'open-quote' && turn + span + 1 < parts) {
          span = Math.min(2 * span, parts - 1 - turn);
          result = await scoreHere(run.voice, setting, { ...part, end: bounds[turn + span]! }, run.stream, here);
        }
        if (typeof result === 'string') {
          // Not proven (or failed): this part and the rest as one thread reads them, from here.
          const rest = await scorePart(run.voice, setting, { start: part.start, end: bounds[parts]!, line }, run.stream, { scorer: run.leads.scorer });
          counts.add(rest.counts, 0);
          blankLines += rest.blankLines;
          break;
        }
        counts.add(result.counts, 0);
        blankLines += result.blankLines;
        line = result.nextLine;
        run.progress(counts.rows);
        for (let joined = turn + 1; joined < turn + span; joined++) drop(joined);
        turn += span;
        for (; next < turn; next++) taken[next] = 1;
        feed();
        continue;
      }
      while (next < parts && taken[next] === 1) next++;
      const held = next < parts && (workerReady || stopped || !settings.waitForWorker) ? takeHeld() : undefined;
      if (held === undefined) {
        // Every part is taken, or every held part is being written: wait for the worker or the stream.
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      const index = next++;
      taken[index] = 1;
      held.reset();
      try {
        const result = await scorePart(run.voice, setting, { start: bounds[index]!, end: bounds[index + 1]!, line: 1 }, held, here);
        scored.set(index, { result, held });
      } catch {
        free.push(held);
        scored.set(index, { unproven: true });
      }
      // The worker's answers are taken (and it is asked for more) only between this thread's parts.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    if (failure !== undefined) throw failure;
    await written(run.stream, Buffer.from(run.sink.end(counts.kept), 'utf8'));
  } finally {
    worker.removeAllListeners('exit');
    stopped = true;
    await worker.terminate();
  }
  return withBlankLines(counts, blankLines);
}

/** Why a part is not proven: a quote open at its end (the next cut fell inside a quoted field), or anything else. */
type Unproven = 'open-quote' | 'failed';

/**
 * A part this thread scores, or why it is not proven (a problem in it, a quote left open at its
 * end). Its output is held until it is proven, so that a part read again is never written twice.
 */
async function scoreHere(voice: Voice, setting: PartSetting, part: { start: number; end: number; line: number }, stream: Writable, here: ThisThread): Promise<PartResult | Unproven> {
  here.held.reset();
  let result: PartResult;
  try {
    result = await scorePart(voice, setting, part, here.held, here);
  } catch (error) {
    const cause = error instanceof Error ? error.cause : undefined;
    return cause instanceof CsvError && cause.problem.code === 'unclosed-quote' ? 'open-quote' : 'failed';
  }
  await written(stream, here.held.bytes());
  return result;
}

/** What this thread keeps from part to part: a part's output is held until it is proven. */
interface ThisThread extends PartKit {
  readonly held: Held;
}

/**
 * A Writable that copies what it is given into one buffer of its own (a part's output until the
 * part is proven), used again for the next part: the output buffers it is written from are reused
 * at once (ChunkedOutput reads `copies`), and no buffer per 64 KiB is made.
 */
export class Held extends Writable {
  readonly copies = true;
  private store = Buffer.allocUnsafeSlow(1 << 20);
  private used = 0;

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    if (this.used + chunk.length > this.store.length) {
      const larger = Buffer.allocUnsafeSlow(Math.max(2 * this.store.length, this.used + chunk.length));
      this.store.copy(larger, 0, 0, this.used);
      this.store = larger;
    }
    chunk.copy(this.store, this.used);
    this.used += chunk.length;
    done();
  }

  /** What was written since the last reset (valid until the next write). */
  bytes(): Buffer {
    return this.store.subarray(0, this.used);
  }

  reset(): void {
    this.used = 0;
  }

  /**
   * Gives away the memory holding what was written (to be transferred to another thread, not
   * copied) and goes on in `next` (memory given back by that thread), or in fresh memory.
   */
  handOver(next: ArrayBuffer | undefined): Uint8Array<ArrayBuffer> {
    // allocUnsafeSlow and Buffer.from(ArrayBuffer) never give shared memory.
    const written = new Uint8Array(this.store.buffer as ArrayBuffer, this.store.byteOffset, this.used);
    this.store = next === undefined ? Buffer.allocUnsafeSlow(this.store.length) : Buffer.from(next);
    this.used = 0;
    return written;
  }
}

/** Writes `bytes` and resolves once the stream is done with them (the buffer may then be filled again). */
function written(stream: Writable, bytes: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(bytes, (error) => (error ? reject(error) : resolve()));
  });
}

function withBlankLines(counts: BatchCounts, blankLines: number): BatchCounts {
  counts.blankLines = blankLines;
  return counts;
}
