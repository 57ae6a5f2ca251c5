/** Where the user's own files live (XDG base directories), found the same way by every command. */
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { IO } from './io.js';

function home(io: IO): string {
  return io.env.HOME || homedir();
}

/** `$XDG_CONFIG_HOME/clientfit`, default `~/.config/clientfit`. */
export function configDir(io: IO): string {
  return join(io.env.XDG_CONFIG_HOME || join(home(io), '.config'), 'clientfit');
}

/** `$XDG_DATA_HOME/clientfit`, default `~/.local/share/clientfit`. */
export function dataDir(io: IO): string {
  return join(io.env.XDG_DATA_HOME || join(home(io), '.local', 'share'), 'clientfit');
}

/** The shipped templates: `criteria/` at the package root, beside `dist/`. */
export const TEMPLATES_DIR = new URL('../../criteria/', import.meta.url);
