/** Score: the options commander parses for `clientfit score`, imported by its index.ts and run.ts. */

export interface ScoreOptions {
  readonly criteria?: string;
  readonly answers?: string;
  readonly set?: string[];
  /** --reply FILE|-: the prospect's intake-form reply (an email, pasted text or the downloaded file) */
  readonly reply?: string;
  readonly name?: string;
  /** false with --no-input */
  readonly input: boolean;
  readonly format: 'text' | 'json';
  readonly failOn?: 'review' | 'reject';
  /** false with --no-message: no draft */
  readonly message: boolean;
  /** --message FILE: start from the answers the prospect's message states */
  readonly messageFile?: string;
  /** true with --save, false with --no-save, undefined: asked after an interview on a terminal */
  readonly save?: boolean;
  readonly journal?: string;
  /** --resume NAME|ID: follow up on the prospect's latest decision */
  readonly resume?: string;
  /** --resume-id ID / --resume-name NAME: the same, the key read one way only */
  readonly resumeId?: string;
  readonly resumeName?: string;
  /** --ids: criterion ids instead of questions in the result table */
  readonly ids?: boolean;
  readonly decimalComma?: boolean;
}
