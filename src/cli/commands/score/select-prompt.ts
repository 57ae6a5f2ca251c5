/**
 * The list prompt of the interview: @inquirer/select's look and keys (the same lines, pointer,
 * key tips, theme, pagination, arrows and numbers), built the way it is built on
 * @inquirer/core, with one difference: what a typed word means.
 *
 * @inquirer/select jumps to the first choice whose name starts with the typed letters exactly
 * as written and forgets them after 0.7 s; when nothing matches, Enter takes whatever is
 * highlighted. So `οχι` (Greek, typed without its accent) at "save this decision?" saved it,
 * and `no` in a Russian list answered Да. Here the caller's `match` says which choices the
 * typed text names (src/cli/commands/score/match.ts: the criterion's own answer reader, then
 * the names without case or accents). One choice: it is highlighted and Enter takes it. None
 * or several: Enter does not answer; a line under the list says why, in the run's language,
 * and the typed text stays until Backspace or Escape clears it (or an arrow key moves on).
 * Enter with nothing typed takes the highlighted choice, as before.
 */
import { createPrompt, isBackspaceKey, isDownKey, isEnterKey, isUpKey, makeTheme, useKeypress, useMemo, usePagination, usePrefix, useState, type Status, type Theme } from '@inquirer/core';
import figures from '@inquirer/figures';
import type { Voice } from '../../../i18n/index.js';
import { list } from '../../../render/locale.js';
import { printable } from '../../../render/sanitize.js';
import type { PromptContext } from './ask.js';
import { matchTyped } from './match.js';

/** What @inquirer/ansi calls cursorHide: the select hides the cursor while it is shown. */
const CURSOR_HIDE = '\u001b[?25l';

interface ListTheme {
  icon: { cursor: string };
  style: { keysHelpTip: (keys: [key: string, action: string][]) => string | undefined };
}

const listTheme: ListTheme = {
  icon: { cursor: figures.pointer },
  style: {
    // Never shown as is: the interview's themes word the tips (src/cli/commands/score/ask.ts).
    keysHelpTip: (keys) => keys.map(([key, action]) => `${key} ${action}`).join(' • '),
  },
};

export interface ListChoice<Value> {
  readonly name: string;
  readonly value: Value;
}

export interface ListConfig<Value> {
  /** the run's words: the line under the list that says why Enter waits */
  readonly voice: Voice;
  readonly message: string;
  readonly choices: readonly ListChoice<Value>[];
  readonly default?: Value;
  readonly pageSize?: number;
  readonly loop?: boolean;
  readonly theme?: {
    readonly prefix?: Theme['prefix'];
    readonly style?: {
      readonly message?: (text: string, status: Status) => string;
      readonly keysHelpTip?: ListTheme['style']['keysHelpTip'];
      readonly error?: (text: string) => string;
      readonly highlight?: (text: string) => string;
      readonly answer?: (text: string) => string;
    };
  };
  /**
   * The values of the choices the typed text names: one picks it, none or several pick
   * nothing. Without it, the choices' names (case and accents aside).
   */
  readonly match?: (typed: string) => readonly Value[];
}

type Problem = { readonly kind: 'none'; readonly typed: string } | { readonly kind: 'many'; readonly typed: string; readonly names: readonly string[] };

function problemText(voice: Voice, problem: Problem): string {
  const t = voice.words.score.ask.typed;
  const typed = printable(problem.typed.trim());
  if (problem.kind === 'none') return t.none({ typed });
  const choices = problem.names.map((name) => t.choice({ name: printable(name) }));
  return t.many({ typed, choices: list(voice.lang, choices, 'disjunction') });
}

const listPrompt = createPrompt<unknown, ListConfig<unknown>>((config, done) => {
  const { loop = true, pageSize = 7 } = config;
  const theme = makeTheme<ListTheme>(listTheme, config.theme as never);
  const [status, setStatus] = useState<Status>('idle');
  const prefix = usePrefix({ status, theme });
  const items = config.choices;
  if (items.length === 0) throw new Error('a list prompt needs choices');
  const match = useMemo(
    () =>
      config.match ??
      ((typed: string) =>
        matchTyped(
          typed,
          items.map((item) => ({ value: item.value, keys: [item.name] })),
          { locale: config.voice.lang },
        )),
    [config.match, config.voice, items],
  );
  const defaultIndex = useMemo(() => ('default' in config ? items.findIndex((item) => item.value === config.default) : -1), [config.default, items]);
  const [active, setActive] = useState(defaultIndex === -1 ? 0 : defaultIndex);
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<Problem | undefined>(undefined);

  useKeypress((key, rl) => {
    if (isEnterKey(key)) {
      // Readline has taken the line by now: the typed text is the one kept below.
      if (typed.trim() === '') {
        setStatus('done');
        done(items[active]!.value);
        return;
      }
      const values = match(typed);
      const index = values.length === 1 ? items.findIndex((item) => item.value === values[0]) : -1;
      if (index !== -1) {
        setActive(index);
        setStatus('done');
        done(items[index]!.value);
        return;
      }
      // Nothing taken: the typed text stays, to be finished or cleared.
      rl.write(typed);
      setProblem(values.length === 0 ? { kind: 'none', typed } : { kind: 'many', typed, names: items.filter((item) => values.includes(item.value)).map((item) => item.name) });
    } else if (isUpKey(key) || isDownKey(key)) {
      rl.clearLine(0);
      setTyped('');
      setProblem(undefined);
      const offset = isUpKey(key) ? -1 : 1;
      if (loop || (offset === -1 && active !== 0) || (offset === 1 && active !== items.length - 1)) setActive((active + offset + items.length) % items.length);
    } else if (isBackspaceKey(key) || key.name === 'escape') {
      rl.clearLine(0);
      setTyped('');
      setProblem(undefined);
    } else {
      setTyped(rl.line);
      setProblem(undefined);
      const values = match(rl.line);
      const index = values.length === 1 ? items.findIndex((item) => item.value === values[0]) : -1;
      if (index !== -1) setActive(index);
    }
  });

  const message = theme.style.message(config.message, status);
  const helpLine = theme.style.keysHelpTip([
    ['↑↓', 'navigate'],
    ['⏎', 'select'],
  ]);
  const page = usePagination({
    items,
    active,
    renderItem({ item, isActive }) {
      const color = isActive ? theme.style.highlight : (text: string) => text;
      return color(`${isActive ? theme.icon.cursor : ' '} ${item.name}`);
    },
    pageSize,
    loop,
  });
  if (status === 'done') return [prefix, message, theme.style.answer(items[active]!.name)].filter(Boolean).join(' ');
  const lines = [[prefix, message].filter(Boolean).join(' '), page, ' ', problem === undefined ? '' : theme.style.error(problemText(config.voice, problem)), helpLine]
    .filter(Boolean)
    .join('\n')
    .trimEnd();
  return `${lines}${CURSOR_HIDE}`;
});

/** Asks with the list; the value of the choice taken. */
export function select<Value>(config: ListConfig<Value>, context?: PromptContext): Promise<Value> {
  return listPrompt(config as ListConfig<unknown>, context) as Promise<Value>;
}
