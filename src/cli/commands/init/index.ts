import type { Define } from '../../define.js';
import type { InitOptions } from './types.js';

export const defineInit: Define = (program, context) => {
  const t = context.voice.words.program.init;
  program
    .command('init')
    .description(t.description)
    .argument('[file]', t.file, 'clientfit.yaml')
    .option('-t, --template <name>', t.template, 'freelancer')
    .option('--list', t.list)
    .option('--global', t.global)
    .option('-f, --force', t.force)
    .addHelpText('after', t.examples)
    .action(async (file: string, options: InitOptions, command) => {
      const { runInit } = await import('./run.js');
      context.recordExitCode(runInit(context.io(command), file, options, command.args.length === 0, command.getOptionValueSource('template') === 'cli'));
    });
};
