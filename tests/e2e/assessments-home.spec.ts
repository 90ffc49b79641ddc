import { DEMO_ASSESSMENT_TITLE, expect, test } from './fixtures';

// The list of assessments tells a member of several workshops where each stands and where to go next.

test('the list shows each assessment’s stage, the member’s role and the next session', async ({ facilitator }) => {
  // An assessment of this test alone, with a session tomorrow, so the demo's own sessions do not matter.
  const title = `Home list ${Date.now()}`;
  const created = await facilitator.request.post('/api/assessments', {
    data: {
      administration: 'Customs',
      country: 'Testland',
      title,
      scope: 'targeted',
      areas: ['transparency'],
      mode: 2,
      plannedStart: '2030-01-05',
      plannedEnd: '2030-02-20',
      timeZone: 'UTC',
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { assessment } = (await created.json()) as { assessment: { id: string } };
  const startsAt = new Date(Date.now() + 24 * 3_600_000);
  startsAt.setUTCMinutes(0, 0, 0);
  const session = await facilitator.request.post(`/api/assessments/${assessment.id}/sessions`, {
    data: { title: 'Kick-off', startsAt: startsAt.toISOString(), durationMinutes: 60, agenda: [] },
  });
  expect(session.status(), await session.text()).toBe(201);

  await facilitator.goto('/assessments');
  const card = facilitator.getByRole('listitem').filter({ has: facilitator.getByRole('link', { name: title }) });
  await expect(card.getByTestId('assessment-stage')).toHaveText('Stage: Preparation');
  await expect(card).toContainText('You: External facilitator');
  await expect(card).toContainText(/Planned: .*2030 to .*2030/);
  // In the facilitator's profile zone (Brussels), not the browser's or the server's.
  const when = new Intl.DateTimeFormat('en', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  }).format(startsAt);
  await expect(card.getByTestId('assessment-next-session')).toHaveText(`Next session: Kick-off, ${when}`);

  const demo = facilitator
    .getByRole('listitem')
    .filter({ has: facilitator.getByRole('link', { name: DEMO_ASSESSMENT_TITLE, exact: true }) });
  // The demo is in the middle of its workshop: groups and answers exist.
  await expect(demo.getByTestId('assessment-stage')).not.toHaveText('Stage: Preparation');
  await expect(demo).toContainText('You: External facilitator');
});
