/** `clientfit init`: copy a shipped template, comments and all, to where clientfit will find it. */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCriteria } from '../../../core/load.js';
import { didYouMean } from '../../suggest.js';
import { DataError, ExitCode, UserError } from '../../../errors.js';
import { renderTable } from '../../../render/table.js';
import type { AllWords, Voice } from '../../../i18n/index.js';
import { writeFileAtomic } from '../../atomic.js';
import { DEFAULT_FILE, DEFAULT_TEMPLATE, displayPath, templatePath } from '../../criteria-file.js';
import { describeFsError, errorCode } from '../../fs-errors.js';
import { fittedTerminal, type IO } from '../../io.js';
import { configDir, TEMPLATES_DIR } from '../../paths.js';
import type { InitOptions } from './types.js';

export interface Template {
  readonly name: string;
  readonly title: string;
  readonly criteria: number;
  readonly musts: number;
}

export function listTemplates(t: AllWords['init']): Template[] {
  const folder = fileURLToPath(TEMPLATES_DIR);
  return readdirSync(folder)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => {
      const name = file.slice(0, -'.yaml'.length);
      const loaded = loadCriteria(readFileSync(join(folder, file), 'utf8'));
      if (!loaded.ok) return { name, title: t.invalid, criteria: 0, musts: 0 };
      const list = loaded.criteria.criteria;
      return { name, title: loaded.criteria.name ?? name, criteria: list.length, musts: list.filter((criterion) => criterion.must).length };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The template `init` writes: the one named with --template, else the default template in the
 * interface language when there is one (`freelancer-ru` in Russian), else the default.
 * `templateGiven` says whether --template was on the command line; without it, naming the
 * default template counts as not naming one.
 */
export function chosenTemplate(voice: Voice, templates: readonly Template[], options: InitOptions, templateGiven: boolean | undefined): { name: string; byLanguage: boolean } {
  const given = templateGiven ?? options.template !== DEFAULT_TEMPLATE;
  const lang = voice.lang;
  if (given || lang === 'en') return { name: options.template, byLanguage: false };
  const local = `${DEFAULT_TEMPLATE}-${lang}`;
  return templates.some((template) => template.name === local) ? { name: local, byLanguage: true } : { name: options.template, byLanguage: false };
}

export function runInit(io: IO, file: string, options: InitOptions, fileIsDefault: boolean, templateGiven?: boolean): number {
  const t = io.voice.words.init;
  const templates = listTemplates(io.voice.words.init);
  if (options.list) {
    const local = chosenTemplate(io.voice, templates, { ...options, template: DEFAULT_TEMPLATE }, false).name;
    const rows = templates.map((template) => [
      template.name,
      template.name === local ? t.default({ title: template.title }) : template.title,
      t.size({ criteria: template.criteria, count: template.musts }),
    ]);
    fittedTerminal(io.stdout, io.env).write(`${renderTable([{ header: t.table.template }, { header: t.table.name, shrink: true }, { header: t.table.size }], rows, io.tableWidth).join('\n')}\n`);
    return ExitCode.ok;
  }
  const choice = chosenTemplate(io.voice, templates, options, templateGiven);
  if (!templates.some((template) => template.name === choice.name)) {
    throw new UserError(
      t.unknown({
        name: choice.name,
        suggestion: didYouMean(
          io.voice.words.common,
          choice.name,
          templates.map((template) => template.name),
        ),
      }),
      {
        details: [t.templates({ names: templates.map((template) => template.name).join(', ') })],
      },
    );
  }
  if (options.global && !fileIsDefault) {
    throw new UserError(t.fileOrGlobal);
  }
  const target = options.global ? join(configDir(io), DEFAULT_FILE) : resolve(io.cwd, file);
  const shown = displayPath(io, target);
  if (existsSync(target) && !options.force) {
    throw new UserError(t.exists({ path: shown }), {
      exitCode: ExitCode.usage,
      details: [options.global ? t.forceGlobal : t.force],
    });
  }
  try {
    mkdirSync(dirname(target), { recursive: true });
  } catch (error) {
    const notAFolder = errorCode(error) === 'EEXIST' || errorCode(error) === 'ENOTDIR';
    throw new DataError(t.cannotWrite({ path: shown, reason: notAFolder ? t.notAFolder({ path: displayPath(io, dirname(target)) }) : describeFsError(io.voice.words.common, error) }));
  }
  writeFileAtomic(io.voice.words.common, target, readFileSync(templatePath(choice.name)), shown);
  const template = templates.find((candidate) => candidate.name === choice.name)!;
  const check = options.global ? 'clientfit check' : file === DEFAULT_FILE ? 'clientfit check' : `clientfit check ${shown}`;
  io.stderr.write(
    `${t.wrote({ path: shown, template: template.name, criteria: template.criteria, musts: template.musts })}\n` +
      (choice.byLanguage ? `${t.languageTemplate({ template: template.name })}\n` : '') +
      `${t.next({ check })}\n`,
  );
  return ExitCode.ok;
}
