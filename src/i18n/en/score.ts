/** English: the source of the `score` section (see ../catalog.ts). */
export const score = {} as const;
