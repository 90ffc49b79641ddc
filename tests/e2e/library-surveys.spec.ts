import crypto from 'node:crypto';
import { seedAdoptedPlan } from './adopted-plan';
import { expect, test } from './scenario';

// Step 3: the background library and perception surveys, end to end. A facilitator uploads and
// classifies a document and assigns a contributor to review it; the contributor summarises it and
// links it to a checklist question, where the link then shows. A survey is answered through its
// public link by visitors with no session, and its results appear with a breakdown.

// The smallest file the allow-list takes as a PDF: its signature is what is checked.
const PDF = Buffer.from('%PDF-1.7\n%%EOF\n');

test('a facilitator files a document, a contributor summarises it, and it shows beside the question', async ({
  scenario,
  facilitator,
  contributor,
}) => {
  const id = scenario.assessmentId;
  const title = `Integrity strategy ${crypto.randomBytes(3).toString('hex')}`;

  await facilitator.goto(`/assessments/${id}/library`);
  const posts: string[] = [];
  facilitator.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith(`/api/assessments/${id}/documents`)) posts.push(r.url());
  });
  // No file chosen: the form says so under the file, and sends nothing.
  const fileInput = facilitator.getByLabel('File', { exact: true });
  await facilitator.getByLabel('Title').fill(title);
  await facilitator.getByLabel('Kind of document').selectOption('structure-plans');
  await facilitator.getByRole('button', { name: 'Add to the library' }).click();
  await expect(fileInput).toHaveAttribute('aria-invalid', 'true');
  await expect(fileInput).toHaveAccessibleDescription(/Choose a file\./);
  await expect(facilitator.getByLabel('Title')).toHaveAttribute('aria-invalid', 'false');
  expect(posts).toEqual([]);

  // A look at "A link" and back keeps what was typed in the fields both share.
  await facilitator.getByRole('radio', { name: 'A link' }).check();
  await expect(facilitator.getByLabel('Web address')).toBeVisible();
  await expect(facilitator.getByLabel('Title')).toHaveValue(title);
  await facilitator.getByRole('radio', { name: 'A file' }).check();
  await expect(facilitator.getByLabel('Title')).toHaveValue(title);
  await expect(facilitator.getByLabel('Kind of document')).toHaveValue('structure-plans');

  await fileInput.setInputFiles({ name: 'strategy.pdf', mimeType: 'application/pdf', buffer: PDF });
  await facilitator.getByRole('button', { name: 'Add to the library' }).click();
  const card = facilitator.getByRole('listitem').filter({ has: facilitator.getByRole('heading', { name: title }) });
  await expect(card).toContainText('Organizational structure, strategic and operational plans');
  await card.getByRole('button', { name: 'Classify, restrict, assign' }).click();
  await card.getByLabel('Reviewer').selectOption({ label: 'Ana Contributor' });
  await card.getByRole('button', { name: 'Save changes' }).click();
  await expect(card).toContainText('Reviewer: Ana Contributor');

  await contributor.goto(`/assessments/${id}/library`);
  const mine = contributor.getByRole('listitem').filter({ has: contributor.getByRole('heading', { name: title }) });
  await mine.getByRole('button', { name: 'Summarise and link' }).click();
  const summary = `Sets five integrity objectives ${crypto.randomBytes(3).toString('hex')}`;
  await mine.getByLabel('Summary').fill(summary);
  await mine.getByLabel('Areas and questions it informs').selectOption('transparency.1');
  await mine.getByRole('button', { name: 'Link', exact: true }).click();
  await mine.getByRole('button', { name: 'Save summary and links' }).click();
  await expect(mine).toContainText(summary);
  await expect(mine).toContainText('Summary by Ana Contributor');

  // The question card shows the document (fetched once per area).
  await contributor.goto(`/assessments/${id}/checklist/transparency`);
  const question = contributor.locator('#q-transparency\\.1');
  await question.scrollIntoViewIfNeeded();
  await expect(question.getByRole('link', { name: title })).toBeVisible();
  // The file downloads for a member.
  const download = await contributor.request.get(`/api/assessments/${id}/documents`);
  const { documents } = (await download.json()) as { documents: { id: string; title: string }[] };
  const doc = documents.find((d) => d.title === title)!;
  const file = await contributor.request.get(`/api/assessments/${id}/documents/${doc.id}/file`);
  expect(file.status()).toBe(200);
  expect((await file.body()).subarray(0, 4).toString()).toBe('%PDF');
});

