/**
 * Output text gathered into chunks of about 16K characters, encoded, and written with
 * backpressure. Rows are added one by one and never joined beyond a chunk: a row of any size
 * (a 10 MB header name repeated in every JSON line, say) costs its own size, not its size times
 * the rows of a parse batch.
 */
import type { Writable } from 'node:stream';
import type { OutputEncoding } from './encode.js';

/**
 * Characters gathered before a write: large enough that writes cost nothing per row, small
 * enough that the joined chunk (2 bytes a character once a row has Cyrillic or Greek) stays
 * under V8's 128 KiB regular-object limit. 64K characters made every chunk a large object, a
 * fresh mmap and munmap each: on 1M rows that was 1.5 s of system time and ~3 s in all.
 */
const CHUNK_CHARS = 1 << 14;

export class ChunkedOutput {
  private text = '';

  constructor(
    private readonly stream: Writable,
    private readonly encoding: OutputEncoding,
  ) {}

  /** Adds text; returns a promise to await when the chunk was handed on and the stream is full. */
  add(text: string): Promise<void> | undefined {
    this.text += text;
    return this.text.length >= CHUNK_CHARS ? this.flush() : undefined;
  }

  /** Writes what was gathered. */
  flush(): Promise<void> | undefined {
    if (this.text === '') return undefined;
    const text = this.text;
    this.text = '';
    return write(this.stream, this.encoding.encode(text));
  }
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
