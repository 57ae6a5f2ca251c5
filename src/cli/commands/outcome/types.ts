/** Outcome: the options commander parses for `clientfit outcome`, imported by its index.ts and run.ts. */

export interface OutcomeOptions {
  readonly note?: string;
  readonly id?: string;
  readonly journal?: string;
}
