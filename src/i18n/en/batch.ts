/** English: the source of the `batch` section (see ../catalog.ts). */
export const batch = {} as const;
