/** English: the source of the `history` section (see ../catalog.ts). */
export const history = {} as const;
