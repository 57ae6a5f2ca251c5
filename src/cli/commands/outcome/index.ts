import { Argument } from 'commander';
import type { Outcome } from '../../../core/journal.js';
import { journalOption, type Define } from '../../program.js';
import type { OutcomeOptions } from './types.js';

export const defineOutcome: Define = (program, context) => {
  program
    .command('outcome')
    .description('record how a client actually turned out (paid on time, kept to the terms), for calibration')
    .argument('<name>', 'the name the decision was saved under ("(no name)", as history shows it, for one saved without)')
    .addArgument(new Argument('<outcome>', 'how it went').choices(['good', 'bad']))
    .option('--note <text>', 'what happened, in a few words')
    .option('--id <id>', 'the decision to attach it to (default: the latest with that name; see `clientfit history`)')
    .addOption(journalOption())
    .addHelpText(
      'after',
      `
Examples:
  clientfit outcome "Acme Ltd" good --note "paid on time"
  clientfit outcome - bad --id mwtj5t5m-0mt31q    a decision saved without a name`,
    )
    .action(async (name: string, outcome: Outcome, options: OutcomeOptions, command) => {
      const { runOutcome } = await import('./run.js');
      context.exit(runOutcome(context.io(command), name, outcome, options));
    });
};
