import { translation } from '../catalog.js';
import { init as english } from '../en/init.js';

export const init = translation('ru', english, {
  table: { template: 'шаблон', name: 'название', size: 'размер' },
  invalid: '(шаблон с ошибками)',
  default: '{title} (по умолчанию)',
  size: {
    one: 'критериев: {criteria}, обязательных: {count}',
    few: 'критериев: {criteria}, обязательных: {count}',
    many: 'критериев: {criteria}, обязательных: {count}',
    other: 'критериев: {criteria}, обязательных: {count}',
  },
  unknown: 'нет шаблона «{name}»{suggestion}',
  templates: 'Шаблоны: {names} (clientfit init --list).',
  fileOrGlobal: 'укажите либо ФАЙЛ, либо --global, но не оба сразу',
  exists: '{path} уже существует, перезаписывать не буду',
  forceGlobal: 'Добавьте --force, чтобы заменить его.',
  force: 'Добавьте --force, чтобы заменить его, или укажите другой ФАЙЛ.',
  notAFolder: '{path} — не каталог',
  cannotWrite: 'не удаётся записать {path}: {reason}',
  wrote: 'Создан {path} по шаблону {template} (критериев: {criteria}, обязательных: {musts}).',
  next: 'Сократите его до своего короткого списка минимальных требований, затем запустите `{check}`.',
  languageTemplate: 'Шаблон {template} — на русском; английский запишет `clientfit --lang en init`.',
});
