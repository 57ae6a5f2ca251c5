import { words } from '../../../i18n/index.js';
import { Argument } from 'commander';
import type { Define } from '../../program.js';

export type Shell = 'bash' | 'zsh' | 'fish';
export const SHELLS: readonly Shell[] = ['bash', 'zsh', 'fish'];
/** The hidden command the scripts call back into on every Tab. */
export const COMPLETE_COMMAND = '__complete';

export interface CompleteOptions {
  readonly shell: Shell;
  /** bash: the command line up to the cursor (bash splits words at = and :, so we split it ourselves) */
  readonly line?: string;
}

export const defineCompletion: Define = (program, context) => {
  const t = words().program.completion;
  program
    .command('completion')
    .description(t.description)
    .addArgument(new Argument('<shell>', t.shell).choices(SHELLS))
    .addHelpText('after', t.examples)
    .action(async (shell: Shell, _options: object, command) => {
      const { runCompletionScript } = await import('./run.js');
      context.exit(await runCompletionScript(context.io(command), shell));
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
      context.exit(await runComplete(context.io(command), command.parent!, words, options));
    });
};
