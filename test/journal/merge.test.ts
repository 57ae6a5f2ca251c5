/**
 * A journal kept in a synced folder or merged from two machines: the same lines twice, lines
 * out of time order, a name that is another prospect's decision id. Two "machines" (two HOMEs)
 * write through the CLI; their journals are merged every way (A then B, B then A, interleaved,
 * reversed) and every command must read each merge the same: a decision counted once, "latest"
 * the newest by time, a key that is both an id and a name never read one way.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, run, tempDir } from '../helpers/main.js';

const CRITERIA = join(FIXTURES, 'score', 'criteria.yaml');
const ANSWERS = ['--set', 'pays_upfront=yes', '--set', 'deposit_percent=40', '--set', 'conflict_style=silent', '--set', 'polite=no'];

const journalOf = (home: string): string => join(home, '.local', 'share', 'clientfit', 'journal.jsonl');
const linesOf = (path: string): string[] => readFileSync(path, 'utf8').split('\n').filter(Boolean);
const idOf = (line: string): string => (JSON.parse(line) as { id: string }).id;

async function ok(args: string[], home: string): Promise<Awaited<ReturnType<typeof run>>> {
  const result = await run(args, { env: { HOME: home } });
  expect(result.code, result.err).toBe(0);
  return result;
}

/** A journal file holding these lines, and what to run a command on it. */
function merged(lines: readonly string[]): { path: string; home: string } {
  const home = tempDir();
  const path = join(home, 'merged.jsonl');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return { path, home };
}

describe('two machines, one journal merged every way', () => {
  let a: string[];
  let b: string[];
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const [homeA, homeB] = [tempDir(), tempDir()];
    // A vets Acme; the journal syncs to B, which follows up and records how Acme turned out;
    // meanwhile A vets Beta and records its outcome.
    await ok(['score', '-c', CRITERIA, ...ANSWERS, '--name', 'Acme Ltd', '--save'], homeA);
    mkdirSync(dirname(journalOf(homeB)), { recursive: true });
    copyFileSync(journalOf(homeA), journalOf(homeB));
    await ok(['score', '-c', CRITERIA, '--resume', 'Acme Ltd', '--set', 'revisions=2', '--set', 'notes=fine', '--save', '--no-input'], homeB);
    await ok(['score', '-c', CRITERIA, ...ANSWERS, '--name', 'Beta', '--save'], homeA);
    await ok(['outcome', 'Acme Ltd', 'good'], homeB);
    await ok(['outcome', 'Beta', 'bad'], homeA);
    a = linesOf(journalOf(homeA));
    b = linesOf(journalOf(homeB));
    ids.acme1 = idOf(a[0]!);
    ids.acme2 = idOf(b[1]!);
    ids.beta = idOf(a[1]!);
    expect(b[0]).toBe(a[0]); // the synced line is in both journals
  });

  const orders: Record<string, () => string[]> = {
    'A then B': () => [...a, ...b],
    'B then A': () => [...b, ...a],
    interleaved: () =>
      Array.from({ length: Math.max(a.length, b.length) }, (_, index) => [b[index], a[index]])
        .flat()
        .filter((line): line is string => line !== undefined),
    reversed: () => [...a, ...b].reverse(),
  };

  it.each(Object.keys(orders))('%s: history, calibrate --journal, score --resume and outcome read it the same', async (order) => {
    const { path, home } = merged(orders[order]!());
    const env = { HOME: home, CLIENTFIT_JOURNAL: path };

    const list = await run(['history', '--format', 'json'], { env });
    expect(list.code).toBe(0);
    expect(list.err).toBe(''); // a copy of a line is not a problem
    const prospects = JSON.parse(list.stdout) as { id: string; name: string; decisions: number; outcome: string | null }[];
    expect(prospects.map(({ id, name, decisions, outcome }) => ({ id, name, decisions, outcome }))).toEqual([
      { id: ids.acme2, name: 'Acme Ltd', decisions: 2, outcome: 'good' },
      { id: ids.beta, name: 'Beta', decisions: 1, outcome: 'bad' },
    ]);

    const thread = await run(['history', 'Acme Ltd', '--format', 'json'], { env });
    expect((JSON.parse(thread.stdout) as { id: string }[]).map((decision) => decision.id)).toEqual([ids.acme1, ids.acme2]);

    const calibrate = await run(['calibrate', '-c', CRITERIA, '--journal', path], { env });
    expect(calibrate.code).toBe(0);
    expect(calibrate.out).toContain('3 journal decisions (2 with an outcome');

    const resume = await run(['score', '-c', CRITERIA, '--resume', 'acme', '--no-input', '--format', 'json'], { env });
    expect(resume.code).toBe(0);
    expect(resume.err).toContain('"acme": taking Acme Ltd, the only prospect whose name holds it.');
    expect((JSON.parse(resume.stdout) as { resume: { continues: string } }).resume.continues).toBe(ids.acme2);

    const outcome = await run(['outcome', 'Acme Ltd', 'bad'], { env });
    expect(outcome.code).toBe(0);
    expect(outcome.err).toContain(`Recorded "bad" for Acme Ltd (decision ${ids.acme2})`);
    expect(outcome.err).toContain('This replaces "good"');
  });

  it('a second line with a decision id and other content is named, and counted once', async () => {
    const changed = JSON.parse(a[0]!) as { result: { score: number } };
    changed.result.score = 99;
    const { path, home } = merged([...a, JSON.stringify(changed)]);
    const env = { HOME: home, CLIENTFIT_JOURNAL: path };
    const list = await run(['history', '--format', 'json'], { env });
    expect(list.err).toContain(`merged.jsonl:${a.length + 1}: decision ${ids.acme1} is already on line 1 with other content (line 1 is used), skipped`);
    expect((JSON.parse(list.stdout) as { name: string; score: number; decisions: number }[]).map(({ name, score, decisions }) => ({ name, score, decisions }))).toEqual([
      { name: 'Acme Ltd', score: 59, decisions: 1 },
      { name: 'Beta', score: 59, decisions: 1 },
    ]);
    const calibrate = await run(['calibrate', '-c', CRITERIA, '--journal', path], { env });
    expect(calibrate.out).toContain('2 journal decisions (1 with an outcome');
    expect(calibrate.err).toContain(`decision ${ids.acme1} is already on line 1`);
  });
});

