/**
 * Fake prompts answering from a script, for tests of the interview (src/cli/commands/score/ask.ts):
 * a select answer is a choice's name, an input answer a try or a list of tries (each checked by
 * the prompt's own validate, the rejections recorded), a confirm answer 'Yes' or 'y'.
 */
import type { Choice, Prompts } from '../../src/cli/commands/score/ask.js';

export interface Call {
  readonly kind: 'input' | 'select' | 'confirm';
  readonly message: string;
  /** the message as the prompt's theme shows it */
  readonly shown: string;
  readonly choices?: readonly string[];
  /** the key tips line a select's theme writes */
  readonly tip?: string;
  readonly rejected?: readonly string[];
  /** a select's preselected value */
  readonly default?: unknown;
  /** a select's question as its theme draws it (with the lines under it) */
  readonly display?: string;
}

/** `details`: record each select's preselected value and drawn question too (default and display). */
export function scripted(script: readonly (string | readonly string[])[], options: { details?: boolean } = {}): { prompts: Prompts; calls: Call[] } {
  const calls: Call[] = [];
  let step = 0;
  const next = (): string | readonly string[] => {
    const answer = script[step++];
    if (answer === undefined) throw new Error(`no scripted answer for prompt ${step}`);
    return answer;
  };
  const prompts: Prompts = {
    async input(config) {
      const tries = next();
      const rejected: string[] = [];
      for (const value of typeof tries === 'string' ? [tries] : tries) {
        const valid = config.validate?.(value) ?? true;
        if (valid === true) {
          calls.push({ kind: 'input', message: config.message, shown: config.theme?.style.message(config.message, 'idle') ?? config.message, rejected });
          return value;
        }
        rejected.push(String(valid));
      }
      throw new Error(`every try was rejected: ${rejected.join(' | ')}`);
    },
    async confirm(config) {
      const answer = next();
      calls.push({ kind: 'confirm', message: config.message, shown: config.message });
      return answer === 'Yes' || answer === 'y';
    },
    async select<Value>(config: {
      message: string;
      choices: readonly Choice<Value>[];
      default?: Value;
      theme?: { style: { message?: (text: string, status: 'idle' | 'done' | 'loading') => string; keysHelpTip?: (keys: [string, string][]) => string | undefined } };
    }) {
      const name = next() as string;
      const choice = config.choices.find((candidate) => candidate.name === name);
      if (choice === undefined) throw new Error(`no choice "${name}" in ${config.choices.map((candidate) => candidate.name).join(', ')}`);
      const tip = config.theme?.style.keysHelpTip?.([
        ['↑↓', 'navigate'],
        ['⏎', 'select'],
      ]);
      calls.push({
        kind: 'select',
        message: config.message,
        shown: config.message,
        choices: config.choices.map((candidate) => candidate.name),
        ...(tip === undefined ? {} : { tip }),
        ...(options.details !== true || config.default === undefined ? {} : { default: config.default }),
        ...(options.details !== true || config.theme?.style.message === undefined ? {} : { display: config.theme.style.message(config.message, 'idle') }),
      });
      return choice.value;
    },
  };
  return { prompts, calls };
}
