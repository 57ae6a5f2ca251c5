/** History: the options commander parses for `clientfit history`, imported by its index.ts and run.ts. */

export interface HistoryOptions {
  readonly journal?: string;
  readonly name?: string;
  readonly format: 'text' | 'json';
  /** only the last N lines (prospects, or decisions of one thread) */
  readonly limit?: string;
  /** only decisions made on or after this date */
  readonly since?: string;
  /** every outcome ever recorded, not only the latest of each decision */
  readonly all?: boolean;
  /** --id ID: the thread of the decision with this id (the key read as an id only) */
  readonly id?: string;
}
