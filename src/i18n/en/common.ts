/** English: the source of the `common` section (see ../catalog.ts). */
export const common = {
  unknownLanguage: '--lang {given}: not a language clientfit speaks (supported: {supported})',
  didYouMean: ' (did you mean "{word}"?)',
} as const;
