/**
 * Vetting across conversations, in-process: `--resume` (asking only what is still open,
 * before and after, `continues` in the journal, another criteria file), going back in the
 * interview, and the save question at the end (yes, no, --no-save, no terminal).
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACK_CHOICE, DONT_KNOW, type Choice, type Prompts } from '../../src/cli/commands/score/ask.js';
import type { ScoreOptions } from '../../src/cli/commands/score/types.js';
import { runScore } from '../../src/cli/commands/score/run.js';
import { runHistory } from '../../src/cli/commands/history/run.js';
import { FIXTURES, tempDir } from '../helpers/cli.js';
import { memoryIO } from '../helpers/memory-io.js';
import { ENGLISH } from '../../src/i18n/index.js';

const CRITERIA = join(FIXTURES, 'score', 'criteria.yaml');

interface Asked {
  readonly kind: 'input' | 'select' | 'confirm';
  readonly message: string;
  readonly choices?: readonly string[];
  readonly default?: unknown;
}

/** Fake prompts answering from a script: a choice name for select and confirm (Yes/No), the typed text for input. */
function scripted(script: readonly string[]): { prompts: Prompts; asked: Asked[] } {
  const asked: Asked[] = [];
  let step = 0;
  const next = (message: string): string => {
    const answer = script[step++];
    if (answer === undefined) throw new Error(`no scripted answer for "${message}"`);
    return answer;
  };
  const prompts: Prompts = {
    async input(config) {
      asked.push({ kind: 'input', message: config.message, default: config.default });
      const typed = next(config.message);
      const value = typed === '' && config.default !== undefined ? config.default : typed;
      const valid = config.validate?.(value) ?? true;
      if (valid !== true) throw new Error(`rejected "${value}": ${String(valid)}`);
      return value;
    },
    async select<Value>(config: { message: string; choices: readonly Choice<Value>[]; default?: Value }) {
      asked.push({ kind: 'select', message: config.message, choices: config.choices.map((choice) => choice.name), default: config.default });
      const name = next(config.message);
      const choice = config.choices.find((candidate) => candidate.name === name);
      if (choice === undefined) throw new Error(`no choice "${name}" in ${config.choices.map((candidate) => candidate.name).join(', ')}`);
      return choice.value;
    },
    async confirm(config) {
      asked.push({ kind: 'confirm', message: config.message, default: config.default });
      return next(config.message) === 'Yes';
    },
  };
  return { prompts, asked };
}

function options(extra: Partial<ScoreOptions>): ScoreOptions {
  return { criteria: CRITERIA, input: true, format: 'text', message: false, ...extra };
}

function journalLines(path: string): Record<string, unknown>[] {
  return existsSync(path)
    ? readFileSync(path, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>)
    : [];
}

/** A first decision for Acme with two unknowns (revisions, notes), saved without prompts. */
async function firstDecision(dir: string, criteria = CRITERIA): Promise<string> {
  const journal = join(dir, 'journal.jsonl');
  const memory = memoryIO({ cwd: dir });
  const code = await runScore(
    memory.io,
    options({
      criteria,
      name: 'Acme Ltd',
      set: ['pays_upfront=yes', 'deposit_percent=45', 'conflict_style=negotiates', 'polite=no'],
      input: false,
      save: true,
      journal,
    }),
  );
  expect(code).toBe(0);
  return journal;
}

function terminal(dir: string) {
  const memory = memoryIO({ cwd: dir });
  return { ...memory, io: { ...memory.io, canPrompt: true } };
}

