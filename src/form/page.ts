/**
 * The intake form's script, run in the prospect's browser. Bundled at build time with the
 * answer reader (core/answers.ts) and the reply block (core/reply.ts) into one string that
 * `clientfit form` inlines (.esbuild.mjs), so the page reads numbers exactly as `score --reply`
 * does and writes the block `score --reply` reads. Without it the page still works: every
 * question shows and the form posts `id=value` lines to `mailto:` (core/reply.ts).
 */
import { formQuestionApplies, readFormAnswer, type FormQuestion } from '../core/form.js';
import { encodeReply } from '../core/reply.js';
import type { PageData } from './data.js';

const data = JSON.parse(document.getElementById('clientfit-data')!.textContent ?? '{}') as PageData;
const form = document.getElementById('clientfit-form') as HTMLFormElement;
const words = data.words;

function controls(id: string): HTMLInputElement[] {
  return [...form.querySelectorAll<HTMLInputElement>(`[name="${id}"]`)];
}

/** The raw answer as the page would send it: `?` for "I'd rather discuss this", '' for none. */
function rawValue(question: FormQuestion): string {
  const all = controls(question.id);
  if (question.type === 'yes-no' || question.type === 'choice') return all.find((input) => input.checked)?.value ?? '';
  if (all.some((input) => input.type === 'checkbox' && input.checked)) return '?';
  return all.find((input) => input.type !== 'checkbox')?.value.trim() ?? '';
}

function container(question: FormQuestion): HTMLElement {
  return document.getElementById(`q-${question.id}`)!;
}

/** Shows the questions that apply now (a `when` question appears once its answer is given) and returns the answers that count. */
function update(): Record<string, string> {
  const values: Record<string, string> = {};
  for (const question of data.questions) {
    const applies = formQuestionApplies(question, data.questions, values, data.decimal);
    const box = container(question);
    box.hidden = !applies;
    for (const input of box.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) input.disabled = !applies || (input.type !== 'checkbox' && input.dataset.discussed === 'yes');
    if (applies) {
      const raw = rawValue(question);
      if (raw !== '') values[question.id] = raw;
    }
  }
  return values;
}

/** Checks a number as it is typed; returns whether it reads. */
function checkNumber(question: FormQuestion): boolean {
  const field = controls(question.id).find((input) => input.type !== 'checkbox');
  const error = document.getElementById(`e-${question.id}`);
  if (field === undefined || error === null) return true;
  const raw = field.value.trim();
  const bad = !field.disabled && raw !== '' && readFormAnswer(question, raw, data.decimal).kind !== 'number';
  error.textContent = bad ? words.notANumber : '';
  if (bad) field.setAttribute('aria-invalid', 'true');
  else field.removeAttribute('aria-invalid');
  return !bad;
}

function shown(question: FormQuestion, raw: string): string {
  if (raw === '?') return words.discuss;
  if (question.type === 'yes-no') {
    const answer = readFormAnswer(question, raw, data.decimal);
    return answer.kind === 'yes-no' ? (answer.value ? words.yes : words.no) : raw;
  }
  if (question.type === 'choice') return question.options?.find((option) => option.value === raw)?.label ?? raw;
  return raw;
}

function replyText(values: Record<string, string>, name: string): { text: string; block: string } {
  const block = encodeReply({
    questions: data.questions.map((question) => question.id),
    fingerprint: data.fingerprint,
    decimal: data.decimal,
    answers: values,
    ...(name === '' ? {} : { name }),
    ...(data.resume === undefined ? {} : { resume: data.resume }),
  });
  const lines = [words.replyHeading, ''];
  for (const question of data.questions) {
    if (container(question).hidden) continue;
    lines.push(question.prompt, `  ${Object.hasOwn(values, question.id) ? shown(question, values[question.id]!).replace(/\n/gu, '\n  ') : words.noAnswer}`, '');
  }
  if (name !== '') lines.push(name, '');
  lines.push(words.keepBlock, block, '');
  return { text: lines.join('\n'), block };
}

function mailto(subject: string, body: string): string {
  return `mailto:${data.email ?? ''}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

form.addEventListener('input', (event) => {
  const target = event.target as HTMLInputElement;
  if (target.type === 'checkbox') {
    const field = controls(target.name).find((input) => input.type !== 'checkbox');
    if (field !== undefined) field.dataset.discussed = target.checked ? 'yes' : 'no';
  }
  update();
  const question = data.questions.find((candidate) => candidate.id === target.name);
  if (question?.type === 'number') checkNumber(question);
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const values = update();
  const bad = data.questions.filter((question) => question.type === 'number' && !checkNumber(question));
  if (bad.length > 0) {
    controls(bad[0]!.id)
      .find((input) => input.type !== 'checkbox')
      ?.focus();
    return;
  }
  const nameField = document.getElementById('clientfit-name') as HTMLInputElement | null;
  const name = nameField?.value.trim() ?? '';
  const { text, block } = replyText(values, name);
  const sent = document.getElementById('clientfit-sent')!;
  const area = document.getElementById('clientfit-text') as HTMLTextAreaElement;
  const help = document.getElementById('clientfit-sent-help')!;
  area.value = text;
  const download = document.getElementById('clientfit-download') as HTMLAnchorElement;
  if (download.href.startsWith('blob:')) URL.revokeObjectURL(download.href);
  download.href = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  sent.hidden = false;
  const subject = name === '' ? words.subject : words.subjectFrom.replace('{name}', name);
  // Past what mail clients take in a link, the block alone; past that, Copy or Download.
  const link = [mailto(subject, text), mailto(subject, `${words.keepBlock}\n${block}\n`)].find((candidate) => candidate.length <= data.mailtoLimit);
  help.textContent = link === undefined ? words.tooLong : words.sentHelp;
  sent.dataset.mailto = link ?? '';
  document.getElementById('clientfit-sent-heading')!.focus();
  if (link !== undefined) window.location.href = link;
});

document.getElementById('clientfit-copy')!.addEventListener('click', () => {
  const area = document.getElementById('clientfit-text') as HTMLTextAreaElement;
  const status = document.getElementById('clientfit-status')!;
  const said = (copied: boolean): void => {
    status.textContent = copied ? words.copied : words.copyFailed;
  };
  // The browser's own copy command where the clipboard is missing or refuses (a page opened
  // from a file is not always allowed it); the text stays selected for Ctrl+C either way.
  const copyCommand = (): boolean => {
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  };
  area.select();
  if (navigator.clipboard === undefined) said(copyCommand());
  else
    navigator.clipboard.writeText(area.value).then(
      () => said(true),
      () => said(copyCommand()),
    );
});

document.documentElement.classList.add('scripted');
update();
