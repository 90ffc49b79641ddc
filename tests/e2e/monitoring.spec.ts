import crypto from 'node:crypto';
import { STATUS_MAP } from '../../lib/collab/layout';
import { addPlanRow, planTextName, setPlanField, setPlanKpi } from '../../lib/collab/plan-layout';
import { expect, openDoc, test } from './fixtures';

// From an adopted plan through monitoring to a review round. The facilitator makes an assessment
// of their own, writes the plan draft and an evaluation through the sync server as a browser
// would (a y-websocket client carrying their session cookie), and adopts the plan through the
// API (all of that comes before the steps under test); then, in the browser, records a KPI
// measurement and sees it on the chart, records an indicator of success, starts the review round,
// sees that indicator beside the new round's, changes an evaluation in the new round on its area
// page and sees the change in the comparison.

test('a measurement appears on the KPI chart, and a review round shows a changed evaluation', async ({
  facilitator: page,
  baseURL,
}) => {
  const tag = crypto.randomBytes(3).toString('hex');
  const api = page.request;
  const created = await api.post('/api/assessments', {
    data: {
      administration: 'E2E Customs',
      country: 'Testland',
      title: `Monitoring ${tag}`,
      scope: 'targeted',
      areas: ['transparency'],
      mode: 2,
      plannedStart: null,
      plannedEnd: null,
      timeZone: 'UTC',
      creatorRole: 'EF',
    },
  });
  expect(created.status()).toBe(201);
  const id = ((await created.json()) as { assessment: { id: string } }).assessment.id;
  const me = (
    (await (await api.get(`/api/assessments/${id}`)).json()) as { members: { userId: string; name: string }[] }
  ).members[0]!;

  // The guide's Annex 11 example: its target is "Regional benchmark", words only. The facilitator
  // writes the baseline the way the guide's tables do (year, then value) and states the number
  // the benchmark stands for; monitoring must judge it.
  const kpiId = (
    (await (await api.post(`/api/assessments/${id}/kpis`, { data: { template: 'annex11' } })).json()) as {
      kpi: { id: string };
    }
  ).kpi.id;
  // The guide's Annex 11 example as the server made it (lib/domain/plan/kpi-sheet reads JSON that
  // Playwright's loader cannot import).
  const sheet = (
    (await (await api.get(`/api/assessments/${id}/kpis/${kpiId}`)).json()) as {
      kpi: {
        fields: Record<string, string>;
        types: string[];
        owner: string | null;
        custodian: string | null;
        steward: string | null;
      };
    }
  ).kpi;
  const name = `Rulings published ${tag}`;
  expect(
    (
      await api.put(`/api/assessments/${id}/kpis/${kpiId}`, {
        data: {
          fields: { ...sheet.fields, name },
          types: sheet.types,
          owner: sheet.owner,
          custodian: sheet.custodian,
          steward: sheet.steward,
          baselineValue: '2025: 20',
          baselineDate: null,
          targetNumber: 100,
          targetDate: null,
        },
      })
    ).ok(),
  ).toBe(true);
  expect(sheet.fields.targetValue).toBe('Regional benchmark');

  // An agreed candidate activity answering question transparency.1, placed in the plan below.
  const candidate = await api.post(`/api/assessments/${id}/activities`, {
    data: { title: `Publish rulings ${tag}`, sources: ['transparency.1'] },
  });
  expect(candidate.status()).toBe(201);
  const candidateId = ((await candidate.json()) as { id: string }).id;
  expect(
    (
      await api.put(`/api/assessments/${id}/activities/${candidateId}/agreed`, {
        data: { priority: 'high', reason: 'Agreed in plenary' },
      })
    ).ok(),
  ).toBe(true);

  // The plan draft and a first-round evaluation, written live.
  const plan = await openDoc(page, baseURL!, `assessment.${id}.plan`);
  const who = { id: me.userId, name: me.name };
  addPlanRow(plan.doc, { id: 'o1', kind: 'outcome', parentId: null, title: 'Transparent Customs' }, who);
  addPlanRow(plan.doc, { id: 'j1', kind: 'objective', parentId: 'o1', title: 'All rulings online by 2027' }, who);
  addPlanRow(
    plan.doc,
    { id: 'a1', kind: 'activity', parentId: 'j1', title: `Publish rulings ${tag}`, candidateId },
    who,
  );
  plan.doc.getText(planTextName('a1', 'responsible')).insert(0, 'Policy Unit');
  setPlanField(plan.doc, 'a1', 'ownerId', me.userId);
  setPlanField(plan.doc, 'a1', 'start', '2026-01-01');
  setPlanField(plan.doc, 'a1', 'due', '2027-12-31');
  setPlanKpi(plan.doc, 'a1', kpiId, true);
  await plan.close();
  const answers = await openDoc(page, baseURL!, `assessment.${id}.factor.transparency`);
  answers.doc.getMap(STATUS_MAP).set('transparency.1', 'action-required');
  await answers.close();

  // Adoption: the facilitator names themself as approver and approves.
  await expect
    .poll(
      async () =>
        (
          await api.post(`/api/assessments/${id}/plan/submissions`, {
            data: { approverIds: [me.userId], strategyLink: 'Pillar 1' },
          })
        ).status(),
      { message: 'submit the plan once the draft is persisted' },
    )
    .toBe(201);
  const submission = (
    (await (await api.get(`/api/assessments/${id}/plan/submissions`)).json()) as { submissions: { id: string }[] }
  ).submissions[0]!.id;
  expect(
    (
      await api.post(`/api/assessments/${id}/plan/submissions/${submission}/decision`, {
        data: { decision: 'approve', comment: '' },
      })
    ).ok(),
  ).toBe(true);

  // The plan page offers the adopted version, not only the draft.
  await page.goto(`/assessments/${id}/plan`);
  const adoptedXlsx = page.getByRole('link', { name: 'Adopted version 1 (XLSX)' });
  await expect(adoptedXlsx).toHaveAttribute('href', `/api/assessments/${id}/plan/export?format=xlsx&version=1`);
  await expect(page.getByRole('link', { name: 'Current draft (XLSX)' })).toHaveAttribute(
    'href',
    `/api/assessments/${id}/plan/export?format=xlsx`,
  );
  const download = page.waitForEvent('download');
  await adoptedXlsx.click();
  expect((await download).suggestedFilename()).toBe('integrity-action-plan-v1.xlsx');

  // Monitoring: the adopted activity is listed; record a measurement and see it on the chart.
  await page.goto(`/assessments/${id}/monitoring`);
  await expect(page.getByTestId('activity-1.1.1')).toContainText(`Publish rulings ${tag}`);
  await page.goto(`/assessments/${id}/monitoring/kpis`);
  const chart = page.getByTestId(`kpi-chart-${kpiId}`);
  await expect(chart).toBeVisible();
  await expect(chart.getByTestId('kpi-point')).toHaveCount(0);
  await page.getByLabel('Period', { exact: true }).fill('2026-Q2');
  await page.getByLabel('Value', { exact: true }).fill('42');
  await page.getByLabel('Source', { exact: true }).fill('Website count');
  await page.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Measurement recorded.' })).toBeVisible();
  await expect(chart.getByTestId('kpi-point')).toHaveCount(1);
  await expect(page.getByTestId(`kpi-table-${kpiId}`)).toContainText('2026-Q2');
  await expect(page.getByTestId(`kpi-table-${kpiId}`)).toContainText('42');
  // Judged against the line from 20 (end of 2025) to 100 (the activity's due date, end of 2027).
  const monitoring = (await (await api.get(`/api/assessments/${id}/monitoring`)).json()) as {
    today: string;
    activities: { id: string }[];
    kpis: { id: string; baseline: number; baselineDate: string; target: number; status: { state: string } }[];
  };
  expect(monitoring.kpis.find((k) => k.id === kpiId)).toMatchObject({
    baseline: 20,
    baselineDate: '2025-12-31',
    target: 100,
    status: { state: 'on-track' },
  });

  // The timeline's "Today" stays clear of the dates above it, also when today is the chart's first date.
  const nextYear = Number(monitoring.today.slice(0, 4)) + 1;
  const tracked = {
    status: 'not-started',
    percent: 0,
    startDate: `${nextYear}-01-01`,
    dueDate: `${nextYear}-12-31`,
    dependsOn: [],
  };
  expect(
    (
      await api.put(`/api/assessments/${id}/monitoring/activities/${monitoring.activities[0]!.id}`, { data: tracked })
    ).ok(),
  ).toBe(true);
  await page.goto(`/assessments/${id}/monitoring`);
  await page.evaluate(() => document.fonts.ready);
  await page
    .locator('figure')
    .filter({ has: page.getByTestId('timeline-today') })
    .screenshot({ path: test.info().outputPath('timeline.png') });
  const todayLabel = await page.getByTestId('timeline-today').boundingBox();
  for (const date of await page.getByTestId('timeline-date').all()) {
    const box = (await date.boundingBox())!;
    const apart =
      todayLabel!.x >= box.x + box.width ||
      box.x >= todayLabel!.x + todayLabel!.width ||
      todayLabel!.y >= box.y + box.height ||
      box.y >= todayLabel!.y + todayLabel!.height;
    expect(
      apart,
      `"Today" ${JSON.stringify(todayLabel)} clear of ${await date.textContent()} ${JSON.stringify(box)}`,
    ).toBe(true);
  }
  await page.goto(`/assessments/${id}/monitoring/kpis`);

  // Import with no file chosen: the form says so under the field, and sends nothing.
  const imports: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/monitoring/measurements/import')) imports.push(r.url());
  });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByLabel('CSV file')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('CSV file')).toHaveAccessibleDescription('Choose a file.');
  expect(imports).toEqual([]);

  // A CSV with a bad row imports nothing and names the row.
  await page.getByLabel('CSV file').setInputFiles({
    name: 'm.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`kpi,period,value,source\n${name},2026-Q3,50,Register\n${name},2026-Q4,lots,Register\n`),
  });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByTestId('csv-errors')).toContainText('Row 3');
  await expect(page.getByTestId('csv-errors')).toContainText('“lots” is not a number');
  await expect(chart.getByTestId('kpi-point')).toHaveCount(1);
  // Corrected, it imports, and the chart gains the point.
  await page.getByLabel('CSV file').setInputFiles({
    name: 'm.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`kpi,period,value,source\n${name},2026-Q3,50,Register\n`),
  });
  await expect(page.getByTestId('csv-errors')).toBeHidden();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 measurement imported.' })).toBeVisible();
  await expect(chart.getByTestId('kpi-point')).toHaveCount(2);

  // The first round's indicator of success, recorded before the review round starts.
  await page.goto(`/assessments/${id}/review`);
  const media = page.getByRole('form', { name: 'Positive/negative media coverage of integrity in Customs' });
  await media.getByLabel('Observation').fill(`Three stories of bribes ${tag}`);
  await media.getByLabel('Direction').selectOption({ label: 'Worsened' });
  await media.getByRole('button', { name: 'Save' }).click();
  await expect(media.getByRole('status')).toHaveText('Indicator saved.');

  // The review round, with the answers carried over.
  await page.getByLabel('Title of the new round').fill(`Round 2 ${tag}`);
  await page.getByRole('button', { name: 'Start the round' }).click();
  await page.getByRole('link', { name: 'Open the new round' }).click();
  await expect(page.getByRole('heading', { name: `Round 2 ${tag}` })).toBeVisible();
  const nextId = new URL(page.url()).pathname.split('/')[2]!;
  // The comparison opens on what changed; nothing has yet, so the question is under "All".
  await page.getByRole('radio', { name: /^All \(\d+\)$/ }).check();
  await expect(page.getByTestId('compare-transparency.1')).toContainText('Action required');
  // The previous round's indicator shows beside the new round's, which starts unrecorded.
  await expect(page.getByTestId('ind-previous-media-coverage')).toContainText(
    `Worsened: Three stories of bribes ${tag}`,
  );
  await expect(
    page
      .getByRole('form', { name: 'Positive/negative media coverage of integrity in Customs' })
      .getByLabel('Observation'),
  ).toHaveValue('');

  // The group improves the evaluation in the new round, on the area's page; the comparison shows it.
  await page.goto(`/assessments/${nextId}/checklist/transparency`);
  const question = page.locator('[id="q-transparency.1"]');
  await question.scrollIntoViewIfNeeded();
  const evaluation = question.getByLabel('Evaluation of question 1');
  await expect(evaluation).toHaveValue('action-required');
  await evaluation.selectOption('in-place');
  await expect(page.getByTestId('unsynced-changes')).toHaveText('All changes saved');
  await page.goto(`/assessments/${nextId}/review`);
  await expect
    .poll(async () => {
      await page.reload();
      return page.getByTestId('compare-transparency.1').innerText();
    })
    .toContain('Improved');
  await expect(page.getByTestId('compare-transparency.1')).toContainText(`Publish rulings ${tag}`);
  const comparison = (await (await api.get(`/api/assessments/${nextId}/comparison`)).json()) as {
    questions: { key: string; previous: string; current: string }[];
  };
  expect(comparison.questions.find((q) => q.key === 'transparency.1')).toMatchObject({
    previous: 'action-required',
    current: 'in-place',
  });
});

