import { Option } from 'commander';
import type { Define } from '../../program.js';

export interface HistoryOptions {
  readonly journal?: string;
  readonly name?: string;
  readonly format: 'text' | 'json';
  /** every outcome ever recorded, not only the latest of each decision */
  readonly all?: boolean;
}

export const defineHistory: Define = (program, context) => {
  program
    .command('history')
    .description('list past decisions saved with `score --save`, with their outcomes')
    .option('--name <name>', 'only decisions whose name contains this (any case)')
    .option('--all', 'show every outcome ever recorded, also those a later one replaced')
    .option('--journal <file>', 'journal file (default: $CLIENTFIT_JOURNAL, else ~/.local/share/clientfit/journal.jsonl)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (options: HistoryOptions, command) => {
      const { runHistory } = await import('./run.js');
      context.exit(await runHistory(context.io(command), options));
    });
};
