/**
 * Output files appear whole or not at all: data goes to a temporary file beside the target
 * and is renamed over it only after success. An error or Ctrl-C leaves the old file untouched.
 */
import { closeSync, createWriteStream, fsyncSync, openSync, renameSync, rmSync, writeFileSync, type WriteStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const pending = new Set<string>();
let cleanupInstalled = false;

/** Removes temporary files left by an interrupted run (SIGINT/SIGTERM, or exit before commit). */
function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  const cleanup = (): void => {
    for (const path of pending) rmSync(path, { force: true });
    pending.clear();
  };
  process.once('exit', cleanup);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      cleanup();
      // The conventional status for death by signal: 128 + its number (SIGINT → 130).
      process.exit(128 + ({ SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const)[signal]);
    });
  }
}

function temporaryPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.clientfit-tmp-${process.pid}-${Date.now().toString(36)}`);
}

export function writeFileAtomic(target: string, data: string | Uint8Array): void {
  installCleanup();
  const temporary = temporaryPath(target);
  pending.add(temporary);
  try {
    writeFileSync(temporary, data, { flag: 'wx' });
    const fd = openSync(temporary, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, target);
  } finally {
    rmSync(temporary, { force: true });
    pending.delete(temporary);
  }
}

export interface AtomicStream {
  readonly stream: WriteStream;
  /** flush, close and rename over the target */
  commit(): Promise<void>;
  /** close and remove the temporary file; the target is untouched */
  abort(): Promise<void>;
}

export function createAtomicWriteStream(target: string): AtomicStream {
  installCleanup();
  const temporary = temporaryPath(target);
  pending.add(temporary);
  const stream = createWriteStream(temporary, { flags: 'wx', highWaterMark: 1 << 20 });
  const closed = (): Promise<void> =>
    new Promise((resolve, reject) => {
      if (stream.closed) return resolve();
      stream.once('error', reject);
      stream.end(() => resolve());
    });
  return {
    stream,
    async commit() {
      await closed();
      renameSync(temporary, target);
      pending.delete(temporary);
    },
    async abort() {
      await closed().catch(() => undefined);
      rmSync(temporary, { force: true });
      pending.delete(temporary);
    },
  };
}
