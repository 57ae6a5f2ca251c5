/** English: the source of the `input` section (see ../catalog.ts): reading input files. */
export const input = {
  undefinedByte: 'byte {byte} is not a {encoding} character (the code page leaves it undefined). Check --encoding.',
  utf16Half: 'bytes that are not valid {name} ({bytes}): half a character at the end of the input. The file is damaged or cut off.',
  utf16Surrogate: 'bytes that are not valid {name} ({bytes}): half of a surrogate pair. The file is damaged or cut off.',
  utf8: 'bytes that are not valid UTF-8 ({bytes}). The file is probably in a legacy code page: try --encoding windows-1251 (Cyrillic), windows-1253 (Greek), windows-1250 (Central European) or windows-1252 (Western European).',
  builtinDefault: '{label}, the built-in default',
  utf8Bom: 'utf-8 with BOM',
  mail: {
    pasteHint: 'Paste the message, then press Ctrl-D on an empty line (Ctrl-Z and Enter on Windows).',
    tooLarge: '{file} is larger than {limit}: that is not a message. Save just the message (or the email) and read that.',
    binary: '{file}:{line}:{col}: binary data (a NUL byte): this is not a message or an email.',
    notUtf8: '{file}:{line}:{col}: not UTF-8 text. If the message is in a legacy code page, name it: --encoding windows-1251 (Cyrillic), windows-1253 (Greek), windows-1250 (Central European).',
    notUtf8Save: '{file}:{line}:{col}: not UTF-8 text. Save it as UTF-8 and try again.',
    badEncoding: '{file}: the bytes are not {encoding} text. Check --encoding.',
    damagedEmail:
      '{file}: this looks like an email, but its MIME structure cannot be read (too deeply nested, oversized headers or a broken part). Save the message again from your mail program, or paste just its text.',
  },
} as const;
