/**
 * Asking about a prospect, one criterion at a time, in file order, with a way back to the
 * previous question. The prompt functions are passed in (the real ones are @inquirer/prompts'
 * `input` and `confirm`, and our list, select-prompt.ts, which reads a typed word with the
 * criterion's answer reader), so tests can drive the flow with fakes or render it through
 * @inquirer/testing.
 *
 * Each prompt is cleared when it ends (`clearPromptOnDone`) and the flow writes the answered
 * line itself: so Ctrl-C leaves no half-drawn option list on the screen, only the questions
 * already answered.
 */
import { describeProblem } from '../../../render/problems.js';
import type { Readable, Writable } from 'node:stream';
import type { Criterion } from '../../../core/criteria.js';
import type { Scorer } from '../../../core/score.js';
import { readYesNo, type Answer } from '../../../core/answers.js';
import { ENGLISH, type Lang, type AllWords, type Voice } from '../../../i18n/index.js';
import type { Style } from '../../../render/style.js';
import { textWidth, wrap } from '../../../render/table.js';
import { quote } from '../../message-reading.js';
import { type Candidate, matchTyped } from './match.js';

export interface PromptContext {
  readonly input: Readable;
  readonly output: Writable;
  readonly clearPromptOnDone?: boolean;
}

export interface Choice<Value> {
  readonly name: string;
  readonly value: Value;
}

/** The subset of @inquirer/prompts the flow uses. */
export interface PromptTheme {
  readonly style: {
    readonly message: (text: string, status: 'idle' | 'done' | 'loading') => string;
    readonly keysHelpTip?: (keys: [key: string, action: string][]) => string | undefined;
  };
}

export interface Prompts {
  input(config: { message: string; theme?: PromptTheme; default?: string; validate?: (value: string) => boolean | string }, context?: PromptContext): Promise<string>;
  /** `match`: the values of the choices a typed word names (one picks it; none or several: Enter waits) */
  select<Value>(
    config: { voice: Voice; message: string; theme?: PromptTheme; choices: readonly Choice<Value>[]; default?: Value; match?: (typed: string) => readonly Value[] },
    context?: PromptContext,
  ): Promise<Value>;
  confirm(config: { message: string; default?: boolean; theme?: PromptTheme }, context?: PromptContext): Promise<boolean>;
}

/** The English choice labels, as tests and scripts driving the English interview name them. */
export const DONT_KNOW = ENGLISH.words.score.ask.dontKnow;
export const BACK_CHOICE = ENGLISH.words.score.ask.back;

/** Typed alone into a text or number question: go back to the previous question. */
export const BACK_INPUT = '<';

const BACK: unique symbol = Symbol('back');
type Back = typeof BACK;

export interface AskOptions {
  readonly prompts: Prompts;
  readonly context: PromptContext;
  readonly style: Style;
  /** ask for the prospect's name first (when --name was not given) */
  readonly askName: boolean;
  /** terminal width, for wrapping help text under the question */
  readonly columns?: number;
  /** answers read from the prospect's message: asked with the answer preselected and its words shown */
  readonly suggested?: Readonly<Record<string, { readonly value: unknown; readonly evidence: string }>>;
  /** set by askAnswers: the rows of the answered lines on screen */
  readonly shown?: Shown;
}

export interface Asked {
  readonly name: string | undefined;
  /** every answer: the given ones and the asked ones, as raw values for the scorer */
  readonly values: Record<string, unknown>;
}

/** The question with its help and hint lines under it, indented with the question, wrapped to the terminal. */
function message(t: AllWords['score'], criterion: Criterion, options: AskOptions, hint?: string): { message: string; theme: PromptTheme } {
  const { style } = options;
  const width = Math.max(40, options.columns ?? 80) - 1;
  // "? " comes before the question: help lines start under its first letter.
  const lines = [...wrap(criterion.question, width - 2, '', '  ')];
  if (criterion.help) lines.push(...wrap(criterion.help, width, '  ').map((line) => style.dim(line)));
  if (hint) lines.push(...wrap(hint, width, '  ').map((line) => style.dim(line)));
  return {
    message: criterion.question,
    theme: {
      style: {
        message: (_text, status) => (status === 'done' ? style.bold(criterion.question) : [style.bold(lines[0]!), ...lines.slice(1)].join('\n')),
        keysHelpTip: (keys) => keys.map(([key, action]) => `${style.bold(key)} ${style.dim(keyAction(t, action))}`).join(style.dim(' • ')),
      },
    },
  };
}

/**
 * The line that stays on screen once a question is answered; returns the terminal rows it takes.
 * Longer than the terminal, it is wrapped at word boundaries under the question, as the prompt
 * was: left to the terminal, it broke inside a word ("συμφωνήσατ" / "ε); Όχι").
 */
