import { Option } from 'commander';
import { collect, type Define } from '../../program.js';
import { leadOptions, type LeadFlags } from '../batch/index.js';

export interface CalibrateOptions extends LeadFlags {
  /** true: the default journal; a string: that file */
  readonly journal?: string | true;
  readonly outcome?: string;
  readonly costBadAccepted: string;
  readonly threshold?: string;
  readonly drop?: string[];
  readonly optional?: string[];
  readonly format: 'text' | 'json';
}

export const defineCalibrate: Define = (program, context) => {
  const command = program
    .command('calibrate')
    .description('is the list too picky or too lax? acceptance, sole blockers, a threshold sweep and outcomes, on real leads and past clients')
    .argument('[file]', 'lead CSV, read exactly as batch reads it; - or none with piped input reads stdin');
  for (const option of leadOptions()) command.addOption(option);
  command
    .option('--journal [file]', 'also (or only) use the decisions and outcomes in the journal (default: the personal journal)')
    .option('--outcome <column>', 'CSV column saying how each client turned out: good/bad, yes/no ...')
    .option('--cost-bad-accepted <n>', 'one bad client let in costs as much as this many good ones turned away', '3')
    .option('--threshold <accept=N,review=M>', 'what if the thresholds were these')
    .addOption(new Option('--drop <id>', 'what if this criterion were left out (repeatable)').argParser(collect))
    .addOption(new Option('--optional <id>', 'what if this must-have were an ordinary criterion (repeatable)').argParser(collect))
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText(
      'after',
      `
Examples:
  clientfit calibrate leads.csv                   too picky or too lax on these leads?
  clientfit calibrate --journal                   learn from your saved decisions and their outcomes
  clientfit calibrate leads.csv --threshold accept=75,review=45 --drop polite`,
    )
    .action(async (file: string | undefined, options: CalibrateOptions, self) => {
      const { runCalibrate } = await import('./run.js');
      context.exit(await runCalibrate(context.io(self), file, options));
    });
};
