import { Option } from 'commander';
import { criteriaOption, formatOption, type Define } from '../../define.js';
import type { ReadOptions } from './types.js';

export const defineRead: Define = (program, context) => {
  const { words } = context.voice;
  const t = words.program.read;
  program
    .command('read')
    .description(t.description)
    .argument('<file>', t.file)
    .addOption(criteriaOption(words.program))
    .addOption(formatOption(words.program))
    .addOption(new Option('--encoding <name>', t.encoding))
    .addHelpText('after', t.examples)
    .action(async (file: string, options: ReadOptions, command) => {
      const { runRead } = await import('./run.js');
      context.recordExitCode(await runRead(context.io(command), file, options));
    });
};
