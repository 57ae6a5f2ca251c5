import { Option } from 'commander';
import { failOnOption, leadOptions, type Define } from '../../define.js';
import type { BatchOptions } from './types.js';

export const defineBatch: Define = (program, context) => {
  const { words } = context.voice;
  const t = words.program.batch;
  const command = program.command('batch').description(t.description).argument('[file]', t.file);
  for (const option of leadOptions(words.program)) command.addOption(option);
  command
    .option('-o, --output <file>', t.output)
    .addOption(new Option('--format <format>', t.format).choices(['csv', 'jsonl', 'json', 'table']))
    .option('--output-encoding <name>', t.outputEncoding)
    .option('--only <verdicts>', t.only)
    .addOption(failOnOption(words.program))
    .option('--strict', t.strict)
    .option('--no-escape-formulas', t.noEscapeFormulas)
    .option('--name-column <header>', t.nameColumn)
    .option('-q, --quiet', t.quiet)
    .addHelpText('after', t.examples)
    .action(async (file: string | undefined, options: BatchOptions, self) => {
      const { runBatch } = await import('./run.js');
      context.recordExitCode(await runBatch(context.io(self), file, options));
    });
};
