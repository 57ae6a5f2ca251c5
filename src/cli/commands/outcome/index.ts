import { journalOption, type Define } from '../../define.js';
import type { OutcomeOptions } from './types.js';

export const defineOutcome: Define = (program, context) => {
  const { words } = context.voice;
  const t = words.program.outcome;
  program
    .command('outcome')
    .description(t.description)
    .argument('<name>', t.name)
    .argument('<outcome>', t.outcome)
    .option('--note <text>', t.note)
    .option('--id <id>', t.id)
    .option('--name', t.byName)
    .addOption(journalOption(words.program))
    .addHelpText('after', t.examples)
    .action(async (name: string, outcome: string, options: OutcomeOptions, command) => {
      const { runOutcome } = await import('./run.js');
      context.recordExitCode(runOutcome(context.io(command), name, outcome, options));
    });
};
