/**
 * A regular file's bytes with reads ahead: up to AHEAD positional reads in flight in libuv's
 * thread pool while the chunk at hand is parsed, into a ring of RING buffers used over and over.
 *
 * Measured on the 116 MB benchmark file, reading alone: fs.ReadStream 0.57 CPU s, positional
 * reads into fresh 64 KiB buffers 0.40 s, into reused ones 0.09 s. A fresh buffer is fresh pages
 * (malloc gives the memory back to the system when the GC frees a buffer, and the next one
 * page-faults its way in again); and ReadStream asks for the next chunk only once the last one is
 * taken, so each chunk waited a round trip to the thread pool.
 *
 * A chunk's memory is read into again RING - AHEAD chunks later. The reader of these chunks
 * (csv/read.ts's ByteInput) decodes a chunk or copies it before it asks for the next one, and
 * keeps nothing of it beyond that: test/batch/file-input.test.ts reads large files both ways.
 */
import { close, closeSync, read, readSync } from 'node:fs';

/** Bytes per read, as fs.ReadStream reads. */
const READ_BYTES = 1 << 16;
/** Reads in flight ahead of the chunk being used. */
const AHEAD = 3;
/** Buffers in the ring: a chunk given out stays untouched while the next RING - AHEAD - 1 are read. */
const RING = 8;

interface Pending {
  readonly at: number;
  readonly done: Promise<{ bytes: Buffer; error?: undefined } | { bytes?: undefined; error: Error }>;
}

function readAt(fd: number, at: number, buffer: Buffer): Pending {
  // Settles either way: a read nobody awaits yet must not be an unhandled rejection.
  const done = new Promise<{ bytes: Buffer } | { error: Error }>((resolve) => {
    read(fd, buffer, 0, buffer.length, at, (error, count) => resolve(error ? { error } : { bytes: buffer.subarray(0, count) }));
  });
  return { at, done } as Pending;
}

/**
 * Read memory a thread keeps for the parts it reads one after another (parallel.ts): a part's
 * reads go into it instead of fresh memory, which is fresh pages every part (about 128 page
 * faults per part). Taken by one reading at a time: a reading that finds it taken (a part read
 * again while the last one's reads are still settling) uses fresh memory.
 */
export class ReadRing {
  readonly memory = new ArrayBuffer(RING * READ_BYTES);
  taken = false;
}

export interface FileChunks {
  readonly chunks: AsyncGenerator<Buffer>;
  /** Closes the file if its chunks were never read (once reading starts, the reading closes it). */
  close(): void;
}

/**
 * The bytes of the open regular file `fd`, in chunks; `fd` is closed when they are done, failed
 * or left. (The parts of parallel batch are read by `readRange`.)
 */
export function readAhead(fd: number): FileChunks {
  let started = false;
  async function* chunks(): AsyncGenerator<Buffer> {
    if (started) return;
    started = true;
    let queue: Pending[] = [];
    let position = 0;
    const memory = new ArrayBuffer(RING * READ_BYTES);
    const ring = Array.from({ length: RING }, (_, index) => Buffer.from(memory, index * READ_BYTES, READ_BYTES));
    let reads = 0;
    const issue = (): void => {
      queue.push(readAt(fd, position, ring[reads++ % RING]!));
      position += READ_BYTES;
    };
    try {
      for (let i = 0; i < AHEAD; i++) issue();
      for (;;) {
        // Never empty: each read taken is replaced by the next before this one is given out.
        const next = queue.shift()!;
        const { bytes, error } = await next.done;
        if (error !== undefined) throw error;
        if (bytes.length === 0) return;
        if (bytes.length < READ_BYTES) {
          // A short read before the end (a file still being written): the reads after it started
          // at the wrong place. Drop them and go on from where this one stopped.
          await Promise.all(queue.map((pending) => pending.done));
          queue = [];
          position = next.at + bytes.length;
        }
        issue();
        yield bytes;
      }
    } finally {
      // Never close under a read in flight: the descriptor could be reused by another open.
      await Promise.all(queue.map((pending) => pending.done));
      close(fd, () => undefined);
    }
  }
  return {
    chunks: chunks(),
    close() {
      if (started) return;
      started = true;
      close(fd, () => undefined);
    },
  };
}

/**
 * The bytes [start, end) of the open regular file `fd` (a part of parallel batch, parallel.ts),
 * read when asked for, with blocking reads, into `kept`'s memory when it is free; `fd` is closed
 * when they are done, failed or left.
 *
 * A thread that scores parts is busy all the time, and so is the other one: a read handed to
 * libuv's thread pool wakes a thread that has no core of its own, and waking it cost each thread
 * about a fifth of its time on the 2-core machine (README, Performance: Two threads). A part is
 * in the page cache or on its way there (the cuts were just read), and a blocking read of 64 KiB
 * of it takes microseconds.
 */
export function readRange(fd: number, range: { readonly start: number; readonly end: number }, kept?: ReadRing): FileChunks {
  let started = false;
  async function* chunks(): AsyncGenerator<Buffer> {
    if (started) return;
    started = true;
    const reused = kept !== undefined && !kept.taken;
    if (reused) kept.taken = true;
    const memory = reused ? kept.memory : new ArrayBuffer(RING * READ_BYTES);
    const ring = Array.from({ length: RING }, (_, index) => Buffer.from(memory, index * READ_BYTES, READ_BYTES));
    let position = range.start;
    let reads = 0;
    try {
      while (position < range.end) {
        const buffer = ring[reads++ % RING]!;
        const count = readSync(fd, buffer, 0, Math.min(READ_BYTES, range.end - position), position);
        if (count === 0) return;
        position += count;
        yield buffer.subarray(0, count);
      }
    } finally {
      if (reused) kept!.taken = false;
      closeSync(fd);
    }
  }
  return {
    chunks: chunks(),
    close() {
      if (started) return;
      started = true;
      closeSync(fd);
    },
  };
}