test('a survey answered through its public link without a session shows its results', async ({
  scenario,
  facilitator,
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const id = scenario.assessmentId;
  await facilitator.goto(`/assessments/${id}/surveys`);
  await facilitator.getByRole('button', { name: 'New staff integrity perception survey' }).click();
  await expect(facilitator.getByRole('heading', { name: 'Staff integrity perception survey', level: 2 })).toBeVisible();
  await facilitator.getByRole('button', { name: 'Publish' }).click();
  const link = await facilitator.getByLabel('Public link').inputValue();
  expect(link).toMatch(/\/survey\/[A-Za-z0-9_-]{43}$/);

  // Five visitors (the anonymity threshold), each in a fresh context with no session. Groups
  // under five are hidden; that rule is tested against the database in tests/integration/surveys.test.ts.
  const units = ['Headquarters', 'Headquarters', 'Headquarters', 'Headquarters', 'Headquarters'];
  for (const unit of units) {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    expect((await context.cookies()).some((c) => c.name.includes('next-auth'))).toBe(false);
    await page.goto(new URL(link).pathname);
    await page
      .getByRole('group', { name: /Where do you work\?/ })
      .getByLabel(unit)
      .check();
    await page
      .getByRole('group', { name: /Senior management shows a clear commitment/ })
      .getByLabel('4')
      .check();
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await expect(page.getByRole('status')).toContainText('your answers have been recorded');
    await context.close();
  }

  await facilitator.reload();
  await expect(facilitator.getByText('5 answers in all.')).toBeVisible();
  const breakdown = facilitator.getByRole('region', { name: 'Broken down by: Where do you work?' });
  await expect(breakdown.getByText('Headquarters: 5 answers')).toBeVisible();
  // The chart's text alternative carries the numbers.
  await expect(
    facilitator
      .getByRole('table', { name: 'Senior management shows a clear commitment to integrity and leads by example.' })
      .first(),
  ).toContainText('5 (100%)');

  // A button that sends no body (it once went without the JSON content type and was refused).
  await facilitator.getByRole('button', { name: 'File results in the library' }).click();
  await expect(facilitator.getByText('The results were filed in the background library.')).toBeVisible();
});

test('a survey result recorded as a KPI measurement: a wrong period shows on its field', async ({
  scenario,
  facilitator,
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const id = scenario.assessmentId;
  await seedAdoptedPlan(facilitator, baseURL!, id, scenario.members.facilitator!);
  await facilitator.goto(`/assessments/${id}/surveys`);
  await facilitator.getByRole('button', { name: 'New staff integrity perception survey' }).click();
  await expect(facilitator.getByRole('heading', { name: 'Staff integrity perception survey', level: 2 })).toBeVisible();
  // The leadership question made required, as the builder's checkbox would.
  const { surveys } = (await (await facilitator.request.get(`/api/assessments/${id}/surveys`)).json()) as {
    surveys: {
      id: string;
      title: string;
      intro: string;
      audience: string;
      invitationOnly: boolean;
      questions: { id: string }[];
    }[];
  };
  const { id: surveyId, title, intro, audience, invitationOnly, questions } = surveys[0]!;
  const content = {
    title,
    intro,
    audience,
    invitationOnly,
    questions: questions.map((q) => (q.id === 'leadership' ? { ...q, required: true } : q)),
  };
  expect((await facilitator.request.put(`/api/assessments/${id}/surveys/${surveyId}`, { data: content })).ok()).toBe(
    true,
  );
  await facilitator.getByRole('button', { name: 'Publish' }).click();
  const link = await facilitator.getByLabel('Public link').inputValue();
  const context = await browser.newContext({ baseURL });
  const visitor = await context.newPage();
  await visitor.goto(new URL(link).pathname);
  // The required question left blank: the server's refusal lands on it, and nothing is recorded.
  await visitor.getByRole('button', { name: 'Send my answers' }).click();
  const leadership = visitor.getByRole('group', { name: /Senior management shows a clear commitment/ });
  await expect(leadership).toHaveAttribute('aria-invalid', 'true');
  await expect(leadership).toHaveAccessibleDescription('This question needs an answer.');
  await expect(visitor.getByRole('group', { name: /Where do you work\?/ })).toHaveAttribute('aria-invalid', 'false');
  await visitor
    .getByRole('group', { name: /Where do you work\?/ })
    .getByLabel('Headquarters')
    .check();
  await visitor
    .getByRole('group', { name: /Senior management shows a clear commitment/ })
    .getByLabel('4')
    .check();
  await visitor.getByRole('button', { name: 'Send my answers' }).click();
  await expect(visitor.getByRole('status')).toContainText('your answers have been recorded');
  await context.close();

  await facilitator.reload();
  const kpiForm = facilitator.getByRole('region', { name: 'Record as a KPI measurement' });
  await kpiForm.getByLabel('Question', { exact: true }).selectOption({
    label: 'Senior management shows a clear commitment to integrity and leads by example.',
  });
  const period = kpiForm.getByLabel('Period');
  await period.fill('27');
  await kpiForm.getByRole('button', { name: 'Record the measurement' }).click();
  await expect(period).toHaveAttribute('aria-invalid', 'true');
  await expect(period).toHaveAccessibleDescription(/Use at least 4 characters\./);

  await period.fill('2027');
  await kpiForm.getByRole('button', { name: 'Record the measurement' }).click();
  await expect(kpiForm.getByText('Recorded 4 from 1 answers.')).toBeVisible();
});
