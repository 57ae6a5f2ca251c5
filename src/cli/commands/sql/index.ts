import { Option } from 'commander';
import { collect, criteriaOption, type Define } from '../../define.js';
import type { DialectName } from '../../../sql/dialect.js';
import type { SqlFlags } from './types.js';

export const defineSql: Define = (program, context) => {
  const { words } = context.voice;
  const t = words.program.sql;
  program
    .command('sql')
    .description(t.description)
    .addOption(criteriaOption(words.program))
    .addOption(new Option('--dialect <name>', t.dialect).choices(['duckdb', 'postgres', 'mysql', 'clickhouse'] satisfies DialectName[]).default('duckdb'))
    .option('--from <file>', t.from)
    .option('--table <name>', t.table)
    .option('--view <name>', t.view)
    .option('--dbt-ref <model>', t.dbtRef)
    .option('--dbt-source <source.table>', t.dbtSource)
    .addOption(new Option('--map <id=Column>', t.map).argParser(collect))
    .option('--columns <names>', t.columns)
    .option('--encoding <name>', t.encoding)
    .option('--delimiter <char>', t.delimiter)
    .option('--decimal-comma', t.decimalComma)
    .option('--allow-missing', words.program.leads.allowMissing)
    .option('--check-view <file>', t.checkView)
    .action(async (options: SqlFlags, self) => {
      const { runSql } = await import('./run.js');
      context.recordExitCode(await runSql(context.io(self), options));
    });
};
