/** `clientfit score` (the default command): vet one prospect and say what to do next. */
import { answerValue } from '../../../core/answers.js';
import { decisionLine } from '../../../core/journal.js';
import { draftMessage, requiredTerms } from '../../../core/message.js';
import { createScorer, failOnReached, type Result, type Verdict } from '../../../core/score.js';
import { ExitCode, UserError } from '../../../errors.js';
import { renderResult } from '../../../render/result.js';
import { printable } from '../../../render/sanitize.js';
import { createStyle } from '../../../render/style.js';
import { describeSource, displayPath, loadCriteriaFile, type LoadedCriteria } from '../../criteria-file.js';
import { write, type IO } from '../../io.js';
import { appendJournal, journalPath, newId } from '../../journal.js';
import { askAnswers, unreadable, type Prompts } from './ask.js';
import { readGivenAnswers } from './given.js';
import type { ScoreOptions } from './index.js';

export type AnswerValue = boolean | number | string | null;

/** The `--format json` document; field names are stable (README "JSON output"). */
export interface ScoreJson {
  readonly name: string | null;
  readonly criteria: { readonly file: string; readonly sha256: string };
  readonly answers: Record<string, AnswerValue>;
  readonly results: readonly {
    readonly id: string;
    readonly status: string;
    readonly points: number;
    readonly max: number;
    readonly must: boolean;
    readonly answer: AnswerValue;
    readonly message?: string;
  }[];
  readonly score: number;
  readonly potential: number;
  readonly verdict: Verdict;
  readonly unknown: readonly string[];
  readonly terms: readonly string[];
  readonly message: string | null;
}

export function typedAnswers(result: Result): Record<string, AnswerValue> {
  return Object.fromEntries(result.results.map((entry) => [entry.id, answerValue(entry.answer)]));
}

export function scoreJson(loaded: LoadedCriteria, result: Result, name: string | undefined, terms: readonly string[], message: string | null): ScoreJson {
  return {
    name: name ?? null,
    criteria: { file: loaded.path, sha256: loaded.sha256 },
    answers: typedAnswers(result),
    results: result.results.map((entry) => ({
      id: entry.id,
      status: entry.status,
      points: entry.points,
      max: entry.max,
      must: entry.must,
      answer: answerValue(entry.answer),
      ...(entry.message === undefined ? {} : { message: entry.message }),
    })),
    score: result.score,
    potential: result.potential,
    verdict: result.verdict,
    unknown: [...result.unknown],
    terms: [...terms],
    message,
  };
}


function noAnswersError(loaded: LoadedCriteria): UserError {
  const [first, second] = loaded.criteria.criteria;
  const example = [first, second].filter((criterion) => criterion !== undefined).map((criterion) => `--set ${criterion.id}=...`).join(' ');
  return new UserError('no answers to score, and no terminal to ask them on', {
    details: [
      'Pass answers with --answers FILE (a YAML or JSON mapping of criterion id to value; - reads stdin)',
      `or --set id=value, e.g. \`clientfit score ${example}\`,`,
      'or run clientfit in a terminal to be asked. `--no-input` scores with the missing answers unknown.',
    ],
  });
}

export async function runScore(io: IO, options: ScoreOptions, prompts?: Prompts): Promise<number> {
  const loaded = loadCriteriaFile(io, options.criteria);
  const scorer = createScorer(loaded.criteria, { decimalComma: options.decimalComma });
  const given = await readGivenAnswers(io, loaded.criteria, options);
  const json = options.format === 'json';
  const canAsk = options.input && io.canPrompt && !given.usedStdin;
  if (!given.given && !canAsk && options.input) throw noAnswersError(loaded);

  const errStyle = createStyle(io.stderrColorLevel);
  if (!json || canAsk) io.stderr.write(`${errStyle.dim('Criteria:')} ${describeSource(loaded)}\n`);

  let name = options.name?.trim() || undefined;
  let values = given.values;
  if (canAsk) {
    for (const id of unreadable(scorer, values)) {
      const index = loaded.criteria.criteria.findIndex((criterion) => criterion.id === id);
      const answer = scorer.read(index, values[id]);
      if (answer.kind === 'invalid') io.stderr.write(`${id}: ${printable(answer.message)}; asking again.\n`);
    }
    // Inquirer is loaded only when there is something to ask.
    const real = prompts ?? (await import('@inquirer/prompts'));
    // In JSON mode the questions go to stderr so stdout stays one JSON document.
    const asked = await askAnswers(scorer, values, {
      prompts: real as Prompts,
      context: { input: io.stdin, output: json ? io.stderr : io.stdout },
      style: createStyle(json ? io.stderrColorLevel : io.colorLevel),
      askName: options.name === undefined,
    });
    values = asked.values;
    name = name ?? asked.name;
  }

  // A missing answer is unknown, also for text (where an empty answer means "nothing to note").
  const complete: Record<string, unknown> = Object.fromEntries(loaded.criteria.criteria.map((criterion) => [criterion.id, Object.hasOwn(values, criterion.id) ? values[criterion.id] : '?']));
  const result = scorer.scoreAnswers(complete);
  const terms = requiredTerms(loaded.criteria, result);
  const message = options.message ? draftMessage(loaded.criteria, result, name) : null;
  if (json) {
    await write(io.stdout, `${JSON.stringify(scoreJson(loaded, result, name, terms, message), null, 2)}\n`);
  } else {
    const lines = renderResult({ criteria: loaded.criteria, result, name, terms, message, style: createStyle(io.colorLevel), columns: io.columns });
    await write(io.stdout, `${canAsk ? '\n' : ''}${lines.join('\n')}\n`);
  }

  if (options.save) {
    const path = journalPath(io, options.journal);
    const line = decisionLine({
      id: newId(),
      time: new Date(),
      name,
      answers: typedAnswers(result),
      result,
      criteria: { file: loaded.path, sha256: loaded.sha256 },
    });
    appendJournal(path, line);
    io.stderr.write(`Saved to journal ${displayPath(io, path)} (decision ${line.id}).\n`);
  }
  return failOnReached(result.verdict, options.failOn) ? ExitCode.failOn : ExitCode.ok;
}
