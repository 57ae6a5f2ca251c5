import { words } from '../../../i18n/index.js';
import { Argument } from 'commander';
import type { ClientOutcome } from '../../../core/outcome-words.js';
import { journalOption, type Define } from '../../program.js';
import type { OutcomeOptions } from './types.js';

export const defineOutcome: Define = (program, context) => {
  const t = words().program.outcome;
  program
    .command('outcome')
    .description(t.description)
    .argument('<name>', t.name)
    .addArgument(new Argument('<outcome>', t.outcome).choices(['good', 'bad']))
    .option('--note <text>', t.note)
    .option('--id <id>', t.id)
    .addOption(journalOption())
    .addHelpText('after', t.examples)
    .action(async (name: string, outcome: ClientOutcome, options: OutcomeOptions, command) => {
      const { runOutcome } = await import('./run.js');
      context.exit(runOutcome(context.io(command), name, outcome, options));
    });
};
