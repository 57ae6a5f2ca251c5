import { translation } from '../catalog.js';
import { input as english } from '../en/input.js';

export const input = translation('bg', english, {
  undefinedByte: 'байт {byte} не е знак от {encoding} (кодовата таблица не го определя). Проверете --encoding.',
  utf16Half: 'байтове, които не са валиден {name} ({bytes}): половин знак в края на файла. Файлът е повреден или отрязан.',
  utf16Surrogate: 'байтове, които не са валиден {name} ({bytes}): половин сурогатна двойка. Файлът е повреден или отрязан.',
  utf8: 'байтове, които не са валиден UTF-8 ({bytes}). Файлът вероятно е в стара кодова таблица: опитайте --encoding windows-1251 (кирилица), windows-1253 (гръцки), windows-1250 (Централна Европа) или windows-1252 (Западна Европа).',
  builtinDefault: '{label}, вграденият списък',
});
