import { criteriaOption, type Define, formatOption } from '../../define.js';
import type { CheckOptions } from './types.js';

export const defineCheck: Define = (program, context) => {
  const { words } = context.voice;
  const t = words.program.check;
  program
    .command('check')
    .description(t.description)
    .argument('[file]', t.file)
    .addOption(criteriaOption(words.program))
    .option('--strict', t.strict)
    .addOption(formatOption(words.program))
    .addHelpText('after', t.examples)
    .action(async (file: string | undefined, options: CheckOptions, command) => {
      const { runCheck } = await import('./run.js');
      context.recordExitCode(await runCheck(context.io(command), file ?? options.criteria, options));
    });
};
