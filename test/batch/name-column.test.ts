/** The table view's name column, its fair width at 80 columns, outcome words and the `decimal` key. */
import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../src/render/problems.js';
import { readOutcome } from '../../src/core/calibrate.js';
import { loadCriteria } from '../../src/core/load.js';
import { pickNameColumn } from '../../src/core/name-column.js';
import { createScorer } from '../../src/core/score.js';
import { renderTable, textWidth } from '../../src/render/table.js';
import { ENGLISH } from '../../src/i18n/index.js';

describe('pickNameColumn', () => {
  it.each([
    [['Record ID', 'First Name', 'Last Name', 'Email', 'Phone Number', 'Lead Status'], 'First Name Last Name', [1, 2]],
    [['Timestamp', 'Email Address', 'Your name', 'What is your budget?'], 'Your name', [2]],
    [['Timestamp', 'Email Address', 'What is your budget?'], 'Email Address', [1]],
    [['id', 'Фамилия', 'Имя', 'Телефон'], 'Имя Фамилия', [2, 1]],
    [['ID', 'ФИО', 'Компания'], 'ФИО', [1]],
    [['Κωδικός', 'Εταιρεία', 'Τηλέφωνο'], 'Εταιρεία', [1]],
    [['Nr', 'Vorname', 'Nachname'], 'Vorname Nachname', [1, 2]],
    [['Record ID', 'Company name', 'Industry'], 'Company name', [1]],
    [['Record ID', 'Deal stage'], 'Record ID', [0]],
    [['Nº', 'Nombre completo', 'Empresa'], 'Nombre completo', [1]],
  ])('%j → %s', (names, header, indexes) => {
    expect(pickNameColumn(names)).toEqual({ kind: 'found', header, indexes });
  });

  it('--name-column chooses by header, ignoring case and spaces; an unknown one is not found', () => {
    expect(pickNameColumn(['Record ID', 'Full name', 'Company'], 'company')).toEqual({ kind: 'found', header: 'Company', indexes: [2] });
    expect(pickNameColumn(['Record ID', 'Full name'], 'Compnay')).toEqual({ kind: 'not-found', wanted: 'Compnay' });
  });
});

describe('renderTable at 80 columns', () => {
  it('gives the long columns fair shares: a long name does not squeeze failed and to-ask to nothing', () => {
    const columns = [
      { header: 'line', align: 'right' as const },
      { header: 'name', shrink: true },
      { header: 'score', align: 'right' as const },
      { header: 'verdict' },
      { header: 'failed', shrink: true },
      { header: 'to ask', shrink: true },
    ];
    const row = ['2', 'Γιώργος Παπαδόπουλος, Papadopoulos Consulting Ltd', '18', 'reject', 'pays_upfront, conflict_style, respects_time', 'deposit_percent, notes'];
    const lines = renderTable(columns, [row], 80);
    expect(Math.max(...lines.map(textWidth))).toBeLessThanOrEqual(80);
    const [, body] = lines;
    // Each of the three long columns keeps at least a fair share of what is left.
    const cells = body!.trimStart().split(/\s{2,}/u);
    expect(cells[1]!.length).toBeGreaterThanOrEqual(15);
    expect(cells[4]!.length).toBeGreaterThanOrEqual(15);
    expect(cells[5]!.length).toBeGreaterThanOrEqual(15);
  });
});

describe('outcome words', () => {
  it.each([
    ['good', 'good'],
    ['Хорошо', 'good'],
    ['добре', 'good'],
    ['καλός', 'good'],
    ['Καλή', 'good'],
    ['dobar', 'good'],
    ['gut', 'good'],
    ['bon', 'good'],
    ['bueno', 'good'],
    ['bad', 'bad'],
    ['плохо', 'bad'],
    ['лошо', 'bad'],
    ['κακός', 'bad'],
    ['loš', 'bad'],
    ['schlecht', 'bad'],
    ['mauvais', 'bad'],
    ['malo', 'bad'],
    ['да', 'good'],
    ['нет', 'bad'],
  ])('%s → %s', (raw, value) => {
    expect(readOutcome(raw)).toEqual({ kind: 'outcome', value });
  });

  it('a CRM status is not an outcome word: it needs --good/--bad', () => {
    expect(readOutcome('Closed Won')).toMatchObject({ kind: 'invalid' });
  });
});

describe('the decimal key of a number criterion', () => {
  const file = (decimal: string, type = 'number'): string => `version: 1
thresholds: { accept: 70, review: 40 }
criteria:
  - id: budget
    question: Budget?
    type: ${type}
    decimal: ${decimal}
`;

  it('reads its column with that decimal mark, whatever the file says', () => {
    const comma = loadCriteria(file('comma'));
    const point = loadCriteria(file('point'));
    if (!comma.ok || !point.ok) throw new Error('criteria did not load');
    expect(createScorer(comma.criteria).read(0, '€4.500')).toEqual({ kind: 'number', value: 4500 });
    expect(createScorer(point.criteria).read(0, '€4.500')).toEqual({ kind: 'number', value: 4.5 });
    expect(createScorer(point.criteria, { decimalComma: true }).read(0, '1,200')).toEqual({ kind: 'number', value: 1200 });
  });

  it('is only for number criteria, and only comma or point', () => {
    const wrongType = loadCriteria(file('comma', 'yes-no'));
    expect(wrongType.ok).toBe(false);
    if (!wrongType.ok) expect(wrongType.problems.map((problem) => describeProblem(ENGLISH, problem.problem)).join('\n')).toContain('is only for number criteria');
    const wrongValue = loadCriteria(file('dot'));
    expect(wrongValue.ok).toBe(false);
  });
});
