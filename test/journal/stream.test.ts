/**
 * Reading the journal as a stream (issue 8, classes 10 and 13): lines are found across read
 * chunks, a line too long to be ours is skipped unread, a device is refused, and history
 * renders a journal far beyond what a spread into Math.max survives.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_JOURNAL_LINE, readJournal } from '../../src/cli/journal.js';
import { runHistory } from '../../src/cli/commands/history/run.js';
import { runOutcome } from '../../src/cli/commands/outcome/run.js';
import { decisionLine, parseJournal, serializeLine } from '../../src/core/journal.js';
import type { Result } from '../../src/core/score.js';
import { renderTable } from '../../src/render/table.js';
import { tempDir } from '../helpers/cli.js';
import { memoryIO } from '../helpers/memory-io.js';

const result: Result = {
  results: [],
  score: 55,
  potential: 85,
  verdict: 'review',
  failed: [],
  unknown: [],
  invalid: [],
  tally: { applicable: 0, earned: 0, total: 0, open: 0, openCount: 0, mustFailed: false, mustOpen: false },
  capped: false,
};

function line(index: number, name: string = `Client ${index}`, pad = ''): string {
  const text = serializeLine(decisionLine({ id: `d${index}`, time: new Date('2025-03-14T09:30:00Z'), name, answers: { notes: pad }, result, criteria: { file: '/c.yaml', sha256: 'ab' } }));
  return text;
}

describe('readJournal streams the file', () => {
  it('reads the same lines as parsing the whole text, whatever the chunk boundaries', () => {
    const dir = tempDir();
    // Lines of many lengths, some longer than a read chunk (256 KiB), CRLF, a BOM and a bad line.
    const text = `\ufeff${line(0)}${line(1, 'Acme', 'x'.repeat(300_000)).replace('\n', '\r\n')}not json\n\n${Array.from({ length: 2000 }, (_, index) => line(index + 2, `C${index}`, 'y'.repeat(index % 700))).join('')}${line(9999).trimEnd()}`;
    const path = join(dir, 'journal.jsonl');
    writeFileSync(path, text);
    const { io, stderr } = memoryIO({ cwd: dir });
    const journal = readJournal(io, path);
    const whole = parseJournal(text.replace(/^\ufeff/u, ''));
    expect(journal.decisions).toEqual(whole.decisions);
    expect(journal.decisions).toHaveLength(2003);
    expect(journal.decisions[1]!.name).toBe('Acme');
    expect(journal.decisions.at(-1)!.id).toBe('d9999');
    expect(journal.problems).toEqual([{ line: 3, problem: { code: 'not-json' } }]);
    expect(stderr()).toBe('journal.jsonl:3: not a JSON line, skipped\n');
  });

  it('a line longer than the limit is skipped without being kept, and the next line is read', () => {
    const dir = tempDir();
    const path = join(dir, 'journal.jsonl');
    writeFileSync(path, `${line(1)}${'z'.repeat(MAX_JOURNAL_LINE + 10)}\n${line(2)}`);
    const { io, stderr } = memoryIO({ cwd: dir });
    const journal = readJournal(io, path);
    expect(journal.decisions.map((decision) => decision.id)).toEqual(['d1', 'd2']);
    expect(stderr()).toBe('journal.jsonl:2: longer than 4 MiB, not a journal line, skipped\n');
  });

  it('reports the first 20 bad lines and counts the rest', () => {
    const dir = tempDir();
    const path = join(dir, 'journal.jsonl');
    writeFileSync(path, 'bad\n'.repeat(25));
    const { io, stderr } = memoryIO({ cwd: dir });
    readJournal(io, path);
    const lines = stderr().trimEnd().split('\n');
    expect(lines).toHaveLength(21);
    expect(lines.at(-1)).toBe('journal.jsonl: 5 more lines skipped');
  });

  it('a device or a directory is refused with a message, not read forever', () => {
    const { io } = memoryIO({ cwd: tempDir() });
    expect(() => readJournal(io, '/dev/zero')).toThrow('cannot read the journal /dev/zero: it is a character device, not a file');
    expect(() => readJournal(io, tempDir())).toThrow(/it is a directory/u);
  });
});

describe('history and outcome with a very large journal', () => {
  it('renderTable lays out 200,000 rows (a spread into Math.max overflowed at ~120,000)', () => {
    const rows = Array.from({ length: 200_000 }, (_, index) => [String(index), 'x']);
    const lines = renderTable([{ header: 'n', align: 'right' }, { header: 'x' }], rows, Infinity);
    expect(lines).toHaveLength(200_001);
    expect(lines.at(-1)).toBe('199999  x');
  });

  it('history lists 130,000 decisions; outcome finds a name among them', async () => {
    const dir = tempDir();
    const path = join(dir, 'journal.jsonl');
    writeFileSync(path, Array.from({ length: 130_000 }, (_, index) => line(index)).join(''));
    const history = memoryIO({ cwd: dir });
    expect(await runHistory(history.io, undefined, { journal: path, format: 'text' })).toBe(0);
    const out = history.stdout().trimEnd().split('\n');
    expect(out).toHaveLength(130_001);
    expect(out.at(-1)).toMatch(/Client 129999 +review +55 +1 +– +d129999$/u);
    const outcome = memoryIO({ cwd: dir });
    expect(runOutcome(outcome.io, 'Client 77', 'good', { journal: path } as Parameters<typeof runOutcome>[3])).toBe(0);
    expect(outcome.stderr()).toContain('Recorded "good" for Client 77 (decision d77)');
  }, 60_000);
});
