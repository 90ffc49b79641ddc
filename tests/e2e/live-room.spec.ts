import { LiveRoom } from './pages/live-room';
import { expect, test } from './scenario';

// The live room: breakouts send each contributor to their group's area, the shared timer shows
// the same time to everyone (after a reload too), and follow-me brings everyone to the facilitator.

test('breakouts, the shared timer and follow-me', async ({
  scenario,
  facilitator,
  contributor: ana,
  contributor2: ben,
}) => {
  const base = scenario.path();
  const [room, anaRoom, benRoom] = [new LiveRoom(facilitator), new LiveRoom(ana), new LiveRoom(ben)];
  await room.open(base);
  await anaRoom.open(base);
  await benRoom.open(base);

  // Each goes to their group's first area: Group A holds key factors 1-5 and collective action,
  // Group B key factors 6-10 and gender diversity (the demo's shape).
  await room.command('Start breakouts');
  await expect(ana).toHaveURL(`${base}/checklist/leadership-commitment`);
  await expect(ben).toHaveURL(`${base}/checklist/audit-investigation`);

  // The timer: same remaining time on both sides, also after Ana reloads.
  await room.startTimer(10, 'Group work');
  await expect(benRoom.timer()).toContainText('Group work');
  await ana.reload();
  await expect(anaRoom.timer()).toContainText('Group work');
  const [a, b] = await Promise.all([anaRoom.timerSeconds(), benRoom.timerSeconds()]);
  expect(Math.abs(a - b)).toBeLessThanOrEqual(2);
  expect(a).toBeGreaterThan(9 * 60);

  // Follow me: both contributors come to the facilitator's page.
  await facilitator.goto(`${base}/checklist/transparency`);
  await room.command('Follow me');
  await expect(ana).toHaveURL(`${base}/checklist/transparency`);
  await expect(ben).toHaveURL(`${base}/checklist/transparency`);
  await expect(anaRoom.follow()).toContainText('Following Fatima External');
  // The leader moves on; the followers go along.
  await facilitator.getByRole('button', { name: 'Prepare', exact: true }).click();
  await facilitator.getByRole('link', { name: 'Groups' }).first().click();
  await expect(ana).toHaveURL(`${base}/groups`);
  await expect(ben).toHaveURL(`${base}/groups`);

  // Stopping follow-me, the timer and the breakouts lets the contributors go.
  await room.command('Stop follow-me');
  await room.command('Stop timer');
  await room.command('End breakouts');
  await expect(anaRoom.follow()).toHaveCount(0);
});
