/**
 * The asking flow: first driven with scripted fake prompts (every type, "Don't know yet",
 * `when` skipping, validation), then with the real prompts (@inquirer/prompts' input, our list) rendering through
 * @inquirer/testing's streams (typing, re-asking on a bad number, Ctrl-C).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import * as inquirer from '@inquirer/prompts';
import { select } from '../../src/cli/commands/score/select-prompt.js';
import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { loadCriteria } from '../../src/core/load.js';
import { createScorer, type Scorer } from '../../src/core/score.js';
import { askAnswers, BACK_CHOICE, DONT_KNOW, type PromptContext, type Prompts } from '../../src/cli/commands/score/ask.js';
import { scripted } from '../helpers/prompts.js';
import { createStyle } from '../../src/render/style.js';
import { FIXTURES } from '../helpers/cli.js';
import { waitUntil } from '../helpers/wait.js';
import { ENGLISH } from '../../src/i18n/index.js';

function scorer(): Scorer {
  const loaded = loadCriteria(readFileSync(join(FIXTURES, 'score', 'criteria.yaml'), 'utf8'));
  if (!loaded.ok) throw new Error('fixture');
  return createScorer(loaded.criteria);
}

const plain = createStyle(0);
const nowhere = { input: process.stdin, output: new Writable({ write: (_chunk, _encoding, callback) => callback() }) } as PromptContext;

describe('askAnswers with scripted prompts', () => {
  it('asks the name, then every type in file order, with the fitting prompt', async () => {
    const { prompts, calls } = scripted(['Acme', 'Yes', ['40'], 'Went quiet for a while', DONT_KNOW, [''], ['wants a discount']]);
    const scorer_ = scorer();
    const asked = await askAnswers(ENGLISH, scorer_, {}, { prompts, context: nowhere, style: plain, askName: true });
    expect(asked.name).toBe('Acme');
    expect(calls.map((call) => [call.kind, call.message])).toEqual([
      ['input', "Prospect's name (optional):"],
      ['select', 'Will they pay a deposit before work starts?'],
      ['input', 'What share of the fee will they pay upfront (%)?'],
      ['select', 'When something went wrong, how did they react?'],
      ['select', 'Do they write politely?'],
      ['input', 'How many revision rounds do they expect?'],
      ['input', 'Anything in their request that worries you?'],
    ]);
    expect(calls[1]!.choices).toEqual(['Yes', 'No', DONT_KNOW, BACK_CHOICE]);
    expect(calls[3]!.choices).toEqual(['Proposed a fair compromise', 'Went quiet for a while', 'Made a scene', DONT_KNOW, BACK_CHOICE]);
    // help and the "empty means don't know yet" hint are shown while asking
    expect(calls[2]!.shown).toContain('Only what is paid before you start.');
    expect(calls[2]!.shown).toContain("leave empty if you don't know yet");
    expect(calls[6]!.shown).toContain("? if you don't know yet");
    const result = scorer_.scoreAnswers(asked.values);
    expect(result.results.map((entry) => entry.status)).toEqual(['pass', 'pass', 'pass', 'unknown', 'unknown', 'fail']);
    expect(asked.values).toMatchObject({ pays_upfront: true, deposit_percent: 40, conflict_style: 'silent', polite: null, revisions: null });
  });

  it('skips a criterion whose `when` does not match, evaluated as answers come in', async () => {
    const { prompts, calls } = scripted(['No', 'Proposed a fair compromise', 'Yes', ['1'], ['?']]);
    const asked = await askAnswers(ENGLISH, scorer(), {}, { prompts, context: nowhere, style: plain, askName: false });
    expect(calls.map((call) => call.message)).not.toContain('What share of the fee will they pay upfront (%)?');
    expect(calls).toHaveLength(5);
    const result = scorer().scoreAnswers(asked.values);
    expect(result.results.find((entry) => entry.id === 'deposit_percent')!.status).toBe('n/a');
    expect(result.results.find((entry) => entry.id === 'notes')!.status).toBe('unknown');
  });

  it('re-asks a bad number, saying what is expected; accepts "1 200" and empty', async () => {
    const { prompts, calls } = scripted(['Yes', ['forty', '12 00', '1 200'], DONT_KNOW, DONT_KNOW, [''], ['']]);
    const asked = await askAnswers(ENGLISH, scorer(), {}, { prompts, context: nowhere, style: plain, askName: false });
    expect(calls[1]!.rejected).toEqual(['Expected a number (got "forty"); leave empty if you don\'t know yet', 'Expected a number (got "12 00"); leave empty if you don\'t know yet']);
    expect(asked.values.deposit_percent).toBe(1200);
    expect(asked.values.revisions).toBeNull();
    expect(asked.values.notes).toBe('');
  });

  it('asks only for what is missing or unreadable', async () => {
    const { prompts, calls } = scripted(['Proposed a fair compromise', ['3']]);
    const asked = await askAnswers(ENGLISH, scorer(), { pays_upfront: 'no', polite: 'yes', revisions: 'lots', notes: '' }, { prompts, context: nowhere, style: plain, askName: false });
    expect(calls.map((call) => call.message)).toEqual(['When something went wrong, how did they react?', 'How many revision rounds do they expect?']);
    expect(asked.values).toEqual({ pays_upfront: 'no', polite: 'yes', revisions: 3, notes: '', conflict_style: 'negotiates' });
  });
});

/** Inquirer ends its output stream after each prompt; a session needs one that stays open. */
function keepOpen(output: Writable): Writable {
  const stream = new Writable({
    write(chunk, encoding, callback) {
      output.write(chunk, encoding, callback);
    },
  });
  // As with process.stdout, ending is not ours to do: the next prompt writes here too.
  stream.end = () => stream;
  return stream;
}