describe('score --resume', () => {
  it('asks only what is still unknown, shows before and after, and saves a decision that continues the first', async () => {
    const dir = tempDir();
    const journal = await firstDecision(dir);
    const [first] = journalLines(journal);
    const memory = terminal(dir);
    const { prompts, asked } = scripted(['2', '']);
    const code = await runScore(memory.io, options({ resume: 'acme ltd', save: true, journal }), prompts);
    expect(code).toBe(0);
    expect(asked.map((prompt) => prompt.message)).toEqual(['How many revision rounds do they expect?', 'Anything in their request that worries you?']);
    expect(memory.stderr()).toContain(`Following up on Acme Ltd: decision ${String(first!.id)}`);
    const out = memory.stdout();
    expect(out).toMatch(/before +ACCEPT +score 71\n/u);
    expect(out).toMatch(/after +ACCEPT +score 88\n/u);
    // named by question, as the interview asked them; ids stay in the journal and JSON
    expect(out).toMatch(/changed +How many revision rounds do they expect\? +\? → 2\n +Anything in their request that worries you\? +\? → \(nothing noted\)/u);
    const [, second] = journalLines(journal);
    expect(second).toMatchObject({ name: 'Acme Ltd', continues: first!.id, answers: { revisions: 2, notes: '', polite: false, deposit_percent: 45 } });
  });

  it('without a terminal: --set answers what was open, by decision id, and --format json says what changed', async () => {
    const dir = tempDir();
    const journal = await firstDecision(dir);
    const [first] = journalLines(journal);
    const memory = memoryIO({ cwd: dir });
    const code = await runScore(memory.io, options({ resume: String(first!.id), set: ['revisions=1', 'notes=wants a discount'], format: 'json', save: true, journal }));
    expect(code).toBe(0);
    const document = JSON.parse(memory.stdout()) as Record<string, unknown>;
    expect(document).toMatchObject({
      name: 'Acme Ltd',
      verdict: 'accept',
      score: 82,
      resume: {
        continues: first!.id,
        other_criteria: false,
        before: { verdict: 'accept', score: 71, potential: 88 },
        changed: [
          { id: 'revisions', before: null, after: 1 },
          { id: 'notes', before: null, after: 'wants a discount' },
        ],
      },
    });
    expect(journalLines(journal)[1]).toMatchObject({ continues: first!.id });
  });

  it('asks a question that becomes relevant through a new answer', async () => {
    const dir = tempDir();
    const journal = join(dir, 'journal.jsonl');
    await runScore(
      memoryIO({ cwd: dir }).io,
      options({ name: 'Nord', set: ['pays_upfront=?', 'conflict_style=negotiates', 'polite=yes', 'revisions=2', 'notes='], input: false, save: true, journal }),
    );
    const { prompts, asked } = scripted(['Yes', '50']);
    await runScore(terminal(dir).io, options({ resume: 'Nord', save: false, journal }), prompts);
    expect(asked.map((prompt) => prompt.message)).toEqual(['Will they pay a deposit before work starts?', 'What share of the fee will they pay upfront (%)?']);
  });

  it('an unknown name is a usage error with a suggestion', async () => {
    const dir = tempDir();
    const journal = await firstDecision(dir);
    const error = await runScore(memoryIO({ cwd: dir }).io, options({ resume: 'Acme Ltx', input: false, journal })).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ exitCode: 2, message: expect.stringContaining('(did you mean "Acme Ltd"?)') });
  });

  it('under another criteria file: says so, keeps the answers to criteria that still exist, asks the new ones', async () => {
    const dir = tempDir();
    const before = join(dir, 'before.yaml');
    copyFileSync(CRITERIA, before);
    const journal = await firstDecision(dir, before);
    // The list changed since: `polite` is gone, `signed_nda` is new.
    const changed = join(dir, 'after.yaml');
    const text = readFileSync(CRITERIA, 'utf8').replace(/  - id: polite\n(?: {4}.*\n)+/u, '  - id: signed_nda\n    question: Will they sign an NDA?\n    type: yes-no\n    points: 10\n');
    expect(text).toContain('signed_nda');
    writeFileSync(changed, text);
    const memory = terminal(dir);
    const { prompts, asked } = scripted(['No', '2', '']);
    const code = await runScore(memory.io, options({ criteria: changed, resume: 'Acme Ltd', save: true, journal }), prompts);
    expect(code).toBe(0);
    const err = memory.stderr().replace(/\s+/gu, ' ');
    expect(err).toContain('That decision was made under another criteria file');
    expect(err).toContain('No longer asked: polite.');
    expect(err).toContain('New: signed_nda.');
    // the first question asked has nothing to go back to
    expect(asked[0]!.choices).toEqual(['Yes', 'No', DONT_KNOW]);
    expect(asked.map((prompt) => prompt.message)).toEqual(['Will they sign an NDA?', 'How many revision rounds do they expect?', 'Anything in their request that worries you?']);
    const [, second] = journalLines(journal);
    expect(second).toMatchObject({ answers: { pays_upfront: true, deposit_percent: 45, conflict_style: 'negotiates', signed_nda: false, revisions: 2 } });
    expect(Object.keys(second!.answers as object)).not.toContain('polite');
    expect(memory.stdout()).toMatch(/polite +no → –/u);
  });
});

