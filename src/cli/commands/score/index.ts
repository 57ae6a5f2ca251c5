import { Option } from 'commander';
import { collect, criteriaOption, failOnOption, journalOption, type Define } from '../../program.js';
import type { ScoreOptions } from './types.js';

export const defineScore: Define = (program, context) => {
  program
    .command('score', { isDefault: true })
    .description('vet a prospect (the default: `clientfit` alone runs this): answer the criteria, asked one by one on a terminal, and get a verdict, what to ask next and a message draft')
    .addOption(criteriaOption())
    .option('--answers <file>', 'answers as a YAML or JSON mapping of criterion id to value (- reads stdin)')
    .option('--set <id=value>', 'one answer; repeatable, wins over --answers', collect)
    .option('--name <name>', "the prospect's name")
    .option('--no-input', 'never ask: missing answers count as unknown')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(failOnOption())
    .option('--no-message', 'leave out the message draft')
    .option('--save', 'append the decision to the journal (on a terminal you are asked after the interview)')
    .option('--no-save', 'do not save, and do not ask')
    .option('--resume <name|id>', "follow up on a prospect's latest decision: ask only what is still unknown, show before and after")
    .option('--ids', 'criterion ids instead of questions in the result table (automatic when questions would be cut short)')
    .addOption(journalOption())
    .option('--decimal-comma', 'read "1.200,50" as 1200.5')
    .addHelpText(
      'after',
      `
Examples:
  clientfit                                    ask about a prospect, one question at a time
  clientfit score --resume "Acme Ltd" --save   follow up: ask only what is still unknown
  clientfit score --set pays_upfront=yes --set revisions=3 --no-input --fail-on reject`,
    )
    .action(async (options: ScoreOptions, command) => {
      const { runScore } = await import('./run.js');
      context.exit(await runScore(context.io(command), options));
    });
};
