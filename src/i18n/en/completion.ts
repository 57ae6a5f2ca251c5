/** English: the source of the `completion` section (see ../catalog.ts). */
export const completion = {} as const;