function answered(options: Pick<AskOptions, 'style' | 'context' | 'columns'>, question: string, answer: string): number {
  const { style } = options;
  const line = `${style.green('✔')} ${style.bold(question)} ${answer === '' ? '' : style.cyan(answer)}`.trimEnd();
  const columns = Math.max(1, options.columns ?? 80);
  const lines = textWidth(line) <= columns ? [line] : wrap(line, columns - 1, '', '  ');
  options.context.output.write(`${lines.join('\n')}\n`);
  return lines.reduce((rows, text) => rows + Math.max(1, Math.ceil(textWidth(text) / columns)), 0);
}

/** Rows of answered lines, latest last, so going back can take the line of the question asked again off the screen. */
interface Shown {
  rows: number[];
}

function isTerminal(stream: Writable): boolean {
  return (stream as Writable & { isTTY?: boolean }).isTTY === true;
}

function promptContext(options: AskOptions): PromptContext {
  return { ...options.context, clearPromptOnDone: true };
}

/**
 * What @inquirer/prompts' select says its keys do ("navigate", "select"), in the run's language.
 * Its keysHelpTip hands the English actions to the theme, the one place they can be worded.
 */
function keyAction(t: AllWords['score'], action: string): string {
  const { keys } = t.ask;
  return action === 'navigate' ? keys.navigate : action === 'select' ? keys.select : action;
}

function backTip(voice: Voice, options: AskOptions, canGoBack: boolean): PromptTheme['style']['keysHelpTip'] {
  const { style } = options;
  const t = voice.words.score.ask;
  return (keys) =>
    [...keys.map(([key, action]): [string, string] => [key, keyAction(voice.words.score, action)]), ...(canGoBack ? ([[t.back, t.backAction]] as [string, string][]) : [])]
      .map(([key, action]) => `${style.bold(key)} ${style.dim(action)}`)
      .join(style.dim(' • '));
}

/** An answer as the values of a list's choices: undefined when the reader could not read it. */
function answerChoices(answer: Answer): readonly (boolean | string | null)[] | undefined {
  switch (answer.kind) {
    case 'unknown':
      return [null];
    case 'yes-no':
    case 'choice':
      return [answer.value];
    default:
      return undefined;
  }
}

/**
 * What a word typed into a criterion's list picks: `<` goes back (as in a text question),
 * else the criterion's own answer reader (`нет`, `οχι`, `no` in any language's list, `не знаю`),
 * else a choice's label or value without case or accents (src/cli/commands/score/match.ts).
 */
export function criterionMatcher<Value>(
  lang: Lang,
  scorer: Scorer,
  index: number,
  choices: readonly (Choice<Value> & { readonly option?: string })[],
  canGoBack: boolean,
): (typed: string) => readonly (Value | Back)[] {
  const candidates: Candidate<Value | Back>[] = [
    ...choices.map((choice) => ({ value: choice.value, keys: choice.option === undefined ? [choice.name] : [choice.name, choice.option], ...(choice.value === null ? { unknown: true } : {}) })),
    ...(canGoBack ? [{ value: BACK as Value | Back, keys: [] }] : []),
  ];
  return (typed) => {
    if (canGoBack && typed.trim() === BACK_INPUT) return [BACK];
    return matchTyped(typed, candidates, { read: (text) => answerChoices(scorer.read(index, text)) as readonly Value[] | undefined, locale: lang });
  };
}

/** What the list offers for a yes/no question, in the run's language: yes, no, don't know yet. */
export function yesNoChoices(voice: Voice): Choice<boolean | null>[] {
  const t = voice.words.score.ask;
  return [
    { name: t.yes, value: true },
    { name: t.no, value: false },
    { name: t.dontKnow, value: null },
  ];
}

/** What the list offers for a choice question: its options by label, then don't know yet. */
export function optionChoices(t: AllWords['score'], criterion: Extract<Criterion, { type: 'choice' }>): (Choice<string | null> & { readonly option?: string })[] {
  return [...criterion.options.map((option) => ({ name: option.label, value: option.value, option: option.value })), { name: t.ask.dontKnow, value: null }];
}

