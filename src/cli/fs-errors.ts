/** File-system failures in words a person can act on, the same for every command. */
import type { Stats } from 'node:fs';
import type { AllWords } from '../i18n/index.js';

export function errorCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** `no such file or directory`, `permission denied` ... or the error's own message. */
export function describeFsError(t: AllWords['common'], error: unknown): string {
  const code = errorCode(error);
  const reasons: Readonly<Record<string, string>> = t.fs;
  return (code !== undefined && Object.hasOwn(reasons, code) ? reasons[code] : undefined) ?? (error instanceof Error ? error.message : String(error));
}

/** What a path is, for messages: `a directory`, `a socket`, `a FIFO` ... */
export function fileKind(kinds: AllWords['common']['kinds'], stat: Stats): string {
  if (stat.isFile()) return kinds.file;
  if (stat.isDirectory()) return kinds.directory;
  if (stat.isSocket()) return kinds.socket;
  if (stat.isFIFO()) return kinds.fifo;
  if (stat.isCharacterDevice()) return kinds.characterDevice;
  if (stat.isBlockDevice()) return kinds.blockDevice;
  return kinds.notAFile;
}
