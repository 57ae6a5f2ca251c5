/** `score --save --format json` carries the saved decision's id, so a script can go on with `outcome NAME good --id ID`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, run, tempDir } from '../helpers/main.js';

const CRITERIA = join(FIXTURES, 'score', 'criteria.yaml');
const ANSWERS = ['--set', 'pays_upfront=yes', '--set', 'deposit_percent=40', '--set', 'conflict_style=silent', '--set', 'polite=no'];

describe('score --save --format json', () => {
  it('prints the id of the decision it saved, which outcome --id takes', async () => {
    const home = tempDir();
    const journal = join(home, 'journal.jsonl');
    const score = await run(['score', '-c', CRITERIA, ...ANSWERS, '--name', 'Acme Ltd', '--save', '--format', 'json', '--journal', journal], { env: { HOME: home } });
    expect(score.code, score.err).toBe(0);
    const document = JSON.parse(score.stdout) as { id: string; name: string };
    const [saved] = readFileSync(journal, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string });
    expect(document.id).toBe(saved!.id);
    expect(Object.keys(document)[0]).toBe('id');
    expect(score.err).toContain(`(decision ${saved!.id})`);
    const outcome = await run(['outcome', 'Acme Ltd', 'good', '--id', document.id, '--journal', journal], { env: { HOME: home } });
    expect(outcome.code, outcome.err).toBe(0);
    expect(outcome.err).toContain(`Recorded "good" for Acme Ltd (decision ${document.id})`);
  });

  it('has no id when nothing was saved', async () => {
    const score = await run(['score', '-c', CRITERIA, ...ANSWERS, '--format', 'json']);
    expect(score.code, score.err).toBe(0);
    expect(JSON.parse(score.stdout)).not.toHaveProperty('id');
  });
});
