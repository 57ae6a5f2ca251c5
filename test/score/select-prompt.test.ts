/**
 * The interview's list prompt (src/cli/commands/score/select-prompt.ts) through
 * @inquirer/testing: it looks like @inquirer/select, a typed word picks the choice it names,
 * and a word naming none (or several) does not let Enter take the highlighted choice.
 */
import { select } from '@inquirer/prompts';
import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { saveMatcher } from '../../src/cli/commands/score/ask.js';
import { type ListConfig, select as list } from '../../src/cli/commands/score/select-prompt.js';
import { ENGLISH, voiceOf } from '../../src/i18n/index.js';
import type { Lang } from '../../src/i18n/languages.js';

async function yesNoList(lang: Lang, extra: Partial<ListConfig<boolean | null>> = {}) {
  const voice = await voiceOf(lang);
  const t = voice.words.score.ask;
  const config: ListConfig<boolean | null> = {
    voice,
    message: t.save,
    choices: [
      { name: t.yes, value: true },
      { name: t.no, value: false },
    ],
    default: true,
    match: saveMatcher(voice),
    ...extra,
  };
  const rendered = await render(list as never, config);
  let settled = false;
  void rendered.answer.then(
    () => {
      settled = true;
    },
    () => {
      settled = true;
    },
  );
  return { ...rendered, answer: rendered.answer as Promise<boolean | null>, settled: () => settled };
}

/** Lets the prompt handle what was sent and any answer settle. */
const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

describe('the list prompt', () => {
  it('looks like @inquirer/select: same lines, pointer, key tips, pagination', async () => {
    const choices = Array.from({ length: 9 }, (_, index) => ({ name: `Choice ${index + 1}`, value: index }));
    // the interview always words the key tips (ask.ts): the same theme for both
    const theme = { style: { keysHelpTip: (keys: [string, string][]) => keys.map(([key, action]) => `${key} ${action}`).join(' • ') } };
    const ours = await render(list as never, { voice: ENGLISH, message: 'Pick one', choices, default: 2, theme });
    const theirs = await render(select as never, { message: 'Pick one', choices, default: 2, theme });
    expect(ours.getScreen({ raw: true })).toBe(theirs.getScreen({ raw: true }));
    for (const rendered of [ours, theirs]) {
      rendered.events.keypress('down');
      rendered.events.keypress('down');
    }
    expect(ours.getScreen({ raw: true })).toBe(theirs.getScreen({ raw: true }));
    ours.events.keypress('enter');
    theirs.events.keypress('enter');
    await expect(ours.answer).resolves.toBe(4);
    await expect(theirs.answer).resolves.toBe(4);
    expect(ours.getScreen({ raw: true })).toBe(theirs.getScreen({ raw: true }));
  });

  it('Greek: οχι (typed without its accent) picks Όχι at the save question', async () => {
    const { events, getScreen, answer } = await yesNoList('el');
    expect(getScreen()).toContain('❯ Ναι');
    events.type('οχι');
    expect(getScreen()).toContain('❯ Όχι');
    events.keypress('enter');
    await expect(answer).resolves.toBe(false);
  });

  it('Greek: ΟΧΙ picks Όχι', async () => {
    const { events, answer } = await yesNoList('el');
    events.type('ΟΧΙ');
    events.keypress('enter');
    await expect(answer).resolves.toBe(false);
  });

  it('Russian: English no picks Нет', async () => {
    const { events, getScreen, answer } = await yesNoList('ru');
    events.type('no');
    expect(getScreen()).toContain('❯ Нет');
    events.keypress('enter');
    await expect(answer).resolves.toBe(false);
  });

  it('Russian: не знаю picks Пока не знаю, not Нет', async () => {
    const t = (await voiceOf('ru')).words.score.ask;
    const { events, getScreen, answer } = await yesNoList('ru', {
      choices: [
        { name: t.yes, value: true },
        { name: t.no, value: false },
        { name: t.dontKnow, value: null },
      ],
      match: (typed) => (typed.trim() === 'не знаю' ? [null] : typed.trim() === 'не' ? [false] : []),
    });
    events.type('не знаю');
    expect(getScreen()).toContain('❯ Пока не знаю');
    events.keypress('enter');
    await expect(answer).resolves.toBeNull();
  });

  it('a word that names no answer: Enter shows why, in the language, and does not answer; Backspace clears it', async () => {
    const { events, getScreen, answer, settled } = await yesNoList('el');
    events.type('ισως');
    events.keypress('enter');
    await tick();
    expect(settled()).toBe(false);
    expect(getScreen()).toContain('❯ Ναι');
    expect(getScreen()).toContain('> Η απάντηση «ισως» δεν υπάρχει εδώ.');
    // typing on finishes the word: it is kept, and the message goes
    events.type('x');
    expect(getScreen()).not.toContain('δεν υπάρχει');
    events.keypress('enter');
    await tick();
    expect(getScreen()).toContain('«ισωςx»');
    events.keypress('backspace');
    expect(getScreen()).not.toContain('δεν υπάρχει');
    events.keypress('enter'); // nothing typed: the highlighted choice, as before
    await expect(answer).resolves.toBe(true);
  });

  it('Escape clears the typed word too', async () => {
    const { events, getScreen, answer, settled } = await yesNoList('en');
    events.type('maybe');
    events.keypress('enter');
    await tick();
    expect(settled()).toBe(false);
    expect(getScreen()).toContain('> "maybe" is not an answer here: type another or use ↑↓ (Backspace clears).');
    events.keypress('escape');
    expect(getScreen()).not.toContain('maybe');
    events.type('n');
    events.keypress('enter');
    await expect(answer).resolves.toBe(false);
  });

  it('a word naming two answers: Enter says which, and does not guess', async () => {
    const rendered = await render(list as never, {
      voice: await voiceOf('bg'),
      message: 'Как?',
      choices: [
        { name: 'Изчезна', value: 'silent' },
        { name: 'Избухна', value: 'scandal' },
      ],
    } satisfies ListConfig<string>);
    let settled = false;
    void rendered.answer.then(() => {
      settled = true;
    });
    rendered.events.type('из');
    rendered.events.keypress('enter');
    await tick();
    expect(settled).toBe(false);
    expect(rendered.getScreen()).toContain('> „из“ може да е „Изчезна“ или „Избухна“.');
    rendered.events.type('б');
    rendered.events.keypress('enter');
    await expect(rendered.answer).resolves.toBe('scandal');
  });

  it('a word typed slowly is not forgotten: no 0.7 s reset that would hand Enter back to the highlight', async () => {
    const { events, answer } = await yesNoList('el');
    events.type('ο');
    await new Promise((resolve) => setTimeout(resolve, 800));
    events.type('χι');
    events.keypress('enter');
    await expect(answer).resolves.toBe(false);
  });

  it('an arrow key after a typed word moves on from it', async () => {
    const { events, getScreen, answer } = await yesNoList('en');
    events.type('no');
    expect(getScreen()).toContain('❯ No');
    events.keypress('up');
    expect(getScreen()).toContain('❯ Yes');
    events.keypress('enter');
    await expect(answer).resolves.toBe(true);
  });

  it('Ctrl-C rejects with ExitPromptError', async () => {
    const { events, answer } = await yesNoList('en');
    events.type('no');
    events.keypress({ name: 'c', ctrl: true });
    await expect(answer).rejects.toMatchObject({ name: 'ExitPromptError' });
  });
});
