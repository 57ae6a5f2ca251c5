/**
 * Output gathered into chunks, encoded, and written with backpressure. Rows are added one by
 * one and never joined beyond a chunk: a row of any size (a 10 MB header name repeated in every
 * JSON line, say) costs its own size, not its size times the rows of a parse batch.
 *
 * UTF-8 output is encoded straight into 64 KiB Buffers (and rows copied as bytes by batch's
 * byte path land there too): no output string is ever built. A Buffer is not reused after it
 * is written: a Writable may keep what it was given (test streams do), and a fresh 64 KiB
 * allocation is a malloc outside the V8 heap, not a large-object mmap. Other encodings gather
 * about 16K characters of text and encode that.
 */
import type { Writable } from 'node:stream';
import type { OutputEncoding } from './encode.js';

/**
 * Characters gathered before a write (non-UTF-8 encodings): large enough that writes cost
 * nothing per row, small enough that the joined chunk (2 bytes a character once a row has
 * Cyrillic or Greek) stays under V8's 128 KiB regular-object limit. 64K characters made every
 * chunk a large object, a fresh mmap and munmap each: on 1M rows that was 1.5 s of system time.
 */
const CHUNK_CHARS = 1 << 14;
/** Bytes per output buffer (UTF-8): off the V8 heap, so their size costs no GC work. */
const BUFFER_BYTES = 1 << 16;
/** Below this many bytes a copy is a plain loop: Buffer#copy and TypedArray#set allocate a view each call. */
const LOOP_COPY_BYTES = 256;

export class ChunkedOutput {
  private text = '';
  private buffer: Buffer | null = null;
  private used = 0;
  /** UTF-8 output: addBytes() may be used */
  readonly utf8: boolean;

  constructor(
    private readonly stream: Writable,
    private readonly encoding: OutputEncoding,
  ) {
    this.utf8 = typeof encoding.encode('') === 'string';
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
      if (3 * text.length > BUFFER_BYTES) return chain(pending, () => write(this.stream, Buffer.from(text, 'utf8')));
      this.take();
    }
    this.used += this.buffer!.write(text, this.used, 'utf8');
    return pending;
  }

  /** Adds the bytes `source[start, end)` (UTF-8 output only). */
  addBytes(source: Uint8Array, start: number, end: number): Promise<void> | undefined {
    const length = end - start;
    let pending: Promise<void> | undefined;
    if (this.buffer === null || this.used + length > BUFFER_BYTES) {
      pending = this.flush();
      if (length > BUFFER_BYTES) return chain(pending, () => write(this.stream, Buffer.from(source.subarray(start, end))));
      this.take();
    }
    const buffer = this.buffer!;
    let used = this.used;
    if (length < LOOP_COPY_BYTES) for (let at = start; at < end; at++) buffer[used++] = source[at]!;
    else {
      buffer.set(source.subarray(start, end), used);
      used += length;
    }
    this.used = used;
    return pending;
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
    return write(this.stream, bytes);
  }

  private take(): void {
    this.buffer = Buffer.allocUnsafeSlow(BUFFER_BYTES);
    this.used = 0;
  }
}

function chain(first: Promise<void> | undefined, then: () => Promise<void> | undefined): Promise<void> | undefined {
  return first === undefined ? then() : first.then(then);
}

/** Writes and resolves once the data is handed to the stream (respects backpressure). */
function write(stream: Writable, data: string | Uint8Array): Promise<void> | undefined {
  if (stream.write(data)) return undefined;
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
