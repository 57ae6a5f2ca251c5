/**
 * Progress on stderr, only on a terminal and only for runs that last: nothing for the first
 * second, then one line redrawn a few times a second. Never in the data stream.
 */
import { grouped, percent } from '../render/locale.js';
import type { IO } from './io.js';

const DELAY_MS = 1000;
const EVERY_MS = 200;

export interface Progress {
  update(rows: number, bytes: number): void;
  done(): void;
}

const NONE: Progress = { update() {}, done() {} };

export function createProgress(io: IO, options: { enabled: boolean; totalBytes?: number; label: string }): Progress {
  if (!options.enabled || io.stderr.isTTY !== true) return NONE;
  const started = Date.now();
  let last = 0;
  let shown = false;
  return {
    update(rows, bytes) {
      const now = Date.now();
      if (now - started < DELAY_MS || now - last < EVERY_MS) return;
      last = now;
      shown = true;
      const rate = Math.round(rows / ((now - started) / 1000));
      const share = options.totalBytes ? ` · ${percent(io.voice.lang, Math.min(100, Math.floor((100 * bytes) / options.totalBytes)) / 100)}` : '';
      io.stderr.write(`\r\u001b[2K${io.voice.words.common.progress({ label: options.label, rows: grouped(io.voice.lang, rows), rate: grouped(io.voice.lang, rate), share })}`);
    },
    done() {
      if (shown) io.stderr.write('\r\u001b[2K');
    },
  };
}
