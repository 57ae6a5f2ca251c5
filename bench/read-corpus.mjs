#!/usr/bin/env node
/**
 * The message reader against its labelled corpus (test/read/corpus): precision (pre-filled
 * answers that are right) and recall (labelled answers found), per language and per criterion,
 * for the held-out split (written before any rule, never tuned on) and the tuning split.
 * A pre-filled answer the label does not have counts as wrong. Red flags count as one
 * criterion: found or not, against the label. Runs the built CLI: `npm run build` first.
 *
 *   node bench/read-corpus.mjs [--verbose]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TEMPLATES = { en: 'freelancer.yaml', ru: 'freelancer-ru.yaml', bg: 'freelancer-bg.yaml', el: 'freelancer-el.yaml', bs: 'freelancer-bs.yaml' };
const LANGS = Object.keys(TEMPLATES);
const verbose = process.argv.includes('--verbose');

function read(file, lang) {
  const out = execFileSync(process.execPath, [join(ROOT, 'bin', 'clientfit.js'), 'read', file, '-c', join(ROOT, 'criteria', TEMPLATES[lang]), '--format', 'json'], {
    encoding: 'utf8',
    env: { ...process.env, CLIENTFIT_LANG: 'en', NO_COLOR: '1' },
  });
  return JSON.parse(out);
}

const tally = () => ({ predicted: 0, right: 0, labelled: 0, found: 0 });
const pct = (a, b) => (b === 0 ? '   -  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);

function bench(split) {
  const dir = join(ROOT, 'test', 'read', 'corpus', split);
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8'));
  const byLang = Object.fromEntries(LANGS.map((lang) => [lang, tally()]));
  const byCriterion = {};
  const names = { labelled: 0, right: 0, wrong: 0 };
  const wrong = [];
  for (const file of readdirSync(dir)
    .filter((name) => name !== 'labels.json')
    .sort()) {
    const label = labels[file];
    if (label === undefined) throw new Error(`${split}/${file} has no label`);
    const got = read(join(dir, file), label.lang);
    const predicted = Object.fromEntries(
      Object.entries(got.answers)
        .filter(([id]) => id !== 'notes')
        .map(([id, answer]) => [id, answer.value]),
    );
    predicted.red_flags = got.red_flags.length > 0 ? 'yes' : undefined;
    const expected = { ...label.answers, red_flags: label.red_flag ? 'yes' : undefined };
    for (const id of new Set([...Object.keys(predicted), ...Object.keys(expected)])) {
      const p = predicted[id];
      const e = expected[id];
      const counts = [byLang[label.lang], (byCriterion[id] ??= tally())];
      for (const count of counts) {
        if (p !== undefined) count.predicted++;
        if (e !== undefined) count.labelled++;
        if (p !== undefined && p === e) {
          count.right++;
          count.found++;
        }
      }
      if (p !== undefined && p !== e)
        wrong.push(`${split}/${file}: ${id} = ${JSON.stringify(p)} (label: ${JSON.stringify(e ?? null)}; ${JSON.stringify(got.answers[id]?.evidence ?? got.red_flags[0]?.evidence)})`);
      if (verbose && e !== undefined && p === undefined) console.log(`  missed ${split}/${file}: ${id} = ${JSON.stringify(e)}`);
    }
    if (label.name !== undefined) {
      names.labelled++;
      if (got.name === label.name) names.right++;
      else if (got.name !== undefined) {
        names.wrong++;
        wrong.push(`${split}/${file}: name ${JSON.stringify(got.name)} (label: ${JSON.stringify(label.name)})`);
      }
    }
  }
  const row = (key, count) =>
    `  ${key.padEnd(16)} precision ${pct(count.right, count.predicted)} (${count.right}/${count.predicted})   recall ${pct(count.found, count.labelled)} (${count.found}/${count.labelled})`;
  const total = Object.values(byLang).reduce(
    (sum, count) => ({ predicted: sum.predicted + count.predicted, right: sum.right + count.right, labelled: sum.labelled + count.labelled, found: sum.found + count.found }),
    tally(),
  );
  console.log(`\n${split} (${Object.keys(labels).length} messages)`);
  for (const lang of LANGS) console.log(row(lang, byLang[lang]));
  for (const [id, count] of Object.entries(byCriterion).sort()) console.log(row(id, count));
  console.log(row('all', total));
  console.log(`  names            right ${names.right}/${names.labelled}, wrong ${names.wrong}`);
  for (const line of wrong) console.log(`  WRONG ${line}`);
  return { total, wrong: wrong.length };
}

const held = bench('heldout');
const tuning = bench('tuning');
process.exitCode = held.wrong + tuning.wrong > 0 ? 1 : 0;
