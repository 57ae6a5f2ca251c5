/**
 * Lines written by hand: an outcome without "note" is an outcome without a note (what `outcome`
 * writes as null), and a line that does not read says which field and why in the run's language,
 * not in the schema library's English.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJournal } from '../../src/core/journal.js';
import { FIXTURES, run, tempDir } from '../helpers/main.js';

const CRITERIA = join(FIXTURES, 'score', 'criteria.yaml');
const DECISION = JSON.stringify({
  type: 'decision',
  id: 'd-1',
  time: '2026-12-07T02:09:28.087Z',
  name: 'Иван Георгиев ЕООД',
  answers: { pays_upfront: true },
  result: { score: 37, potential: 100, verdict: 'review', failed: [], unknown: [] },
  criteria: { file: CRITERIA, sha256: 'ab' },
});
const WITHOUT_NOTE = '{"type":"outcome","id":"o-1","time":"2026-12-07T02:10:00Z","decision":"d-1","name":"Иван Георгиев ЕООД","outcome":"bad"}';

function journal(lines: readonly string[]): { home: string; path: string } {
  const home = tempDir();
  const path = join(home, 'journal.jsonl');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return { home, path };
}

describe('an outcome line without "note"', () => {
  it('reads as no note, the same as the null `outcome` writes', () => {
    const parsed = parseJournal([DECISION, WITHOUT_NOTE].join('\n'));
    expect(parsed.problems).toEqual([]);
    expect(parsed.outcomes).toEqual([{ type: 'outcome', id: 'o-1', time: '2026-12-07T02:10:00Z', decision: 'd-1', name: 'Иван Георгиев ЕООД', outcome: 'bad', note: null }]);
    // a copy that spells the note out as null is the same line, not an id conflict
    expect(parseJournal([DECISION, WITHOUT_NOTE, WITHOUT_NOTE.replace('"bad"}', '"bad","note":null}')].join('\n')).problems).toEqual([]);
  });

  it('counts in history, with nothing on stderr', async () => {
    const { home, path } = journal([DECISION, WITHOUT_NOTE]);
    const history = await run(['history', '--journal', path, '--format', 'json'], { env: { HOME: home } });
    expect(history.code).toBe(0);
    expect(history.err).toBe('');
    expect(JSON.parse(history.stdout)).toMatchObject([{ id: 'd-1', outcome: 'bad', note: null }]);
  });
});

describe('a line that does not read says why in the run’s language', () => {
  const bad = [
    DECISION,
    '{"type":"outcome","id":"o-2","time":"2026-12-07T02:11:00Z","decision":"d-1","name":"Иван Георгиев ЕООД","outcome":"bad","note":5}',
    '{"type":"outcome","id":"o-3","time":"2026-12-07T02:12:00Z","name":null,"outcome":"meh"}',
    '{"type":"decision","id":"d-2","time":"2026-12-01T00:00:00Z","name":"Bad Score","answers":{"pays_upfront":{}},"result":{"score":"lots","potential":5,"verdict":"review","failed":[],"unknown":[]},"criteria":{"file":"x","sha256":"y"}}',
  ];
  const cases: [string, string[]][] = [
    [
      'en',
      [
        'journal.jsonl:2: not a valid outcome line: note must be text (got 5), skipped',
        'journal.jsonl:3: not a valid outcome line: decision is required; outcome must be one of good, bad (got "meh"), skipped',
        'journal.jsonl:4: not a valid decision line: answers.pays_upfront must be true or false or a number or text or null (got a mapping); result.score must be a number (got "lots"), skipped',
      ],
    ],
    [
      'ru',
      [
        'journal.jsonl:2: строка типа outcome заполнена неправильно: note должно быть текстом (а здесь 5), строка пропущена',
        'journal.jsonl:3: строка типа outcome заполнена неправильно: decision: обязательный ключ, а его нет; outcome должно быть одним из значений: good, bad (а здесь «meh»), строка пропущена',
      ],
    ],
    [
      'el',
      [
        'journal.jsonl:2: μη έγκυρη γραμμή τύπου outcome: το note πρέπει να είναι κείμενο (εδώ είναι 5), παραλείφθηκε',
        'journal.jsonl:3: μη έγκυρη γραμμή τύπου outcome: το decision είναι υποχρεωτικό και λείπει· το outcome πρέπει να είναι ένα από: good, bad (εδώ είναι «meh»), παραλείφθηκε',
      ],
    ],
  ];
  it.each(cases)('%s', async (lang, expected) => {
    const { home, path } = journal(bad);
    const history = await run(['--lang', lang, 'history', '--journal', path], { env: { HOME: home } });
    expect(history.code).toBe(0);
    const lines = history.err.trim().split('\n');
    expect(lines.slice(0, expected.length)).toEqual(expected);
    expect(history.err).not.toMatch(/Invalid input|expected string|received/u);
  });
});
