/** `clientfit init`: copy a shipped template, comments and all, to where clientfit will find it. */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCriteria } from '../../../core/load.js';
import { didYouMean } from '../../../core/suggest.js';
import { DataError, ExitCode, UserError } from '../../../errors.js';
import { renderTable } from '../../../render/table.js';
import { writeFileAtomic } from '../../atomic.js';
import { DEFAULT_FILE, DEFAULT_TEMPLATE, displayPath, templatePath } from '../../criteria-file.js';
import { describeFsError, errorCode } from '../../fs-errors.js';
import type { IO } from '../../io.js';
import { configDir, TEMPLATES_DIR } from '../../paths.js';
import type { InitOptions } from './types.js';

interface Template {
  readonly name: string;
  readonly title: string;
  readonly criteria: number;
  readonly musts: number;
}

export function listTemplates(): Template[] {
  const folder = fileURLToPath(TEMPLATES_DIR);
  return readdirSync(folder)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => {
      const name = file.slice(0, -'.yaml'.length);
      const loaded = loadCriteria(readFileSync(join(folder, file), 'utf8'));
      if (!loaded.ok) return { name, title: '(invalid template)', criteria: 0, musts: 0 };
      const list = loaded.criteria.criteria;
      return { name, title: loaded.criteria.name ?? name, criteria: list.length, musts: list.filter((criterion) => criterion.must).length };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function runInit(io: IO, file: string, options: InitOptions, fileIsDefault: boolean): number {
  const templates = listTemplates();
  if (options.list) {
    const rows = templates.map((template) => [
      template.name,
      template.name === DEFAULT_TEMPLATE ? `${template.title} (default)` : template.title,
      `${template.criteria} criteria, ${template.musts} must-have${template.musts === 1 ? '' : 's'}`,
    ]);
    io.stdout.write(`${renderTable([{ header: 'template' }, { header: 'name', shrink: true }, { header: 'size' }], rows, io.tableWidth).join('\n')}\n`);
    return ExitCode.ok;
  }
  if (!templates.some((template) => template.name === options.template)) {
    throw new UserError(`unknown template "${options.template}"${didYouMean(options.template, templates.map((template) => template.name))}`, {
      details: [`Templates: ${templates.map((template) => template.name).join(', ')} (clientfit init --list).`],
    });
  }
  if (options.global && !fileIsDefault) {
    throw new UserError('give either a FILE or --global, not both');
  }
  const target = options.global ? join(configDir(io), DEFAULT_FILE) : resolve(io.cwd, file);
  const shown = displayPath(io, target);
  if (existsSync(target) && !options.force) {
    throw new UserError(`${shown} already exists: not overwriting it`, {
      exitCode: ExitCode.usage,
      details: [options.global ? 'Pass --force to replace it.' : 'Pass --force to replace it, or give another FILE.'],
    });
  }
  try {
    mkdirSync(dirname(target), { recursive: true });
  } catch (error) {
    const notAFolder = errorCode(error) === 'EEXIST' || errorCode(error) === 'ENOTDIR';
    throw new DataError(`cannot write ${shown}: ${notAFolder ? `${displayPath(io, dirname(target))} is not a folder` : describeFsError(error)}`);
  }
  writeFileAtomic(target, readFileSync(templatePath(options.template)), shown);
  const template = templates.find((candidate) => candidate.name === options.template)!;
  const check = options.global ? 'clientfit check' : file === DEFAULT_FILE ? 'clientfit check' : `clientfit check ${shown}`;
  io.stderr.write(
    `Wrote ${shown} from the ${template.name} template (${template.criteria} criteria, ${template.musts} must-haves).\n` +
      `Edit it into your own short list of minimum requirements, then run \`${check}\`.\n`,
  );
  return ExitCode.ok;
}
