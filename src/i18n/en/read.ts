/** English: the source of the `read` section (see ../catalog.ts): src/cli/commands/read/run.ts. */
export const read = {
  clipped: "{file}: only the first {limit} of the prospect's own words were read (a first message is far shorter).",
  quote: '"{text}"',
  and: ' and ',
  name: 'Name: {name}',
  language: 'Language: {language}',
  noAnswers: 'The message states no answer plainly.',
  redFlags: 'Red flags',
  redFlag: '{words} (red flag "{phrase}", {id})',
  leftOpen: 'Left open',
  disagree: '{question} — the message says two things: {evidence}',
  asked: '{question} — asked, not stated: {evidence}',
  hedged: '{question} — not stated for sure: {evidence}',
  elsewhere: '{question} — said of another time or another deal, not this one: {evidence}',
  next: 'Next: {command}',
  fromMessage: 'From the message: {evidence}',
} as const;