async function choose<Value>(
  voice: Voice,
  criterion: Criterion,
  index: number,
  scorer: Scorer,
  options: AskOptions,
  choices: (Choice<Value> & { readonly option?: string })[],
  previous: unknown,
  canGoBack: boolean,
): Promise<Value | Back> {
  const shown = message(voice.words.score, criterion, options, fromMessageHint(voice.words.read, criterion, options));
  const plain = choices.map(({ name, value }) => ({ name, value }));
  const all: Choice<Value | Back>[] = canGoBack ? [...plain, { name: voice.words.score.ask.back, value: BACK }] : plain;
  const known = choices.some((choice) => choice.value === previous);
  const value = await options.prompts.select<Value | Back>(
    {
      voice,
      ...shown,
      theme: { style: { ...shown.theme.style, keysHelpTip: backTip(voice, options, canGoBack) } },
      choices: all,
      ...(known ? { default: previous as Value } : {}),
      match: criterionMatcher(voice.lang, scorer, index, choices, canGoBack),
    },
    promptContext(options),
  );
  if (value !== BACK) options.shown?.rows.push(answered(options, criterion.question, choices.find((choice) => choice.value === value)?.name ?? ''));
  return value;
}

/** The words of the prospect's message an answer came from, under the question. */
function fromMessageHint(t: AllWords['read'], criterion: Criterion, options: AskOptions): string | undefined {
  const evidence = options.suggested?.[criterion.id]?.evidence;
  return evidence === undefined ? undefined : t.fromMessage({ evidence: quote(t, evidence) });
}

/** Asks one criterion and returns the raw value the answer reader will read, or BACK. */
async function askOne(voice: Voice, criterion: Criterion, index: number, scorer: Scorer, options: AskOptions, previous: unknown, canGoBack: boolean): Promise<unknown> {
  const { prompts, style } = options;
  const t = voice.words.score.ask;
  const back = canGoBack ? t.goesBack({ key: BACK_INPUT }) : '';
  // A question asked again after going back offers the earlier answer: Enter keeps it.
  const earlier = previous === undefined || previous === null || previous === '' ? undefined : String(previous);
  switch (criterion.type) {
    case 'yes-no':
      return choose(voice, criterion, index, scorer, options, yesNoChoices(voice), previous, canGoBack);
    case 'choice':
      return choose(voice, criterion, index, scorer, options, optionChoices(voice.words.score, criterion), previous, canGoBack);
    case 'number': {
      const hint = [fromMessageHint(voice.words.read, criterion, options), earlier === undefined ? t.number({ back }) : t.numberKeeps({ earlier, back })].filter(Boolean).join(' ');
      const raw = await prompts.input(
        {
          ...message(voice.words.score, criterion, options, hint),
          ...(earlier === undefined ? {} : { default: earlier }),
          validate: (value) => {
            if (canGoBack && value.trim() === BACK_INPUT) return true;
            const answer = scorer.read(index, value);
            if (answer.kind !== 'invalid') return true;
            // Mid-session a flag is no help: say how to type it instead.
            const text = describeProblem(voice, answer.problem, 'prompt');
            return `${text.charAt(0).toUpperCase()}${text.slice(1)}${t.invalidTail}`;
          },
        },
        promptContext(options),
      );
      if (canGoBack && raw.trim() === BACK_INPUT) return BACK;
      const answer = scorer.read(index, raw);
      options.shown?.rows.push(answered(options, criterion.question, answer.kind === 'number' ? raw.trim() : style.dim(t.dontKnow)));
      return answer.kind === 'number' ? answer.value : null;
    }
    case 'text': {
      const hint = [fromMessageHint(voice.words.read, criterion, options), earlier === undefined ? t.text({ back }) : t.textKeeps({ back })].filter(Boolean).join(' ');
      const raw = await prompts.input({ ...message(voice.words.score, criterion, options, hint), ...(earlier === undefined ? {} : { default: earlier }) }, promptContext(options));
      if (canGoBack && raw.trim() === BACK_INPUT) return BACK;
      const shown = raw.trim() === '' ? style.dim(t.nothingToNote) : scorer.read(index, raw).kind === 'unknown' ? style.dim(t.dontKnow) : raw.trim();
      options.shown?.rows.push(answered(options, criterion.question, shown));
      return raw.trim() === '' ? '' : raw;
    }
  }
}

async function askName(t: AllWords['score'], options: AskOptions, previous: string | undefined): Promise<string | undefined> {
  const question = t.ask.name;
  const typed = await options.prompts.input({ message: question, ...(previous === undefined ? {} : { default: previous }) }, promptContext(options));
  options.shown?.rows.push(answered(options, question, typed.trim()));
  return typed.trim() === '' ? undefined : typed.trim();
}

/**
 * Asks the name (optional) and every applicable criterion that has no usable answer yet.
 * `when` conditions are evaluated as answers come in: a criterion that does not apply is skipped.
 * "← Back" (or `<` in a text or number question) returns to the previous question asked, with
 * its answer offered again; the questions after it are then asked again the same way.
 */