test('the KPI sheet editor saves what the facilitator types, and a wrong value shows on its field', async ({
  facilitator: page,
}) => {
  const api = page.request;
  const created = await api.post('/api/assessments', {
    data: {
      administration: 'E2E Customs',
      country: 'Testland',
      title: `KPI sheet ${Date.now()}`,
      scope: 'comprehensive',
      mode: 2,
      timeZone: 'UTC',
    },
  });
  expect(created.status()).toBe(201);
  const id = ((await created.json()) as { assessment: { id: string } }).assessment.id;
  const made = await api.post(`/api/assessments/${id}/kpis`, { data: { template: 'annex11' } });
  const kpiId = ((await made.json()) as { kpi: { id: string } }).kpi.id;

  await page.goto(`/assessments/${id}/plan/kpis`);
  // The sheet's own fold (the live bar above has folds of its own for facilitators).
  await page.locator('li > details > summary').first().click();
  const sheet = page.getByRole('form', { name: /^KPI sheet / });
  const owner = sheet.getByLabel('KPI owner');
  await owner.fill('x'.repeat(201));
  await sheet.getByRole('button', { name: 'Save KPI sheet' }).click();
  await expect(sheet.getByRole('alert').filter({ hasText: 'Use at most 200 characters.' })).toBeVisible();
  await expect(owner).toHaveAttribute('aria-invalid', 'true');

  await owner.fill('Head of Internal Audit');
  await sheet.getByLabel('Target as a number (when field l names none)').fill('75');
  await sheet.getByRole('button', { name: 'Save KPI sheet' }).click();
  await expect(sheet.getByRole('status').filter({ hasText: 'Saved at' })).toBeVisible();
  const saved = (
    (await (await api.get(`/api/assessments/${id}/kpis/${kpiId}`)).json()) as {
      kpi: { owner: string | null; targetNumber: number | null; fields: Record<string, string> };
    }
  ).kpi;
  expect(saved).toMatchObject({ owner: 'Head of Internal Audit', targetNumber: 75 });
  expect(saved.fields.targetValue).toBe('Regional benchmark');
});
