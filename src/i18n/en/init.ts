/** English: the source of the `init` section (see ../catalog.ts). */
export const init = {} as const;
