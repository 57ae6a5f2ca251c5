/**
 * The intake form in a real browser (Debian's chromium driven by playwright-core): for every
 * shipped template in its own language, a prospect opens the file, answers by keyboard and by
 * mouse, sees a `when` question appear, sends, and the text the page gives back scores exactly as
 * `score --set` with the same answers. The page makes no network request and passes axe-core.
 * Screenshots at 360 px go to test-artifacts/ (gitignored).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formQuestions, type FormQuestion } from '../../src/core/form.js';
import { loadCriteria } from '../../src/core/load.js';
import { form as bgForm } from '../../src/i18n/bg/form.js';
import { ROOT, run, tempDir } from '../helpers/main.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(ROOT, 'test-artifacts');
const TEMPLATES = ['freelancer', 'agency', 'tutor', 'freelancer-ru', 'freelancer-bg', 'freelancer-el', 'freelancer-bs'] as const;

let context: BrowserContext;
let profile: string;

beforeAll(async () => {
  profile = mkdtempSync(join(tmpdir(), 'clientfit-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 360, height: 740 },
  });
  context.setDefaultTimeout(10_000);
  mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await context?.close();
  rmSync(profile, { recursive: true, force: true });
});

/** Opens a page on `file`, recording every request it makes and every script error. */
async function open(file: string): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(pathToFileURL(file).href);
  return { page, requests, errors };
}

/** Requests other than the page itself and the mail app's `mailto:` link: there must be none. */
function networkRequests(requests: readonly string[], file: string): string[] {
  return requests.filter((url) => url !== pathToFileURL(file).href && !url.startsWith('mailto:'));
}

interface Plan {
  /** the raw answer typed or chosen, by id: what --set gets */
  readonly answers: Record<string, string>;
  /** a question hidden until its parent is answered */
  readonly appears?: string;
}

/** Answers that make every `when` question apply; numbers in the form's own convention. */
function plan(questions: readonly FormQuestion[], comma: boolean): Plan {
  const answers: Record<string, string> = {};
  let appears: string | undefined;
  for (const question of questions) {
    const wanted = questions.flatMap((child) => (child.when?.[question.id] ?? []).map(String));
    if (questions.some((child) => child.when?.[question.id] !== undefined)) appears ??= questions.find((child) => child.when?.[question.id] !== undefined)!.id;
    switch (question.type) {
      case 'yes-no':
        answers[question.id] = wanted[0] === 'no' || wanted[0] === 'false' ? 'no' : 'yes';
        break;
      case 'choice':
        answers[question.id] = question.options![Math.min(1, question.options!.length - 1)]!.value;
        break;
      case 'number':
        answers[question.id] = question.id === 'budget' ? '12 500' : question.id === 'revisions' ? '2' : comma ? '35,5' : '35.5';
        break;
      case 'text':
        answers[question.id] = 'A short note';
    }
  }
  return { answers, ...(appears === undefined ? {} : { appears }) };
}