describe("a name that is another prospect's decision id", () => {
  it('is never read one way: history, score --resume and outcome say so (exit 2, nothing written) until --id or --name says which', async () => {
    const home = tempDir();
    await ok(['score', '-c', CRITERIA, ...ANSWERS, '--name', 'Acme Ltd', '--save'], home);
    const acme = idOf(linesOf(journalOf(home))[0]!);
    await ok(['score', '-c', CRITERIA, ...ANSWERS, '--name', acme, '--save'], home);
    const other = idOf(linesOf(journalOf(home))[1]!);
    const before = readFileSync(journalOf(home), 'utf8');

    const history = await run(['history', acme], { env: { HOME: home } });
    expect(history.code).toBe(2);
    expect(history.err).toContain(`"${acme}" is both the id of a decision for Acme Ltd and the name of a prospect: not read either way`);
    expect(history.err).toContain(`Say which: clientfit history --id ${acme} for the decision, clientfit history --name ${acme} for the prospect.`);
    const byId = await ok(['history', '--id', acme, '--format', 'json'], home);
    expect((JSON.parse(byId.stdout) as { name: string }[])[0]!.name).toBe('Acme Ltd');

    const resume = await run(['score', '-c', CRITERIA, '--resume', acme, '--no-input'], { env: { HOME: home } });
    expect(resume.code).toBe(2);
    expect(resume.err).toContain(`--resume-id ${acme} for the decision, --resume-name ${acme} for the prospect`);
    const resumed = await ok(['score', '-c', CRITERIA, '--resume-name', acme, '--no-input', '--format', 'json'], home);
    expect((JSON.parse(resumed.stdout) as { resume: { continues: string } }).resume.continues).toBe(other);
    const both = await run(['score', '-c', CRITERIA, '--resume', acme, '--resume-id', acme], { env: { HOME: home } });
    expect(both.code).toBe(2);

    const outcome = await run(['outcome', acme, 'bad'], { env: { HOME: home } });
    expect(outcome.code).toBe(2);
    expect(outcome.err).toContain('not read either way');
    expect(outcome.err).toContain(`clientfit outcome ${acme} bad --id ${acme} for the decision, clientfit outcome ${acme} bad --name for the prospect`);
    expect(readFileSync(journalOf(home), 'utf8')).toBe(before);

    expect((await ok(['outcome', acme, 'bad', '--name'], home)).err).toContain(`Recorded "bad" for ${acme} (decision ${other})`);
    expect((await ok(['outcome', acme, 'good', '--id', acme], home)).err).toContain(`Recorded "good" for Acme Ltd (decision ${acme})`);
  });

  it('a part of several names is listed to choose from, and nothing is written', async () => {
    const home = tempDir();
    await ok(['score', '-c', CRITERIA, ...ANSWERS, '--name', 'Иван Георгиев ЕООД', '--save'], home);
    await ok(['score', '-c', CRITERIA, ...ANSWERS, '--name', 'Георгиев и синове', '--save'], home);
    const before = readFileSync(journalOf(home), 'utf8');
    for (const args of [
      ['history', 'георгиев'],
      ['outcome', 'георгиев', 'good'],
      ['score', '-c', CRITERIA, '--resume', 'георгиев', '--no-input'],
    ]) {
      const result = await run(args, { env: { HOME: home } });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err).toMatch(/"георгиев" is part of the names of 2 prospects: Иван Георгиев ЕООД \([^)]+\), Георгиев и синове \([^)]+\)/u);
    }
    expect(readFileSync(journalOf(home), 'utf8')).toBe(before);
    // accents, case and spacing aside
    const unique = await ok(['history', '  иван   георгиев '], home);
    expect(unique.err).toContain('taking Иван Георгиев ЕООД');
    expect(unique.out).toContain('Иван Георгиев ЕООД: 1 decision');
  });
});

