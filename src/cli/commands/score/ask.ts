/**
 * Asking about a prospect, one criterion at a time, in file order. The prompt functions are
 * passed in (the real ones are @inquirer/prompts' `input` and `select`), so tests can drive
 * the flow with fakes or render it through @inquirer/testing.
 */
import type { Readable, Writable } from 'node:stream';
import type { Criterion } from '../../../core/criteria.js';
import type { Scorer } from '../../../core/score.js';
import type { Style } from '../../../render/style.js';

export interface PromptContext {
  readonly input: Readable;
  readonly output: Writable;
}

export interface Choice<Value> {
  readonly name: string;
  readonly value: Value;
}

/** The subset of @inquirer/prompts the flow uses. */
export interface PromptTheme {
  readonly style: { readonly message: (text: string, status: 'idle' | 'done' | 'loading') => string };
}

export interface Prompts {
  input(config: { message: string; theme?: PromptTheme; validate?: (value: string) => boolean | string }, context?: PromptContext): Promise<string>;
  select<Value>(config: { message: string; theme?: PromptTheme; choices: readonly Choice<Value>[] }, context?: PromptContext): Promise<Value>;
}

export const DONT_KNOW = "Don't know yet";

export interface AskOptions {
  readonly prompts: Prompts;
  readonly context: PromptContext;
  readonly style: Style;
  /** ask for the prospect's name first (when --name was not given) */
  readonly askName: boolean;
}

export interface Asked {
  readonly name: string | undefined;
  /** every answer: the given ones and the asked ones, as raw values for the scorer */
  readonly values: Record<string, unknown>;
}

/**
 * The question, with the help text and a hint on the lines below while it is asked; once
 * answered, only the question stays on screen beside the answer.
 */
function message(criterion: Criterion, style: Style, hint?: string): { message: string; theme: PromptTheme } {
  const lines = [criterion.question];
  if (criterion.help) lines.push(style.dim(`  ${criterion.help}`));
  if (hint) lines.push(style.dim(`  ${hint}`));
  return {
    message: criterion.question,
    theme: { style: { message: (_text, status) => (status === 'done' ? style.bold(criterion.question) : [style.bold(lines[0]!), ...lines.slice(1)].join('\n')) } },
  };
}

/** Asks one criterion and returns the raw value the answer reader will read. */
async function askOne(criterion: Criterion, index: number, scorer: Scorer, options: AskOptions): Promise<unknown> {
  const { prompts, context, style } = options;
  switch (criterion.type) {
    case 'yes-no':
      return prompts.select<boolean | null>(
        {
          ...message(criterion, style),
          choices: [
            { name: 'Yes', value: true },
            { name: 'No', value: false },
            { name: DONT_KNOW, value: null },
          ],
        },
        context,
      );
    case 'choice':
      return prompts.select<string | null>(
        { ...message(criterion, style), choices: [...criterion.options.map((option) => ({ name: option.label, value: option.value })), { name: DONT_KNOW, value: null }] },
        context,
      );
    case 'number': {
      const raw = await prompts.input(
        {
          ...message(criterion, style, "A number; leave empty if you don't know yet:"),
          validate: (value) => {
            const answer = scorer.read(index, value);
            if (answer.kind !== 'invalid') return true;
            // Mid-session a flag is no help: say how to type it instead.
            const text = answer.message.replace(/; for a decimal comma pass --decimal-comma$/u, '; write a decimal point: 30.5');
            return `${text.charAt(0).toUpperCase()}${text.slice(1)}; leave empty if you don't know yet`;
          },
        },
        context,
      );
      const answer = scorer.read(index, raw);
      return answer.kind === 'number' ? answer.value : null;
    }
    case 'text': {
      const raw = await prompts.input({ ...message(criterion, style, "Empty if nothing to note, ? if you don't know yet:") }, context);
      return raw.trim() === '' ? '' : raw;
    }
  }
}

/**
 * Asks the name (optional) and every applicable criterion that has no usable answer yet.
 * `when` conditions are evaluated as answers come in: a criterion that does not apply is skipped.
 */
export async function askAnswers(scorer: Scorer, given: Readonly<Record<string, unknown>>, options: AskOptions): Promise<Asked> {
  let name: string | undefined;
  if (options.askName) {
    const typed = await options.prompts.input({ message: "Prospect's name (optional):" }, options.context);
    name = typed.trim() === '' ? undefined : typed.trim();
  }
  const values: Record<string, unknown> = { ...given };
  const list = scorer.criteria.criteria;
  for (const [index, criterion] of list.entries()) {
    const present = Object.hasOwn(given, criterion.id) && scorer.read(index, given[criterion.id]).kind !== 'invalid';
    if (present) continue;
    // Later criteria never decide whether an earlier one applies, so scoring what we have is enough.
    const applies = scorer.scoreAnswers(values).results[index]!.status !== 'n/a';
    if (!applies) continue;
    values[criterion.id] = await askOne(criterion, index, scorer, options);
  }
  return { name, values };
}

/** Criteria ids that were given but could not be read (asked again on a terminal). */
export function unreadable(scorer: Scorer, given: Readonly<Record<string, unknown>>): string[] {
  return scorer.criteria.criteria
    .map((criterion, index) => ({ criterion, index }))
    .filter(({ criterion, index }) => Object.hasOwn(given, criterion.id) && scorer.read(index, given[criterion.id]).kind === 'invalid')
    .map(({ criterion }) => criterion.id);
}
