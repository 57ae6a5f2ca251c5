/** `clientfit form`: the intake form for a prospect, one self-contained HTML file. */
import { resolve } from 'node:path';
import pageScript from 'virtual:form-page-script';
import { formFingerprint, formQuestions } from '../../../core/form.js';
import { UserError } from '../../../errors.js';
import { voiceOf } from '../../../i18n/index.js';
import { LANGUAGE_NAMES, type Lang } from '../../../i18n/languages.js';
import { writeFileAtomic } from '../../atomic.js';
import { displayPath, loadCriteriaFile } from '../../criteria-file.js';
import { write, type IO } from '../../io.js';
import { findResume } from '../../resume.js';
import { renderFormPage } from './html.js';
import type { FormOptions } from './types.js';

/** Languages that write a decimal comma (1 200,50): every one but English. */
function decimalOf(lang: Lang): 'point' | 'comma' {
  return lang === 'en' ? 'point' : 'comma';
}

export async function runForm(io: IO, options: FormOptions): Promise<number> {
  const loaded = await loadCriteriaFile(io, options.criteria);
  const t = io.voice.words.form;
  const resume = findResume(io, { resume: options.resume, journal: options.journal }, loaded);
  // A follow-up asks only what is still open in the decision: unknown, or new since.
  const open = resume === undefined ? undefined : new Set([...resume.decision.result.unknown, ...resume.start.added]);
  const all = formQuestions(loaded.criteria);
  if (all.length === 0) throw new UserError(t.noQuestions({ file: loaded.display }));
  const questions = formQuestions(loaded.criteria, open);
  if (resume !== undefined && questions.length === 0) {
    throw new UserError(t.nothingOpen({ who: resume.decision.name ?? resume.decision.id, id: resume.decision.id }));
  }
  const lang = (options.formLang as Lang | undefined) ?? loaded.criteria.form.lang ?? io.voice.lang;
  const decimal = decimalOf(lang);
  const to = options.to?.trim() || (resume?.decision.name ?? undefined);
  const email = options.email?.trim();
  // The address goes into mailto: links as it is: nothing that could add a header or a recipient.
  if (email !== undefined && !/^[^\s@?&#%<>"'/\\]+@[^\s@?&#%<>"'/\\]+$/u.test(email)) throw new UserError(t.badEmail({ address: email }));
  const html = renderFormPage({
    lang,
    words: (await voiceOf(lang)).words.form.page,
    questions,
    fingerprint: formFingerprint(questions),
    decimal,
    script: pageScript,
    ...(loaded.criteria.form.intro === undefined ? {} : { intro: loaded.criteria.form.intro }),
    ...(options.from?.trim() ? { from: options.from.trim() } : {}),
    ...(to ? { to } : {}),
    ...(email ? { email } : {}),
    ...(resume === undefined ? {} : { resume: resume.decision.id }),
  });
  if (options.output === undefined || options.output === '-') {
    if (options.output === undefined && io.stdout.isTTY === true) throw new UserError(t.notHtmlOnTerminal);
    await write(io.stdout, html);
    return 0;
  }
  const path = resolve(io.cwd, options.output);
  const shown = displayPath(io, path);
  writeFileAtomic(io.voice.words.common, path, html, shown);
  io.stderr.write(`${t.wrote({ file: shown, count: questions.length, lang: LANGUAGE_NAMES[lang] })}\n${t.sendIt}\n`);
  return 0;
}
