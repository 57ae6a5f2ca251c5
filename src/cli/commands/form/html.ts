/**
 * The intake form's HTML: one self-contained page (inline style and script, nothing loaded from
 * anywhere, a Content-Security-Policy that allows no request). Plain form semantics: each
 * control is named by its criterion id, each option's value is the option's value, labels are
 * real labels; with scripts off the form posts `id=value` lines to `mailto:` as text/plain.
 */
import { createHash } from 'node:crypto';
import type { DecimalMark } from '../../../core/answers.js';
import type { FormQuestion } from '../../../core/form.js';
import { FIELD } from '../../../core/reply.js';
import type { AllWords, Lang } from '../../../i18n/index.js';
import type { PageData } from '../../../form/data.js';

/** About what mail clients accept in a `mailto:` link. */
export const MAILTO_LIMIT = 2000;

export interface FormPage {
  readonly lang: Lang;
  readonly words: AllWords['form']['page'];
  readonly questions: readonly FormQuestion[];
  readonly fingerprint: string;
  readonly decimal: DecimalMark;
  readonly intro?: string;
  readonly from?: string;
  readonly to?: string;
  readonly email?: string;
  readonly resume?: string;
  /** the page script (src/form/page.ts, bundled at build time) */
  readonly script: string;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (char) => `&#${char.charCodeAt(0)};`);
}

const STYLE = `
:root{color-scheme:light;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;line-height:1.5;color:#1a1a1a;background:#fff}
body{margin:0;padding:1rem}
main{max-width:40rem;margin:0 auto}
h1{font-size:1.5rem;line-height:1.25;margin:0 0 .5rem}
h2{font-size:1.25rem;margin:1.5rem 0 .5rem}
.byline,.help,.hint{color:#4a4a4a;margin:.25rem 0}
.intro{margin:1rem 0 1.5rem;white-space:pre-line}
fieldset,.question{border:1px solid #c8c8c8;border-radius:.5rem;margin:0 0 1rem;padding:.75rem 1rem 1rem}
legend{font-weight:600;padding:0 .25rem}
.question>label:first-child{display:block;font-weight:600}
.choice{display:flex;align-items:center;gap:.5rem;min-height:2.75rem}
.choice input{width:1.25rem;height:1.25rem;margin:0;flex:none}
input[type=text],textarea{box-sizing:border-box;width:100%;font:inherit;padding:.5rem;border:1px solid #6b6b6b;border-radius:.25rem;min-height:2.75rem}
input[aria-invalid=true]{border-color:#b00020;border-width:2px}
.error{color:#b00020;margin:.25rem 0 0;min-height:0}
.error:empty{display:none}
button,.button{display:inline-block;font:inherit;font-weight:600;padding:.625rem 1.25rem;border-radius:.375rem;border:2px solid #1d4ed8;background:#1d4ed8;color:#fff;cursor:pointer;text-decoration:none;min-height:2.75rem;box-sizing:border-box}
.secondary{background:#fff;color:#1d4ed8}
:focus-visible{outline:3px solid #b45309;outline-offset:2px}
textarea#clientfit-text{min-height:12rem;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.875rem}
.actions{display:flex;flex-wrap:wrap;gap:.75rem;margin:.75rem 0}
.noscript{border-left:4px solid #1d4ed8;padding-left:.75rem}
.scripted .noscript{display:none}
[hidden]{display:none!important}
@media print{button,.button,.actions,#clientfit-sent{display:none!important}fieldset,.question{break-inside:avoid}body{padding:0}}
`.trim();

function hash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

function help(question: FormQuestion, words: AllWords['form']['page'], decimal: DecimalMark): string {
  const parts: string[] = [];
  if (question.help !== undefined) parts.push(`<p class="help" id="h-${question.id}">${escapeHtml(question.help)}</p>`);
  if (question.type === 'number') parts.push(`<p class="hint" id="n-${question.id}">${escapeHtml(words.numberHint({ example: exampleFor(words, question, decimal) }))}</p>`);
  return parts.join('');
}

/** The number example in the form's convention (a criterion with its own decimal mark shows a plain one). */
function exampleFor(words: AllWords['form']['page'], question: FormQuestion, decimal: DecimalMark): string {
  return question.decimal === undefined || question.decimal === decimal ? words.numberExample : '40';
}

function describedBy(question: FormQuestion, extra: readonly string[] = []): string {
  const ids = [...(question.help === undefined ? [] : [`h-${question.id}`]), ...extra];
  return ids.length === 0 ? '' : ` aria-describedby="${ids.join(' ')}"`;
}

function radio(id: string, value: string, label: string, index: number): string {
  return `<label class="choice" for="f-${id}-${index}"><input type="radio" id="f-${id}-${index}" name="${id}" value="${escapeHtml(value)}"> <span>${escapeHtml(label)}</span></label>`;
}

