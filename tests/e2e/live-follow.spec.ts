import { LiveRoom } from './pages/live-room';
import { expect, test } from './scenario';

// Breakouts and follow-me, finished: ending the breakouts brings everyone back to the plenary
// page; a participant who stopped following can follow again; the leader sees who follows; the
// list of who is online tells each person's group, page and local time, covers no other control
// and closes with Escape.

test('back from breakouts, follow again, who follows and where everyone is', async ({
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

  // Breakouts send each to their group; ending them brings everyone to the facilitator's page.
  await room.command('Start breakouts');
  await expect(ana).toHaveURL(`${base}/checklist/leadership-commitment`);
  await expect(ben).toHaveURL(`${base}/checklist/audit-investigation`);
  await room.open(`${base}/report-back`);
  await room.command('End breakouts');
  await expect(ana).toHaveURL(`${base}/report-back`);
  await expect(ben).toHaveURL(`${base}/report-back`);
  await expect(ana.getByTestId('live-breakouts')).toHaveCount(0);

  // Follow me: the leader sees how many follow; Ana stops following, then follows again.
  await room.command('Follow me');
  const followers = facilitator.getByTestId('live-followers');
  await expect(followers).toHaveText('2 of 2 following you');
  await anaRoom.follow().getByRole('button', { name: 'Stop following' }).click();
  await expect(anaRoom.follow()).toContainText('Fatima External is presenting (not following)');
  await expect(followers).toHaveText('1 of 2 following you');

  // Who is where: group, page, local time and whether they follow, in the flow under the strip.
  const online = room.online();
  await online.click();
  await expect(online).toHaveAttribute('aria-expanded', 'true');
  const list = facilitator.getByRole('list', { name: 'Online now' });
  const anaRow = list.getByRole('listitem').filter({ hasText: 'Ana Contributor' });
  await expect(anaRow).toContainText('Group A');
  await expect(anaRow).toContainText('Report-back');
  await expect(anaRow).toContainText(/\d{1,2}:\d{2}.* local time/);
  await expect(anaRow).toContainText('not following');
  await expect(list.getByRole('listitem').filter({ hasText: 'Ben Contributor' })).toContainText(/Group B.*following/);
  // The open list covers no other control: the console's button is still the one a click reaches.
  await facilitator.getByRole('button', { name: /facilitator console/i }).click({ trial: true });
  await facilitator.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expect(online).toHaveAttribute('aria-expanded', 'false');
  await expect(online).toBeFocused();

  // The leader moves on: Ben goes along, Ana stays until she follows again.
  await facilitator.getByRole('navigation', { name: 'Assessment' }).getByRole('button', { name: 'Prepare' }).click();
  await facilitator.getByRole('navigation', { name: 'Assessment' }).getByRole('link', { name: 'Groups' }).click();
  await expect(ben).toHaveURL(`${base}/groups`);
  await expect(ana).toHaveURL(`${base}/report-back`);
  await anaRoom.follow().getByRole('button', { name: 'Follow again' }).click();
  await expect(ana).toHaveURL(`${base}/groups`);
  await expect(anaRoom.follow()).toContainText('Following Fatima External');
  await expect(followers).toHaveText('2 of 2 following you');

  // Stopping follow-me lets everyone go.
  await room.command('Stop follow-me');
  await expect(anaRoom.follow()).toHaveCount(0);
});
