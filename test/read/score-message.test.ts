/**
 * `score --message FILE`: the interview starts from what the prospect's message states, each
 * answer preselected with its words; without an interview they are scored like --set; --set
 * wins over the message and the conflict is shown; the journal records the source.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScore } from '../../src/cli/commands/score/run.js';
import type { ScoreOptions } from '../../src/cli/commands/score/types.js';
import { ROOT, tempDir } from '../helpers/cli.js';
import { memoryIO } from '../helpers/memory-io.js';
import { run } from '../helpers/main.js';
import { scripted } from '../helpers/prompts.js';

const CRITERIA = join(ROOT, 'criteria', 'freelancer.yaml');
const MESSAGE = 'Hi,\n\nWe can pay 50% upfront. It is a quick job, we need it ASAP.\n\nThanks,\nJane Doe\n';

function setup(): { dir: string; file: string; journal: string } {
  const dir = tempDir();
  const file = join(dir, 'inquiry.txt');
  writeFileSync(file, MESSAGE);
  return { dir, file, journal: join(dir, 'journal.jsonl') };
}

const options = (extra: Partial<ScoreOptions>): ScoreOptions => ({ criteria: CRITERIA, input: true, format: 'json', message: true, ...extra });

describe('score --message', () => {
  it('without an interview, scores the message’s answers like --set, names the prospect, and records the source', async () => {
    const { dir, file, journal } = setup();
    const memory = memoryIO({ cwd: dir });
    const code = await runScore(memory.io, options({ messageFile: file, input: false, save: true, journal }));
    expect(code).toBe(0);
    const document = JSON.parse(memory.stdout());
    expect(document.name).toBe('Jane Doe');
    expect(document.answers).toMatchObject({ pays_upfront: true, deposit_percent: 50, polite: true, notes: 'It is a quick job, we need it ASAP.' });
    expect(document.results.find((entry: { id: string }) => entry.id === 'notes')).toMatchObject({ status: 'fail', code: 'red-flag' });
    expect(memory.stderr()).toContain('Will they pay a deposit before work starts? yes, from the message: "We can pay 50% upfront."');
    const line = JSON.parse(readFileSync(journal, 'utf8').trim());
    expect(line.sources.pays_upfront.from).toBe('message');
    expect(line.sources.deposit_percent.from).toBe('message');
  });

  it('--set wins over the message, and the conflict is shown', async () => {
    const { dir, file, journal } = setup();
    const memory = memoryIO({ cwd: dir });
    await runScore(memory.io, options({ messageFile: file, input: false, set: ['deposit_percent=30'], save: true, journal }));
    expect(JSON.parse(memory.stdout()).answers.deposit_percent).toBe(30);
    expect(memory.stderr()).toContain('What share of the fee will they pay upfront (%)?: kept "30" from --set; the prospect\'s message said "50".');
    expect(JSON.parse(readFileSync(journal, 'utf8').trim()).sources.deposit_percent.from).toBe('set');
  });

  it('in the interview, each message answer is preselected with its words; kept it stays the message’s, changed it is typed', async () => {
    const { dir, file, journal } = setup();
    const memory = memoryIO({ cwd: dir });
    // pays_upfront kept (Yes), deposit changed to 40, conflict, polite kept, respects_time, revisions, notes kept
    const { prompts, calls } = scripted(['Yes', '40', 'Proposed a fair compromise', 'Yes', 'Yes', '2', 'It is a quick job, we need it ASAP.', 'y'], { details: true });
    await runScore({ ...memory.io, canPrompt: true }, options({ messageFile: file, journal }), prompts);
    const upfront = calls.find((call) => call.message.startsWith('Will they pay a deposit'))!;
    expect(upfront.default).toBe(true);
    expect(upfront.display).toContain('From the message: "We can pay 50% upfront."');
    const line = JSON.parse(readFileSync(journal, 'utf8').trim());
    expect(line.answers.deposit_percent).toBe(40);
    expect(line.sources.pays_upfront.from).toBe('message');
    expect(line.sources.deposit_percent.from).toBe('typed');
    expect(line.sources.revisions.from).toBe('typed');
    expect(line.name).toBe('Jane Doe');
  });

  it('refuses --answers - with --message - (one standard input)', async () => {
    const { dir } = setup();
    const memory = memoryIO({ cwd: dir, stdin: '{}' });
    await expect(runScore(memory.io, options({ messageFile: '-', answers: '-', input: false }))).rejects.toThrow('both read standard input');
  });
});

describe('score --message on the command line', () => {
  it('--message FILE and --no-message work together (the file is read, no draft)', async () => {
    const { dir, file } = setup();
    const result = await run(['score', '--message', file, '--no-message', '-c', CRITERIA, '--no-input', '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(document.message).toBeNull();
    expect(document.answers.deposit_percent).toBe(50);
  });

  it('does not score what they paid another agency: the deposit is unknown, and stderr says why', async () => {
    const dir = tempDir();
    const file = join(dir, 'inquiry.txt');
    writeFileSync(file, 'Hello,\n\nLast year we paid our previous agency a 50% deposit and they vanished, so we are careful now.\n\nKind regards,\nPriya Shah\n');
    const result = await run(['score', '--message', file, '--no-message', '-c', CRITERIA, '--no-input', '--format', 'json'], { cwd: dir });
    const document = JSON.parse(result.stdout);
    expect(document.answers.pays_upfront).toBeNull();
    expect(document.answers.deposit_percent).toBeNull();
    expect(result.err).toContain('Will they pay a deposit before work starts? — said of another time or another deal, not this one:');
  });
});
