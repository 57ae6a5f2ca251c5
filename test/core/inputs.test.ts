/**
 * Untrusted input other than CSV structure (issue 8): answers files follow the criteria file's
 * YAML rules (class 11), inputs are read with a bound (13), suggestions cost a bounded amount
 * (14), and data reaches the terminal only as printable text (15).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileBounded, readStreamBounded } from '../../src/cli/bounded-read.js';
import { parseAnswersText, readGivenAnswers } from '../../src/cli/commands/score/given.js';
import { loadCriteria } from '../../src/core/load.js';
import type { Criteria } from '../../src/core/criteria.js';
import { createScorer } from '../../src/core/score.js';
import { closest, MAX_CANDIDATES } from '../../src/core/suggest.js';
import { renderResult } from '../../src/render/result.js';
import { printable, printableLines, printableStyled } from '../../src/render/sanitize.js';
import { createStyle } from '../../src/render/style.js';
import { renderTable } from '../../src/render/table.js';
import { tempDir } from '../helpers/cli.js';
import { memoryIO } from '../helpers/memory-io.js';
import { Readable } from 'node:stream';
import { ENGLISH } from '../../src/i18n/index.js';

const criteria: Criteria = (() => {
  const loaded = loadCriteria(
    'version: 1\nthresholds: { accept: 70, review: 40 }\ncriteria:\n  - { id: polite, question: Polite?, type: yes-no }\n  - { id: notes, question: Notes?, type: text, red_flags: [asap] }\n',
  );
  if (!loaded.ok) throw new Error('fixture');
  return loaded.criteria;
})();

function answersError(text: string): string {
  try {
    parseAnswersText(ENGLISH, text, 'answers.yaml', criteria);
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
}

describe('answers files: the same located messages as a criteria file (class 11)', () => {
  it('a recursive alias', () => {
    expect(answersError('polite: &a [*a]\n')).toBe(
      [
        'answers.yaml:1:12: anchors (&a) are not allowed in an answers file [anchor-not-allowed]',
        '    1 | polite: &a [*a]',
        '                   ^',
        'answers.yaml:1:13: aliases (*a) are not allowed in an answers file: write the value out [alias-not-allowed]',
        '    1 | polite: &a [*a]',
        '                    ^',
        'Found 2 problems in answers.yaml.',
      ].join('\n'),
    );
  });

  it('an alias bomb stops at the first 50 problems, in well under a megabyte', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 10; level++) {
      const name = String.fromCharCode(97 + level);
      lines.push(
        `${name}: &${name} [${Array(9)
          .fill(`*${String.fromCharCode(96 + level)}`)
          .join(', ')}]`,
      );
    }
    const message = answersError(lines.join('\n'));
    expect(message).toMatch(/^answers\.yaml:1:7: anchors \(&a\) are not allowed in an answers file \[anchor-not-allowed\]$/mu);
    expect(message).toContain('... and 41 more\nFound 91 problems in answers.yaml.');
    expect(message.length).toBeLessThan(20_000);
  });

  it('tags and reserved keys', () => {
    expect(answersError('polite: !!str yes\n__proto__: { polluted: 1 }\n')).toBe(
      [
        'answers.yaml:1:9: tags (!!str) are not allowed: an answers file uses plain values, without tags [tag-not-allowed]',
        '    1 | polite: !!str yes',
        '                ^',
        'answers.yaml:2:1: "__proto__" is a reserved name and cannot be a key in an answers file [reserved-key]',
        '    2 | __proto__: { polluted: 1 }',
        '        ^',
        'Found 2 problems in answers.yaml.',
      ].join('\n'),
    );
  });

  it('plain answers still read', () => {
    expect(parseAnswersText(ENGLISH, '\ufeffpolite: yes\nnotes: "all fine"\n', 'answers.yaml', criteria)).toEqual({ polite: 'yes', notes: 'all fine' });
  });
});

describe('answers and criteria are read with a bound (class 13)', () => {
  it('a file of the limit is read; one byte more is refused; a device stops at the limit', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'at'), Buffer.alloc(100, 0x61));
    writeFileSync(join(dir, 'over'), Buffer.alloc(101, 0x61));
    expect(readFileBounded(join(dir, 'at'), 100)).toEqual({ ok: true, bytes: Buffer.alloc(100, 0x61) });
    expect(readFileBounded(join(dir, 'over'), 100)).toEqual({ ok: false, limit: 100 });
    expect(readFileBounded('/dev/zero', 1000)).toEqual({ ok: false, limit: 1000 });
  });

  it('an endless stream stops being read past the limit', async () => {
    let pulled = 0;
    const endless = new Readable({
      read() {
        pulled++;
        this.push(Buffer.alloc(64 * 1024));
      },
    });
    expect(await readStreamBounded(endless, 1024 * 1024)).toEqual({ ok: false, limit: 1024 * 1024 });
    expect(pulled).toBeLessThan(40);
  });

  it('--answers - and --answers FILE: over 1 MiB is refused, naming the limit; not UTF-8 names the place', async () => {
    const big = memoryIO({ cwd: tempDir(), stdin: Buffer.alloc(1024 * 1024 + 1, 0x20) });
    await expect(readGivenAnswers(big.io, criteria, { answers: '-' })).rejects.toThrow('answers file <stdin> is larger than 1 MiB, the limit for an answers file: is it the right file?');
    const dir = tempDir();
    writeFileSync(join(dir, 'a.yaml'), Buffer.concat([Buffer.from('polite: yes\nnotes: caf'), Buffer.from([0xe9])]));
    const { io } = memoryIO({ cwd: dir });
    await expect(readGivenAnswers(io, criteria, { answers: 'a.yaml' })).rejects.toThrow('a.yaml:2:11: this byte is not UTF-8: answers files are UTF-8 text');
  });
});

describe('did-you-mean costs a bounded amount (class 14)', () => {
  it('looks at the first candidates only, and never at very long names', () => {
    const headers = Array.from({ length: 1_000_000 }, (_, index) => `col${index}`);
    expect(closest('col5', headers)).toBe('col5');
    expect(closest(`col${MAX_CANDIDATES + 5}x`, headers)).not.toBe(`col${MAX_CANDIDATES + 5}`);
    expect(closest('pays_upfront', ['x'.repeat(1_000_000), 'pays_upfrnt'])).toBe('pays_upfrnt');
    expect(closest('y'.repeat(1_000_000), ['y'.repeat(1_000_000)])).toBeUndefined();
  });
});

describe('one sanitiser for every human-facing renderer (class 15)', () => {
  const hostile = 'Evil\u001b]0;pwned\u0007\u001b[2J\u009b31m\r\nnext';

  it('bidirectional overrides and isolates are shown, not obeyed (a cell cannot reverse the rest of the line)', () => {
    expect(printable('B\u202eRTL \u2066x\u2069')).toBe('B\ufffdRTL \ufffdx\ufffd');
    expect(printableLines('a\u202db\nc')).toBe('a\ufffdb\nc');
    expect(printableStyled('\u001b[1mB\u202e\u001b[22m')).toBe('\u001b[1mB\ufffd\u001b[22m');
  });

  it('printable, printableLines and printableStyled', () => {
    expect(printable(hostile)).toBe('Evil\ufffd]0;pwned\ufffd\ufffd[2J\ufffd31m next');
    expect(printableLines(`a\r\nb\u001b[2J\tc`)).toBe('a\nb\ufffd[2J\tc');
    const style = createStyle(1);
    expect(printableStyled(`${style.red('red')} \u001b]0;x\u0007`)).toBe('\u001b[31mred\u001b[39m \ufffd]0;x\ufffd');
  });

  it('a table never passes a control character, in cells or headers', () => {
    const lines = renderTable([{ header: `h\u001b[2J` }, { header: 'b' }], [[hostile, 'x']], Infinity);
    expect(lines.join('\n')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u);
  });

  it("score's text: the name, the answers, the message draft", () => {
    const result = createScorer(criteria).scoreAnswers({ polite: hostile, notes: `asap ${hostile}` });
    const lines = renderResult(ENGLISH, { criteria, result, name: hostile, terms: [hostile], message: `Hello ${hostile},\nbye`, style: createStyle(0), columns: 100 });
    expect(lines.join('\n')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u);
    expect(lines[0]).toContain('Evil\ufffd]0;pwned');
  });
});
