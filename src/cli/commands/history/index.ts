import { type Define, formatOption, journalOption } from '../../define.js';
import type { HistoryOptions } from './types.js';

export const defineHistory: Define = (program, context) => {
  const { words } = context.voice;
  const t = words.program.history;
  program
    .command('history')
    .description(t.description)
    .argument('[prospect]', t.prospect)
    .option('--name <name>', t.name)
    .option('--limit <n>', t.limit)
    .option('--since <date>', t.since)
    .option('--all', t.all)
    .option('--id <id>', t.id)
    .addOption(journalOption(words.program))
    .addOption(formatOption(words.program))
    .addHelpText('after', t.examples)
    .action(async (prospect: string | undefined, options: HistoryOptions, command) => {
      const { runHistory } = await import('./run.js');
      context.recordExitCode(await runHistory(context.io(command), prospect, options));
    });
};
