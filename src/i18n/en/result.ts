/**
 * English: the source of the `result` section (see ../catalog.ts): a scored prospect as text
 * (src/render/result.ts), follow-ups and threads (src/render/followup.ts), and the built-in
 * message drafts with the way reasons are joined into a sentence (src/core/message.ts takes them).
 */
export const result = {
  /** The verdict banner, and the verdict as a word in prose and tables. */
  banner: { accept: 'ACCEPT', review: 'REVIEW', reject: 'REJECT' },
  verdict: { accept: 'accept', review: 'review', reject: 'reject' },
  marks: { pass: '✓ pass', fail: '✗ fail', unknown: '? unknown', na: '– n/a', invalid: '! invalid' },
  yes: 'yes',
  no: 'no',
  score: {
    complete: 'score {score}',
    /** a must-have's question inside the line above */
    quoted: '"{text}"',
    couldChange: 'score {score}, up to {potential} once the unknowns are answered',
    mustFailed: {
      one: 'score {score}; answering the unknowns cannot change this: the must-have {ids} failed',
      other: 'score {score}; answering the unknowns cannot change this: the must-haves {ids} failed',
    },
    sameVerdict: 'score {score}; answering the unknowns would not change the verdict (at most {potential})',
    capped: {
      one: '; held at review: {count} answer is unknown or unreadable, more than max_unknown ({max}) allows',
      other: '; held at review: {count} answers are unknown or unreadable, more than max_unknown ({max}) allows',
    },
    upTo: 'score {score}, up to {potential}',
  },
  table: { status: 'status', question: 'question', criterion: 'criterion', answer: 'answer', points: 'points', must: 'must' },
  stillToAsk: 'Still to ask:',
  mustHave: ' (must-have)',
  followUpIf: 'if {values}: {question}{must}',
  require: 'If you go ahead, require:',
  draftDecline: 'Message draft (a polite no):',
  draftReview: 'Message draft (a holding reply):',
  draftAccept: 'Message draft (a yes, and how we proceed):',
  /**
   * The built-in drafts when the criteria file has no `messages`: {name}, {reasons} and {terms}
   * are filled by the core (src/core/message.ts), so every language keeps all three.
   */
  drafts: {
    decline: `Hello {name},

Thank you for getting in touch and for explaining your project. I've thought it over, and I won't be taking it on.
{reasons}

If your plans change, you're welcome to contact me again. I wish you every success with it.

Best regards`,
    review: `Hello {name},

Thank you for getting in touch about your project. Before I commit, I'd like us to agree on a few practical points:
{terms}

Could you let me know whether that works for you? Once we've settled these, I'll send a short proposal with the timeline and price.

Best regards`,
    accept: `Hello {name},

Thank you for getting in touch about your project: I'd be glad to take it on. Here is how I suggest we proceed:
{terms}
- I'll send you a short proposal with the timeline, the price and the payment schedule.
- Once you've confirmed it in writing, I'll start work.

I look forward to working with you.

Best regards`,
  },
  /** Reasons in a decline as one sentence: two, or three and more (the last joined differently). */
  reasons: { two: '{first}, and {second}', separator: '; ', last: '{rest}; and {last}' },
  followUp: {
    title: 'Follow-up{who}, decision {id} of {time}',
    of: ' of {name}',
    before: 'before',
    after: 'after',
    changed: 'changed',
    noChange: 'no answer changed',
  },
  thread: {
    decisions: { one: '{name}: {count} decision', other: '{name}: {count} decisions' },
    noName: '(no name)',
    continues: 'continues {id}',
    decision: 'decision',
    answer: 'answer',
    was: 'was {value}',
    /** beside an answer the prospect gave (a form reply, their message) */
    from: 'from {source}',
    outcome: 'outcome',
    nothingNoted: '(nothing noted)',
  },
  outcome: { good: 'good', bad: 'bad' },
} as const;
