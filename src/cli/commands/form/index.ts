import { Option } from 'commander';
import { LANGUAGES } from '../../../i18n/languages.js';
import { words } from '../../../i18n/index.js';
import { criteriaOption, type Define, journalOption } from '../../define.js';
import type { FormOptions } from './types.js';

export const defineForm: Define = (program, context) => {
  const t = words().form.program;
  program
    .command('form')
    .description(t.description)
    .addOption(criteriaOption())
    .addOption(new Option('--form-lang <code>', t.formLang).choices(LANGUAGES))
    .option('--to <name>', t.to)
    .option('--from <name>', t.from)
    .option('--email <address>', t.email)
    .option('--resume <name|id>', t.resume)
    .addOption(journalOption())
    .option('-o, --output <file>', t.output)
    .addHelpText('after', t.examples)
    .action(async (options: FormOptions, command) => {
      const { runForm } = await import('./run.js');
      context.recordExitCode(await runForm(context.io(command), options));
    });
};