describe('going back in the interview', () => {
  it('"← Back" in a list and < in an input return to the previous question, offering its answer again', async () => {
    const dir = tempDir();
    const journal = join(dir, 'journal.jsonl');
    const memory = terminal(dir);
    // name; deposit yes; back from the share; deposit no (the share no longer applies); back from
    // the reaction; deposit yes; the share applies again; a scene; back from politeness; change
    // the reaction; then the rest, and do not save.
    const second = scripted(['Acme', 'Yes', '<', 'No', BACK_CHOICE, 'Yes', '40', 'Made a scene', BACK_CHOICE, 'Proposed a fair compromise', 'Yes', '1', '', 'No']);
    const code = await runScore(memory.io, options({ journal }), second.prompts);
    expect(code).toBe(0);
    const messages = second.asked.map((prompt) => prompt.message);
    expect(messages).toEqual([
      "Prospect's name (optional):",
      'Will they pay a deposit before work starts?',
      'What share of the fee will they pay upfront (%)?',
      'Will they pay a deposit before work starts?',
      'When something went wrong, how did they react?',
      'Will they pay a deposit before work starts?',
      'What share of the fee will they pay upfront (%)?',
      'When something went wrong, how did they react?',
      'Do they write politely?',
      'When something went wrong, how did they react?',
      'Do they write politely?',
      'How many revision rounds do they expect?',
      'Anything in their request that worries you?',
      'Save this decision to your journal?',
    ]);
    // asked again, each question offers the earlier answer
    expect(second.asked[3]).toMatchObject({ default: true });
    expect(second.asked[5]).toMatchObject({ default: false });
    expect(second.asked[6]!.default).toBeUndefined();
    expect(second.asked[9]).toMatchObject({ default: 'scandal', choices: ['Proposed a fair compromise', 'Went quiet for a while', 'Made a scene', DONT_KNOW, BACK_CHOICE] });
    // from the first criterion, back leads to the name
    expect(second.asked[1]!.choices).toContain(BACK_CHOICE);
    expect(memory.stdout()).toMatch(/ACCEPT +score 100 +· +Acme/u);
    expect(journalLines(journal)).toEqual([]);
  });
});

describe('the save question', () => {
  async function interview(extra: Partial<ScoreOptions>, script: string[]) {
    const dir = tempDir();
    const journal = join(dir, 'journal.jsonl');
    const memory = terminal(dir);
    const { prompts, asked } = scripted(script);
    const code = await runScore(
      memory.io,
      options({ name: 'Acme', set: ['pays_upfront=yes', 'deposit_percent=40', 'conflict_style=negotiates', 'polite=yes', 'revisions=1'], journal, ...extra }),
      prompts,
    );
    return { code, asked, journal, memory };
  }

  it('yes (the default) saves', async () => {
    const { code, asked, journal, memory } = await interview({}, ['', 'Yes']);
    expect(code).toBe(0);
    expect(asked.at(-1)).toEqual({ kind: 'confirm', message: 'Save this decision to your journal?', default: true });
    expect(journalLines(journal)).toHaveLength(1);
    expect(memory.stderr()).toMatch(/Saved to journal .*journal\.jsonl \(decision \S+\)\./u);
  });

  it('no saves nothing', async () => {
    const { asked, journal, memory } = await interview({}, ['', 'No']);
    expect(asked.at(-1)!.kind).toBe('confirm');
    expect(journalLines(journal)).toEqual([]);
    expect(memory.stderr()).not.toContain('Saved');
  });

  it('--no-save neither asks nor saves; --save saves without asking', async () => {
    const skipped = await interview({ save: false }, ['']);
    expect(skipped.asked.map((prompt) => prompt.kind)).toEqual(['input']);
    expect(journalLines(skipped.journal)).toEqual([]);
    const saved = await interview({ save: true }, ['']);
    expect(saved.asked.map((prompt) => prompt.kind)).toEqual(['input']);
    expect(journalLines(saved.journal)).toHaveLength(1);
  });

  it('is never asked without a terminal', async () => {
    const dir = tempDir();
    const journal = join(dir, 'journal.jsonl');
    const { prompts, asked } = scripted([]);
    const code = await runScore(memoryIO({ cwd: dir }).io, options({ set: ['polite=yes'], journal }), prompts);
    expect(code).toBe(0);
    expect(asked).toEqual([]);
    expect(journalLines(journal)).toEqual([]);
  });
});

