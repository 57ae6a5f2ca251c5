import { Option } from 'commander';
import { words } from '../../../i18n/index.js';
import { collect, type Define, formatOption, leadOptions } from '../../define.js';
import type { CompareOptions } from './types.js';

export const defineCompare: Define = (program, context) => {
  const t = words().program.compare;
  const command = program.command('compare').description(t.description).argument('<old>', t.old).argument('<new>', t.new).argument('[file]', t.file);
  // The lead flags as batch reads leads, but the two lists are the arguments: no --criteria.
  for (const option of leadOptions()) if (option.long !== '--criteria') command.addOption(option);
  command
    .option('--journal [file]', t.journal)
    .option('--outcome <column>', t.outcome)
    .addOption(new Option('--good <values>', t.good).argParser(collect))
    .addOption(new Option('--bad <values>', t.bad).argParser(collect))
    .option('--cost-bad-accepted <n>', t.costBadAccepted, '3')
    .addOption(formatOption())
    .addHelpText('after', t.examples)
    .action(async (before: string, after: string, file: string | undefined, options: CompareOptions, self) => {
      const { runCompare } = await import('./run.js');
      context.recordExitCode(await runCompare(context.io(self), before, after, file, options));
    });
};
