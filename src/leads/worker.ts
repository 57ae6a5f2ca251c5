/**
 * The worker thread of parallel batch (parallel.ts): scores the parts it is sent, in the order
 * sent, each read from line 1, and posts back each part's output bytes and counts, or that it
 * failed (the main thread then reads that part again itself, in its turn). It is sent what every
 * part needs first (it may be started before the run knows it: `startPartWorker`) and then says
 * it is ready: until then the main thread scores the parts itself.
 *
 * A part's output memory is transferred to the main thread, which gives it back once it is
 * written: the next parts are held in it again, with no fresh memory (fresh pages) per part.
 */
import { parentPort } from 'node:worker_threads';
import { ENGLISH } from '../i18n/index.js';
import { ByteArena } from './arena.js';
import { BUFFER_BYTES } from './chunked-output.js';
import { Held, scorePart, type PartKit, type PartSetting, type ToWorker, type WorkerReply } from './parallel.js';
import { ReadRing } from './read-ahead.js';

/** What every part needs: sent first (the worker may be started before the run knows it). */
let setting: PartSetting;
const held = new Held();
const kit: PartKit = { arena: new ByteArena(BUFFER_BYTES), scanners: new Map(), ring: new ReadRing() };
/** Output memory the main thread gave back. */
const spare: ArrayBuffer[] = [];
let queue: Promise<void> = Promise.resolve();

parentPort!.on('message', (message: ToWorker) => {
  if ('setting' in message) {
    setting = message.setting;
    // Loaded and set: the main thread, which scored the first parts meanwhile, may now ask for parts.
    parentPort!.postMessage({ ready: true } satisfies WorkerReply);
    return;
  }
  if ('spare' in message) {
    spare.push(message.spare);
    return;
  }
  queue = queue.then(async () => {
    held.reset();
    try {
      // In English: a part that fails here is only posted as failed (the main thread reads it again and words its problem).
      const result = await scorePart(ENGLISH, setting, { start: message.start, end: message.end, line: 1 }, held, kit);
      const bytes = held.handOver(spare.pop());
      parentPort!.postMessage({ index: message.index, bytes, result } satisfies WorkerReply, [bytes.buffer]);
    } catch {
      parentPort!.postMessage({ index: message.index, failed: true } satisfies WorkerReply);
    }
  });
});
