/** English: the source of the `program` section (see ../catalog.ts). */
export const program = {} as const;
