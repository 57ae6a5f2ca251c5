/**
 * Writing the files a user names (`batch -o FILE`, `init FILE`) without ever losing one.
 *
 * What the name points at decides how:
 * - a regular file, or nothing yet: data goes to a temporary file beside it, renamed over it
 *   only after success, so the file appears whole or not at all (an error or Ctrl-C leaves the
 *   old one untouched). An existing file keeps its permission bits (and owner, where allowed).
 * - a symbolic link: the same, at the file the link points to; the link stays a link.
 * - anything else (`/dev/null`, a FIFO, a terminal, `/dev/stdout`): written straight into, as
 *   `cat > /dev/null` would. Renaming over those would replace a device or a pipe with a file.
 *
 * Temporary files are named `.NAME.clientfit-tmp-PID-HOST-RANDOM`: a run killed where it cannot
 * clean up (SIGKILL) leaves one behind, and the next run into the same folder removes those
 * whose process is gone.
 */
import {
  closeSync,
  createWriteStream,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  lstatSync,
  open,
  openSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
  type Stats,
  type WriteStream,
} from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { DataError } from '../errors.js';
import type { AllWords } from '../i18n/index.js';
import { describeFsError, errorCode } from './fs-errors.js';

const pending = new Set<string>();
let cleanupInstalled = false;

/** The signals that end a run with clean-up; 128 + the number is the conventional exit status. */
const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1, SIGQUIT: 3 } as const;

/**
 * Removes temporary files left by an interrupted run (a signal, or exit before commit).
 * Not signal-exit (bundled with @inquirer/core for prompts): on a signal it re-raises the signal
 * once no other listener is left, so the run ends killed by it, not with the documented exit
 * status 128 + n (130 for Ctrl-C, src/errors.ts); told not to, it leaves the exit to us, which
 * is all the ten lines below do besides the clean-up.
 */
function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  const cleanup = (): void => {
    for (const path of pending) rmSync(path, { force: true });
    pending.clear();
  };
  process.once('exit', cleanup);
  for (const signal of Object.keys(SIGNALS) as (keyof typeof SIGNALS)[]) {
    process.once(signal, () => {
      cleanup();
      process.exit(128 + SIGNALS[signal]);
    });
  }
}

function forget(temporary: string): void {
  rmSync(temporary, { force: true });
  pending.delete(temporary);
}

/**
 * The host in temporary names: a process id means something only on the machine that made it,
 * and a folder may be shared (NFS, a container's volume). Eight hex digits of a hash keep names
 * short and free of the dots and dashes host names carry.
 */
let host: string | undefined;
function hostTag(): string {
  // node:crypto is loaded here, when a file is written, not with the module: it costs every
  // batch run about 9 ms of start-up (17 built-in modules), and most batches write to stdout.
  host ??= process.getBuiltinModule('node:crypto').createHash('sha256').update(hostname()).digest('hex').slice(0, 8);
  return host;
}
const TEMPORARY = /^\..+\.clientfit-tmp-(\d+)-([0-9a-f]{8})-[0-9a-z]+$/u;

export function temporaryPath(target: string): string {
  const random = process.getBuiltinModule('node:crypto').randomBytes(4).readUInt32BE(0).toString(36);
  return join(dirname(target), `.${basename(target)}.clientfit-tmp-${process.pid}-${hostTag()}-${random}`);
}

/** Whether a process with this id runs on this machine (EPERM: it does, as another user). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) !== 'ESRCH';
  }
}

/**
 * Removes temporary files in `folder` left by runs of this host whose process is gone.
 * Best effort: a folder that cannot be listed or a file that cannot be removed is left as is.
 */
export function removeStaleTemporaries(folder: string): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const match = TEMPORARY.exec(name);
    if (match === null || match[2] !== hostTag()) continue;
    const pid = Number(match[1]);
    if (pid === process.pid || alive(pid)) continue;
    const path = join(folder, name);
    try {
      if (lstatSync(path).isFile()) rmSync(path, { force: true });
    } catch {
      // Gone already, or not ours to remove.
    }
  }
}

