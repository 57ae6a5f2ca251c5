import { words } from '../../../i18n/index.js';
import { Option } from 'commander';
import { journalOption, type Define } from '../../program.js';

export interface HistoryOptions {
  readonly journal?: string;
  readonly name?: string;
  readonly format: 'text' | 'json';
  /** only the last N lines (prospects, or decisions of one thread) */
  readonly limit?: string;
  /** only decisions made on or after this date */
  readonly since?: string;
  /** every outcome ever recorded, not only the latest of each decision */
  readonly all?: boolean;
}

export const defineHistory: Define = (program, context) => {
  const t = words().program.history;
  program
    .command('history')
    .description(t.description)
    .argument('[prospect]', t.prospect)
    .option('--name <name>', t.name)
    .option('--limit <n>', t.limit)
    .option('--since <date>', t.since)
    .option('--all', t.all)
    .addOption(journalOption())
    .addOption(new Option('--format <format>', words().program.formatOption).choices(['text', 'json']).default('text'))
    .addHelpText('after', t.examples)
    .action(async (prospect: string | undefined, options: HistoryOptions, command) => {
      const { runHistory } = await import('./run.js');
      context.exit(await runHistory(context.io(command), prospect, options));
    });
};
