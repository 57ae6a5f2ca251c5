import { translation } from '../catalog.js';
import { init as english } from '../en/init.js';

export const init = translation('bg', english, {
  table: { template: 'шаблон', name: 'име', size: 'размер' },
  invalid: '(шаблон с грешки)',
  default: '{title} (по подразбиране)',
  size: { one: 'критерии: {criteria}, задължителни: {count}', other: 'критерии: {criteria}, задължителни: {count}' },
  unknown: 'няма шаблон „{name}“{suggestion}',
  templates: 'Шаблони: {names} (clientfit init --list).',
  fileOrGlobal: 'посочете или ФАЙЛ, или --global, не и двете',
  exists: '{path} вече съществува: няма да го презапиша',
  forceGlobal: 'Добавете --force, за да го замените.',
  force: 'Добавете --force, за да го замените, или посочете друг ФАЙЛ.',
  notAFolder: '{path} не е папка',
  cannotWrite: '{path} не може да се запише: {reason}',
  wrote: 'Записах {path} по шаблона {template} (критерии: {criteria}, задължителни: {musts}).',
  next: 'Превърнете го в свой кратък списък с минимални изисквания, после пуснете `{check}`.',
  languageTemplate: 'Шаблонът {template} е на български; английският се записва с `clientfit --lang en init`.',
});
