/** Outcome: the options commander parses for `clientfit outcome`, imported by its index.ts and run.ts. */

export interface OutcomeOptions {
  readonly note?: string;
  readonly id?: string;
  /** --name: NAME is a prospect's name, never a decision id */
  readonly name?: boolean;
  readonly journal?: string;
}
