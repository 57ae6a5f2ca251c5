/** Answers given without prompts: `--answers FILE` (YAML or JSON, `-` for stdin) and `--set id=value`. */
import { resolve } from 'node:path';
import { isMap, isNode, isScalar, LineCounter } from 'yaml';
import type { Criteria } from '../../../core/criteria.js';
import { decodeUtf8, nestingProblem, parseYaml, sortProblems, yamlProblems } from '../../../core/load.js';
import { didYouMean } from '../../suggest.js';
import { DataError, UserError } from '../../../errors.js';
import { formatBytes, MAX_INPUT_BYTES, readFileBounded, readStreamBounded, type Bounded } from '../../bounded-read.js';
import { displayPath, formatProblems } from '../../criteria-file.js';
import { describeFsError } from '../../fs-errors.js';
import { checkStdin, type IO } from '../../io.js';
import type { AllWords, Voice } from '../../../i18n/index.js';

export interface GivenAnswers {
  /** raw values by criterion id, read later by the answer reader */
  readonly values: Record<string, unknown>;
  /** whether any answers were passed at all (--answers or --set) */
  readonly given: boolean;
  /** stdin was used for the answers, so it cannot also be used to ask */
  readonly usedStdin: boolean;
  /** the ids given with --set (they win over the answers file's) */
  readonly setIds: ReadonlySet<string>;
}

/** Unknown ids listed before "... and N more". */
const SHOWN_PROBLEMS = 20;

function unknownId(voice: Voice, id: string, criteria: Criteria): string {
  return voice.words.score.given.unknownId({
    id,
    suggestion: didYouMean(
      voice.words.common,
      id,
      criteria.criteria.map((criterion) => criterion.id),
    ),
  });
}

function idsHint(t: AllWords['score'], criteria: Criteria): string {
  return t.given.ids({ ids: criteria.criteria.map((criterion) => criterion.id).join(', ') });
}

/** Parses an answers file's text: a mapping of criterion id to value; problems name file:line:col. */
export function parseAnswersText(voice: Voice, text: string, display: string, criteria: Criteria): Record<string, unknown> {
  const lineCounter = new LineCounter();
  const source = text.replace(/^\uFEFF/u, '');
  const tooDeep = nestingProblem(source, 'answers');
  const doc = parseYaml(tooDeep === undefined ? source : '', lineCounter);
  // The same rules as a criteria file: no aliases (an alias bomb or a loop), tags or reserved keys.
  const syntax = tooDeep !== undefined ? [tooDeep] : sortProblems(yamlProblems(source, doc, lineCounter, 'answers'));
  if (syntax.length > 0) {
    throw new DataError(formatProblems(voice, display, source, syntax), {
      details: [voice.words.score.given.answersFile],
    });
  }
  if (doc.contents === null) {
    throw new DataError(voice.words.score.given.empty({ file: display }), {
      details: [voice.words.score.given.forExample, '  pays_upfront: yes', '  deposit_percent: 40', idsHint(voice.words.score, criteria)],
    });
  }
  if (!isMap(doc.contents)) {
    const { line, col } = lineCounter.linePos(doc.contents.range?.[0] ?? 0);
    throw new DataError(voice.words.score.given.notMapping({ file: display, line: String(line), col: String(col) }), {
      details: [voice.words.score.given.forExample, '  pays_upfront: yes', '  deposit_percent: 40', idsHint(voice.words.score, criteria)],
    });
  }
  const known = new Set(criteria.criteria.map((criterion) => criterion.id));
  const problems: string[] = [];
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    if (known.has(key)) continue;
    const { line, col } = lineCounter.linePos((isScalar(pair.key) ? pair.key.range?.[0] : undefined) ?? 0);
    problems.push(`${display}:${line}:${col}: ${unknownId(voice, key, criteria)}`);
  }
  if (problems.length > 0) {
    const more = problems.length > SHOWN_PROBLEMS ? [voice.words.score.given.more({ count: (problems.length - SHOWN_PROBLEMS).toLocaleString(voice.lang === 'en' ? 'en-US' : voice.lang) })] : [];
    throw new UserError([...problems.slice(0, SHOWN_PROBLEMS), ...more].join('\n'), { details: [idsHint(voice.words.score, criteria)] });
  }
  // Numbers and booleans go to the answer reader as written (`4.500`, `1,200`, `0x3E8`), as
  // --set and CSV cells do: YAML's own reading (4.5, 1000) would bypass the reader's rules.
  const answers: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const value = pair.value;
    if (isScalar(value) && (typeof value.value === 'number' || typeof value.value === 'boolean') && typeof value.source === 'string') {
      answers[key] = value.source;
    } else {
      answers[key] = isNode(value) ? value.toJS(doc, { maxAliasCount: 0 }) : value;
    }
  }
  return answers;
}

/** `id=value` → [id, value]; the value may be empty and may contain `=`. */
export function parseSet(voice: Voice, entry: string, criteria: Criteria): [string, string] {
  const at = entry.indexOf('=');
  if (at <= 0) {
    throw new UserError(voice.words.score.given.setForm({ entry }), { details: [voice.words.score.given.setExample] });
  }
  const id = entry.slice(0, at).trim();
  if (!criteria.criteria.some((criterion) => criterion.id === id)) {
    throw new UserError(`--set ${entry}: ${unknownId(voice, id, criteria)}`, { details: [idsHint(voice.words.score, criteria)] });
  }
  return [id, entry.slice(at + 1)];
}

export async function readGivenAnswers(io: IO, criteria: Criteria, options: { answers?: string; set?: readonly string[] }): Promise<GivenAnswers> {
  let values: Record<string, unknown> = {};
  const usedStdin = options.answers === '-';
  if (options.answers !== undefined) {
    let display: string;
    let read: Bounded;
    if (usedStdin) {
      display = '<stdin>';
      checkStdin(io);
      read = await readStreamBounded(io.stdin, MAX_INPUT_BYTES);
    } else {
      const path = resolve(io.cwd, options.answers);
      display = displayPath(io, path);
      try {
        read = readFileBounded(path, MAX_INPUT_BYTES);
      } catch (error) {
        throw new DataError(io.voice.words.score.given.cannotRead({ file: display, reason: describeFsError(io.voice.words.common, error) }));
      }
    }
    if (!read.ok) throw new DataError(io.voice.words.score.given.tooLarge({ file: display, limit: formatBytes(read.limit) }));
    const decoded = decodeUtf8(read.bytes);
    if (!decoded.ok) {
      const t = io.voice.words.score.given;
      const at = { file: display, line: String(decoded.line), col: String(decoded.col) };
      throw new DataError(decoded.code === 'utf-16' ? t.utf16(at) : decoded.code === 'nul' ? t.nul(at) : t.notUtf8(at));
    }
    values = parseAnswersText(io.voice, decoded.text, display, criteria);
  }
  const setIds = new Set<string>();
  for (const entry of options.set ?? []) {
    const [id, value] = parseSet(io.voice, entry, criteria);
    values[id] = value;
    setIds.add(id);
  }
  return { values, given: options.answers !== undefined || (options.set?.length ?? 0) > 0, usedStdin, setIds };
}
