/** English: the source of the `check` section (see ../catalog.ts). */
export const check = {} as const;
