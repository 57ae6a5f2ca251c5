/**
 * Progress on stderr, only on a terminal and only for runs that last: nothing for the first
 * second, then one line redrawn a few times a second. Never in the data stream.
 */
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
      const share = options.totalBytes ? ` · ${Math.min(100, Math.floor((100 * bytes) / options.totalBytes))}%` : '';
      io.stderr.write(`\r\u001b[2K${options.label} ${rows.toLocaleString('en-US')} rows · ${rate.toLocaleString('en-US')} rows/s${share}`);
    },
    done() {
      if (shown) io.stderr.write('\r\u001b[2K');
    },
  };
}