describe('askAnswers with the real prompts', () => {
  async function session() {
    const scorer_ = scorer();
    const flow = (_: object, context: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream }) =>
      askAnswers(
        ENGLISH,
        scorer_,
        {},
        {
          prompts: { ...inquirer, select } as unknown as Prompts,
          context: { input: context.input as PromptContext['input'], output: keepOpen(context.output as Writable) },
          style: plain,
          askName: true,
        },
      );
    const rendered = await render(flow as never, {});
    const screen = (): string => rendered.getScreen();
    const waitFor = (text: string): Promise<void> => waitUntil(() => screen().includes(text), screen, { interval: 5 });
    return { ...rendered, answer: rendered.answer as unknown as ReturnType<typeof askAnswers>, screen, waitFor, scorer: scorer_ };
  }

  it('runs a whole session: select, number with a re-ask, choice, text', async () => {
    const { events, answer, waitFor, screen, scorer: scorer_ } = await session();
    await waitFor("Prospect's name (optional):");
    events.type('Acme');
    events.keypress('enter');
    await waitFor('Will they pay a deposit before work starts?');
    expect(screen()).toContain("Don't know yet");
    events.keypress('enter'); // Yes
    await waitFor('Only what is paid before you start.');
    events.type('abc');
    events.keypress('enter');
    await waitFor('Expected a number (got "abc")');
    events.keypress('backspace');
    events.keypress('backspace');
    events.keypress('backspace');
    events.type('35');
    events.keypress('enter');
    await waitFor('how did they react?');
    expect(screen()).toContain('Went quiet for a while');
    events.keypress('down');
    events.keypress('enter'); // Went quiet for a while
    await waitFor('Do they write politely?');
    events.keypress('down');
    events.keypress('down');
    events.keypress('enter'); // Don't know yet
    await waitFor('How many revision rounds');
    events.keypress('enter'); // empty: don't know yet
    await waitFor('Anything in their request');
    events.type('ASAP please');
    events.keypress('enter');
    const asked = await answer;
    expect(asked.name).toBe('Acme');
    expect(asked.values).toEqual({ pays_upfront: true, deposit_percent: 35, conflict_style: 'silent', polite: null, revisions: null, notes: 'ASAP please' });
    expect(scorer_.scoreAnswers(asked.values).results.map((entry) => entry.status)).toEqual(['pass', 'pass', 'pass', 'unknown', 'unknown', 'fail']);
  });

  it('goes back with < in an input and "← Back" in a list, the earlier answer selected again', async () => {
    const { events, answer, waitFor, screen } = await session();
    await waitFor("Prospect's name (optional):");
    events.keypress('enter');
    await waitFor('Will they pay a deposit before work starts?');
    events.keypress('enter'); // Yes
    await waitFor('Only what is paid before you start.');
    expect(screen()).toContain('< goes back');
    events.type('<');
    events.keypress('enter');
    await waitFor('← Back returns to the previous question');
    await waitFor('❯ Yes'); // the earlier answer is selected
    events.keypress('down');
    events.keypress('enter'); // No: the share no longer applies
    await waitFor('how did they react?');
    for (let step = 0; step < 4; step++) events.keypress('down');
    await waitFor('❯ ← Back');
    events.keypress('enter');
    await waitFor('❯ No');
    events.keypress('enter'); // keep No
    await waitFor('how did they react?');
    events.keypress('enter');
    await waitFor('Do they write politely?');
    events.keypress('enter');
    await waitFor('How many revision rounds');
    events.type('1');
    events.keypress('enter');
    await waitFor('Anything in their request');
    events.keypress('enter');
    const asked = await answer;
    expect(asked.values).toEqual({ pays_upfront: false, conflict_style: 'negotiates', polite: true, revisions: 1, notes: '' });
  });

  it('a typed word picks in a list, < goes back from one, and a word that is no answer waits with a message', async () => {
    const { events, answer, waitFor, screen } = await session();
    await waitFor("Prospect's name (optional):");
    events.keypress('enter');
    await waitFor('Will they pay a deposit before work starts?');
    events.type('nope');
    events.keypress('enter');
    await waitFor('> "nope" is not an answer here: type another or use ↑↓ (Backspace clears).');
    events.keypress('backspace');
    events.type('no');
    events.keypress('enter'); // No: the share does not apply
    await waitFor('how did they react?');
    events.type('<');
    events.keypress('enter');
    await waitFor('❯ No');
    expect(screen()).toContain('Will they pay a deposit before work starts?');
    events.type('нет');
    events.keypress('enter');
    await waitFor('how did they react?');
    events.type('silent');
    events.keypress('enter');
    await waitFor('Do they write politely?');
    events.type('не знаю');
    events.keypress('enter');
    await waitFor('How many revision rounds');
    events.keypress('enter');
    await waitFor('Anything in their request');
    events.keypress('enter');
    const asked = await answer;
    expect(asked.values).toEqual({ pays_upfront: false, conflict_style: 'silent', polite: null, revisions: null, notes: '' });
  });

  it('Ctrl-C rejects with ExitPromptError (main turns it into exit 130)', async () => {
    const { events, answer, waitFor } = await session();
    await waitFor("Prospect's name (optional):");
    events.keypress('enter');
    await waitFor('Will they pay a deposit');
    events.keypress({ name: 'c', ctrl: true });
    await expect(answer).rejects.toMatchObject({ name: 'ExitPromptError' });
  });
});
