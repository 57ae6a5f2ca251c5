/**
 * The before/after block of `score --resume` and the thread `history NAME` shows put verdicts of
 * different lengths above one another (REVIEW / ACCEPT, УТОЧНИТЬ / ПРИНЯТЬ, УТОЧНЯВАНЕ / ОТКАЗ):
 * the scores after them start in one column, counted in display width, in every language.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages.js';
import { textWidth } from '../../src/render/table.js';
import { run, tempDir } from '../helpers/main.js';

/** The display column where the score starts on a line: after the verdict and its padding. */
function scoreColumn(line: string, verdictStart: number): number {
  const rest = line.slice(verdictStart);
  const verdict = /^\S+ +/u.exec(rest)![0];
  return textWidth(line.slice(0, verdictStart)) + textWidth(verdict);
}

describe.each(LANGUAGES)('verdicts line up in %s', (lang) => {
  it('before and after of a follow-up (review, then accept), and a thread in history', async () => {
    const home = tempDir();
    const journal = join(home, 'journal.jsonl');
    const common = ['--lang', lang, 'score', '--no-input', '--no-message', '--journal', journal];
    const first = await run(
      [...common, '--name', 'Blue Fox', '--set', 'pays_upfront=?', '--set', 'conflict_style=negotiates', '--set', 'polite=yes', '--set', 'respects_time=no', '--set', 'revisions=2', '--save'],
      { env: { HOME: home } },
    );
    expect(first.code).toBe(0);
    const second = await run([...common, '--resume', 'Blue Fox', '--set', 'pays_upfront=yes', '--set', 'deposit_percent=50', '--save'], { env: { HOME: home } });
    expect(second.code).toBe(0);
    const lines = second.out.split('\n');
    const at = lines.findIndex((line) => /^ {2}\S+ +\p{Lu}{3,}/u.test(line));
    const [before, after] = [lines[at]!, lines[at + 1]!];
    // the label column is the same width on both lines; the verdicts start there
    const verdictStart = /^ {2}\S+ +/u.exec(before)![0].length;
    expect(/^ {2}\S+ +/u.exec(after)![0].length).toBe(verdictStart);
    expect(before.slice(verdictStart).split(' ')[0]).not.toBe(after.slice(verdictStart).split(' ')[0]);
    expect(scoreColumn(before, verdictStart)).toBe(scoreColumn(after, verdictStart));

    const history = await run(['--lang', lang, 'history', 'Blue Fox', '--journal', journal], { env: { HOME: home } });
    expect(history.code).toBe(0);
    const heads = history.out.split('\n').filter((line) => /^\S.*\d\d:\d\d +\p{Lu}{3,}/u.test(line));
    expect(heads).toHaveLength(2);
    const start = (line: string): number => /^.*?\d\d:\d\d(?: \p{L}+)? {2}/u.exec(line)![0].length;
    expect(scoreColumn(heads[0]!, start(heads[0]!))).toBe(scoreColumn(heads[1]!, start(heads[1]!)));
  });
});
