/** Colours for people's output, at the level the IO decided (0 = plain text). */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Verdict } from '../core/score.js';
import type { AllWords } from '../i18n/index.js';

export type Style = ChalkInstance;

export function createStyle(level: 0 | 1 | 2 | 3): Style {
  return new Chalk({ level });
}

/** accept green, review yellow, reject red: words as well as colour. */
export function verdictColor(style: Style, verdict: Verdict): (text: string) => string {
  return verdict === 'accept' ? style.green : verdict === 'review' ? style.yellow : style.red;
}

/** The verdict as the banner shows it (`ACCEPT`), in the language of `t`. */
export function verdictBanner(t: AllWords['result'], verdict: Verdict): string {
  return t.banner[verdict];
}

/** The verdict as a word in prose and tables (`accept`), in the language of `t`; data keeps `accept`. */
export function verdictWord(t: AllWords['result'], verdict: Verdict): string {
  return t.verdict[verdict];
}
