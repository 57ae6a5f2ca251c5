import { Option } from 'commander';
import { collect, leadOptions, type Define } from '../../program.js';
import type { CalibrateOptions } from './types.js';

export const defineCalibrate: Define = (program, context) => {
  const command = program
    .command('calibrate')
    .description('is the list too picky or too lax? acceptance, sole blockers, a threshold sweep and outcomes, on real leads and past clients')
    .argument('[file]', 'lead CSV or .xlsx workbook, read exactly as batch reads it; - or none with piped input reads stdin');
  for (const option of leadOptions()) command.addOption(option);
  command
    .option('--journal [file]', 'also (or only) use the decisions and outcomes in the journal (default: the personal journal)')
    .option('--outcome <column>', 'CSV column saying how each client turned out: good/bad, yes/no ...')
    .addOption(new Option('--good <values>', 'outcome values that mean a good client, comma-separated, e.g. "Closed Won" (repeatable)').argParser(collect))
    .addOption(new Option('--bad <values>', 'outcome values that mean a bad client, e.g. Lost,Churned (repeatable)').argParser(collect))
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
