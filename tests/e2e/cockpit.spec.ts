import type { Page } from '@playwright/test';
import { demoAssessmentId, expect, test } from './fixtures';

// The facilitator runs a session from the cockpit alone, item by item: breakouts with a timer and
// back, a group's report-back, a rating round. Participants are taken where each item needs them,
// and the co-facilitator's cockpit follows live.

async function openLive(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByTestId('live-online')).toContainText('online');
}

test('a facilitator runs the session from the cockpit', async ({
  facilitator,
  localFacilitator: colleague,
  contributor: ana,
  contributor2: ben,
}) => {
  const id = await demoAssessmentId(facilitator);
  const base = `/assessments/${id}`;
  const { groups } = (await (await facilitator.request.get(`/api/assessments/${id}/groups`)).json()) as {
    groups: { id: string; name: string }[];
  };
  const groupA = groups.find((g) => g.name === 'Group A')!;
  const created = await facilitator.request.post(`/api/assessments/${id}/sessions`, {
    data: {
      title: 'Cockpit run',
      startsAt: new Date(Date.now() - 60_000).toISOString(),
      durationMinutes: 120,
      agenda: [
        { title: 'Group work', kind: 'breakout', durationMinutes: 30, timerMinutes: 20 },
        { title: 'Group A reports', kind: 'report-back', groupId: groupA.id, durationMinutes: 20 },
        { title: 'Rate the activities', kind: 'rating', durationMinutes: 15 },
      ],
    },
  });
  expect(created.status()).toBe(201);
  const { session } = (await created.json()) as { session: { id: string } };

  try {
    await openLive(facilitator, `${base}/cockpit`);
    await openLive(colleague, `${base}/cockpit`);
    await openLive(ana, base);
    await openLive(ben, base);
    const current = facilitator.getByTestId('cockpit-current');
    const theirs = colleague.getByTestId('cockpit-current');
    await expect(facilitator.getByRole('heading', { name: 'Cockpit', level: 2 })).toBeVisible();
    await expect(facilitator.getByTestId('cockpit-agenda')).toContainText('Group work');
    await expect(facilitator.getByTestId('cockpit-group')).toHaveCount(groups.length);

    // Breakouts and their timer start together; each contributor goes to their group's first area.
    await current.getByRole('button', { name: 'Start next: Group work' }).click();
    await expect(ana).toHaveURL(`${base}/checklist/leadership-commitment`);
    await expect(ben).toHaveURL(`${base}/checklist/audit-investigation`);
    await expect(ana.getByTestId('live-timer')).toContainText('Group work');
    await expect(ben.getByTestId('live-timer')).toContainText('Group work');
    // Everyone's live strip names the item running and when it ends.
    await expect(ana.getByTestId('live-agenda-item')).toContainText('Now: Group work, until');
    // The facilitators stay on their cockpit, and the colleague's shows the item running.
    await expect(facilitator).toHaveURL(`${base}/cockpit`);
    await expect(colleague).toHaveURL(`${base}/cockpit`);
    await expect(theirs).toContainText('Group work');
    await expect(colleague.locator('[aria-current="step"]')).toContainText('Group work');

    await current.getByRole('button', { name: 'Extend 5 min' }).click();
    await expect(theirs).toContainText('extended by 5 min');

    // Ending the breakouts brings everyone back, to the next item's page: Group A's report-back.
    await current.getByRole('button', { name: 'End item' }).click();
    await expect(ana).toHaveURL(`${base}/report-back?group=${groupA.id}`);
    await expect(ben).toHaveURL(`${base}/report-back?group=${groupA.id}`);
    await expect(ana.getByTestId('live-timer')).toHaveCount(0);

    await current.getByRole('button', { name: 'Start next: Group A reports' }).click();
    await expect(theirs).toContainText('Group A reports');
    await expect(ben.getByTestId('live-agenda-item')).toContainText('Now: Group A reports');
    await expect(colleague.getByText('Group A is spotlighted')).toBeVisible();

    // The rating round takes everyone to the priorities page.
    await current.getByRole('button', { name: 'Start next: Rate the activities' }).click();
    await expect(ana).toHaveURL(`${base}/priorities`);
    await expect(ben).toHaveURL(`${base}/priorities`);
    await expect(colleague.locator('[aria-current="step"]')).toContainText('Rate the activities');
    await expect(colleague.getByTestId('cockpit-agenda').locator('[data-status="done"]')).toHaveCount(2);

    await current.getByRole('button', { name: 'End item' }).click();
    await expect(theirs).toContainText('No item is running.');
  } finally {
    // The room is shared with the other tests: follow-me, the spotlight and the session go.
    const page = facilitator;
    await page.goto(`${base}/cockpit`);
    await expect(page.getByTestId('live-online')).toContainText('online');
    const stop = page.getByRole('button', { name: 'Stop follow-me' }).first();
    if (await stop.isVisible()) await stop.click();
    const clear = page.getByRole('button', { name: 'Clear the spotlight' });
    if (await clear.isVisible()) await clear.click();
    await page.request.delete(`/api/assessments/${id}/sessions/${session.id}`);
  }
});

test('the session form sets what an agenda item does, its time, length and leader', async ({ facilitator }) => {
  const id = await demoAssessmentId(facilitator);
  await facilitator.goto(`/assessments/${id}/sessions`);
  const form = facilitator.getByRole('form', { name: /Schedule/ });
  await form.locator('#new-session-title').fill('Planned with a run of show');
  await form.locator('#new-session-date').fill('2030-05-06');
  await form.locator('#new-session-time').fill('09:00');
  await form.locator('#new-session-duration').fill('90');
  await form.getByRole('button', { name: 'Add agenda item' }).click();
  await form.getByLabel('Item 1: title').fill('Group work');
  await form.getByLabel('What starting it does').selectOption('breakout');
  await form.getByLabel('Starts at (optional)').fill('09:15');
  await form.getByLabel('Minutes', { exact: true }).fill('45');
  await form.getByLabel('Timer (minutes)').fill('40');
  await form.getByLabel('Led by').selectOption({ label: 'Fatima External' });
  await form.getByRole('button', { name: 'Schedule session' }).click();
  await expect(form.getByRole('status')).toContainText('Scheduled');
  const card = facilitator.getByRole('article', { name: 'Planned with a run of show' });
  await expect(card).toContainText('09:15');
  await expect(card).toContainText('Breakouts with a timer · 45 min');

  const { sessions } = (await (await facilitator.request.get(`/api/assessments/${id}/sessions`)).json()) as {
    sessions: { id: string; title: string; agenda: Record<string, unknown>[] }[];
  };
  const created = sessions.find((s) => s.title === 'Planned with a run of show')!;
  try {
    expect(created.agenda[0]).toMatchObject({
      title: 'Group work',
      kind: 'breakout',
      durationMinutes: 45,
      timerMinutes: 40,
      ownerId: expect.any(String),
      startsAt: expect.stringMatching(/^2030-05-06T/),
    });
  } finally {
    await facilitator.request.delete(`/api/assessments/${id}/sessions/${created.id}`);
  }
});