describe('history', () => {
  it("one line per prospect by default; NAME shows the thread with each decision's answers", async () => {
    const dir = tempDir();
    const journal = await firstDecision(dir);
    await runScore(memoryIO({ cwd: dir }).io, options({ resume: 'Acme Ltd', set: ['revisions=2'], input: false, save: true, journal }));
    await runScore(memoryIO({ cwd: dir }).io, options({ name: 'Beta', set: ['polite=yes'], input: false, save: true, journal }));
    const list = memoryIO({ cwd: dir });
    expect(await runHistory(list.io, undefined, { journal, format: 'text' })).toBe(0);
    const rows = list.stdout().trimEnd().split('\n');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toMatch(/Acme Ltd +accept +82 +2 +– /u);
    expect(rows[2]).toMatch(/Beta +[a-z]+ +\d+ +1 +– /u);
    const limited = memoryIO({ cwd: dir });
    await runHistory(limited.io, undefined, { journal, format: 'json', limit: '1' });
    expect((JSON.parse(limited.stdout()) as { name: string }[]).map((entry) => entry.name)).toEqual(['Beta']);
    const thread = memoryIO({ cwd: dir });
    expect(await runHistory(thread.io, 'acme ltd', { journal, format: 'text' })).toBe(0);
    const text = thread.stdout();
    expect(text).toContain('Acme Ltd: 2 decisions');
    expect(text).toMatch(/ACCEPT +score 71 +decision \S+\n/u);
    expect(text).toMatch(/ACCEPT +score 82 +decision \S+ +continues \S+/u);
    // answers by question and a choice by its label, under the criteria the decisions were made with
    expect(text).toMatch(/How many revision rounds do they expect\? +2 +was \?/u);
    expect(text).toMatch(/When something went wrong, how did they re\S* +Proposed a fair compromise\n/u);
    expect(text).not.toMatch(/conflict_style|negotiates/u);
    const json = memoryIO({ cwd: dir });
    await runHistory(json.io, 'Acme Ltd', { journal, format: 'json' });
    const entries = JSON.parse(json.stdout()) as { continues: string | null; answers: Record<string, unknown> }[];
    expect(entries).toHaveLength(2);
    expect(entries[1]!.continues).toBe((entries[0] as unknown as { id: string }).id);
    expect(entries[1]!.answers.revisions).toBe(2);
  });

  it('--since keeps what was decided on or after the date; a bad date is a usage error', async () => {
    const dir = tempDir();
    const journal = await firstDecision(dir);
    const later = memoryIO({ cwd: dir });
    await runHistory(later.io, undefined, { journal, format: 'json', since: '2999-01-01' });
    expect(JSON.parse(later.stdout())).toEqual([]);
    const earlier = memoryIO({ cwd: dir });
    await runHistory(earlier.io, undefined, { journal, format: 'json', since: '2000-01-01' });
    expect(JSON.parse(earlier.stdout())).toHaveLength(1);
    await expect(runHistory(memoryIO({ cwd: dir }).io, undefined, { journal, format: 'text', since: '2026-02-30' })).rejects.toMatchObject({ exitCode: 2 });
    await expect(runHistory(memoryIO({ cwd: dir }).io, 'Nobody', { journal, format: 'text' })).rejects.toMatchObject({ exitCode: 2 });
  });

  it('reads a journal written before decisions could continue one another', async () => {
    const dir = tempDir();
    const journal = join(dir, 'old.jsonl');
    const line = {
      type: 'decision',
      id: 'old-1',
      time: '2025-01-01T10:00:00.000Z',
      name: 'Old',
      answers: { polite: true },
      result: { score: 50, potential: 60, verdict: 'review', failed: [], unknown: [] },
      criteria: { file: 'x.yaml', sha256: 'abc' },
    };
    writeFileSync(journal, `${JSON.stringify(line)}\n`);
    const memory = memoryIO({ cwd: dir });
    await runHistory(memory.io, 'Old', { journal, format: 'json' });
    expect(JSON.parse(memory.stdout())).toEqual([expect.objectContaining({ id: 'old-1', continues: null, answers: { polite: true } })]);
    expect(memory.stderr()).toBe('');
  });
});

describe('--save and --no-save on the command line', () => {
  it.each([
    [[], undefined],
    [['--save'], true],
    [['--no-save'], false],
  ])('score %j: save is %s (undefined: asked after an interview on a terminal)', async (args, expected) => {
    const { buildProgram } = await import('../../src/cli/program.js');
    const { processStreams } = await import('../../src/cli/streams.js');
    const program = buildProgram(
      {
        streams: processStreams(),
        voice: ENGLISH,
        io: () => {
          throw new Error('not used');
        },
        recordExitCode: () => undefined,
      },
      '0.0.0',
    );
    let seen: unknown = 'not run';
    program.commands
      .find((command) => command.name() === 'score')!
      .action((parsed: { save?: boolean }) => {
        seen = parsed.save;
      });
    await program.parseAsync(['score', ...args], { from: 'user' });
    expect(seen).toBe(expected);
  });
});
