/** An --answers file goes through the same answer reader as --set and CSV cells: YAML never reads a number first. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers/main.js';

const CRITERIA = `version: 1
thresholds: { accept: 70, review: 40 }
criteria:
  - { id: up, question: Up?, type: yes-no, must: true, points: 30 }
  - { id: budget, question: Budget?, type: number, min: 1000, points: 30 }
  - { id: comma_budget, question: Budget in EUR?, type: number, min: 1000, decimal: comma, points: 30 }
`;

interface Scored {
  verdict: string;
  score: number;
  results: { id: string; status: string; answer: unknown }[];
}

async function score(dir: string, args: string[]): Promise<Scored> {
  const result = await run(['score', '-c', 'c.yaml', '--no-input', '--format', 'json', ...args], { cwd: dir });
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Scored;
}

describe('--answers reads values as written, like --set', () => {
  it.each([
    ['4.500', '1,250', 'a number that reads two ways is invalid, not 4.5'],
    ['0x3E8', '4.500', 'hexadecimal is not a spreadsheet number, and decimal: comma reads 4.500 as 4500'],
    ['1500', '2.000,50', 'plain and comma-decimal numbers'],
  ])('budget %s, comma_budget %s: %s', async (budget, commaBudget) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'c.yaml'), CRITERIA);
    writeFileSync(join(dir, 'answers.yaml'), `up: yes\nbudget: ${budget}\ncomma_budget: ${commaBudget}\n`);
    const fromFile = await score(dir, ['--answers', 'answers.yaml']);
    const fromSet = await score(dir, ['--set', 'up=yes', '--set', `budget=${budget}`, '--set', `comma_budget=${commaBudget}`]);
    expect(fromFile.verdict).toBe(fromSet.verdict);
    expect(fromFile.score).toBe(fromSet.score);
    expect(fromFile.results.map((entry) => [entry.id, entry.status])).toEqual(fromSet.results.map((entry) => [entry.id, entry.status]));
  });

  it('4.500 in an answers file is invalid (4.5 or 4500), never 4.5', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'c.yaml'), CRITERIA);
    writeFileSync(join(dir, 'answers.json'), '{"up": true, "budget": 4.500, "comma_budget": 4.500}');
    const scored = await score(dir, ['--answers', 'answers.json']);
    const status = Object.fromEntries(scored.results.map((entry) => [entry.id, entry.status]));
    expect(status).toEqual({ up: 'pass', budget: 'invalid', comma_budget: 'pass' });
  });
});
