/** File-system failures in words a person can act on, the same for every command. */
import type { Stats } from 'node:fs';

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EEXIST: 'it already exists',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file is too large for the file system',
  EROFS: 'the file system is read-only',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files in the system',
  EIO: 'input/output error (a failing disk or device?)',
  ENXIO: 'no such device, or nothing at the other end (a socket or a FIFO without a reader?)',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'the name is too long',
  ETXTBSY: 'the file is busy (a running program)',
  EBUSY: 'the device or file is busy',
  EPIPE: 'the reader went away',
  EINVAL: 'the file does not support this (invalid argument)',
};

export function errorCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** `no such file or directory`, `permission denied` ... or the error's own message. */
export function describeFsError(error: unknown): string {
  const code = errorCode(error);
  return (code !== undefined ? REASONS[code] : undefined) ?? (error instanceof Error ? error.message : String(error));
}

/** What a path is, for messages: `a directory`, `a socket`, `a FIFO` ... */
export function fileKind(stat: Stats): string {
  if (stat.isFile()) return 'a file';
  if (stat.isDirectory()) return 'a directory';
  if (stat.isSocket()) return 'a socket';
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  return 'not a file';
}