describe('outcome words in every language', () => {
  const cases: [string, string, string, RegExp][] = [
    ['en', 'en_US.UTF-8', 'fine', /"splendid" is not an outcome: say good \(ok, yes\) or bad \(no\)/u],
    ['ru', 'ru_RU.UTF-8', 'хорошо', /«splendid» — не исход: напишите хорошо \(хороший, да, good\) или плохо \(плохой, нет, bad\)/u],
    ['bg', 'bg_BG.UTF-8', 'добър', /„splendid“ не е резултат: напишете добър \(добре, да, good\) или лош \(лошо, не, bad\)/u],
    ['el', 'el_GR.UTF-8', 'καλή', /το «splendid» δεν είναι έκβαση: γράψτε καλή \(καλός, καλά, ναι, good\) ή κακή \(κακός, κακά, όχι, bad\)/u],
    ['bs', 'bs_BA.UTF-8', 'dobar', /„splendid“ nije ishod: napišite dobar \(dobro, da, good\) ili loš \(loše, ne, bad\)/u],
  ];
  it.each(cases)('%s: outcome takes the words calibrate reads, and a refusal lists them in the language', async (_lang, LANG, word, refusal) => {
    const home = tempDir();
    await ok(['score', '-c', CRITERIA, ...ANSWERS, '--name', 'ООО Вектор', '--save'], home);
    const recorded = await run(['outcome', 'ООО Вектор', word], { env: { HOME: home, LANG } });
    expect(recorded.code, recorded.err).toBe(0);
    expect((JSON.parse(linesOf(journalOf(home)).at(-1)!) as { outcome: string }).outcome).toBe('good');
    const refused = await run(['outcome', 'ООО Вектор', 'splendid'], { env: { HOME: home, LANG } });
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(refusal);
    // every word the refusal offers is one outcome takes, meaning what it says
    const [, good, bad] = /[:] \S+ (\S+ \([^)]*\)) \S+ (\S+ \([^)]*\))/u.exec(refused.err)!;
    for (const [list, meaning] of [
      [good!, 'good'],
      [bad!, 'bad'],
    ] as const) {
      for (const offered of list.replace(/[()]/gu, '').split(/,? /u)) {
        const result = await run(['outcome', 'ООО Вектор', offered], { env: { HOME: home, LANG } });
        expect(result.code, `${offered}: ${result.err}`).toBe(0);
        expect((JSON.parse(linesOf(journalOf(home)).at(-1)!) as { outcome: string }).outcome, offered).toBe(meaning);
      }
    }
  });
});