function questionHtml(question: FormQuestion, words: AllWords['form']['page'], decimal: DecimalMark): string {
  const id = question.id;
  if (question.type === 'yes-no' || question.type === 'choice') {
    const options =
      question.type === 'yes-no'
        ? [
            { value: 'yes', label: words.yes },
            { value: 'no', label: words.no },
          ]
        : (question.options ?? []);
    const radios = [...options, { value: '?', label: words.discuss }].map((option, index) => radio(id, option.value, option.label, index)).join('\n');
    return `<fieldset id="q-${id}"${describedBy(question)}>\n<legend>${escapeHtml(question.prompt)}</legend>\n${help(question, words, decimal)}\n${radios}\n</fieldset>`;
  }
  const hints = question.type === 'number' ? [`n-${id}`, `e-${id}`] : [];
  const field =
    question.type === 'number'
      ? `<input type="text" inputmode="decimal" autocomplete="off" id="f-${id}" name="${id}"${describedBy(question, hints)}>`
      : `<textarea id="f-${id}" name="${id}" rows="4"${describedBy(question)}></textarea>`;
  const error = question.type === 'number' ? `<p class="error" id="e-${id}" aria-live="polite"></p>` : '';
  return `<div class="question" id="q-${id}">\n<label for="f-${id}">${escapeHtml(question.prompt)}</label>\n${help(question, words, decimal)}\n${field}\n${error}\n<label class="choice" for="d-${id}"><input type="checkbox" id="d-${id}" name="${id}" value="?"> <span>${escapeHtml(words.discuss)}</span></label>\n</div>`;
}

export function renderFormPage(page: FormPage): string {
  const w = page.words;
  const subject = page.to === undefined ? w.subject : w.subjectFrom({ name: page.to });
  const address = page.email ?? '';
  const data: PageData = {
    questions: page.questions,
    decimal: page.decimal,
    fingerprint: page.fingerprint,
    ...(page.resume === undefined ? {} : { resume: page.resume }),
    ...(page.email === undefined ? {} : { email: page.email }),
    mailtoLimit: MAILTO_LIMIT,
    words: {
      yes: w.yes,
      no: w.no,
      discuss: w.discuss,
      notANumber: w.notANumber({ example: w.numberExample }),
      sentHelp: page.email === undefined ? w.sentHelpNoAddress : w.sentHelp({ to: page.email }),
      tooLong: w.tooLong,
      copied: w.copied,
      copyFailed: w.copyFailed,
      subject: w.subject,
      subjectFrom: w.subjectFrom({ name: '{name}' }),
      replyHeading: w.replyHeading,
      noAnswer: w.noAnswer,
      keepBlock: w.keepBlock,
    },
  };
  // JSON in a script element: `<` escaped so no text can close the element.
  const json = JSON.stringify(data).replace(/</gu, '\\u003c');
  const csp = [
    "default-src 'none'",
    `script-src ${hash(page.script)}`,
    `style-src ${hash(STYLE)}`,
    'form-action mailto:',
    "base-uri 'none'",
    "img-src 'none'",
    "connect-src 'none'",
    "frame-src 'none'",
  ].join('; ');
  const hidden = [
    [FIELD.form, '1'],
    [FIELD.questions, page.questions.map((question) => question.id).join(',')],
    [FIELD.fingerprint, page.fingerprint],
    [FIELD.decimal, page.decimal],
    ...(page.resume === undefined ? [] : [[FIELD.resume, page.resume]]),
  ]
    .map(([name, value]) => `<input type="hidden" name="${name}" value="${escapeHtml(value!)}">`)
    .join('\n');
  const byline = [page.from === undefined ? undefined : w.from({ from: page.from }), page.to === undefined ? undefined : w.for({ to: page.to })].filter((line) => line !== undefined);
  return `<!doctype html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(w.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(w.title)}</h1>
${byline.map((line) => `<p class="byline">${escapeHtml(line)}</p>`).join('\n')}
${page.intro === undefined ? '' : `<p class="intro">${escapeHtml(page.intro)}</p>`}
<p class="noscript">${escapeHtml(w.noScript)}</p>
<form id="clientfit-form" action="mailto:${escapeHtml(address)}?subject=${escapeHtml(encodeURIComponent(subject))}" method="post" enctype="text/plain">
${hidden}
<div class="question"><label for="clientfit-name">${escapeHtml(w.yourName)}</label>
<input type="text" id="clientfit-name" name="${FIELD.name}" autocomplete="name" value="${escapeHtml(page.to ?? '')}"></div>
${page.questions.map((question) => questionHtml(question, w, page.decimal)).join('\n')}
<button type="submit">${escapeHtml(w.send)}</button>
</form>
<section id="clientfit-sent" aria-labelledby="clientfit-sent-heading" hidden>
<h2 id="clientfit-sent-heading" tabindex="-1">${escapeHtml(w.sentHeading)}</h2>
<p id="clientfit-sent-help"></p>
<label for="clientfit-text">${escapeHtml(w.textLabel)}</label>
<textarea id="clientfit-text" readonly></textarea>
<div class="actions"><button type="button" id="clientfit-copy">${escapeHtml(w.copy)}</button> <a class="button secondary" id="clientfit-download" href="#" download="${escapeHtml(w.fileName)}">${escapeHtml(w.download)}</a></div>
<p id="clientfit-status" role="status"></p>
</section>
</main>
<script type="application/json" id="clientfit-data">${json}</script>
<script>${page.script}</script>
</body>
</html>
`;
}
