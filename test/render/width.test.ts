import { describe, expect, it } from 'vitest';
import { fitLines, renderTable, textWidth, truncate, wrap } from '../../src/render/table.js';

// Columns a terminal (and wcwidth-style tables such as string-width's) gives each text.
const WIDTHS: [label: string, text: string, columns: number][] = [
  ['ASCII', 'Acme Ltd', 8],
  ['Latin with a precomposed accent', 'Zoë Müller', 10],
  ['a combining acute after e', 'Zoe\u0308', 3],
  ['two combining marks on one letter', 'x\u0301\u0302y', 2],
  ['Cyrillic', 'Петров', 6],
  ['Greek with tonos', 'Γιώργος', 7],
  ['CJK ideographs', '日本語', 6],
  ['Hangul syllables', '한국어', 6],
  ['Hangul from jamo (one syllable)', '\u1100\u1161\u11a8', 2],
  ['fullwidth Latin', 'ｆｕｌｌ', 8],
  ['ideographic space and punctuation', '\u3000。', 4],
  ['CJK mixed with ASCII', 'Acme 株式会社', 13],
  ['an emoji', '👍', 2],
  ['an emoji with a skin tone', '👍🏽', 2],
  ['a ZWJ family', '👨‍👩‍👧', 2],
  ['a ZWJ profession with a skin tone', '🧑🏽‍💻', 2],
  ['a rainbow flag (VS16 and ZWJ)', '🏳️‍🌈', 2],
  ['a country flag (two regional indicators)', '🇩🇪', 2],
  ['a keycap', '1️⃣', 2],
  ['a text heart with VS16', '❤️', 2],
  ['a text heart without VS16', '❤', 1],
  ['emoji between words', 'ok 👍 done', 10],
  ['a zero-width space', 'a\u200bb', 2],
  ['a lone zero-width joiner', '\u200d', 0],
  ['the empty string', '', 0],
];

describe('textWidth', () => {
  it.each(WIDTHS)('%s: %j is %i columns', (_label, text, columns) => {
    expect(textWidth(text)).toBe(columns);
  });

  it('ignores colour escapes', () => {
    expect(textWidth('\u001b[1m日本\u001b[22m 👨‍👩‍👧')).toBe(7);
  });
});

describe('truncate', () => {
  it('never cuts a ZWJ sequence, a flag or a combining mark in half', () => {
    expect(truncate('👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧', 5)).toBe('👨‍👩‍👧👨‍👩‍👧…');
    expect(truncate('🇩🇪🇫🇷🇬🇷', 4)).toBe('🇩🇪…');
    expect(truncate('Zoe\u0308 Zoe\u0308', 4)).toBe('Zoe\u0308…');
  });

  it('does not overrun the width with a wide character at the edge', () => {
    const cut = truncate('ab日本語', 4);
    expect(cut).toBe('ab…');
    expect(textWidth(cut)).toBeLessThanOrEqual(4);
  });
});

describe('tables and wrapping use the same widths', () => {
  it('pads a column of CJK, emoji and combining text to one width', () => {
    const lines = renderTable(
      [{ header: 'name' }, { header: 'x' }],
      [
        ['日本語', '1'],
        ['👨‍👩‍👧', '2'],
        ['Zoe\u0308', '3'],
      ],
      Infinity,
    );
    expect(lines).toEqual(['name    x', '日本語  1', `👨‍👩‍👧${' '.repeat(4)}  2`, `Zoe\u0308${' '.repeat(3)}  3`]);
  });

  it('wraps by columns, not code units', () => {
    expect(wrap('日本語 日本語 日本語', 13)).toEqual(['日本語 日本語', '日本語']);
  });
});

describe('renderTable with a wrapping column', () => {
  it('wraps a long cell at word boundaries under its column, the other cells on its first line, no line wider', () => {
    const lines = renderTable(
      [{ header: 'id' }, { header: 'passes when', shrink: true, wrap: true }],
      [
        ['conflict_style', '"Proposed a fair compromise" 20, "Went quiet for a while" 10'],
        ['polite', 'yes'],
      ],
      40,
    );
    expect(lines).toEqual(['id              passes when', 'conflict_style  "Proposed a fair', '                compromise" 20, "Went', '                quiet for a while" 10', 'polite          yes']);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(40);
  });
});

describe('fitLines', () => {
  it('keeps lines that fit; wraps longer ones between words under where their text starts', () => {
    expect(fitLines('short\n  - a list item that is much too long for the width', 24)).toBe('short\n  - a list item that is\n    much too long for\n    the width');
    // a "term  description" line hangs its description under itself; its first line keeps its spacing
    expect(fitLines('REVIEW  score 47, up to 82 once the unknowns are answered', 30)).toBe('REVIEW  score 47, up to 82\n        once the unknowns are\n        answered');
    // a term too wide to hang beside: on its own line, the description under it
    expect(fitLines('  clientfit batch leads.csv -o scored.csv     score a lead file', 40)).toBe('  clientfit batch leads.csv -o\n      scored.csv\n      score a lead file');
  });

  it('never splits a word (a path): it keeps a line of its own; colour codes take no room', () => {
    expect(fitLines('Saved to journal /home/anna/.local/share/clientfit/journal.jsonl (decision x).', 30)).toBe('Saved to journal\n/home/anna/.local/share/clientfit/journal.jsonl\n(decision x).');
    expect(fitLines('\u001b[1mКритерии:\u001b[22m Фриланс-проекты (clientfit.yaml)', 30)).toBe('\u001b[1mКритерии:\u001b[22m Фриланс-проекты\n(clientfit.yaml)');
  });

  it('counts display width: CJK and combining marks', () => {
    for (const line of fitLines('株式会社 日本語 テキスト 株式会社 日本語 テキスト e\u0301e\u0301e\u0301 e\u0301e\u0301e\u0301', 16).split('\n')) expect(textWidth(line)).toBeLessThanOrEqual(16);
  });
});

describe('a column whose cells wrap', () => {
  it('breaks a word wider than the column (after a / or -, else at the width) instead of cutting it', () => {
    const passes = 'не упоминаются «скидка»/«скидки» и другие формы, «бесплатно»/«бесплатная» и другие формы, «за-отзыв-и-портфолио-навсегда»';
    const lines = renderTable([{ header: 'id' }, { header: 'проходит, если', shrink: true, wrap: true }], [['notes', passes]], 30);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(30);
    expect(lines.join('\n')).not.toContain('…');
    const cells = lines.slice(1).map((line) => line.slice('notes  '.length).trim());
    expect(cells).toContain('«бесплатно»/');
    expect(cells).toContain('«бесплатная»');
    expect(cells.join('').replace(/ /gu, '')).toBe(passes.replace(/ /gu, ''));
  });
});
