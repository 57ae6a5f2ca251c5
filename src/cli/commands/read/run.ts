/**
 * `clientfit read FILE|-`: what a prospect's message states plainly, for each criterion, with the
 * words it came from; its red flags with the words they matched; their name. Offline: the
 * message never leaves the machine.
 */
import { ExitCode } from '../../../errors.js';
import type { Voice } from '../../../i18n/index.js';
import { answerText } from '../../../render/result.js';
import { printable } from '../../../render/sanitize.js';
import { createStyle } from '../../../render/style.js';
import { resolveEncoding } from '../../../csv/decode.js';
import { describeSource, loadCriteriaFile, type LoadedCriteria } from '../../criteria-file.js';
import { write, type IO } from '../../io.js';
import { quoteArg } from '../../journal.js';
import { readMailInput } from '../../mail-input.js';
import { clippedNotice, describeNote, quote, readProspectMessage, type ReadMessageResult } from '../../message-reading.js';
import type { ReadOptions } from './types.js';
import { readAnswerFor } from '../../../core/criteria.js';
import type { MessageNote } from '../../../core/read-message.js';

/** The `--format json` document (README "Reading a prospect's message"); keys are stable. */
export interface ReadJson {
  readonly answers: Record<string, { readonly value: string | number; readonly evidence: string }>;
  readonly red_flags: readonly { readonly criterion: string; readonly phrase: string; readonly evidence: string }[];
  /** why a criterion the message speaks of has no answer: the note's code, its sentences, and for `disagree` the values said */
  readonly left_open: readonly { readonly criterion: string; readonly reason: MessageNote['code']; readonly evidence: readonly string[]; readonly values?: readonly (string | number)[] }[];
  readonly language: string;
  readonly name?: string;
}

export function readJson(result: ReadMessageResult): ReadJson {
  const { reading } = result;
  return {
    answers: Object.fromEntries(Object.entries(reading.answers).map(([id, answer]) => [id, { value: answer.value, evidence: answer.evidence }])),
    red_flags: reading.redFlags.map((flag) => ({ criterion: flag.criterion, phrase: flag.phrase, evidence: flag.evidence })),
    left_open: reading.notes.map((note) =>
      note.code === 'disagree' ? { criterion: note.id, reason: note.code, values: note.values, evidence: note.evidence } : { criterion: note.id, reason: note.code, evidence: [note.evidence] },
    ),
    language: reading.language,
    ...(result.name === undefined ? {} : { name: result.name }),
  };
}

function renderText(voice: Voice, loaded: LoadedCriteria, result: ReadMessageResult, file: string, options: ReadOptions, style: ReturnType<typeof createStyle>): string[] {
  const t = voice.words.read;
  const { reading } = result;
  const lines: string[] = [];
  if (result.name !== undefined) lines.push(t.name({ name: printable(result.name) }));
  lines.push(t.language({ language: reading.language }), '');
  const shown = (id: string): string => {
    const criterion = loaded.criteria.criteria.find((candidate) => candidate.id === id)!;
    return printable(answerText(voice, criterion, readAnswerFor(criterion, reading.answers[id]!.value)));
  };
  const answered = loaded.criteria.criteria.filter((criterion) => reading.answers[criterion.id] !== undefined && criterion.type !== 'text');
  if (answered.length === 0) lines.push(t.noAnswers);
  for (const criterion of answered) {
    lines.push(`${style.bold(printable(criterion.question))}  ${shown(criterion.id)}`, `  ${quote(voice.words.read, reading.answers[criterion.id]!.evidence)}`);
  }
  if (reading.redFlags.length > 0) {
    lines.push('', style.bold(t.redFlags));
    for (const flag of reading.redFlags) lines.push(`  ${t.redFlag({ words: quote(voice.words.read, flag.evidence), phrase: printable(flag.phrase), id: flag.criterion })}`);
  }
  if (reading.notes.length > 0) {
    lines.push('', style.bold(t.leftOpen));
    for (const note of reading.notes) {
      const question = loaded.criteria.criteria.find((criterion) => criterion.id === note.id)?.question ?? note.id;
      lines.push(`  ${describeNote(voice.words.read, note, printable(question))}`);
    }
  }
  lines.push('', style.dim(t.next({ command: nextCommand(file, options) })));
  return lines;
}

/** The score command that goes on from here: the same message, read under the same criteria and encoding. */
function nextCommand(file: string, options: ReadOptions): string {
  const words = ['clientfit', 'score', '--message', file === '<stdin>' ? '-' : quoteArg(file)];
  if (options.criteria !== undefined) words.push('-c', quoteArg(options.criteria));
  if (options.encoding !== undefined) words.push('--encoding', quoteArg(options.encoding));
  return words.join(' ');
}

export async function runRead(io: IO, file: string, options: ReadOptions): Promise<number> {
  const encoding = options.encoding === undefined ? undefined : resolveEncoding(options.encoding);
  const loaded = await loadCriteriaFile(io, options.criteria);
  const input = await readMailInput(io, file, { ...(encoding === undefined ? {} : { encoding }), encodingFlag: true });
  const result = readProspectMessage(loaded.criteria, input.mail);
  clippedNotice(io, result, input.display);
  if (options.format === 'json') {
    await write(io.stdout, `${JSON.stringify(readJson(result), null, 2)}\n`);
    return ExitCode.ok;
  }
  io.stderr.write(`${createStyle(io.stderrColorLevel).dim(io.voice.words.score.criteria)} ${describeSource(io.voice.words.input, loaded)}\n`);
  await write(io.stdout, `${renderText(io.voice, loaded, result, input.display, options, createStyle(io.colorLevel)).join('\n')}\n`);
  return ExitCode.ok;
}
