/**
 * Shared wiring for command definitions: each command folder has an `index.ts` that declares
 * its flags (cheap to import) and lazily imports its `run.ts` (the work, with its libraries)
 * only when the command runs, so `clientfit --version` and `check` never load prompt or CSV code.
 */
import { Option, type Command } from 'commander';
import type { AllWords, Voice } from '../i18n/index.js';
import type { IO } from './io.js';
import type { Streams } from './streams.js';

export interface GlobalOptions {
  readonly color: boolean;
  readonly debug: boolean;
  /** read by main() before commander runs (src/i18n/languages.ts) */
  readonly lang?: string;
}

export interface Context {
  /** the run's streams: commander's own help and errors go to them too */
  readonly streams: Streams;
  /** the run's language and words (main() chooses them before the program is built) */
  readonly voice: Voice;
  /** builds the IO once flags are parsed (colour depends on --no-color) */
  io(command: Command): IO;
  /** records the exit code a command returns */
  recordExitCode(code: number): void;
}

export type Define = (program: Command, context: Context) => void;

/** `-c, --criteria FILE` for every command that scores. */
export function criteriaOption(t: AllWords['program']): Option {
  return new Option('-c, --criteria <file>', t.criteriaOption);
}

/** `--journal FILE` for the commands that read or write the journal. */
export function journalOption(t: AllWords['program']): Option {
  return new Option('--journal <file>', t.journalOption);
}

/** Collects a repeatable option into a list: `--set a=1 --set b=2`. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** `--format text|json` for the commands that print a report (score, history, calibrate, check). */
export function formatOption(t: AllWords['program']): Option {
  return new Option('--format <format>', t.formatOption).choices(['text', 'json']).default('text');
}

export function failOnOption(t: AllWords['program']): Option {
  return new Option('--fail-on <verdict>', t.failOnOption).choices(['review', 'reject']);
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
export function leadOptions(t: AllWords['program']): Option[] {
  return [
    criteriaOption(t),
    new Option('--encoding <name>', t.leads.encoding),
    new Option('--delimiter <char>', t.leads.delimiter),
    new Option('--decimal-comma', t.leads.decimalComma),
    new Option('--map <id=Header>', t.leads.map).argParser(collect),
    new Option('--allow-missing', t.leads.allowMissing),
    new Option('--sheet <name|n>', t.leads.sheet),
  ];
}

/** Each command's own help for the outcome options (calibrate and compare word them for what they do). */
export interface OutcomeOptionWords {
  readonly journal: string;
  readonly outcome: string;
  readonly good: string;
  readonly bad: string;
  readonly costBadAccepted: string;
}

/** The outcome options `calibrate` and `compare` share (read by cli/outcome-column.ts): journal, outcome column, CRM statuses, cost. */
export function outcomeOptions(t: OutcomeOptionWords): Option[] {
  return [
    new Option('--journal [file]', t.journal),
    new Option('--outcome <column>', t.outcome),
    new Option('--good <values>', t.good).argParser(collect),
    new Option('--bad <values>', t.bad).argParser(collect),
    new Option('--cost-bad-accepted <n>', t.costBadAccepted).default('3'),
  ];
}
