import { Argument } from 'commander';
import type { Define } from '../../define.js';
import { COMPLETE_COMMAND, SHELLS, type CompleteOptions, type Shell } from './types.js';

export const defineCompletion: Define = (program, context) => {
  const { words } = context.voice;
  const t = words.program.completion;
  program
    .command('completion')
    .description(t.description)
    .addArgument(new Argument('<shell>', t.shell).choices(SHELLS))
    .addHelpText('after', t.examples)
    .action(async (shell: Shell, _options: object, command) => {
      const { runCompletionScript } = await import('./run.js');
      context.recordExitCode(await runCompletionScript(context.io(command), shell));
    });
  program
    .command(COMPLETE_COMMAND, { hidden: true })
    .description(t.complete)
    .option('--shell <shell>', t.completeShell, 'bash')
    .option('--line <line>', t.completeLine)
    .argument('[words...]', t.completeWords)
    .allowUnknownOption()
    .helpOption(false)
    .action(async (words: string[], options: CompleteOptions, command) => {
      const { runComplete } = await import('./run.js');
      context.recordExitCode(await runComplete(context.io(command), command.parent!, words, options));
    });
};
