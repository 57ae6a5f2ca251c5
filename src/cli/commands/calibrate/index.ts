import { Option } from 'commander';
import { collect, type Define, formatOption, leadOptions, outcomeOptions } from '../../define.js';
import type { CalibrateOptions } from './types.js';

export const defineCalibrate: Define = (program, context) => {
  const { words } = context.voice;
  const t = words.program.calibrate;
  const command = program.command('calibrate').description(t.description).argument('[file]', t.file);
  for (const option of leadOptions(words.program)) command.addOption(option);
  for (const option of outcomeOptions(t)) command.addOption(option);
  command
    .option('--threshold <accept=N,review=M>', t.threshold)
    .addOption(new Option('--drop <id>', t.drop).argParser(collect))
    .addOption(new Option('--optional <id>', t.optional).argParser(collect))
    .addOption(formatOption(words.program))
    .addHelpText('after', t.examples)
    .action(async (file: string | undefined, options: CalibrateOptions, self) => {
      const { runCalibrate } = await import('./run.js');
      context.recordExitCode(await runCalibrate(context.io(self), file, options));
    });
};
