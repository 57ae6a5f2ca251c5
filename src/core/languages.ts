/** The languages clientfit speaks: the interface's (--lang) and the intake form's (--form-lang, `form.lang`). */
export const LANGUAGES = ['en', 'ru', 'bg', 'el', 'bs'] as const;
export type Lang = (typeof LANGUAGES)[number];
