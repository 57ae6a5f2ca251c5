/**
 * Reading a small input file (criteria, answers) without trusting its size: at most `limit`
 * bytes are kept, and one byte more tells that the input was longer. This works where a size
 * from stat() means nothing: /dev/zero, /dev/urandom, a FIFO, an endless standard input.
 * Before this, `-c /dev/zero` grew to 1-3 GB and died natively.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import type { Readable } from 'node:stream';

/** Criteria and answers files are a few KB; 1 MiB of YAML already takes about 200 MB to parse. */
export const MAX_INPUT_BYTES = 1024 * 1024;

export type Bounded = { readonly ok: true; readonly bytes: Buffer } | { readonly ok: false; readonly limit: number };

const CHUNK = 64 * 1024;

/** Reads a file (or device, or FIFO) up to `limit` bytes; file-system errors are thrown as they are. */
export function readFileBounded(path: string, limit: number = MAX_INPUT_BYTES): Bounded {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(limit + 1);
    let length = 0;
    while (length <= limit) {
      const read = readSync(fd, buffer, length, Math.min(CHUNK, limit + 1 - length), null);
      if (read === 0) break;
      length += read;
    }
    return length > limit ? { ok: false, limit } : { ok: true, bytes: Buffer.from(buffer.subarray(0, length)) };
  } finally {
    closeSync(fd);
  }
}

/** Reads a stream (standard input) up to `limit` bytes, and stops reading it beyond. */
export async function readStreamBounded(stream: Readable, limit: number = MAX_INPUT_BYTES): Promise<Bounded> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(bytes);
    length += bytes.length;
    // Leaving the loop ends the iteration: nothing more is read.
    if (length > limit) return { ok: false, limit };
  }
  return { ok: true, bytes: Buffer.concat(chunks, length) };
}

/** "1 MiB", "512 KiB": how limits are named in messages and in the README. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}
