import { Option } from 'commander';
import { failOnOption, leadOptions, type Define } from '../../program.js';
import type { BatchOptions } from './types.js';

export const defineBatch: Define = (program, context) => {
  const command = program
    .command('batch')
    .description('score a CSV of leads: every input column plus score, verdict, failed and unknown criteria')
    .argument('[file]', 'lead CSV or .xlsx workbook; - or none with piped input reads stdin');
  for (const option of leadOptions()) command.addOption(option);
  command
    .option('-o, --output <file>', 'write here (atomically: all or nothing) instead of stdout')
    .addOption(new Option('--format <format>', 'csv, jsonl, json or table (default: table on a terminal, else csv; or from the -o extension)').choices(['csv', 'jsonl', 'json', 'table']))
    .option('--output-encoding <name>', 'CSV output encoding: utf-8, utf-8-bom, utf-16le, windows-1251 ... (default: the input\'s)')
    .option('--only <verdicts>', 'keep only rows with these verdicts, e.g. accept,review')
    .addOption(failOnOption())
    .option('--strict', 'exit 1 after the run if any cell was invalid or any row ragged')
    .option('--no-escape-formulas', "do not prefix ' to cells that start like a spreadsheet formula")
    .option('--name-column <header>', 'the column that names each lead in the table (default: a name, full name or company column)')
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
