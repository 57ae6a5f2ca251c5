/**
 * Where the reader ends a sentence, found in one pass: the same places as the regex it replaced
 * (checked on random text), and a prospect's run of dots or of blank lines up to the reading
 * limit costs what any text that long does. The regex backed off through every mark of a run at
 * each start: 64,000 dots took `read` 11.5 s, the full 256 KB about three minutes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundaries, MAX_OWN_CHARS, within } from '../../src/core/read-message.js';
import { ROOT, run } from '../helpers/main.js';
import { join } from 'node:path';

const REGEX = /[.!?…;\u037e]+(?=\s|$)|\n(?=\s*[\p{Lu}\p{N}•*–—-])/gu;

function byRegex(text: string): { index: number; length: number; mark: string }[] {
  return [...text.matchAll(REGEX)].map((match) => ({ index: match.index, length: match[0].length, mark: match[0].startsWith('\n') ? '' : match[0] }));
}

describe('sentence boundaries', () => {
  it('are where the old regex put them, on random text of marks, spaces, breaks and letters', () => {
    const pieces = ['.', '!', '?', '…', ';', '\u037e', ' ', '\t', '\n', '\r\n', '\u00a0', 'a', 'é', 'B', 'Ж', '7', '•', '-', '—', '𝐀', '𝑎'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(boundaries(text)).toEqual(byRegex(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('a run of dots or of line breaks as long as the reading limit is read, not a hang', async () => {
    const dots = `We pay 50% upfront. ${'.'.repeat(MAX_OWN_CHARS)}x`;
    expect(boundaries(dots)).toEqual([{ index: 18, length: 1, mark: '.' }]);
    expect(boundaries(`${'\n'.repeat(MAX_OWN_CHARS)}x`)).toEqual([]);
    const result = await run(['read', '-', '-c', join(ROOT, 'criteria', 'freelancer.yaml'), '--format', 'json'], { input: `Hi,\nWe pay a 50% deposit upfront. ${'.'.repeat(200_000)}x\n` });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).answers.deposit_percent.value).toBe(50);
  });
});

describe('numbers near a topic word', () => {
  it('within() says what checking every topic word for every number says', () => {
    const span = (words: number) => fc.nat(words).chain((from) => fc.integer({ min: from, max: Math.min(words, from + 3) }).map((to) => ({ from, to })));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }).chain((words) => fc.tuple(fc.constant(words), fc.array(span(words), { maxLength: 6 }), fc.array(span(words), { maxLength: 8 }), fc.nat(4))),
        ([words, topics, numbers, reach]) => {
          const distance = (a: { from: number; to: number }, b: { from: number; to: number }): number => (a.to <= b.from ? b.from - a.to : b.to <= a.from ? a.from - b.to : 0);
          const near = within(words, topics, reach);
          for (const number of numbers) expect(near(number)).toBe(topics.some((topic) => distance(number, topic) <= reach));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
