/** English: the source of the `problems` section (see ../catalog.ts). */
export const problems = {} as const;
