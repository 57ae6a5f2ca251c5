import type { Define } from '../../program.js';
import type { InitOptions } from './types.js';

export const defineInit: Define = (program, context) => {
  program
    .command('init')
    .description('write a criteria file from a template, to edit into your own minimum requirements')
    .argument('[file]', 'where to write it', 'clientfit.yaml')
    .option('-t, --template <name>', 'template to start from (see --list)', 'freelancer')
    .option('--list', 'list the templates')
    .option('--global', 'write your own file in the config directory (~/.config/clientfit/clientfit.yaml), used from any directory')
    .option('-f, --force', 'overwrite an existing file')
    .addHelpText(
      'after',
      `
Examples:
  clientfit init                                  ./clientfit.yaml from the freelancer template
  clientfit init --list                           the templates
  clientfit init --global -t agency               your own file, used from any directory`,
    )
    .action(async (file: string, options: InitOptions, command) => {
      const { runInit } = await import('./run.js');
      context.exit(runInit(context.io(command), file, options, command.args.length === 0));
    });
};
