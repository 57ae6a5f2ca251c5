/**
 * The worker thread of parallel batch (parallel.ts): scores the parts it is sent, in the order
 * sent, each read from line 1, and posts back each part's output bytes and counts, or that it
 * failed (the main thread then reads that part again itself, with everything after it).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ENGLISH } from '../i18n/index.js';
import { ByteArena } from './arena.js';
import { BUFFER_BYTES } from './chunked-output.js';
import { Held, scorePart, type PartSetting } from './parallel.js';

const setting = workerData as PartSetting;
const held = new Held();
const arena = new ByteArena(BUFFER_BYTES);
const scanners = new Map();
let queue: Promise<void> = Promise.resolve();

parentPort!.on('message', (part: { index: number; start: number; end: number }) => {
  queue = queue.then(async () => {
    held.reset();
    try {
      // In English: a part that fails here is only posted as failed (the main thread reads it again and words its problem).
      const result = await scorePart(ENGLISH, setting, { start: part.start, end: part.end, line: 1 }, held, undefined, arena, scanners);
      const bytes = held.bytes();
      // One buffer of its own, handed over rather than copied.
      const owned = new Uint8Array(bytes.byteLength);
      owned.set(bytes);
      parentPort!.postMessage({ index: part.index, bytes: owned, result }, [owned.buffer]);
    } catch {
      parentPort!.postMessage({ index: part.index, failed: true });
    }
  });
});