export async function askAnswers(voice: Voice, scorer: Scorer, given: Readonly<Record<string, unknown>>, options: AskOptions): Promise<Asked> {
  const list = scorer.criteria.criteria;
  const values: Record<string, unknown> = { ...given };
  const typed = new Map<number, unknown>();
  // Positions answered in this session, latest last; -1 is the name.
  const trail: number[] = [];
  const shown: Shown = { rows: [] };
  options = { ...options, shown };
  let name: string | undefined;
  let position = options.askName ? -1 : 0;
  const isGiven = (index: number): boolean => {
    const id = list[index]!.id;
    return Object.hasOwn(given, id) && scorer.read(index, given[id]).kind !== 'invalid';
  };
  // Later criteria never decide whether an earlier one applies, so scoring what we have is enough.
  const applies = (index: number): boolean => scorer.scoreAnswers(values).results[index]!.status !== 'n/a';
  while (position < list.length) {
    if (position === -1) {
      name = await askName(voice.words.score, options, name);
      trail.push(-1);
      position = 0;
      continue;
    }
    if (isGiven(position) || !applies(position)) {
      position++;
      continue;
    }
    const criterion = list[position]!;
    const answer = await askOne(voice, criterion, position, scorer, options, typed.has(position) ? typed.get(position) : suggestedValue(scorer, position, options), trail.length > 0);
    if (answer === BACK) {
      position = trail.pop()!;
      // The answered line of the question asked again leaves the screen (on a terminal: the
      // prompt that was just cleared sat right under it): its answer is offered in the prompt.
      const rows = shown.rows.pop() ?? 0;
      if (rows > 0 && isTerminal(options.context.output)) options.context.output.write(`\x1b[${rows}A\x1b[0J`);
      continue;
    }
    values[criterion.id] = answer;
    typed.set(position, answer);
    trail.push(position);
    position++;
  }
  // An answer typed before going back and changing what it depended on no longer applies.
  for (const index of typed.keys()) {
    if (!applies(index)) delete values[list[index]!.id];
  }
  return { name, values };
}

/** A message's answer as the value its question offers (true for `yes`, an option's value, a number). */
function suggestedValue(scorer: Scorer, index: number, options: AskOptions): unknown {
  const raw = options.suggested?.[scorer.criteria.criteria[index]!.id]?.value;
  if (raw === undefined) return undefined;
  const answer = scorer.read(index, raw);
  return answer.kind === 'yes-no' || answer.kind === 'choice' || answer.kind === 'number' || answer.kind === 'text' ? answer.value : undefined;
}

/** What a word typed at the save question picks: yes or no in any language; "don't know" picks neither. */
export function saveMatcher(voice: Voice): (typed: string) => readonly boolean[] {
  const t = voice.words.score.ask;
  const candidates: Candidate<boolean>[] = [
    { value: true, keys: [t.yes] },
    { value: false, keys: [t.no] },
  ];
  return (typed) => matchTyped(typed, candidates, { read: (text) => answerChoices(readYesNo(text)) as readonly boolean[] | undefined, locale: voice.lang });
}

/**
 * Asks whether to append the decision to the journal (default yes). In English a confirm
 * (y/n); in another language a select of its own Yes and No: inquirer's confirm reads only
 * y/yes/n/no and takes any other word (`нет`, `όχι`) for the default, a yes.
 */
export async function askSave(voice: Voice, options: Pick<AskOptions, 'prompts' | 'context' | 'style'>): Promise<boolean> {
  const t = voice.words.score.ask;
  const question = t.save;
  const context = { ...options.context, clearPromptOnDone: true };
  const save =
    voice.lang !== 'en'
      ? await options.prompts.select<boolean>(
          {
            voice,
            message: question,
            theme: {
              style: {
                message: (text) => options.style.bold(text),
                keysHelpTip: (keys) => keys.map(([key, action]) => `${options.style.bold(key)} ${options.style.dim(keyAction(voice.words.score, action))}`).join(options.style.dim(' • ')),
              },
            },
            choices: [
              { name: t.yes, value: true },
              { name: t.no, value: false },
            ],
            default: true,
            match: saveMatcher(voice),
          },
          context,
        )
      : await options.prompts.confirm({ message: question, default: true }, context);
  answered(options, question, save ? t.yes : t.no);
  return save;
}

/** Criteria ids that were given but could not be read (asked again on a terminal). */
export function unreadable(scorer: Scorer, given: Readonly<Record<string, unknown>>): string[] {
  return scorer.criteria.criteria
    .map((criterion, index) => ({ criterion, index }))
    .filter(({ criterion, index }) => Object.hasOwn(given, criterion.id) && scorer.read(index, given[criterion.id]).kind === 'invalid')
    .map(({ criterion }) => criterion.id);
}
