/** English: the source of the `completion` section (see ../catalog.ts): the descriptions beside completion candidates. */
export const completion = {
  dontKnowYet: "don't know yet",
  decision: '{verdict}, score {score}',
} as const;
