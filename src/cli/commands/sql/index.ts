import { Option } from 'commander';
import { collect, criteriaOption, type Define } from '../../program.js';
import type { SqlFlags } from './types.js';

export const defineSql: Define = (program, context) => {
  program
    .command('sql')
    .description('print one SQL statement that scores every row of a table or CSV inside DuckDB or PostgreSQL, as batch does')
    .addOption(criteriaOption())
    .addOption(new Option('--dialect <name>', 'the SQL engine').choices(['duckdb', 'postgres']).default('duckdb'))
    .option('--from <file>', 'score this CSV file (DuckDB reads it with read_csv, every column as text)')
    .option('--table <name>', 'score this table or view')
    .option('--view <name>', 'wrap the query in CREATE OR REPLACE VIEW name')
    .addOption(new Option('--map <id=Column>', 'read a criterion from this column (repeatable)').argParser(collect))
    .option('--columns <names>', "the table's columns, comma-separated, to find each criterion's column as batch does (default with --table: each criterion's first column name)")
    .option('--encoding <name>', '--from: the CSV encoding (DuckDB reads UTF-8)')
    .option('--delimiter <char>', '--from: field delimiter (default: the sep= line, else detected)')
    .option('--decimal-comma', 'read 1 200,50 as 1200.5 (on by default with ; delimiters in --from)')
    .option('--allow-missing', 'score criteria with no column as unknown instead of stopping')
    .action(async (options: SqlFlags, self) => {
      const { runSql } = await import('./run.js');
      context.exit(await runSql(context.io(self), options));
    });
};
