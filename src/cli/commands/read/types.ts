/** Read: the options commander parses for `clientfit read`, imported by its index.ts and run.ts. */

export interface ReadOptions {
  readonly criteria?: string;
  readonly format: 'text' | 'json';
  readonly encoding?: string;
}
