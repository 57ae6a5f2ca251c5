import { type Define, formatOption, leadOptions, outcomeOptions } from '../../define.js';
import type { CompareOptions } from './types.js';

export const defineCompare: Define = (program, context) => {
  const { words } = context.voice;
  const t = words.program.compare;
  const command = program.command('compare').description(t.description).argument('<old>', t.old).argument('<new>', t.new).argument('[file]', t.file);
  // The lead flags as batch reads leads, but the two lists are the arguments: no --criteria.
  for (const option of leadOptions(words.program)) if (option.long !== '--criteria') command.addOption(option);
  for (const option of outcomeOptions(t)) command.addOption(option);
  command
    .addOption(formatOption(words.program))
    .addHelpText('after', t.examples)
    .action(async (before: string, after: string, file: string | undefined, options: CompareOptions, self) => {
      const { runCompare } = await import('./run.js');
      context.recordExitCode(await runCompare(context.io(self), before, after, file, options));
    });
};
