/**
 * English: the source of the `form` section (see ../catalog.ts): the intake form's own words
 * (`page`, in the prospect's language: --form-lang), what `clientfit form` says, and what
 * `score --reply` says about a reply.
 */
export const form = {
  /** the page the prospect opens: plain and friendly, never clientfit's own terms */
  page: {
    title: 'A few questions about your project',
    from: 'From {from}',
    for: 'For {to}',
    yourName: 'Your name',
    yes: 'Yes',
    no: 'No',
    discuss: "I'd rather discuss this",
    /** under a number field; the example in this language's way of writing numbers */
    numberHint: 'A number, for example {example}',
    numberExample: '40 or 1,200.50',
    notANumber: "This doesn't read as a number. Write it like {example}.",
    send: 'Send by email',
    sentHeading: 'Your answers',
    sentHelp: 'Your mail app should open with the answers ready to send to {to}. If it does not, copy the text below into an email, or download it and attach it.',
    sentHelpNoAddress: 'Your mail app should open with the answers ready to send. If it does not, copy the text below into an email, or download it and attach it.',
    tooLong: 'Your answers are too long to hand to a mail app in one go: copy the text below into an email, or download it and attach it.',
    textLabel: 'The text to send',
    copy: 'Copy',
    copied: 'Copied.',
    copyFailed: 'Copying did not work here: the text is selected, so press Ctrl+C (⌘C on a Mac).',
    download: 'Download as a file',
    fileName: 'answers.txt',
    subject: 'Answers to your questions',
    subjectFrom: 'Answers from {name}',
    /** the readable part of the reply, above the block */
    replyHeading: 'My answers:',
    noAnswer: '(no answer)',
    keepBlock: 'Please leave the block below as it is: it lets my answers be read exactly as I gave them.',
    /** shown only with scripts off, where the page cannot check or hide anything */
    noScript: 'Answer the questions that apply to you, then press Send by email.',
  },
  /** `clientfit form` */
  wrote: { one: 'Wrote {file}: {count} question in {lang}.', other: 'Wrote {file}: {count} questions in {lang}.' },
  sendIt: 'Attach it to an email to the prospect; when they reply, score the reply with `clientfit score --reply FILE` (or paste it: --reply -).',
  noQuestions: 'no question in {file} is for the prospect: give the questions they can answer an ask: with their wording (see the README, "Asking the prospect")',
  nothingOpen: 'nothing is left to ask {who}: every question on the form is answered in decision {id}',
  badEmail: '--email {address}: not an email address: write it as name@example.com',
  notHtmlOnTerminal: 'the form is an HTML file: write it with -o FILE (or pipe it elsewhere)',
  /** `score --reply` */
  reply: {
    notFound: '{file}: no clientfit form reply here (no block between -----BEGIN CLIENTFIT REPLY----- and -----END CLIENTFIT REPLY-----, and no lines from the form)',
    damaged: '{place}: the reply block was changed after the form wrote it (its checksum does not match). Ask the prospect to send the form again, or copy the block exactly as it came.',
    version: '{file}: the reply block is of format {version}, which this clientfit does not read: update clientfit.',
    several: '{file}: more than one different form reply (their blocks begin on lines {lines}{within}): save the one to score on its own.',
    cutOff: '{place}: the reply block starts here and never ends (no -----END CLIENTFIT REPLY----- line after it): the email was cut off on the way or in copying. Ask the prospect to send it again.',
    malformed: '{file}: the reply block is not one clientfit wrote: {detail}.',
    detail: { json: 'it does not decode to answers', shape: 'its fields are not the ones the form writes', 'too-long': 'an answer is longer than any form allows' },
    control: '{file}: the answer to "{id}" holds control characters (terminal escape sequences): refused.',
    controlName: "{file}: the prospect's name holds control characters (terminal escape sequences): refused.",
    unknownId: '{file}: the reply answers "{id}", which is not a question of {criteria}{suggestion}.',
    notAnOption: '{file}: the answer to "{id}" is "{value}", which is not one of its options ({options}).',
    unreadable: '{file}: the answer to "{id}" cannot be read: {problem}.',
    unchecked: "The reply came as the form's plain lines (the prospect's mail app ran no scripts): read without a checksum.",
    otherList: 'The form was made from another list of questions: reading the answers to the questions that still exist.',
    otherListNone: '{file}: the reply was made from another list of questions: it answers none of the questions of {criteria}. Score it with the criteria file the form was made from (-c FILE).',
    leftOut: '{place}: left out what follows the form\'s lines (the mail app\'s own text, most often a signature): "{text}".',
    leftOutText:
      '{place}: the answer to "{id}" is read up to the blank line above; what follows is left out as the mail app\'s own text (most often a signature): "{text}". If it belongs to the answer, give the whole answer with --set {id}="…".',
    dropped: 'Left out (no longer a question, or no longer one of its options): {ids}.',
    read: { one: 'Read {count} answer from {file}{who}.', other: 'Read {count} answers from {file}{who}.' },
    who: ' ({name})',
    withAnswers: '--reply and --answers - both read standard input: give one of them a file',
    /** where in the reply: a plain text's line, or a line of an email's text or attachment */
    at: '{file}:{line}',
    atIn: '{file}, line {line}{within}',
    within: { body: " of the email's text", attachment: ' of the attachment "{name}"' },
  },
  /** commander's help for `clientfit form` and `score --reply` */
  program: {
    description: 'write an intake form for the prospect: one HTML file they fill in offline and send back by email',
    formLang: "the prospect's language on the form: en, ru, bg, el or bs (default: the criteria file's form.lang, else the interface language)",
    to: "the prospect's name, filled in on the form",
    from: 'your name, shown on the form',
    email: 'your email address: where the form sends the answers',
    resume: "a follow-up form: only the questions still open in the prospect's latest decision",
    output: 'write the form here (default: stdout when it is not a terminal)',
    reply: "score the prospect's form reply: an email (.eml), pasted or forwarded text, or the downloaded file (- reads stdin)",
    examples: `
Examples:
  clientfit form --to "Acme Ltd" --from "Ana" --email ana@example.com -o acme-form.html
  clientfit form --resume "Acme Ltd" -o acme-follow-up.html
  clientfit score --reply reply.eml --save`,
  },
} as const;
