import { Argument } from 'commander';
import type { Define } from '../../program.js';
import { COMPLETE_COMMAND, SHELLS, type CompleteOptions, type Shell } from './types.js';

export const defineCompletion: Define = (program, context) => {
  program
    .command('completion')
    .description('print a shell completion script (commands, options, criterion ids, template and prospect names); it never edits your rc files')
    .addArgument(new Argument('<shell>', 'the shell').choices(SHELLS))
    .addHelpText(
      'after',
      `
Examples:
  eval "$(clientfit completion bash)"                               in ~/.bashrc
  eval "$(clientfit completion zsh)"                                in ~/.zshrc, after compinit
  clientfit completion fish > ~/.config/fish/completions/clientfit.fish`,
    )
    .action(async (shell: Shell, _options: object, command) => {
      const { runCompletionScript } = await import('./run.js');
      context.exit(await runCompletionScript(context.io(command), shell));
    });
  program
    .command(COMPLETE_COMMAND, { hidden: true })
    .description('print completion candidates for the words given (called by the completion scripts)')
    .option('--shell <shell>', 'the shell asking', 'bash')
    .option('--line <line>', 'the command line up to the cursor (bash)')
    .argument('[words...]', 'the words after "clientfit", the last one being completed')
    .allowUnknownOption()
    .helpOption(false)
    .action(async (words: string[], options: CompleteOptions, command) => {
      const { runComplete } = await import('./run.js');
      context.exit(await runComplete(context.io(command), command.parent!, words, options));
    });
};
