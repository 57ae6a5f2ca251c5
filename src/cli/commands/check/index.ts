import { Option } from 'commander';
import { criteriaOption, type Define } from '../../program.js';
import type { CheckOptions } from './types.js';

export const defineCheck: Define = (program, context) => {
  program
    .command('check')
    .description('validate a criteria file, summarise it and lint its calibration (too picky, accepts everyone, unreachable)')
    .argument('[file]', 'criteria file (default: the one clientfit would use)')
    .addOption(criteriaOption())
    .option('--strict', 'exit 1 when there are warnings')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText(
      'after',
      `
Examples:
  clientfit check                                 the file clientfit would use
  clientfit check my-criteria.yaml --strict       exit 1 on warnings too (for CI)`,
    )
    .action(async (file: string | undefined, options: CheckOptions, command) => {
      const { runCheck } = await import('./run.js');
      context.exit(runCheck(context.io(command), file ?? options.criteria, options));
    });
};
