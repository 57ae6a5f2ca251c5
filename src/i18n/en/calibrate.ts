/** English: the source of the `calibrate` section (see ../catalog.ts). */
export const calibrate = {} as const;
