/**
 * Batch's flags made into choices before any row is read: --only, the output format (from
 * --format or -o's extension), --name-column, the output encoding, and the format's writer.
 */
import type { Verdict } from '../../../core/score.js';
import { VERDICTS } from '../../../core/score.js';
import { normalizeHeader } from '../../../core/criteria.js';
import { pickNameColumn } from '../../../core/name-column.js';
import { closest } from '../../../core/suggest.js';
import { outputEncoding, sameAsInput, UnsupportedOutputEncoding, type OutputEncoding } from '../../../csv/encode.js';
import { UserError } from '../../../errors.js';
import type { AllWords, Voice } from '../../../i18n/index.js';
import { csvFailure, type Leads } from '../../../leads/open.js';
import { csvSink } from '../../../render/batch/csv.js';
import { jsonlSink, jsonSink } from '../../../render/batch/json.js';
import type { BatchSink } from '../../../render/batch/sink.js';
import { tableSink } from '../../../render/batch/table.js';
import { printable } from '../../../render/table.js';
import type { IO } from '../../io.js';
import type { BatchFormat, BatchOptions } from './types.js';

export function parseOnly(t: AllWords['batch'], value: string | undefined): Set<Verdict> | undefined {
  if (value === undefined) return undefined;
  const given = value
    .split(',')
    .map((word) => word.trim().toLowerCase())
    .filter(Boolean);
  const wrong = given.filter((word) => !(VERDICTS as readonly string[]).includes(word));
  if (wrong.length > 0 || given.length === 0) {
    throw new UserError(t.errors.only({ value }));
  }
  return new Set(given as Verdict[]);
}

export function pickFormat(io: IO, options: BatchOptions): BatchFormat {
  if (options.format !== undefined) return options.format;
  if (options.output === '-') return io.stdout.isTTY ? 'table' : 'csv';
  if (options.output !== undefined && /\.(xlsx|xlsm|xls|ods|numbers)$/iu.test(options.output)) {
    throw new UserError(io.voice.words.batch.errors.spreadsheetOutput({ file: options.output }), {
      details: [io.voice.words.batch.errors.spreadsheetOutputHint],
    });
  }
  const extension = options.output?.toLowerCase().match(/\.(csv|tsv|txt|jsonl|ndjson|json)$/u)?.[1];
  if (extension === 'jsonl' || extension === 'ndjson') return 'jsonl';
  if (extension === 'json') return 'json';
  if (extension !== undefined || options.output !== undefined) return 'csv';
  return io.stdout.isTTY ? 'table' : 'csv';
}

/** The columns that label a row in the table: --name-column, else a name-like header. */
export function nameColumn(t: AllWords, names: readonly string[], wanted: string | undefined): { header: string; indexes: readonly number[] } {
  const picked = pickNameColumn(names, wanted);
  if (picked.kind === 'found') return picked;
  const suggestion = closest(picked.wanted, names, normalizeHeader);
  throw new UserError(t.batch.errors.nameColumn({ column: picked.wanted, suggestion: suggestion === undefined ? '' : t.common.didYouMean({ word: suggestion }) }), {
    details: [t.batch.errors.headers({ headers: names.map((header) => `"${printable(header)}"`).join(', ') })],
  });
}

export function createSink(io: IO, format: BatchFormat, leads: Leads, escape: boolean, toStdout: boolean, encoding: OutputEncoding, nameHeader: string | undefined): BatchSink {
  switch (format) {
    case 'csv':
      return csvSink(io.voice.words.common.csv, leads.source, leads.header, escape, encoding);
    case 'jsonl':
      return jsonlSink({ header: leads.header.names, columns: leads.columns.indexes });
    case 'json':
      return jsonSink({ header: leads.header.names, columns: leads.columns.indexes });
    case 'table': {
      // Colour and cut to the width only when the table goes to the terminal, not into -o FILE.
      const toTerminal = toStdout && io.stdout.isTTY === true;
      return tableSink(io.voice.words.batch, {
        colorLevel: toTerminal ? io.colorLevel : 0,
        width: toTerminal ? io.tableWidth : Infinity,
        name: nameColumn(io.voice.words, leads.header.names, nameHeader),
      });
    }
  }
}

/** --output-encoding: for CSV only (JSON is UTF-8 by definition); checked before any input is read. */
export function parseOutputEncoding(voice: Voice, name: string | undefined, format: BatchFormat): OutputEncoding | undefined {
  if (name === undefined) return undefined;
  if (format !== 'csv') throw new UserError(voice.words.batch.errors.outputEncodingFormat({ format }));
  try {
    return outputEncoding(name);
  } catch (error) {
    if (!(error instanceof UnsupportedOutputEncoding)) throw csvFailure(voice.words, error);
    throw new UserError(voice.words.batch.errors.outputEncoding({ name, encoding: error.message }));
  }
}

/** CSV output goes back in the encoding it came in, BOM and all; a multi-byte legacy code page becomes UTF-8 with a BOM, with a word. */
export function inputEncoding(t: AllWords['batch'], leads: Leads, say: (message: string) => void): OutputEncoding {
  try {
    return sameAsInput(leads.header.encoding, leads.header.bom);
  } catch (error) {
    if (!(error instanceof UnsupportedOutputEncoding)) throw error;
    say(t.errors.cannotWriteEncoding({ encoding: error.message }));
    return outputEncoding('utf-8-bom');
  }
}