/** `/dev/stdout`, `/dev/fd/3`, `/proc/self/fd/1`: a name for a descriptor this process holds. */
const OWN_DESCRIPTOR = /^\/(?:dev\/(?:(stdin|stdout|stderr)|fd\/(\d+))|proc\/(?:self|thread-self|(\d+))\/fd\/(\d+))$/u;

function ownDescriptor(path: string): number | undefined {
  const match = OWN_DESCRIPTOR.exec(path);
  if (match === null) return undefined;
  const [, std, devFd, pid, procFd] = match;
  if (pid !== undefined && Number(pid) !== process.pid) return undefined;
  if (std !== undefined) return { stdin: 0, stdout: 1, stderr: 2 }[std as 'stdin' | 'stdout' | 'stderr'];
  return Number(devFd ?? procFd);
}

export type Target =
  /** nothing there yet: a new file at `path` */
  | { readonly kind: 'new'; readonly path: string }
  /** a regular file at `path` (the end of any symbolic links) */
  | { readonly kind: 'file'; readonly path: string; readonly stat: Stats }
  /** a descriptor this process holds: written through it, never reopened */
  | { readonly kind: 'descriptor'; readonly path: string; readonly fd: number }
  /** a device, FIFO or another process's descriptor: opened and written straight into */
  | { readonly kind: 'special'; readonly path: string; readonly stat: Stats };

/**
 * Follows symbolic links one at a time (so that `/dev/stdout` -> `/proc/self/fd/1` is seen for
 * what it is) and says what the name points at. Refuses folders and sockets.
 */
