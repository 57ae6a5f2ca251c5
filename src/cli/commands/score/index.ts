import { Option } from 'commander';
import { collect, criteriaOption, type Define, failOnOption, formatOption, journalOption } from '../../define.js';
import type { ScoreOptions } from './types.js';

export const defineScore: Define = (program, context) => {
  const { words } = context.voice;
  const t = words.program.score;
  // --message FILE and --no-message (no draft) share commander's `message` attribute, so the
  // last one given would win: the file is kept here as it is parsed, and both work together.
  let messageFile: string | undefined;
  program
    .command('score', { isDefault: true })
    .description(t.description)
    .addOption(criteriaOption(words.program))
    .option('--answers <file>', t.answers)
    .option('--set <id=value>', t.set, collect)
    .option('--reply <file>', words.form.program.reply)
    .option('--name <name>', t.name)
    .option('--no-input', t.noInput)
    .addOption(formatOption(words.program))
    .addOption(failOnOption(words.program))
    .addOption(
      new Option('--message <file>', t.messageFile).argParser((file: string) => {
        messageFile = file;
        return file;
      }),
    )
    .option('--no-message', t.noMessage)
    .option('--save', t.save)
    .option('--no-save', t.noSave)
    .option('--resume <name|id>', t.resume)
    .addOption(new Option('--resume-id <id>', t.resumeId).conflicts(['resume', 'resumeName']))
    .addOption(new Option('--resume-name <name>', t.resumeName).conflicts(['resume']))
    .option('--ids', t.ids)
    .addOption(journalOption(words.program))
    .option('--decimal-comma', t.decimalComma)
    .addHelpText('after', t.examples)
    .action(async (options: ScoreOptions, command) => {
      const { runScore } = await import('./run.js');
      context.recordExitCode(await runScore(context.io(command), { ...options, message: options.message !== false, ...(messageFile === undefined ? {} : { messageFile }) }));
    });
};
