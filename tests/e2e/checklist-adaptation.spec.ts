import crypto from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Adapting the checklist: in an assessment of its own, the facilitator imports a
// translated checklist with a missing key and sees it refused with the key named, then a complete
// one accepted and shown beside the English; adds a question and answers it; opens the guide at
// hand beside the area and searches the glossary.

/** A new targeted assessment covering Transparency only, created by the facilitator. */
async function newAssessment(page: Page): Promise<string> {
  const res = await page.request.post('/api/assessments', {
    data: {
      administration: 'E2E Customs',
      country: 'Testland',
      title: `Adaptation ${crypto.randomBytes(3).toString('hex')}`,
      scope: 'targeted',
      areas: ['transparency'],
      mode: 2,
      plannedStart: null,
      plannedEnd: null,
      timeZone: 'UTC',
      creatorRole: 'EF',
    },
  });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { assessment: { id: string } }).assessment.id;
}

/** Uploads a translation file through the checklist page's import form. */
async function importFile(page: Page, body: unknown) {
  await page.getByLabel('Translation file (JSON or XLSX)').setInputFiles({
    name: 'translation.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(body)),
  });
  await page.getByLabel('Language (e.g. fr, es, pt-BR)').fill('fr');
  await page.getByRole('button', { name: 'Check and import' }).click();
}

test('a translated checklist is checked key by key, then shown beside the English', async ({ facilitator }) => {
  const id = await newAssessment(facilitator);
  const template = await facilitator.request.get(`/api/assessments/${id}/checklist/translation/template?format=json`);
  expect(template.ok()).toBe(true);
  const { questions } = (await template.json()) as {
    questions: { key: string; english: string; translation: string }[];
  };
  const filled = questions.map((q) => ({ ...q, translation: `FR ${q.key}` }));
  const missing = filled[3]!.key;

  await facilitator.goto(`/assessments/${id}/checklist`);
  // No file and a language that is no tag: each field says so, and nothing is sent.
  const puts: string[] = [];
  facilitator.on('request', (r) => {
    if (r.method() === 'PUT' && r.url().includes('/checklist/translation')) puts.push(r.url());
  });
  const language = facilitator.getByLabel('Language (e.g. fr, es, pt-BR)');
  await language.fill('French');
  await facilitator.getByRole('button', { name: 'Check and import' }).click();
  const file = facilitator.getByLabel('Translation file (JSON or XLSX)');
  await expect(file).toHaveAttribute('aria-invalid', 'true');
  await expect(file).toHaveAccessibleDescription('Choose a file.');
  await expect(language).toHaveAttribute('aria-invalid', 'true');
  await expect(language).toHaveAccessibleDescription('Give the language as a tag such as fr, es or pt-BR.');
  expect(puts).toEqual([]);

  await importFile(facilitator, { language: 'fr', questions: filled.filter((q) => q.key !== missing) });
  const refusal = facilitator.getByRole('alert').filter({ hasText: 'Nothing was imported' });
  await expect(refusal).toContainText('Nothing was imported');
  await expect(refusal).toContainText(missing);

  await importFile(facilitator, { language: 'fr', questions: filled });
  await expect(facilitator.getByRole('status').filter({ hasText: 'Translation imported' })).toContainText(
    `${questions.length} questions in fr`,
  );
  await expect(facilitator.getByText(/Translation in use: fr/)).toBeVisible();

  // On the area, the translation stands under the English; the member may show it alone.
  await facilitator.goto(`/assessments/${id}/checklist/transparency`);
  const first = facilitator.locator(`#q-${questions[0]!.key.replace('.', '\\.')}`);
  await expect(first.getByText(`FR ${questions[0]!.key}`)).toBeVisible();
  await expect(first.getByText(questions[0]!.english)).toBeVisible();
  await facilitator.getByRole('radio', { name: 'Translation only' }).check();
  await expect(first.getByText(questions[0]!.english)).toBeHidden();
  await facilitator.reload();
  await expect(facilitator.getByRole('radio', { name: 'Translation only' })).toBeChecked();
});

