/**
 * A table on a narrow terminal: columns marked `drop` are left out (highest first) before a
 * number would be cut, then the gap between columns closes to one space on every line alike,
 * so figures stay under their headers. `history` leaves out the decisions count, then the id.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderTable, textWidth } from '../../src/render/table.js';
import { MemoryOutput, run, tempDir } from '../helpers/main.js';

const COLUMNS = [
  { header: 'date' },
  { header: 'name', shrink: true },
  { header: 'score', align: 'right' as const },
  { header: 'decisions', align: 'right' as const, drop: 2 },
  { header: 'id', drop: 1 },
];
const ROWS = [
  ['2026-12-07 10:30', 'Blue Fox Studio', '37', '1', 'mxco2zd0-8swhse'],
  ['2026-12-07 10:31', 'Иван Георгиев ЕООД', '100', '12', 'mxco2znc-8lsqfv'],
];

describe('renderTable on a narrow terminal', () => {
  it('keeps every column while shrinking fits, then leaves out the highest drop first, then the next', () => {
    expect(renderTable(COLUMNS, ROWS, 100)[0]).toBe('date              name                score  decisions  id');
    // 16 + 8 + 5 + 9 + 15 and four gaps of 2 do not fit 58: decisions goes, the id stays.
    expect(renderTable(COLUMNS, ROWS, 50)).toEqual([
      'date              name      score  id',
      '2026-12-07 10:30  Blue Fo…     37  mxco2zd0-8swhse',
      '2026-12-07 10:31  Иван Ге…    100  mxco2znc-8lsqfv',
    ]);
    expect(renderTable(COLUMNS, ROWS, 40)).toEqual(['date              name             score', '2026-12-07 10:30  Blue Fox Studio     37', '2026-12-07 10:31  Иван Георгиев …    100']);
  });

  it('closes the gaps to one space, on every line alike, when leaving out is not enough', () => {
    const lines = renderTable(COLUMNS, ROWS, 32);
    expect(lines).toEqual(['date             name      score', '2026-12-07 10:30 Blue Fox…    37', '2026-12-07 10:31 Иван Гео…   100']);
    // The scores end where their header ends.
    expect(new Set(lines.map((line) => textWidth(line)))).toEqual(new Set([32]));
  });

  it('keeps one column however narrow, even when every column may be left out', () => {
    const lines = renderTable(
      [
        { header: 'id', shrink: true, drop: 1 },
        { header: 'score', drop: 2 },
      ],
      [['abcdefghijkl', '37']],
      3,
    );
    expect(lines).toEqual(['id', 'abcdefg…']);
  });

  it('leaves nothing out into a pipe (no width), whatever drop says', () => {
    expect(renderTable(COLUMNS, ROWS, Number.POSITIVE_INFINITY)[0]).toBe('date              name                score  decisions  id');
  });
});

describe('history on a narrow terminal', () => {
  async function history(columns: number): Promise<string[]> {
    const home = tempDir();
    const journal = join(home, 'journal.jsonl');
    for (const name of ['Blue Fox Studio', 'Иван Георгиев ЕООД']) {
      await run(['score', '--name', name, '--set', 'pays_upfront=yes', '--set', 'deposit_percent=50', '--no-input', '--save', '--journal', journal], { env: { HOME: home } });
    }
    const stdout = new MemoryOutput();
    Object.assign(stdout, { isTTY: true, columns });
    const result = await run(['history', '--journal', journal], { stdout, env: { HOME: home, COLUMNS: String(columns), NO_COLOR: '1' } });
    expect(result.code).toBe(0);
    return stdout.text().trimEnd().split('\n');
  }

  it('at 100 columns shows the decisions count and the id; at 50 it fits, without them, every score under its header', async () => {
    const wide = await history(100);
    expect(wide[0]).toMatch(/^date +name +verdict +score +decisions +outcome +id$/u);
    const narrow = await history(50);
    expect(narrow[0]).toMatch(/^date +name +verdict +score +outcome$/u);
    for (const line of narrow) expect(textWidth(line)).toBeLessThanOrEqual(50);
    const scoreEnd = narrow[0]!.indexOf('score') + 'score'.length;
    for (const line of narrow.slice(1)) expect(line.slice(scoreEnd - 2, scoreEnd)).toBe('37');
  });
});

describe('headers and row labels on a narrow terminal', () => {
  const columns = [
    { header: 'criterion', shrink: true, least: 16 },
    { header: 'bad when failed', align: 'right' as const },
    { header: 'unknown', align: 'right' as const, drop: 1 },
    { header: 'difference (95% interval)', align: 'right' as const },
  ];
  const rows = [
    ['deposit_percent', '2/14 14%', '13%', '−14 (−36 … +15)'],
    ['pays_upfront', '10/17 59%', '0%', '+36 (+8 … +58)'],
  ];

  it('wraps a header wider than its figures, only as far as needed and bottom-aligned, before any figure or id is cut', () => {
    expect(renderTable(columns, rows, 62)).toEqual([
      '                                               difference (95%',
      'criterion        bad when failed  unknown            interval)',
      'deposit_percent         2/14 14%      13%      −14 (−36 … +15)',
      'pays_upfront           10/17 59%       0%       +36 (+8 … +58)',
    ]);
  });

  it('leaves out an optional column rather than cut an id below its least', () => {
    const lines = renderTable(columns, rows, 48);
    expect(lines[1]).toMatch(/^criterion +failed +interval\)$/u);
    expect(lines.slice(2).map((line) => line.split(/ {2,}/u)[0])).toEqual(['deposit_percent', 'pays_upfront']);
    expect(lines.join('\n')).not.toContain('13%');
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(48);
  });
});
