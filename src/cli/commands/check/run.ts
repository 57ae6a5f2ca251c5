/** `clientfit check`: validation, a readable summary, and the calibration lint. */
import { stemExamples } from '../../../core/red-flag-words.js';
import { readAnswerFor, type Criteria, type Criterion } from '../../../core/criteria.js';
import { lintCriteria, passCondition, type Finding } from '../../../core/lint.js';
import { problemParams } from '../../../core/problems.js';
import { ExitCode } from '../../../errors.js';
import { ENGLISH, type AllWords, type Voice } from '../../../i18n/index.js';
import { describeProblem, problemCode } from '../../../render/problems.js';
import { createStyle, type Style } from '../../../render/style.js';
import { printable, printableStyled } from '../../../render/sanitize.js';
import { renderTable } from '../../../render/table.js';
import { checkCriteriaFile, describeSource, problemsJson, resolveCriteria, type LoadedCriteria } from '../../criteria-file.js';
import { fittedTerminal, type IO } from '../../io.js';
import type { CheckOptions } from './types.js';

type CheckWords = AllWords['check'];

/** A number in the summary: as English always printed it, the language's way elsewhere. */
function num(value: number, english: boolean): string | number {
  return english ? String(value) : value;
}

/** A red flag as check shows it: a stem (`скидк`) by the whole words it finds, «скидка»/«скидку» and other forms. */
function flagText(flag: string, p: CheckWords['passes']): string {
  const examples = stemExamples(flag);
  return examples.length === 0 ? p.flag({ flag }) : p.stem({ examples: examples.map((word) => p.flag({ flag: word })).join('/') });
}

/**
 * "passes when" in words: the interface language for people, English in JSON. People see each
 * option by its label (what the interview shows); JSON keeps the values, as the file has them.
 */
function passesText(criterion: Criterion, t: CheckWords, english: boolean, forPeople = !english): string {
  const condition = passCondition(criterion);
  const p = t.passes;
  const option = (value: string): string =>
    forPeople && criterion.type === 'choice' ? p.label({ label: printable(criterion.options.find((candidate) => candidate.value === value)?.label ?? value) }) : value;
  switch (condition.kind) {
    case 'yes-no':
      return condition.expect ? p.yes : p.no;
    case 'number':
      if (condition.min !== undefined && condition.max !== undefined) return p.between({ min: num(condition.min, english), max: num(condition.max, english) });
      if (condition.min !== undefined) return p.atLeast({ min: num(condition.min, english) });
      if (condition.max !== undefined) return p.atMost({ max: num(condition.max, english) });
      return p.anyNumber;
    case 'choice': {
      const options = condition.points.map((entry) => p.option({ value: option(entry.value), points: num(entry.points, english) })).join(', ');
      return condition.fails.length > 0 ? p.withFails({ options, fails: condition.fails.map(option).join(', ') }) : options;
    }
    case 'text':
      return condition.redFlags.length > 0 ? p.noMention({ flags: condition.redFlags.map((flag) => flagText(flag, p)).join(', ') }) : p.anything;
  }
}

/** `when pays_upfront: yes`: the answers a criterion applies after, in words (yes and no, an option's label). */
function whenText(criterion: Criterion, criteria: Criteria, t: CheckWords): string {
  const answer = (id: string, value: string | number | boolean): string => {
    const parent = criteria.criteria.find((candidate) => candidate.id === id);
    const read = parent === undefined ? undefined : readAnswerFor(parent, value);
    if (read?.kind === 'yes-no') return read.value ? t.passes.yes : t.passes.no;
    const label = read?.kind === 'choice' && parent?.type === 'choice' ? parent.options.find((candidate) => candidate.value === read.value)?.label : undefined;
    return label === undefined ? String(value) : t.passes.label({ label: printable(label) });
  };
  const parts = Object.entries(criterion.when ?? {}).map(([id, values]) => t.condition({ id, values: values.map((value) => answer(id, value)).join(t.or) }));
  return parts.length === 0 ? '' : t.when({ conditions: parts.join(', ') });
}