test('the guide footnote 111 stands under Transparency question 1, as in Annex 3', async ({ facilitator }) => {
  const id = await newAssessment(facilitator);
  await facilitator.goto(`/assessments/${id}/checklist/transparency`);
  const first = facilitator.locator('#q-transparency\\.1');
  await first.getByRole('link', { name: 'Footnote 111 of the guide' }).click();
  await expect(first.getByText(/This unit may be called a communication unit, public relations unit/)).toBeVisible();
});

test('the facilitator adds a question, it is marked as added and can be answered', async ({ facilitator }) => {
  const id = await newAssessment(facilitator);
  await facilitator.goto(`/assessments/${id}/checklist/transparency`);
  await expect(facilitator.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
  const text = `Are Zebra-port rulings published (${crypto.randomBytes(2).toString('hex')})?`;
  await facilitator.getByLabel('Your question').fill(text);
  await facilitator.getByRole('button', { name: 'Add the question' }).click();
  await expect(facilitator.getByRole('status').filter({ hasText: 'Question A1 added.' })).toBeVisible();

  const card = facilitator.locator('#q-transparency\\.a1');
  await expect(card).toContainText(text);
  await expect(card).toContainText('Added by the administration');
  await card.scrollIntoViewIfNeeded();
  const answer = card.getByRole('textbox', { name: 'Answer to question A1' });
  await answer.click();
  await facilitator.keyboard.type('Yes, within ten days on the website.');
  await card.getByLabel('Evaluation of question A1').selectOption('in-place');
  await expect(card.getByText('✓ Answered')).toBeVisible();
  await expect(facilitator.getByTestId('unsynced-changes')).toHaveText('All changes saved');

  // The checklist API lists it as added, with its answer.
  const api = (await (await facilitator.request.get(`/api/assessments/${id}/checklist`)).json()) as {
    questions: { key: string; added?: boolean; answer: string; status: string | null }[];
  };
  expect(api.questions.find((q) => q.key === 'transparency.a1')).toMatchObject({
    added: true,
    answer: 'Yes, within ten days on the website.',
    status: 'in-place',
  });
});

test('the guide at hand: the area’s chapter, good practices and a searchable glossary', async ({ contributor }) => {
  const res = await contributor.request.get('/api/assessments');
  const { assessments } = (await res.json()) as { assessments: { id: string; title: string }[] };
  const id = assessments.find((a) => a.title === 'Demo Customs Administration')!.id;
  await contributor.goto(`/assessments/${id}/checklist/transparency`);

  const open = contributor.getByRole('button', { name: /The guide at hand/ });
  await open.click();
  await expect(open).toHaveAttribute('aria-expanded', 'true');
  const panel = contributor.getByRole('complementary', { name: 'The guide at hand' });
  await expect(panel.getByRole('heading', { name: /Part II, 3\.3: TRANSPARENCY/ })).toBeVisible();
  await expect(panel.getByText('From the WCO Integrity Development Guide, 2021 edition')).toBeVisible();

  // Tabs by keyboard: arrow right to the good practices, again to the glossary.
  await panel.getByRole('tab', { name: 'Chapter' }).focus();
  await contributor.keyboard.press('ArrowRight');
  await expect(panel.getByRole('tab', { name: 'Good practices' })).toHaveAttribute('aria-selected', 'true');
  await expect(panel.getByRole('heading', { name: /Annex 2, 3/ })).toBeVisible();
  await contributor.keyboard.press('ArrowRight');

  const search = panel.getByRole('searchbox', { name: 'Search the glossary' });
  await search.fill('whistle');
  await expect(panel.getByRole('status')).toHaveText('1 term found');
  await expect(panel.locator('mark').first()).toHaveText(/whistle/i);
  await search.fill('zzzz-none');
  await expect(panel.getByRole('status')).toHaveText('No term found');

  // Escape closes it and gives focus back to the button.
  await search.press('Escape');
  await expect(panel).toBeHidden();
  await expect(open).toBeFocused();
});
