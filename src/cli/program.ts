/**
 * Shared wiring for command definitions: each command folder has an `index.ts` that declares
 * its flags (cheap to import) and lazily imports its `run.ts` (the work, with its libraries)
 * only when the command runs, so `clientfit --version` and `check` never load prompt or CSV code.
 */
import { Option, type Command } from 'commander';
import type { IO, Streams } from './io.js';

export interface GlobalOptions {
  readonly color: boolean;
  readonly debug: boolean;
  /** read by main() before commander runs (src/i18n/languages.ts) */
  readonly lang?: string;
}

export interface Context {
  /** the run's streams: commander's own help and errors go to them too */
  readonly streams: Streams;
  /** builds the IO once flags are parsed (colour depends on --no-color) */
  io(command: Command): IO;
  /** records the exit code a command returns */
  exit(code: number): void;
}

export type Define = (program: Command, context: Context) => void;

/** `-c, --criteria FILE` for every command that scores. */
export function criteriaOption(): Option {
  return new Option('-c, --criteria <file>', 'criteria file (default: ./clientfit.yaml, then ~/.config/clientfit/clientfit.yaml, then the built-in list)');
}

/** `--journal FILE` for the commands that read or write the journal. */
export function journalOption(): Option {
  return new Option('--journal <file>', 'journal file (default: $CLIENTFIT_JOURNAL, else $XDG_DATA_HOME/clientfit/journal.jsonl, else ~/.local/share/clientfit/journal.jsonl)');
}

/** Collects a repeatable option into a list: `--set a=1 --set b=2`. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

export function failOnOption(): Option {
  return new Option('--fail-on <verdict>', 'exit 3 when a verdict is at or below this one').choices(['review', 'reject']);
}

/** The lead-file flags `batch` and `calibrate` share (see leadOptions). */
export interface LeadFlags {
  readonly criteria?: string;
  readonly encoding?: string;
  readonly delimiter?: string;
  readonly decimalComma?: boolean;
  readonly map?: string[];
  readonly allowMissing?: boolean;
  readonly sheet?: string;
}

/** The input options `batch` and `calibrate` share: they read leads exactly alike. */
export function leadOptions(): Option[] {
  return [
    criteriaOption(),
    new Option('--encoding <name>', 'input encoding, e.g. windows-1251, windows-1253, windows-1250, latin1 (default: UTF-8, or UTF-16 by its BOM)'),
    new Option('--delimiter <char>', 'field delimiter: , ; | or tab (default: the sep= line, else detected)'),
    new Option('--decimal-comma', 'read 1 200,50 as 1200.5 (on by default with ; delimiters)'),
    new Option('--map <id=Header>', 'read a criterion from this column (repeatable)').argParser(collect),
    new Option('--allow-missing', 'score criteria with no column as unknown instead of stopping'),
    new Option('--sheet <name|n>', 'which sheet of an .xlsx workbook: its name or number (default: the first)'),
  ];
}
