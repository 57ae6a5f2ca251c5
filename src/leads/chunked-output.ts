/**
 * Output gathered into chunks, encoded, and written with backpressure. Rows are added one by
 * one and never joined beyond a chunk: a row of any size (a 10 MB header name repeated in every
 * JSON line, say) costs its own size, not its size times the rows of a parse batch.
 *
 * UTF-8 output is encoded straight into 64 KiB Buffers (and rows copied as bytes by batch's
 * byte path land there too): no output string is ever built. The Buffers are reused once a
 * file or standard output has written them; any other Writable may keep what it was given
 * (test streams do), so it gets fresh ones. Without reuse, 1M rows of JSON Lines (450 MB)
 * left freed Buffers for the GC to find, and the peak RSS rose to 115 MB. Other encodings gather
 * about 16K characters of text and encode that.
 */
import { WriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { ByteArena, KeptBytes } from './arena.js';
import type { OutputEncoding } from '../csv/encode.js';

/**
 * Characters gathered before a write (non-UTF-8 encodings): large enough that writes cost
 * nothing per row, small enough that the joined chunk (2 bytes a character once a row has
 * Cyrillic or Greek) stays under V8's 128 KiB regular-object limit. 64K characters made every
 * chunk a large object, a fresh mmap and munmap each: on 1M rows that was 1.5 s of system time.
 */
const CHUNK_CHARS = 1 << 14;
/** Bytes per output buffer (UTF-8): off the V8 heap, so their size costs no GC work. */
export const BUFFER_BYTES = 1 << 16;
/** Below this many bytes a copy is a plain loop: Buffer#copy and TypedArray#set allocate a view each call. */
const LOOP_COPY_BYTES = 48;
/** From this many bytes a copy inside the arena (`copyWithin`, no view) beats the loop. */
const ARENA_COPY_BYTES = 16;

export class ChunkedOutput {
  private text = '';
  private buffer: Buffer | null = null;
  private used = 0;
  /** UTF-8 output: addBytes() may be used */
  readonly utf8: boolean;
  /** Buffers the stream has written, to fill again (only for streams known not to keep them) */
  private readonly free: Buffer[] | undefined;
  /** where the current buffer starts in the arena, -1 when it is not in it */
  private targetOffset = -1;
  /** the last input buffer given to addBytes and where it starts in the arena (-1: not in it) */
  private input: Uint8Array | undefined;
  private inputOffset = -1;

  /**
   * `arena`: batch's byte path shares one with its input (arena.ts); rows in it are copied with
   * `copyWithin`. Its slots serve as output buffers only for streams known not to keep them
   * (a file, standard output, or a stream that says it `copies` what it is given).
   */
  constructor(
    private readonly stream: Writable,
    private readonly encoding: OutputEncoding,
    private readonly arena?: ByteArena,
  ) {
    this.utf8 = typeof encoding.encode('') === 'string';
    this.free = stream instanceof WriteStream || stream === process.stdout || (stream as { copies?: boolean }).copies === true ? [...(arena?.slots ?? [])] : undefined;
  }

  /** Adds text; returns a promise to await when the chunk was handed on and the stream is full. */
  add(text: string): Promise<void> | undefined {
    if (!this.utf8) {
      this.text += text;
      return this.text.length >= CHUNK_CHARS ? this.flush() : undefined;
    }
    if (text.length === 0) return undefined;
    // At most 3 bytes per UTF-16 unit.
    let pending: Promise<void> | undefined;
    if (this.buffer === null || this.used + 3 * text.length > BUFFER_BYTES) {
      pending = this.flush();
      if (3 * text.length > BUFFER_BYTES) return this.writeAlone(pending, Buffer.from(text, 'utf8'));
      this.take();
    }
    this.used += this.buffer!.write(text, this.used, 'utf8');
    return pending;
  }

  /**
   * Adds the bytes `source[start, end)` (UTF-8 output only). `input`: the source is the byte
   * path's input buffer, which may lie in the arena (where it lies is kept for the last input
   * buffer seen, not asked per row).
   */
  /**
   * Writes what does not fit in a buffer after the buffers before it. Apart from add and
   * addBytes: a closure there (over the text, or the source and offsets) would make V8 allocate
   * a context on every call of theirs, once per row, whether the closure is made or not.
   */
  private writeAlone(pending: Promise<void> | undefined, bytes: Buffer): Promise<void> | undefined {
    return chain(pending, () => write(this.stream, bytes));
  }

  addBytes(source: Uint8Array, start: number, end: number, input = false): Promise<void> | undefined {
    const length = end - start;
    let pending: Promise<void> | undefined;
    if (this.buffer === null || this.used + length > BUFFER_BYTES) {
      pending = this.flush();
      if (length > BUFFER_BYTES) return this.writeAlone(pending, Buffer.from(source.subarray(start, end)));
      this.take();
    }
    const buffer = this.buffer!;
    let used = this.used;
    if (input && length >= ARENA_COPY_BYTES && this.targetOffset >= 0 && this.offsetOfInput(source) >= 0) {
      this.arena!.move(this.targetOffset + used, this.inputOffset + start, this.inputOffset + end);
      used += length;
    } else if (length < LOOP_COPY_BYTES) for (let at = start; at < end; at++) buffer[used++] = source[at]!;
    else {
      buffer.set(source.subarray(start, end), used);
      used += length;
    }
    this.used = used;
    return pending;
  }

  /** Adds bytes kept in the arena (ByteArena.keep; offset -1: not kept there) (UTF-8 output only). */
  addKept({ bytes, offset }: KeptBytes): Promise<void> | undefined {
    const length = bytes.byteLength;
    if (offset < 0 || length < ARENA_COPY_BYTES || length > BUFFER_BYTES) return this.addBytes(bytes, 0, length);
    // room() makes the space now (what it returns only says when the last buffer was written).
    const pending = this.room(length);
    if (this.targetOffset >= 0) this.arena!.move(this.targetOffset + this.used, offset, offset + length);
    else this.buffer!.set(bytes, this.used);
    this.used += length;
    return pending;
  }

  /**
   * Makes room for `length` bytes (at most BUFFER_BYTES) in the current buffer, for a writer
   * that fills `buffer` from `used` on and then moves `used` (UTF-8 output only).
   */
  room(length: number): Promise<void> | undefined {
    if (this.buffer !== null && this.used + length <= BUFFER_BYTES) return undefined;
    const pending = this.flush();
    this.take();
    return pending;
  }

  /** The current buffer, after room(). */
  get current(): Buffer {
    return this.buffer!;
  }

  /** Where the current buffer starts in the arena, or -1 (not in it, or no arena). */
  get currentOffset(): number {
    return this.targetOffset;
  }

  /** The arena shared with the input, if any. */
  get sharedArena(): ByteArena | undefined {
    return this.arena;
  }

  get position(): number {
    return this.used;
  }

  set position(used: number) {
    this.used = used;
  }

  /** Writes what was gathered. */
  flush(): Promise<void> | undefined {
    if (!this.utf8) {
      if (this.text === '') return undefined;
      const text = this.text;
      this.text = '';
      return write(this.stream, this.encoding.encode(text));
    }
    const buffer = this.buffer;
    if (buffer === null || this.used === 0) return undefined;
    const bytes = buffer.subarray(0, this.used);
    this.buffer = null;
    this.used = 0;
    const free = this.free;
    const arena = this.arena;
    return write(this.stream, bytes, free === undefined ? undefined : () => (free.length < 8 || arena?.holds(buffer)) && free.push(buffer));
  }

  private take(): void {
    const buffer = this.free?.pop() ?? Buffer.allocUnsafeSlow(BUFFER_BYTES);
    this.buffer = buffer;
    this.used = 0;
    this.targetOffset = this.arena?.offsetOf(buffer) ?? -1;
  }

  /** Where the input buffer `source` is in the arena (-1: elsewhere), kept for the last one: rows come from one input buffer after another. */
  offsetOfInput(source: Uint8Array): number {
    if (source !== this.input) {
      this.input = source;
      this.inputOffset = this.arena?.offsetOf(source) ?? -1;
    }
    return this.inputOffset;
  }
}

function chain(first: Promise<void> | undefined, then: () => Promise<void> | undefined): Promise<void> | undefined {
  return first === undefined ? then() : first.then(then);
}

/**
 * Writes and resolves once the data is handed to the stream (respects backpressure).
 * `written` runs when the stream has written the data (not after a failed write).
 */
function write(stream: Writable, data: string | Uint8Array, written?: () => void): Promise<void> | undefined {
  const callback =
    written === undefined
      ? undefined
      : (error?: Error | null) => {
          if (!error) written();
        };
  if (stream.write(data, callback)) return undefined;
  return drained(stream);
}

/** Resolves when a full stream has room again (rejects when it fails first). */
export function drained(stream: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error): void => {
      stream.off('drain', done);
      stream.off('error', done);
      if (error) reject(error);
      else resolve();
    };
    stream.once('drain', done);
    stream.once('error', done);
  });
}
