/**
 * One block of memory shared by batch's byte path for the bytes it scans and the buffers it
 * writes, so that a row passed through is copied with `copyWithin`: a move inside one
 * ArrayBuffer that creates no object. Buffer#copy and TypedArray#set make a view per call; on
 * 1M rows of about 110 bytes those views cost more than the copying itself.
 *
 * Anything that does not fit (a carried record longer than the input region, all output slots
 * in flight, a full kept region) falls back to memory of its own: `offsetOf` then says -1 and
 * the caller copies the ordinary way.
 */

/** Room for the carried rest of a record plus one read (64 KiB from a file or a pipe). */
const INPUT_BYTES = 1 << 18;
/** Output buffers in the arena: standard output has one or two in flight at a time, a file up to its 1 MiB high-water mark. */
const OUTPUT_SLOTS = 16;

/** Room for bytes a writer copies into many rows (JSON Lines' per-outcome heads). */
const KEPT_BYTES = 1 << 18;

/** Bytes a writer copies into many rows, and where they are kept in the arena (-1: not there). */
export interface KeptBytes {
  readonly bytes: Buffer;
  readonly offset: number;
}

export class ByteArena {
  /** the whole block, for `copyWithin` */
  private readonly memory: Uint8Array;
  /**
   * The whole block 4 bytes at a time: a short copy as `setUint32(getUint32())` in a loop costs
   * half a byte loop and a third of a `copyWithin` call (JSON Lines' keys and plain cells).
   */
  readonly view: DataView;
  /** output buffers in the block, of `slotBytes` each */
  readonly slots: readonly Buffer[];
  /** the kept region: [keptStart, keptEnd), filled up to `kept` */
  private readonly keptStart: number;
  private readonly keptEnd: number;
  private kept: number;

  /** `slotBytes`: the size of each output buffer; 0 for an arena used for input only. */
  constructor(slotBytes: number) {
    const slots = slotBytes === 0 ? 0 : OUTPUT_SLOTS;
    this.keptStart = INPUT_BYTES + slots * slotBytes;
    this.keptEnd = this.keptStart + (slots === 0 ? 0 : KEPT_BYTES);
    this.kept = this.keptStart;
    const block = new ArrayBuffer(this.keptEnd);
    this.memory = new Uint8Array(block);
    this.view = new DataView(block);
    this.slots = Array.from({ length: slots }, (_, index) => Buffer.from(block, INPUT_BYTES + index * slotBytes, slotBytes));
  }

  /** Copies `bytes` into the kept region for good (offset -1 when the region is full). */
  keep(bytes: Buffer): KeptBytes {
    if (this.kept + bytes.byteLength > this.keptEnd) return { bytes, offset: -1 };
    const offset = this.kept;
    this.memory.set(bytes, offset);
    this.kept += bytes.byteLength;
    return { bytes, offset };
  }

  /** Whether `bytes` lies in this arena. */
  holds(bytes: Uint8Array): boolean {
    return bytes.buffer === this.memory.buffer;
  }

  /**
   * The carried rest of the last input buffer followed by a new chunk, in the input region
   * (`carry` may already be there: it moves to the front). Undefined when they do not fit.
   */
  input(carry: Uint8Array, chunk: Uint8Array): Buffer | undefined {
    const length = carry.byteLength + chunk.byteLength;
    if (length > INPUT_BYTES) return undefined;
    if (this.holds(carry)) this.memory.copyWithin(0, carry.byteOffset, carry.byteOffset + carry.byteLength);
    else this.memory.set(carry, 0);
    this.memory.set(chunk, carry.byteLength);
    return Buffer.from(this.memory.buffer, 0, length);
  }

  /**
   * Where `bytes` starts in the arena, or -1 when it lies elsewhere. Callers keep the answer per
   * buffer: `.buffer` and `.byteOffset` cost more than a short copy, so they are not read per row.
   */
  offsetOf(bytes: Uint8Array): number {
    return this.holds(bytes) ? bytes.byteOffset : -1;
  }

  /** Copies `[from, to)` to `at`, offsets in the arena (from offsetOf). */
  move(at: number, from: number, to: number): void {
    this.memory.copyWithin(at, from, to);
  }
}
