/** English: the source of the `input` section (see ../catalog.ts): reading input files. */
export const input = {
  undefinedByte: 'byte {byte} is not a {encoding} character (the code page leaves it undefined). Check --encoding.',
  utf16Half: 'bytes that are not valid {name} ({bytes}): half a character at the end of the input. The file is damaged or cut off.',
  utf16Surrogate: 'bytes that are not valid {name} ({bytes}): half of a surrogate pair. The file is damaged or cut off.',
  utf8: 'bytes that are not valid UTF-8 ({bytes}). The file is probably in a legacy code page: try --encoding windows-1251 (Cyrillic), windows-1253 (Greek), windows-1250 (Central European) or windows-1252 (Western European).',
  builtinDefault: '{label}, the built-in default',
} as const;
