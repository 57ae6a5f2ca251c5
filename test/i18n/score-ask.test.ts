/**
 * The interview in another language, driven through fake prompts: the name question, Yes / No /
 * Don't know yet, Back, the hints and the validation tail in the run's language, the choice
 * labels of the criteria file as written, and the save question as a select of the
 * language's Yes and No (inquirer's confirm reads only y/n).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { askAnswers, askSave, type PromptContext } from '../../src/cli/commands/score/ask.js';
import { scripted } from '../helpers/prompts.js';
import { loadCriteria } from '../../src/core/load.js';
import { createScorer } from '../../src/core/score.js';
import { ENGLISH, voiceOf } from '../../src/i18n/index.js';
import { createStyle } from '../../src/render/style.js';
import { FIXTURES } from '../helpers/cli.js';

const plain = createStyle(0);
const nowhere = { input: process.stdin, output: new Writable({ write: (_chunk, _encoding, callback) => callback() }) } as PromptContext;

describe('the interview in Bosnian and Russian', () => {
  it("Bosnian: its own words around the criteria file's, and answers read whatever the language", async () => {
    const voice = await voiceOf('bs');
    const loaded = loadCriteria(readFileSync(join(FIXTURES, 'score', 'criteria.yaml'), 'utf8'));
    if (!loaded.ok) throw new Error('fixture');
    const scorer = createScorer(loaded.criteria);
    const { prompts, calls } = scripted(['Acme', 'Da', ['mnogo', '45'], 'Went quiet for a while', 'Još ne znam', ['?'], ['']]);
    const asked = await askAnswers(voice, scorer, {}, { prompts, context: nowhere, style: plain, askName: true, columns: 100 });
    expect(calls[0]!.message).toBe('Ime klijenta (nije obavezno):');
    expect(calls[1]!.choices).toEqual(['Da', 'Ne', 'Još ne znam', '← Nazad']);
    expect(calls[1]!.tip).toBe('↑↓ kretanje • ⏎ odabir • ← Nazad vraća na prethodno pitanje');
    expect(calls[2]!.shown).toContain('Broj; ostavite prazno ako još ne znate; < vraća nazad:');
    expect(calls[2]!.rejected).toHaveLength(1);
    expect(calls[2]!.rejected![0]).toMatch(/; ostavite prazno ako još ne znate$/u);
    // The criteria file's labels are shown as written; only "don't know" and Back are ours.
    expect(calls[3]!.choices).toEqual(['Proposed a fair compromise', 'Went quiet for a while', 'Made a scene', 'Još ne znam', '← Nazad']);
    expect(calls[5]!.shown).toContain('Broj; ostavite prazno ako još ne znate; < vraća nazad:');
    expect(calls[6]!.shown).toContain('Prazno ako nemate šta zabilježiti, ? ako još ne znate; < vraća nazad:');
    expect(asked).toEqual({ name: 'Acme', values: { pays_upfront: true, deposit_percent: 45, conflict_style: 'silent', polite: null, revisions: null, notes: '' } });
  });

  it('Russian: the save question is a select of Да and Нет', async () => {
    const { prompts, calls } = scripted(['Нет']);
    expect(await askSave(await voiceOf('ru'), { prompts, context: nowhere, style: plain })).toBe(false);
    expect(calls).toEqual([{ kind: 'select', message: 'Сохранить это решение в журнал?', shown: 'Сохранить это решение в журнал?', choices: ['Да', 'Нет'], tip: '↑↓ выбор • ⏎ ответить' }]);
  });

  it('English keeps the y/n confirm', async () => {
    const { prompts, calls } = scripted(['y']);
    expect(await askSave(ENGLISH, { prompts, context: nowhere, style: plain })).toBe(true);
    expect(calls).toEqual([{ kind: 'confirm', message: 'Save this decision to your journal?', shown: 'Save this decision to your journal?' }]);
  });
});
