import { Option } from 'commander';
import { collect, criteriaOption, failOnOption, type Define } from '../../program.js';

export type BatchFormat = 'csv' | 'jsonl' | 'json' | 'table';

export interface LeadFlags {
  readonly criteria?: string;
  readonly encoding?: string;
  readonly delimiter?: string;
  readonly decimalComma?: boolean;
  readonly map?: string[];
  readonly allowMissing?: boolean;
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
}

/** The input options `batch` and `calibrate` share: they read leads exactly alike. */
export function leadOptions(): Option[] {
  return [
    criteriaOption(),
    new Option('--encoding <name>', 'input encoding, e.g. windows-1251, windows-1253, windows-1250, latin1 (default: UTF-8, or UTF-16 by its BOM)'),
    new Option('--delimiter <char>', 'field delimiter: , ; | or tab (default: the sep= line, else detected)'),
    new Option('--decimal-comma', 'read 1 200,50 as 1200.5 (on by default with ; delimiters)'),
    new Option('--map <id=Header>', 'read a criterion from this column (repeatable)').argParser(collect),
    new Option('--allow-missing', 'score criteria with no column as unknown instead of stopping'),
  ];
}

export const defineBatch: Define = (program, context) => {
  const command = program
    .command('batch')
    .description('score a CSV of leads: every input column plus score, verdict, failed and unknown criteria')
    .argument('[file]', 'lead CSV; - or none with piped input reads stdin');
  for (const option of leadOptions()) command.addOption(option);
  command
    .option('-o, --output <file>', 'write here (atomically: all or nothing) instead of stdout')
    .addOption(new Option('--format <format>', 'csv, jsonl, json or table (default: table on a terminal, else csv; or from the -o extension)').choices(['csv', 'jsonl', 'json', 'table']))
    .option('--output-encoding <name>', 'CSV output encoding: utf-8, utf-8-bom, utf-16le, windows-1251 ... (default: the input\'s)')
    .option('--only <verdicts>', 'keep only rows with these verdicts, e.g. accept,review')
    .addOption(failOnOption())
    .option('--strict', 'exit 1 after the run if any cell was invalid or any row ragged')
    .option('--no-escape-formulas', "do not prefix ' to cells that start like a spreadsheet formula")
    .option('-q, --quiet', 'no summary or warnings on stderr, only errors')
    .addHelpText(
      'after',
      `
Examples:
  clientfit batch leads.csv                       a table on a terminal, CSV into a pipe
  clientfit batch leads.csv -o scored.csv --only accept,review
  clientfit batch crm.csv --map pays_upfront="Deposit?" --fail-on reject`,
    )
    .action(async (file: string | undefined, options: BatchOptions, self) => {
      const { runBatch } = await import('./run.js');
      context.exit(await runBatch(context.io(self), file, options));
    });
};
