/** English: the source of the `outcome` section (see ../catalog.ts). */
export const outcome = {} as const;
