import { Option } from 'commander';
import { words } from '../../../i18n/index.js';
import { collect, criteriaOption, failOnOption, type Define } from '../../program.js';

export type BatchFormat = 'csv' | 'jsonl' | 'json' | 'table';

export interface LeadFlags {
  readonly criteria?: string;
  readonly encoding?: string;
  readonly delimiter?: string;
  readonly decimalComma?: boolean;
  readonly map?: string[];
  readonly allowMissing?: boolean;
  readonly sheet?: string;
}

export interface BatchOptions extends LeadFlags {
  readonly output?: string;
  readonly format?: BatchFormat;
  readonly only?: string;
  readonly failOn?: 'review' | 'reject';
  readonly strict?: boolean;
  readonly escapeFormulas: boolean;
  readonly outputEncoding?: string;
  readonly quiet?: boolean;
  readonly nameColumn?: string;
}

/** The input options `batch` and `calibrate` share: they read leads exactly alike. */
export function leadOptions(): Option[] {
  const t = words().program.leads;
  return [
    criteriaOption(),
    new Option('--encoding <name>', t.encoding),
    new Option('--delimiter <char>', t.delimiter),
    new Option('--decimal-comma', t.decimalComma),
    new Option('--map <id=Header>', t.map).argParser(collect),
    new Option('--allow-missing', t.allowMissing),
    new Option('--sheet <name|n>', t.sheet),
  ];
}

export const defineBatch: Define = (program, context) => {
  const t = words().program.batch;
  const command = program
    .command('batch')
    .description(t.description)
    .argument('[file]', t.file);
  for (const option of leadOptions()) command.addOption(option);
  command
    .option('-o, --output <file>', t.output)
    .addOption(new Option('--format <format>', t.format).choices(['csv', 'jsonl', 'json', 'table']))
    .option('--output-encoding <name>', t.outputEncoding)
    .option('--only <verdicts>', t.only)
    .addOption(failOnOption())
    .option('--strict', t.strict)
    .option('--no-escape-formulas', t.noEscapeFormulas)
    .option('--name-column <header>', t.nameColumn)
    .option('-q, --quiet', t.quiet)
    .addHelpText('after', t.examples)
    .action(async (file: string | undefined, options: BatchOptions, self) => {
      const { runBatch } = await import('./run.js');
      context.exit(await runBatch(context.io(self), file, options));
    });
};
