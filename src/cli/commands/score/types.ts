/** Score: the options commander parses for `clientfit score`, imported by its index.ts and run.ts. */

export interface ScoreOptions {
  readonly criteria?: string;
  readonly answers?: string;
  readonly set?: string[];
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
  /** --ids: criterion ids instead of questions in the result table */
  readonly ids?: boolean;
  readonly decimalComma?: boolean;
}