function summaryJson(loaded: LoadedCriteria, findings: readonly Finding[]): unknown {
  const { criteria } = loaded;
  // Machine output: the same in every language (English words, stable codes).
  const english = ENGLISH.words.check;
  return {
    file: loaded.path,
    valid: true,
    name: criteria.name ?? null,
    sha256: loaded.sha256,
    thresholds: criteria.thresholds,
    target_accept: criteria.targetAccept,
    criteria: criteria.criteria.map((criterion) => ({
      id: criterion.id,
      type: criterion.type,
      must: criterion.must,
      points: criterion.maxPoints,
      passes: passesText(criterion, english, true),
      when: criterion.when ?? null,
      column: criterion.column,
    })),
    warnings: findings.map((finding) => {
      const { kind, ids, ...params } = problemParams(finding);
      return { code: finding.code, kind, message: describeProblem(ENGLISH, finding), ids, params };
    }),
  };
}

function summaryText(voice: Voice, loaded: LoadedCriteria, findings: readonly Finding[], style: Style, columns: number): string[] {
  const t = voice.words.check;
  const english = voice.lang === 'en';
  const { criteria }: { criteria: Criteria } = loaded;
  const list = criteria.criteria;
  const musts = list.filter((criterion) => criterion.must).length;
  const total = list.reduce((sum, criterion) => sum + criterion.maxPoints, 0);
  const rows = list.map((criterion) => [
    criterion.id,
    criterion.type,
    criterion.must ? t.mustCell : '',
    String(criterion.maxPoints),
    [passesText(criterion, t, english, true), whenText(criterion, criteria, t)].filter(Boolean).join(t.clauseJoin),
  ]);
  const { thresholds } = criteria;
  const lines = [
    `${style.bold(t.criteria)} ${describeSource(voice.words.input, loaded)}`,
    `${style.bold(t.thresholds)} ${t.thresholdsLine({ accept: num(thresholds.accept, english), review: num(thresholds.review, english) })}${thresholds.maxUnknown === undefined ? '' : t.maxUnknown({ maxUnknown: num(thresholds.maxUnknown, english) })}`,
    '',
    ...renderTable(
      [{ header: t.headers.id }, { header: t.headers.type }, { header: t.headers.must }, { header: t.headers.points, align: 'right' }, { header: t.headers.passes, shrink: true, wrap: true }],
      rows,
      columns,
      '  ',
    ),
    '',
    t.totals({
      criteria: t.criteriaCount({ count: num(list.length, english) }),
      musts: t.mustCount({ count: num(musts, english) }),
      points: t.pointsCount({ count: num(total, english) }),
    }),
  ];
  if (findings.length === 0) {
    lines.push(style.green(t.noWarnings));
  } else {
    lines.push('', style.yellow(t.warnings({ count: num(findings.length, english) })));
    for (const finding of findings) lines.push(`  ${style.yellow(`${t.kinds[finding.kind]}:`)} ${describeProblem(voice, finding)} ${style.dim(problemCode(voice.words.problems, finding))}`);
  }
  return lines;
}

export async function runCheck(io: IO, file: string | undefined, options: CheckOptions): Promise<number> {
  // The report goes to standard error, looked at only when there is one (a clean run never makes it).
  const checked = await checkCriteriaFile(io, resolveCriteria(io, file), (text) => createStyle(io.stderrColorLevel).dim(text));
  if (!checked.ok) {
    if (options.format === 'json') {
      io.stdout.write(`${JSON.stringify({ file: checked.path, valid: false, problems: problemsJson(checked.problems) }, null, 2)}\n`);
    } else {
      io.stderr.write(`${checked.report}\n`);
    }
    return ExitCode.usage;
  }
  const findings = lintCriteria(checked.criteria);
  if (options.format === 'json') {
    io.stdout.write(`${JSON.stringify(summaryJson(checked, findings), null, 2)}\n`);
  } else {
    // The summary quotes the file's own words (options, red flags, columns): only colour codes pass.
    fittedTerminal(io.stdout, io.env).write(`${printableStyled(summaryText(io.voice, checked, findings, createStyle(io.colorLevel), io.tableWidth).join('\n'))}\n`);
  }
  return options.strict && findings.length > 0 ? ExitCode.data : ExitCode.ok;
}
