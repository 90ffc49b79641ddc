import crypto from 'node:crypto';
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { ActionPlan } from './pages/action-plan';
import { expect, test } from './scenario';

// Ana and Ben build one outcome of the action plan together, live: Ana writes the outcome and
// its objective, then both add an activity at the same moment and type its title. Each sees the
// other's work, and the XLSX export carries both activities under the right numbers.

/** The "Action plan" sheet as text cells, header first. */
async function parseXlsx(bytes: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(bytes).buffer);
  const ws = wb.getWorksheet('Action plan');
  const rows: string[][] = [];
  ws?.eachRow((row) => {
    const cells: string[] = [];
    for (let i = 1; i <= ws.columnCount; i++) {
      const v = row.getCell(i).value;
      cells.push(typeof v === 'string' || typeof v === 'number' ? String(v) : '');
    }
    rows.push(cells);
  });
  return rows;
}

test('two people build an outcome live and the XLSX export has their rows', async ({
  scenario,
  contributor: ana,
  contributor2: ben,
}) => {
  const assessmentId = scenario.assessmentId;
  // Letters only: a digit in the text would count as a measurable target for the SMART check.
  const tag = crypto
    .randomBytes(4)
    .toString('hex')
    .replace(/\d/g, (d) => 'ghijklmnop'[Number(d)]!);
  const [anaPlan, benPlan] = [new ActionPlan(ana), new ActionPlan(ben)];
  await Promise.all([anaPlan.open(assessmentId), benPlan.open(assessmentId)]);

  // Ana adds the outcome; the new title field has the focus, so she types straight in.
  const outcomesBefore = await anaPlan.outcomes().count();
  await anaPlan.addOutcome().click();
  const anaOutcome = anaPlan.outcomes().nth(outcomesBefore);
  await expect(anaOutcome.getByRole('textbox', { name: /^Text of outcome/ })).toBeFocused();
  await ana.keyboard.type(`Managers remedy weaknesses ${tag}`);
  const outcomeId = await anaPlan.rowId(anaOutcome);
  const n = outcomesBefore + 1;

  // Ben sees it live, with Ana's text.
  const benOutcome = benPlan.row(outcomeId);
  await expect(benOutcome.getByRole('textbox', { name: `Text of outcome ${n}` })).toHaveValue(
    `Managers remedy weaknesses ${tag}`,
  );

  // Ana adds objective n.1 and gets SMART advice until it has a target and a deadline.
  await anaOutcome.getByRole('button', { name: `+ Add objective to outcome ${n}` }).click();
  const objective = anaOutcome.locator('li[aria-label^="Objective "]').first();
  await expect(objective.getByRole('textbox', { name: `Text of objective ${n}.1` })).toBeFocused();
  await ana.keyboard.type(`Improve ethics training ${tag}`);
  await expect(objective.getByRole('list', { name: `SMART advice on objective ${n}.1` })).toContainText('Measurable');
  await ana.keyboard.type(' to reach 100% of staff by Q4 2027');
  await expect(objective.getByRole('list', { name: /SMART advice/ })).toHaveCount(0);

  // Both add an activity at the same moment and type their own title.
  const benObjective = benOutcome.locator('li[aria-label^="Objective "]').first();
  await expect(benObjective.getByRole('button', { name: `+ Add activity to ${n}.1` })).toBeVisible();
  await Promise.all([
    objective.getByRole('button', { name: `+ Add activity to ${n}.1` }).click(),
    benObjective.getByRole('button', { name: `+ Add activity to ${n}.1` }).click(),
  ]);
  // Each types once the new activity's title holds the focus (it moves there when the row arrives).
  for (const page of [ana, ben]) {
    await expect(page.locator(':focus')).toHaveAccessibleName(/^Title of activity/);
  }
  await Promise.all([ana.keyboard.type(`Design the module ${tag}`), ben.keyboard.type(`Open a hotline ${tag}`)]);
  // Ben's own new activity is the one his focus is in.
  const benActivity = benObjective.locator('li[aria-label^="Activity "]').filter({ has: ben.locator(':focus') });
  const benNumber = (await benActivity.getAttribute('aria-label'))!.replace('Activity ', '');

  // Each sees both activities, with both titles.
  for (const [plan, o] of [
    [anaPlan, objective],
    [benPlan, benObjective],
  ] as const) {
    const titles = o.getByRole('textbox', { name: /^Title of activity/ });
    await expect(titles).toHaveCount(2);
    await expect
      .poll(async () => (await titles.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).sort())
      .toEqual([`Design the module ${tag}`, `Open a hotline ${tag}`]);
    await plan.saved();
  }

  // Ben fills in the Annex 9 columns of his activity with the keyboard.
  await benActivity
    .getByRole('textbox', { name: `Responsible person or unit, activity ${benNumber}` })
    .fill('Policy Unit');
  await benActivity.getByLabel('Due').fill('2027-03-31');
  await expect(benActivity.getByText('Timeline: Q1 2027 (due 2027-03-31)')).toBeVisible();
  await expect(
    objective.locator(`li[aria-label="Activity ${benNumber}"]`).getByText('Timeline: Q1 2027'),
  ).toBeVisible();
  await benPlan.saved();

  // The export reads the persisted draft (a second behind at most): wait for it, then download it.
  const exportUrl = `/api/assessments/${assessmentId}/plan/export?format=xlsx`;
  const mine = (rows: string[][]) => rows.filter((r) => (r[1] ?? '').includes(tag));
  await expect
    .poll(async () => mine(await parseXlsx(await (await ana.request.get(exportUrl)).body())).length, {
      timeout: 10_000,
    })
    .toBe(2);
  const [download] = await Promise.all([
    ana.waitForEvent('download'),
    ana.getByRole('link', { name: 'Download XLSX' }).click(),
  ]);
  const rows = await parseXlsx(fs.readFileSync(await download.path()));
  expect(rows[0]!.slice(0, 8)).toEqual([
    'Outcome',
    'Objective',
    'No.',
    'Activity',
    'Responsible person',
    'Named owner',
    'Key Performance Indicator (KPI)',
    'Performance target',
  ]);
  const byNumber = new Map(mine(rows).map((r) => [r[2], r]));
  const anaNumber = benNumber === `${n}.1.1` ? `${n}.1.2` : `${n}.1.1`;
  const outcomeCell = `${n}: Managers remedy weaknesses ${tag}`;
  const objectiveCell = `${n}.1: Improve ethics training ${tag} to reach 100% of staff by Q4 2027`;
  expect(byNumber.get(benNumber)?.slice(0, 5)).toEqual([
    outcomeCell,
    objectiveCell,
    benNumber,
    `Open a hotline ${tag}`,
    'Policy Unit',
  ]);
  expect(byNumber.get(benNumber)?.[13]).toBe('Q1 2027 (due 2027-03-31)');
  expect(byNumber.get(anaNumber)?.slice(0, 5)).toEqual([
    outcomeCell,
    objectiveCell,
    anaNumber,
    `Design the module ${tag}`,
    '',
  ]);
});