describe.each(TEMPLATES)('the form of criteria/%s.yaml in a browser', (template) => {
  const criteriaPath = join(ROOT, 'criteria', `${template}.yaml`);
  const loaded = loadCriteria(readFileSync(criteriaPath, 'utf8'));
  if (!loaded.ok) throw new Error(`${template} does not load`);
  const questions = formQuestions(loaded.criteria);
  const lang = loaded.criteria.form.lang ?? 'en';
  const comma = lang !== 'en';

  it('is answered by keyboard and mouse, sent, and the reply scores as --set does', async () => {
    const dir = tempDir();
    const file = join(dir, 'form.html');
    const made = await run(['form', '-c', criteriaPath, '--to', 'Acme', '--from', 'Ana', '--email', 'ana@example.com', '-o', file]);
    expect(made.stderr).toContain(file.split('/').pop());
    expect(made.code).toBe(0);
    const { page, requests, errors } = await open(file);
    const { answers, appears } = plan(questions, comma);

    if (appears !== undefined) expect(await page.isVisible(`#q-${appears}`)).toBe(false);
    let first = true;
    for (const question of questions) {
      if (!(await page.isVisible(`#q-${question.id}`))) continue;
      const value = answers[question.id]!;
      const options = question.type === 'yes-no' ? ['yes', 'no'] : (question.options ?? []).map((option) => option.value);
      if (first) {
        // Keyboard only: from the name field, Tab into the first question; in a radio group Space
        // picks the first answer and ↓ moves (and picks) the next.
        await page.focus('#clientfit-name');
        await page.keyboard.press('Tab');
        if (question.type === 'yes-no' || question.type === 'choice') {
          await page.keyboard.press('Space');
          for (let index = 0; index < options.indexOf(value); index++) await page.keyboard.press('ArrowDown');
        } else {
          await page.keyboard.type(value);
        }
        first = false;
      } else if (question.type === 'yes-no' || question.type === 'choice') {
        await page.click(`label[for="f-${question.id}-${options.indexOf(value)}"]`);
      } else {
        await page.click(`#f-${question.id}`);
        await page.keyboard.type(value);
      }
      if (question.type === 'yes-no' || question.type === 'choice') expect(await page.isChecked(`[name="${question.id}"][value="${value}"]`)).toBe(true);
      else expect(await page.inputValue(`#f-${question.id}`)).toBe(value);
    }
    if (appears !== undefined) expect(await page.isVisible(`#q-${appears}`)).toBe(true);

    await page.screenshot({ path: join(ARTIFACTS, `form-${template}-360.png`), fullPage: true });
    await page.click('button[type=submit]');
    await page.waitForSelector('#clientfit-sent:not([hidden])');
    const text = await page.inputValue('#clientfit-text');
    expect(text).toContain('-----BEGIN CLIENTFIT REPLY-----');
    expect(await page.getAttribute('#clientfit-sent', 'data-mailto')).toMatch(/^mailto:ana@example\.com\?subject=/u);
    expect(networkRequests(requests, file)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();

    const fromReply = await run(['score', '-c', criteriaPath, '--reply', '-', '--no-input', '--format', 'json'], { input: text });
    const sets = Object.entries(answers)
      .filter(([id]) => questions.some((question) => question.id === id))
      .flatMap(([id, value]) => ['--set', `${id}=${value}`]);
    const fromSet = await run(['score', '-c', criteriaPath, ...sets, '--name', 'Acme', '--no-input', '--format', 'json', ...(comma ? ['--decimal-comma'] : [])]);
    expect(fromReply.code).toBe(fromSet.code);
    expect(JSON.parse(fromReply.stdout)).toEqual(JSON.parse(fromSet.stdout));
  });

  it('has no accessibility violations (axe-core) and shows nothing the prospect must not see', async () => {
    const dir = tempDir();
    const file = join(dir, 'form.html');
    await run(['form', '-c', criteriaPath, '--to', 'Acme', '-o', file]);
    const html = readFileSync(file, 'utf8');
    // Never points, must-haves, thresholds, red-flag words, the freelancer's questions or the file's name.
    for (const criterion of loaded.criteria.criteria) {
      expect(html).not.toContain(criterion.question);
      if (criterion.why !== undefined) expect(html).not.toContain(criterion.why);
      if (criterion.type === 'text') for (const flag of criterion.redFlags) expect(html.toLowerCase()).not.toContain(flag.toLowerCase());
    }
    expect(html).not.toMatch(/\bpoints\b|\bmust\b|threshold|red_flags|\.yaml/u);
    if (loaded.criteria.name !== undefined) expect(html).not.toContain(loaded.criteria.name);
    const { page, requests } = await open(file);
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    // axe is injected through the DevTools protocol, past the page's Content-Security-Policy.
    await page.evaluate(axe);
    const results = await page.evaluate(async () => {
      const run = (globalThis as unknown as { axe: { run: (options: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run;
      return (await run({ resultTypes: ['violations'] })).violations.map((violation) => violation.id);
    });
    expect(results).toEqual([]);
    expect(networkRequests(requests, file)).toEqual([]);
    await page.close();
  });
});

describe('with scripts off', () => {
  it('shows every question and posts id=value lines to mailto:, which --reply reads as unchecked', async () => {
    const criteriaPath = join(ROOT, 'criteria', 'freelancer.yaml');
    const file = join(tempDir(), 'form.html');
    await run(['form', '-c', criteriaPath, '--to', 'Acme', '--email', 'ana@example.com', '-o', file]);
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await (await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } })).newPage();
      page.setDefaultTimeout(10_000);
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(pathToFileURL(file).href);
      // The `when` question shows too: nothing can hide it.
      expect(await page.isVisible('#q-deposit_percent')).toBe(true);
      await page.click('label[for="f-pays_upfront-0"]');
      await page.fill('#f-deposit_percent', '40');
      await page.click('label[for="d-revisions"]');
      await page.click('button[type=submit]');
      await expect.poll(() => requests.find((url) => url.startsWith('mailto:'))).toBeDefined();
      const mailto = new URL(requests.find((url) => url.startsWith('mailto:'))!);
      expect(mailto.pathname).toBe('ana@example.com');
      const body = decodeURIComponent(mailto.search.replace(/^.*[?&]body=([^&]*).*$/u, '$1').replace(/\+/gu, ' '));
      expect(body).toContain('pays_upfront=yes');
      expect(networkRequests(requests, file)).toEqual([]);

      const fromReply = await run(['score', '-c', criteriaPath, '--reply', '-', '--no-input', '--format', 'json'], { input: `> ${body.split(/\r?\n/u).join('\n> ')}` });
      expect(fromReply.stderr).toContain('read without a checksum');
      const fromSet = await run(['score', '-c', criteriaPath, '--set', 'pays_upfront=yes', '--set', 'deposit_percent=40', '--set', 'revisions=?', '--name', 'Acme', '--no-input', '--format', 'json']);
      expect(JSON.parse(fromReply.stdout)).toEqual(JSON.parse(fromSet.stdout));
    } finally {
      await browser.close();
    }
  });
});

describe('long answers, copying and printing', () => {
  it('past what a mailto: link takes, says to Copy or Download; Copy copies; print leaves the buttons out', async () => {
    const dir = tempDir();
    const criteriaPath = join(dir, 'criteria.yaml');
    writeFileSync(
      criteriaPath,
      [
        'version: 1',
        'thresholds: { accept: 70, review: 40 }',
        'criteria:',
        '  - id: brief',
        '    question: Anything in their brief that worries you?',
        '    type: text',
        '    red_flags: [unpaid test]',
        '    ask: { prospect: Tell me about the project }',
        '  - id: start',
        '    question: When do they want to start?',
        '    type: choice',
        '    options: [{ value: now, points: 10 }, { value: later, points: 5 }]',
        '    ask: { prospect: When would you like to start?, options: { now: Right away, later: In a month or two } }',
        '',
      ].join('\n'),
    );
    const file = join(dir, 'form.html');
    expect((await run(['form', '-c', criteriaPath, '--email', 'ana@example.com', '-o', file])).code).toBe(0);
    const { page, requests, errors } = await open(file);
    const long = `We need a new shop. ${'It has many products and pages. '.repeat(80)}`.trim();
    await page.fill('#f-brief', long);
    await page.click('label[for="f-start-1"]');
    await page.click('button[type=submit]');
    await page.waitForSelector('#clientfit-sent:not([hidden])');
    expect(await page.textContent('#clientfit-sent-help')).toContain('too long to hand to a mail app');
    expect(await page.getAttribute('#clientfit-sent', 'data-mailto')).toBe('');
    await page.click('#clientfit-copy');
    // The clipboard answers through a promise: the status comes a moment after the click.
    await page.waitForSelector('#clientfit-status:not(:empty)', { state: 'attached', timeout: 5000 });
    expect(await page.textContent('#clientfit-status')).toBe('Copied.');
    const text = await page.inputValue('#clientfit-text');
    expect(text).toContain('In a month or two');
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('button[type=submit]')).toBe(false);
    expect(await page.isVisible('#f-brief')).toBe(true);
    expect(networkRequests(requests, file)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
    const fromReply = await run(['score', '-c', criteriaPath, '--reply', '-', '--no-input', '--format', 'json'], { input: text });
    const fromSet = await run(['score', '-c', criteriaPath, '--set', `brief=${long}`, '--set', 'start=later', '--no-input', '--format', 'json']);
    expect(JSON.parse(fromReply.stdout)).toEqual(JSON.parse(fromSet.stdout));
  });

  it('when neither the clipboard nor the copy command takes the text, says so in the form language and leaves it selected', async () => {
    const dir = tempDir();
    const file = join(dir, 'form.html');
    expect((await run(['form', '-c', join(ROOT, 'criteria', 'freelancer-bg.yaml'), '-o', file])).code).toBe(0);
    const { page, errors } = await open(file);
    await page.click('button[type=submit]');
    await page.waitForSelector('#clientfit-sent:not([hidden])');
    // A browser that refuses both (a page opened from a file may not get the clipboard).
    await page.evaluate("Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } }); document.execCommand = () => false;");
    await page.click('#clientfit-copy');
    await page.waitForSelector('#clientfit-status:not(:empty)', { state: 'attached', timeout: 5000 });
    expect(await page.textContent('#clientfit-status')).toBe(bgForm.page.copyFailed);
    expect(
      await page.evaluate(
        "(() => { const area = document.getElementById('clientfit-text'); return area.selectionStart === 0 && area.selectionEnd === area.value.length && area.value.length > 0; })()",
      ),
    ).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
