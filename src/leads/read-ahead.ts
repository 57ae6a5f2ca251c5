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
import { close, read } from 'node:fs';

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

export interface FileChunks {
  readonly chunks: AsyncGenerator<Buffer>;
  /** Closes the file if its chunks were never read (once reading starts, the reading closes it). */
  close(): void;
}

/**
 * The bytes of the open regular file `fd` from its start (or the bytes [start, end) of it: a part
 * read by a worker, src/leads/parallel.ts), in chunks; `fd` is closed when they are done, failed
 * or left.
 */
export function readAhead(fd: number, range: { readonly start: number; readonly end: number } = { start: 0, end: Infinity }): FileChunks {
  let started = false;
  async function* chunks(): AsyncGenerator<Buffer> {
    if (started) return;
    started = true;
    let queue: Pending[] = [];
    let position = range.start;
    const memory = new ArrayBuffer(RING * READ_BYTES);
    const ring = Array.from({ length: RING }, (_, index) => Buffer.from(memory, index * READ_BYTES, READ_BYTES));
    let reads = 0;
    const issue = (): void => {
      const buffer = ring[reads++ % RING]!;
      const length = Math.min(READ_BYTES, range.end - position);
      if (length <= 0) return;
      queue.push(readAt(fd, position, length === READ_BYTES ? buffer : buffer.subarray(0, length)));
      position += length;
    };
    try {
      for (let i = 0; i < AHEAD; i++) issue();
      for (;;) {
        const next = queue.shift();
        if (next === undefined) return; // the range is read
        const { bytes, error } = await next.done;
        if (error !== undefined) throw error;
        if (bytes.length === 0) return;
        if (bytes.length < READ_BYTES && next.at + bytes.length < range.end && next.at + READ_BYTES <= range.end) {
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
