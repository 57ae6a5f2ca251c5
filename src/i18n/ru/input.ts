import { translation } from '../catalog.js';
import { input as english } from '../en/input.js';

export const input = translation('ru', english, {
  undefinedByte: 'байт {byte} не является символом {encoding} (в этой кодовой странице он не определён). Проверьте --encoding.',
  utf16Half: 'байты, недопустимые в {name} ({bytes}): половина символа в конце файла. Файл повреждён или обрезан.',
  utf16Surrogate: 'байты, недопустимые в {name} ({bytes}): половина суррогатной пары. Файл повреждён или обрезан.',
  utf8: 'байты, недопустимые в UTF-8 ({bytes}). Скорее всего, файл в старой кодировке: попробуйте --encoding windows-1251 (кириллица), windows-1253 (греческий), windows-1250 (Центральная Европа) или windows-1252 (Западная Европа).',
  builtinDefault: '{label}, встроенный список',
});
