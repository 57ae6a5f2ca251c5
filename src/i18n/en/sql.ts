/** English: the source of the `sql` section (see ../catalog.ts). */
export const sql = {} as const;
