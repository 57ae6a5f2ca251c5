/** English: the source of the `init` section (see ../catalog.ts): src/cli/commands/init/run.ts. */
export const init = {
  table: { template: 'template', name: 'name', size: 'size' },
  invalid: '(invalid template)',
  default: '{title} (default)',
  size: { one: '{criteria} criteria, {count} must-have', other: '{criteria} criteria, {count} must-haves' },
  unknown: 'unknown template "{name}"{suggestion}',
  templates: 'Templates: {names} (clientfit init --list).',
  fileOrGlobal: 'give either a FILE or --global, not both',
  exists: '{path} already exists: not overwriting it',
  forceGlobal: 'Pass --force to replace it.',
  force: 'Pass --force to replace it, or give another FILE.',
  notAFolder: '{path} is not a folder',
  cannotWrite: 'cannot write {path}: {reason}',
  wrote: 'Wrote {path} from the {template} template ({criteria} criteria, {musts} must-haves).',
  next: 'Edit it into your own short list of minimum requirements, then run `{check}`.',
  /** said when the interface language chose the template (no --template given) */
  languageTemplate: 'The {template} template is in your language; `clientfit --lang en init` writes the English one.',
} as const;
