/** Init: the options commander parses for `clientfit init`, imported by its index.ts and run.ts. */

export interface InitOptions {
  readonly template: string;
  readonly list?: boolean;
  readonly force?: boolean;
  readonly global?: boolean;
}