export function resolveTarget(t: AllWords['common'], target: string, shown: string): Target {
  let path = resolve(target);
  for (let hops = 0; hops < 40; hops++) {
    const fd = ownDescriptor(path);
    if (fd !== undefined) {
      try {
        fstatSync(fd);
      } catch (error) {
        throw new DataError(t.cannotWrite({ file: shown, reason: describeFsError(t, error) }), { cause: error });
      }
      return { kind: 'descriptor', path, fd };
    }
    let link: string;
    try {
      link = readlinkSync(path);
    } catch {
      break; // not a link (EINVAL), or not there (ENOENT): stat says which below
    }
    path = resolve(dirname(path), link);
  }
  let stat: Stats;
  try {
    stat = statSync(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { kind: 'new', path };
    throw new DataError(t.cannotWrite({ file: shown, reason: describeFsError(t, error) }), { cause: error });
  }
  if (stat.isDirectory()) throw new DataError(t.cannotWrite({ file: shown, reason: t.itIs({ kind: t.kinds.directory }) }));
  if (stat.isSocket()) throw new DataError(t.cannotWrite({ file: shown, reason: t.itIs({ kind: t.kinds.socket }) }));
  return stat.isFile() ? { kind: 'file', path, stat } : { kind: 'special', path, stat };
}

/**
 * Creates the temporary file for a new or regular target, with the existing file's permission
 * bits and, where the system allows, its owner and group.
 */
function openTemporary(t: AllWords['common'], target: Extract<Target, { kind: 'new' | 'file' }>, shown: string): { fd: number; temporary: string } {
  installCleanup();
  removeStaleTemporaries(dirname(target.path));
  const temporary = temporaryPath(target.path);
  let fd: number;
  try {
    fd = openSync(temporary, 'wx', target.kind === 'file' ? target.stat.mode & 0o7777 : 0o666);
    pending.add(temporary);
  } catch (error) {
    throw new DataError(t.cannotWrite({ file: shown, reason: describeFsError(t, error) }), { cause: error });
  }
  if (target.kind === 'file') {
    const { uid, gid, mode } = target.stat;
    try {
      const own = fstatSync(fd);
      if (own.uid !== uid || own.gid !== gid) fchownSync(fd, uid, gid);
    } catch {
      // Only root may give a file away; the data matters more than the owner.
    }
    // After fchown, which clears set-id bits; and open() applied the umask to the mode.
    fchmodSync(fd, mode & 0o7777);
  }
  return { fd, temporary };
}

function rename(t: AllWords['common'], temporary: string, target: string, shown: string): void {
  try {
    renameSync(temporary, target);
  } catch (error) {
    throw new DataError(t.cannotWrite({ file: shown, reason: describeFsError(t, error) }), { cause: error });
  } finally {
    forget(temporary);
  }
}

function writeAll(fd: number, bytes: Uint8Array): void {
  let written = 0;
  while (written < bytes.length) written += writeSync(fd, bytes, written);
}

/** Writes a whole file (see the top of this module for how). `shown` is the path as messages name it. */
export function writeFileAtomic(t: AllWords['common'], targetPath: string, data: string | Uint8Array, shown = targetPath): void {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  const target = resolveTarget(t, targetPath, shown);
  if (target.kind === 'descriptor' || target.kind === 'special') {
    let fd: number | undefined;
    try {
      fd = target.kind === 'descriptor' ? target.fd : openSync(target.path, 'w');
      writeAll(fd, bytes);
    } catch (error) {
      throw new DataError(t.cannotWrite({ file: shown, reason: describeFsError(t, error) }), { cause: error });
    } finally {
      if (fd !== undefined && target.kind === 'special') closeSync(fd);
    }
    return;
  }
  const { fd, temporary } = openTemporary(t, target, shown);
  try {
    writeAll(fd, bytes);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    forget(temporary);
    throw new DataError(t.cannotWrite({ file: shown, reason: describeFsError(t, error) }), { cause: error });
  }
  closeSync(fd);
  rename(t, temporary, target.path, shown);
}

export interface OutputStream {
  readonly stream: Writable;
  /** flush, close and (for a file) rename over the target */
  commit(): Promise<void>;
  /**
   * Closes and removes the temporary file (the target is untouched) and returns the error to
   * report: a failure of this stream's own writes becomes a DataError naming the file.
   */
  abort(error?: unknown): Promise<unknown>;
}

function openAsync(path: string, flags: string): Promise<number> {
  return new Promise((resolvePromise, reject) => open(path, flags, (error, fd) => (error ? reject(error) : resolvePromise(fd))));
}

/**
 * A stream into a target from resolveTarget. A FIFO is opened without blocking the event loop
 * (the open waits for a reader), so Ctrl-C still ends the run.
 */
export async function openTargetStream(t: AllWords['common'], target: Target, shown: string): Promise<OutputStream> {
  let stream: WriteStream;
  let temporary: string | undefined;
  if (target.kind === 'new' || target.kind === 'file') {
    const opened = openTemporary(t, target, shown);
    temporary = opened.temporary;
    // flush: fsync before close, so the rename never publishes a file whose data is not on disk.
    stream = createWriteStream(temporary, { fd: opened.fd, highWaterMark: 1 << 20, flush: true });
  } else if (target.kind === 'descriptor') {
    stream = createWriteStream('', { fd: target.fd, autoClose: false, highWaterMark: 1 << 20 });
  } else {
    let fd: number;
    try {
      fd = await openAsync(target.path, 'w');
    } catch (error) {
      throw new DataError(t.cannotWrite({ file: shown, reason: describeFsError(t, error) }), { cause: error });
    }
    stream = createWriteStream('', { fd, highWaterMark: 1 << 20 });
  }
  let failure: unknown;
  stream.on('error', (error) => (failure ??= error));
  const finished = (): Promise<void> =>
    new Promise((resolvePromise, reject) => {
      if (failure !== undefined) return reject(failure);
      if (stream.closed || stream.writableFinished) return resolvePromise();
      // end()'s callback hears of a failed last write before the 'error' event does.
      stream.end((error?: Error | null) => (error ? reject(error) : resolvePromise()));
    });
  const described = (error: unknown): unknown =>
    error === failure || (error !== undefined && error === (stream as { errored?: unknown }).errored)
      ? new DataError(t.cannotWrite({ file: shown, reason: describeFsError(t, error) }), { cause: error })
      : error;
  return {
    stream,
    async commit() {
      try {
        await finished();
      } catch (error) {
        if (temporary !== undefined) forget(temporary);
        throw new DataError(t.cannotWrite({ file: shown, reason: describeFsError(t, error) }), { cause: error });
      }
      if (temporary !== undefined) rename(t, temporary, target.path, shown);
    },
    async abort(error?: unknown) {
      await finished().catch(() => undefined);
      if (temporary !== undefined) forget(temporary);
      return described(error);
    },
  };
}
