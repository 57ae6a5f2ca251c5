import { Option } from 'commander';
import { journalOption, type Define } from '../../program.js';
import type { HistoryOptions } from './types.js';

export const defineHistory: Define = (program, context) => {
  program
    .command('history')
    .description('past decisions saved with `score --save`, one line per prospect (its latest decision), with outcomes; NAME or ID shows that prospect\'s whole thread')
    .argument('[prospect]', "a prospect's name or a decision id: every decision about that prospect, with its answers")
    .option('--name <name>', 'only prospects whose name contains this (any case)')
    .option('--limit <n>', 'only the last N lines')
    .option('--since <date>', 'only decisions made on or after this date (YYYY-MM-DD)')
    .option('--all', 'show every outcome ever recorded, also those a later one replaced')
    .addOption(journalOption())
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText(
      'after',
      `
Examples:
  clientfit history                           one line per prospect, latest decision last
  clientfit history "Acme Ltd"                every decision about Acme Ltd, with its answers
  clientfit history --since 2026-01-01 --format json`,
    )
    .action(async (prospect: string | undefined, options: HistoryOptions, command) => {
      const { runHistory } = await import('./run.js');
      context.exit(await runHistory(context.io(command), prospect, options));
    });
};
