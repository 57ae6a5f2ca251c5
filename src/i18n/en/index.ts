/** The English catalog: the source every translation is checked against. */
import { common } from './common.js';
import { program } from './program.js';
import { score } from './score.js';
import { result } from './result.js';
import { init } from './init.js';
import { history } from './history.js';
import { outcome } from './outcome.js';
import { batch } from './batch.js';
import { calibrate } from './calibrate.js';
import { compare } from './compare.js';
import { check } from './check.js';
import { sql } from './sql.js';
import { completion } from './completion.js';
import { problems } from './problems.js';
import { input } from './input.js';
import { read } from './read.js';
import { form } from './form.js';

export const en = { common, program, score, result, init, history, outcome, batch, calibrate, compare, check, sql, completion, problems, input, form, read } as const;
export type English = typeof en;
