/**
 * One real-terminal session per test, in tmux: the interactive path exactly as a person
 * sees it (prompts, the report, the journal, Ctrl-C restoring the cursor). Skipped, saying
 * why, when tmux is not installed (CI installs it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, FIXTURES, isolatedEnv, tempDir } from '../helpers/cli.js';
import { quote, TMUX, tmuxDriver } from '../helpers/tmux.js';
import { run } from '../helpers/main.js';
import { UI_WAIT_MS } from '../helpers/wait.js';

const SOCKET = `clientfit-test-${process.pid}`;
const CRITERIA = join(FIXTURES, 'score', 'criteria.yaml');
const terminal = tmuxDriver(SOCKET);
const { start, screen, waitFor, keys, tmux } = terminal;
let sessions = 0;

afterAll(() => {
  if (TMUX !== undefined) terminal.kill();
});

// A session waits for many screens in turn: a test may take several waits' time.
describe.skipIf(TMUX === undefined)('clientfit in a real terminal (tmux)', { timeout: 4 * UI_WAIT_MS }, () => {
  if (TMUX === undefined) console.warn('tmux is not on PATH: skipping the real-terminal tests (apt-get install tmux)');

  it('asks one question at a time, re-asks a bad number, prints the verdict and saves', async () => {
    const home = tempDir();
    const name = start(['-c', CRITERIA, '--save'], home);
    await waitFor(name, "Prospect's name (optional):");
    keys(name, 'Acme Ltd', 'Enter');
    await waitFor(name, 'Will they pay a deposit before work starts?');
    expect(screen(name)).toContain("Don't know yet");
    keys(name, 'Enter'); // Yes
    await waitFor(name, 'Only what is paid before you start.');
    keys(name, 'lots', 'Enter');
    await waitFor(name, 'Expected a number (got "lots")');
    keys(name, 'C-u', '45', 'Enter');
    await waitFor(name, 'how did they react?');
    keys(name, 'Down', 'Enter'); // Went quiet for a while
    await waitFor(name, 'Do they write politely?');
    keys(name, 'Down', 'Enter'); // No
    await waitFor(name, 'How many revision rounds');
    keys(name, 'Enter'); // don't know yet
    await waitFor(name, 'Anything in their request');
    keys(name, 'Enter'); // nothing to note
    const final = await waitFor(name, 'EXIT=');
    expect(final).toContain('EXIT=0');
    expect(final).toContain('✔ What share of the fee will they pay upfront (%)? 45');
    expect(final).toMatch(/REVIEW  score 65, up to 76 once the unknowns are answered  ·  Acme Ltd/u);
    expect(final).toMatch(/✗ fail +Do they write politely\? +no/u);
    expect(final).toContain('Still to ask:');
    expect(final).toMatch(/Saved to journal .*journal\.jsonl/u);
    const journal = readFileSync(join(home, '.local', 'share', 'clientfit', 'journal.jsonl'), 'utf8')
      .trim()
      .split('\n');
    expect(journal).toHaveLength(1);
    expect(JSON.parse(journal[0]!)).toMatchObject({ name: 'Acme Ltd', answers: { deposit_percent: 45, polite: false, revisions: null, notes: '' }, result: { verdict: 'review' } });
  });

  it('Ctrl-C prints "Cancelled, nothing saved.", shows the cursor again, exits 130 and saves nothing', async () => {
    const home = tempDir();
    const name = start(['score', '-c', CRITERIA, '--save', '--name', 'Beta'], home);
    await waitFor(name, 'Will they pay a deposit before work starts?');
    // the select hides the cursor while it is shown
    expect(tmux('display-message', '-p', '-t', name, '#{cursor_flag}').trim()).toBe('0');
    keys(name, 'C-c');
    const final = await waitFor(name, 'EXIT=');
    expect(final).toContain('Cancelled, nothing saved.');
    expect(final).toContain('EXIT=130');
    // the option list that was on screen is gone: no half-drawn prompt above the message
    expect(final).not.toContain("Don't know yet");
    expect(final).not.toContain('Will they pay a deposit');
    expect(tmux('display-message', '-p', '-t', name, '#{cursor_flag}').trim()).toBe('1');
    expect(existsSync(join(home, '.local', 'share', 'clientfit'))).toBe(false);
  });

  it('follows up across conversations: two unknowns saved, resumed, one answered, back, changed, saved; history shows the thread', async () => {
    const home = tempDir();
    const path = join(home, '.local', 'share', 'clientfit', 'journal.jsonl');
    // First call: two answers still unknown; no --save, so the interview asks at the end.
    const first = start(['-c', CRITERIA], home);
    await waitFor(first, "Prospect's name (optional):");
    keys(first, 'Acme Ltd', 'Enter');
    await waitFor(first, 'Will they pay a deposit before work starts?');
    keys(first, 'Enter'); // Yes
    await waitFor(first, 'Only what is paid before you start.');
    keys(first, '45', 'Enter');
    await waitFor(first, 'how did they react?');
    keys(first, 'Enter'); // Proposed a fair compromise
    await waitFor(first, 'Do they write politely?');
    keys(first, 'Enter'); // Yes
    await waitFor(first, 'How many revision rounds');
    keys(first, 'Enter'); // don't know yet
    await waitFor(first, 'Anything in their request');
    keys(first, '?', 'Enter'); // don't know yet
    await waitFor(first, 'Save this decision to your journal? (Y/n)');
    keys(first, 'Enter');
    const saved = await waitFor(first, 'EXIT=');
    expect(saved).toContain('EXIT=0');
    expect(saved).toContain("✔ Anything in their request that worries you? Don't know yet");
    expect(saved).toMatch(/ACCEPT  score 82; answering the unknowns would not change the verdict \(at most 100\)  ·  Acme Ltd/u);
    expect(saved).toMatch(/Saved to journal .*journal\.jsonl/u);
    const [decision] = readFileSync(path, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string });

    // A day later: only the two open questions; answer one, go back, change it.
    const second = start(['-c', CRITERIA, '--resume', 'acme ltd'], home);
    await waitFor(second, `Following up on Acme Ltd: decision ${decision!.id}`);
    await waitFor(second, 'How many revision rounds');
    expect(screen(second)).not.toContain('Will they pay a deposit');
    keys(second, '3', 'Enter');
    await waitFor(second, 'Anything in their request');
    expect(screen(second)).toContain('✔ How many revision rounds do they expect? 3');
    expect(screen(second)).toContain('< goes back');
    keys(second, '<', 'Enter');
    await waitFor(second, 'Enter keeps 3');
    // the answered line of the question asked again is gone: its answer is offered in the prompt
    expect(screen(second)).not.toContain('✔ How many revision rounds do they expect? 3');
    keys(second, '2', 'Enter');
    await waitFor(second, /Anything in their request[^\n]*\n(?:.*\n)*.*Empty if nothing to note/u);
    keys(second, 'Enter'); // nothing to note
    await waitFor(second, 'Save this decision to your journal? (Y/n)');
    keys(second, 'Enter');
    const resumed = await waitFor(second, 'EXIT=');
    expect(resumed).toContain('EXIT=0');
    expect(resumed).toMatch(/before +ACCEPT +score 82\n/u);
    expect(resumed).toMatch(/after +ACCEPT +score 100/u);
    expect(resumed).toMatch(/changed +How many revision rounds do they expect\? +\? → 2\n +Anything in their request that worries you\? +\? → \(nothing noted\)/u);
    expect(resumed).toContain('✔ How many revision rounds do they expect? 2');
    expect(resumed).not.toContain('✔ How many revision rounds do they expect? 3');
    const lines = readFileSync(path, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatchObject({ name: 'Acme Ltd', continues: decision!.id, answers: { revisions: 2, notes: '' }, result: { verdict: 'accept', score: 100 } });

    const history = await run(['history', 'Acme Ltd'], { env: { HOME: home } });
    expect(history.code).toBe(0);
    expect(history.out).toContain('Acme Ltd: 2 decisions');
    expect(history.out).toMatch(/How many revision rounds do they expect\? +2 +was \?/u);
    expect(history.out).toContain(`continues ${decision!.id}`);
  });

  it('never prompts when stdout is not a terminal, even with a terminal on stdin', async () => {
    const home = tempDir();
    const out = join(home, 'out.json');
    const status = join(home, 'status');
    const name = `j${++sessions}`;
    const env = Object.entries(isolatedEnv(home, { TERM: 'xterm-256color' }))
      .map(([key, value]) => `${key}=${quote(value)}`)
      .join(' ');
    // $? after a pipeline is its last command's (tee's): clientfit's own status goes through a file.
    const command = `(env -i ${env} ${quote(process.execPath)} ${quote(BIN)} -c ${quote(CRITERIA)} --format json --name Gamma --set pays_upfront=no --set polite=yes --set revisions=1 --set notes=; echo $? > ${quote(status)}) | tee ${quote(out)}; echo "EXIT=$(cat ${quote(status)})"; sleep 600`;
    tmux('new-session', '-d', '-s', name, '-x', '100', '-y', '40', command);
    // stdout is a pipe into tee: no prompting, the missing answer is unknown
    const final = await waitFor(name, 'EXIT=');
    expect(final).toContain('EXIT=0');
    expect(final).not.toContain('how did they react?');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ name: 'Gamma', verdict: 'reject', unknown: ['conflict_style'] });
  });
});
