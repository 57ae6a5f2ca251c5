/** Check: the options commander parses for `clientfit check`, imported by its index.ts and run.ts. */

export interface CheckOptions {
  readonly criteria?: string;
  readonly strict?: boolean;
  readonly format: 'text' | 'json';
}
