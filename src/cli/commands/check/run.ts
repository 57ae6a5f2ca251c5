/** `clientfit check`: validation, a readable summary, and the calibration lint. */
import type { Criteria, Criterion } from '../../../core/criteria.js';
import { lintCriteria, passCondition, type Finding } from '../../../core/lint.js';
import { ExitCode } from '../../../errors.js';
import { createStyle, type Style } from '../../../render/style.js';
import { printableStyled } from '../../../render/sanitize.js';
import { renderTable } from '../../../render/table.js';
import { checkCriteriaFile, describeSource, resolveCriteria, type LoadedCriteria } from '../../criteria-file.js';
import type { IO } from '../../io.js';
import type { CheckOptions } from './types.js';

function whenText(criterion: Criterion): string {
  const parts = Object.entries(criterion.when ?? {}).map(([id, values]) => `${id}: ${values.map(String).join(' or ')}`);
  return parts.length === 0 ? '' : `when ${parts.join(', ')}`;
}

function summaryJson(loaded: LoadedCriteria, findings: readonly Finding[]): unknown {
  const { criteria } = loaded;
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
      passes: passCondition(criterion),
      when: criterion.when ?? null,
      column: criterion.column,
    })),
    warnings: findings.map(({ code, kind, message, ids }) => ({ code, kind, message, ids })),
  };
}

function summaryText(loaded: LoadedCriteria, findings: readonly Finding[], style: Style, columns: number): string[] {
  const { criteria }: { criteria: Criteria } = loaded;
  const list = criteria.criteria;
  const musts = list.filter((criterion) => criterion.must).length;
  const total = list.reduce((sum, criterion) => sum + criterion.maxPoints, 0);
  const rows = list.map((criterion) => [
    criterion.id,
    criterion.type,
    criterion.must ? 'must' : '',
    String(criterion.maxPoints),
    [passCondition(criterion), whenText(criterion)].filter(Boolean).join('; '),
  ]);
  const lines = [
    `${style.bold('Criteria:')} ${describeSource(loaded)}`,
    `${style.bold('Thresholds:')} accept at ${criteria.thresholds.accept}+, review at ${criteria.thresholds.review}+, reject below${criteria.thresholds.maxUnknown === undefined ? '' : `; at most review with more than ${criteria.thresholds.maxUnknown} unknown`}`,
    '',
    ...renderTable(
      [{ header: 'id' }, { header: 'type' }, { header: 'must' }, { header: 'points', align: 'right' }, { header: 'passes when', shrink: true }],
      rows,
      columns,
      '  ',
    ),
    '',
    `${list.length} criteria, ${musts} must-have${musts === 1 ? '' : 's'}, ${total} points in all.`,
  ];
  if (findings.length === 0) {
    lines.push(style.green('No warnings: a short list of minimum requirements.'));
  } else {
    lines.push('', style.yellow(`${findings.length} warning${findings.length === 1 ? '' : 's'}:`));
    for (const finding of findings) lines.push(`  ${style.yellow(`${finding.kind}:`)} ${finding.message}`);
  }
  return lines;
}

export function runCheck(io: IO, file: string | undefined, options: CheckOptions): number {
  const checked = checkCriteriaFile(io, resolveCriteria(io, file));
  if (!checked.ok) {
    if (options.format === 'json') {
      io.stdout.write(`${JSON.stringify({ file: checked.path, valid: false, problems: checked.problems }, null, 2)}\n`);
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
    io.stdout.write(`${printableStyled(summaryText(checked, findings, createStyle(io.colorLevel), io.tableWidth).join('\n'))}\n`);
  }
  return options.strict && findings.length > 0 ? ExitCode.data : ExitCode.ok;
}
