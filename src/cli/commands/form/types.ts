/** Form: the options commander parses for `clientfit form`, imported by its index.ts and run.ts. */
export interface FormOptions {
  readonly criteria?: string;
  /** --form-lang: the prospect's language on the form */
  readonly formLang?: string;
  /** --to: the prospect's name */
  readonly to?: string;
  /** --from: the freelancer's name */
  readonly from?: string;
  readonly email?: string;
  readonly resume?: string;
  readonly journal?: string;
  readonly output?: string;
}
