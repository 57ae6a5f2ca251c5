import { Option } from 'commander';
import { LANGUAGES } from '../../../i18n/languages.js';
import { criteriaOption, type Define, journalOption } from '../../define.js';
import type { FormOptions } from './types.js';

export const defineForm: Define = (program, context) => {
  const { words } = context.voice;
  const t = words.form.program;
  program
    .command('form')
    .description(t.description)
    .addOption(criteriaOption(words.program))
    .addOption(new Option('--form-lang <code>', t.formLang).choices(LANGUAGES))
    .option('--to <name>', t.to)
    .option('--from <name>', t.from)
    .option('--email <address>', t.email)
    .option('--resume <name|id>', t.resume)
    .addOption(journalOption(words.program))
    .option('-o, --output <file>', t.output)
    .addHelpText('after', t.examples)
    .action(async (options: FormOptions, command) => {
      const { runForm } = await import('./run.js');
      context.recordExitCode(await runForm(context.io(command), options));
    });
};
