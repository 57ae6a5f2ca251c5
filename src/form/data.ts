/** The data `clientfit form` hands the page script (src/form/page.ts) in the page's JSON. */
import type { DecimalMark } from '../core/answers.js';
import type { FormQuestion } from '../core/form.js';

/** What `clientfit form` puts in the page's JSON (src/cli/commands/form/html.ts). */
export interface PageData {
  readonly questions: readonly FormQuestion[];
  readonly decimal: DecimalMark;
  readonly fingerprint: string;
  readonly resume?: string;
  readonly email?: string;
  /** the longest `mailto:` link handed to the mail app (about what mail clients accept) */
  readonly mailtoLimit: number;
  readonly words: {
    readonly yes: string;
    readonly no: string;
    readonly discuss: string;
    readonly notANumber: string;
    readonly sentHelp: string;
    readonly tooLong: string;
    readonly copied: string;
    /** when neither the clipboard nor the browser's copy command took the text */
    readonly copyFailed: string;
    readonly subject: string;
    /** with `{name}` for the name the prospect gave */
    readonly subjectFrom: string;
    readonly replyHeading: string;
    readonly noAnswer: string;
    readonly keepBlock: string;
  };
}
