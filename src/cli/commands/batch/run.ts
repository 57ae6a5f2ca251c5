/**
 * `clientfit batch`: wiring. Flags (format.ts) → criteria → open the leads → the output and its
 * format (src/render/batch/) → every row scored and written (src/leads/batch-rows.ts) → the
 * summary (src/render/batch/summary.ts) → the exit code.
 */
import { resolve } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { failOnReached } from '../../../core/score.js';
import { outputEncoding } from '../../../csv/encode.js';
import { ExitCode } from '../../../errors.js';
import { parallelSettings, startPartWorker, writeBatch, type ParallelSettings } from '../../../leads/parallel.js';
import { describeDialect } from '../../../render/batch/dialect.js';
import { openLeads } from '../../leads-input.js';
import { batchSummary } from '../../../render/batch/summary.js';
import { printableLines } from '../../../render/sanitize.js';
import { describeSource, loadCriteriaFile } from '../../criteria-file.js';
import type { IO } from '../../io.js';
import { journalPath } from '../../journal.js';
import { openOutput } from '../../output-target.js';
import { createProgress } from '../../progress.js';
import { createSink, inputEncoding, nameColumn, parseOnly, parseOutputEncoding, pickFormat } from './format.js';
import type { BatchOptions } from './types.js';

export { parseOnly } from './format.js';

export async function runBatch(io: IO, file: string | undefined, options: BatchOptions): Promise<number> {
  const only = parseOnly(io.voice.words.batch, options.only);
  const format = pickFormat(io, options);
  const threads = parallelSettings(io.env);
  // With CLIENTFIT_THREADS=2 and a large file, the worker loads while the criteria and the header are read.
  const worker = format === 'csv' && file !== undefined && file !== '-' ? startPartWorker(threads, resolve(io.cwd, file)) : undefined;
  try {
    return await scoreBatch(io, file, options, { only, format, threads, worker });
  } finally {
    await worker?.terminate();
  }
}

/** What runBatch settled before the criteria are read. */
interface Settled {
  readonly only: ReturnType<typeof parseOnly>;
  readonly format: ReturnType<typeof pickFormat>;
  readonly threads: ParallelSettings;
  /** the worker of parallel batch, started early (undefined: none, or one started later) */
  readonly worker: Worker | undefined;
}

async function scoreBatch(io: IO, file: string | undefined, options: BatchOptions, run: Settled): Promise<number> {
  const { only, format } = run;
  const loaded = await loadCriteriaFile(io, options.criteria);
  // Messages quote headers, cells and file names: sanitised where they are written.
  const say = options.quiet ? () => undefined : (message: string) => io.stderr.write(`${printableLines(message)}\n`);
  const chosenEncoding = parseOutputEncoding(io.voice, options.outputEncoding, format);
  // CSV output gives blank lines back where they were (unless --only picks rows).
  const leads = await openLeads(io, file, loaded.criteria, { ...options, raw: format === 'csv', keepBlank: format === 'csv' && only === undefined }, say);
  const encoding = format === 'csv' ? (chosenEncoding ?? inputEncoding(io.voice.words.batch, leads, say)) : outputEncoding('utf-8');

  if (options.nameColumn !== undefined) nameColumn(io.voice.words, leads.header.names, options.nameColumn);
  const output = await openOutput(io, options.output, [
    { what: 'input file', path: leads.path ?? 'stdin' },
    { what: 'criteria file', path: loaded.path },
    { what: 'journal', path: journalPath(io, undefined) },
  ]);
  const sink = createSink(io, format, leads, options.escapeFormulas !== false, output.toStdout, encoding, options.nameColumn);
  const progress = createProgress(io, { enabled: !options.quiet, totalBytes: leads.size, label: io.voice.words.batch.progressLabel });
  const criteria = loaded.criteria.criteria;
  let counts: Awaited<ReturnType<typeof writeBatch>>;
  try {
    counts = await writeBatch(
      {
        voice: io.voice,
        leads,
        ids: criteria.map((criterion) => criterion.id),
        format,
        sink,
        stream: output.stream,
        encoding,
        only,
        escape: options.escapeFormulas !== false,
        progress: (rows) => progress.update(rows, leads.reader.bytesRead()),
      },
      run.threads,
      loaded.criteria,
      run.worker,
    );
    progress.done();
    await output.commit();
  } catch (error) {
    progress.done();
    throw await output.abort(error);
  }

  const lines = batchSummary(io.voice, {
    source: leads.source,
    criteria: describeSource(io.voice.words.input, loaded),
    dialect: describeDialect(io.voice.words.common.dialect, leads),
    rows: counts.rows,
    kept: counts.kept,
    verdicts: counts.verdicts,
    failures: counts.failures.map((count, index) => ({ id: criteria[index]!.id, count })),
    blankLines: counts.blankLines,
    blankWrittenBack: options.only === undefined && format === 'csv',
    invalidCells: counts.invalidCells,
    shortRows: counts.shortRows,
    longRows: counts.longRows,
    problems: counts.problems,
    only: options.only,
    // Named only when it decides the exit code: --strict's exit 1 for row problems comes first.
    failOn: options.strict && counts.rowProblems > 0 ? undefined : options.failOn,
    target: output.shown,
    encoding: encoding.label,
  });
  for (const line of lines) say(line);
  if (options.strict && counts.rowProblems > 0) return ExitCode.data;
  if (counts.rows > 0 && failOnReached(counts.worst, options.failOn)) return ExitCode.failOn;
  return ExitCode.ok;
}
