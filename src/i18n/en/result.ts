/** English: the source of the `result` section (see ../catalog.ts). */
export const result = {} as const;
