/** File-system failures in words a person can act on, the same for every command. */

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EEXIST: 'it already exists',
  ENOSPC: 'no space left on the device',
  EROFS: 'the file system is read-only',
  EMFILE: 'too many open files',
};

export function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/** `no such file or directory`, `permission denied` ... or the error's own message. */
export function describeFsError(error: unknown): string {
  const code = errorCode(error);
  return (code !== undefined ? REASONS[code] : undefined) ?? (error instanceof Error ? error.message : String(error));
}
