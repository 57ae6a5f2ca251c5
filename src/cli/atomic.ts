/**
 * Output files appear whole or not at all: data goes to a temporary file beside the target
 * and is renamed over it only after success. An error or Ctrl-C leaves the old file untouched.
 */
import { closeSync, createWriteStream, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync, type WriteStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DataError } from '../errors.js';
import { describeFsError } from './fs-errors.js';

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

/** Refuses a target that is a directory, before any work is done. */
function checkTarget(target: string, shown: string): void {
  let isDirectory = false;
  try {
    isDirectory = statSync(target).isDirectory();
  } catch {
    // Not there yet: that is the usual case.
  }
  if (isDirectory) throw new DataError(`cannot write ${shown}: it is a directory`);
}

/** Creates the temporary file now, so a bad output path fails before the input is read. */
function openTemporary(target: string, shown: string): { fd: number; temporary: string } {
  checkTarget(target, shown);
  const temporary = temporaryPath(target);
  try {
    const fd = openSync(temporary, 'wx');
    pending.add(temporary);
    return { fd, temporary };
  } catch (error) {
    throw new DataError(`cannot write ${shown}: ${describeFsError(error)}`, { cause: error });
  }
}

function rename(temporary: string, target: string, shown: string): void {
  try {
    renameSync(temporary, target);
  } catch (error) {
    throw new DataError(`cannot write ${shown}: ${describeFsError(error)}`, { cause: error });
  } finally {
    rmSync(temporary, { force: true });
    pending.delete(temporary);
  }
}

/** `shown` is the path as messages name it. */
export function writeFileAtomic(target: string, data: string | Uint8Array, shown = target): void {
  installCleanup();
  const { fd, temporary } = openTemporary(target, shown);
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    pending.delete(temporary);
    throw new DataError(`cannot write ${shown}: ${describeFsError(error)}`, { cause: error });
  }
  closeSync(fd);
  rename(temporary, target, shown);
}

export interface AtomicStream {
  readonly stream: WriteStream;
  /** flush, close and rename over the target */
  commit(): Promise<void>;
  /** close and remove the temporary file; the target is untouched */
  abort(): Promise<void>;
}

export function createAtomicWriteStream(target: string, shown = target): AtomicStream {
  installCleanup();
  const { fd, temporary } = openTemporary(target, shown);
  const stream = createWriteStream(temporary, { fd, highWaterMark: 1 << 20 });
  const closed = (): Promise<void> =>
    new Promise((resolve, reject) => {
      if (stream.closed) return resolve();
      stream.once('error', reject);
      stream.end(() => resolve());
    });
  return {
    stream,
    async commit() {
      try {
        await closed();
      } catch (error) {
        rmSync(temporary, { force: true });
        pending.delete(temporary);
        throw new DataError(`cannot write ${shown}: ${describeFsError(error)}`, { cause: error });
      }
      rename(temporary, target, shown);
    },
    async abort() {
      await closed().catch(() => undefined);
      rmSync(temporary, { force: true });
      pending.delete(temporary);
    },
  };
}
