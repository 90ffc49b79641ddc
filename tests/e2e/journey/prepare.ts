// Stage 1, preparation: the facilitator creates the assessment, invites the working group, each
// person accepts their invitation, and the facilitator forms the two breakout groups.
import type { Page } from '@playwright/test';
import { expect } from '../fixtures';
import { AREA_A, AREA_B, type TCast } from './cast';

type TInvitee = { page: Page; email: string; role: string };

/** Creates a targeted assessment of the journey's two areas; returns its id. */
export async function createAssessment(facilitator: Page, title: string): Promise<string> {
  await facilitator.goto('/assessments/new');
  await facilitator.getByLabel('Title').fill(title);
  await facilitator.getByLabel('Customs administration').fill('Journey Customs Service');
  await facilitator.getByLabel('Country').fill('Journeyland');
  await facilitator.getByRole('radio', { name: /Targeted/ }).check();
  for (const area of [AREA_A, AREA_B]) await facilitator.getByRole('checkbox', { name: area.name }).check();
  await facilitator.getByLabel('The administration’s time zone').selectOption('Africa/Nairobi');
  await facilitator.getByRole('button', { name: /Create/ }).click();
  await expect(facilitator).toHaveURL(/\/assessments\/[0-9a-f-]{36}$/);
  await expect(facilitator.getByRole('heading', { level: 1, name: title })).toBeVisible();
  return new URL(facilitator.url()).pathname.split('/')[2]!;
}

/** Invites each person by email; each opens the link in their own browser and joins. */
export async function inviteAndJoin(
  facilitator: Page,
  assessmentId: string,
  title: string,
  invitees: TInvitee[],
): Promise<void> {
  await facilitator.goto(`/assessments/${assessmentId}/members`);
  const form = facilitator.getByRole('form', { name: 'Invite a member' });
  let previous = '';
  for (const invitee of invitees) {
    await form.getByLabel('Email').fill(invitee.email);
    await form.getByLabel('Role', { exact: true }).selectOption({ label: invitee.role });
    await form.getByRole('button', { name: 'Invite' }).click();
    // Without a mail server the link is shown to copy and send.
    const link = form.getByLabel('Invitation link');
    await expect(link).not.toHaveValue(previous);
    const url = await link.inputValue();
    previous = url;
    await invitee.page.goto(url);
    await invitee.page.getByRole('button', { name: 'Accept and join' }).click();
    await expect(invitee.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }
  await facilitator.reload();
  await expect(facilitator.getByRole('heading', { name: `Members (${invitees.length + 1})` })).toBeVisible();
}

/** Forms Group A and Group B with their rapporteurs and allocates one area to each. */
export async function formGroups(
  cast: TCast,
  assessmentId: string,
  names: { a: string[]; b: string[] },
): Promise<void> {
  const { facilitator } = cast;
  await facilitator.goto(`/assessments/${assessmentId}/groups`);
  for (const [group, members, area] of [
    ['Group A', names.a, AREA_A],
    ['Group B', names.b, AREA_B],
  ] as const) {
    const create = facilitator.getByRole('form', { name: 'Create a group' });
    await create.getByLabel('Group name').fill(group);
    await create.getByRole('button', { name: 'Create group' }).click();
    const region = facilitator.getByRole('region', { name: group });
    await expect(region).toBeVisible();
    await region.getByText(`Edit ${group}`).click();
    for (const name of members) await region.getByRole('checkbox', { name: new RegExp(`^${name}`) }).check();
    await region.getByLabel('Rapporteur').selectOption({ label: members[0]! });
    await region.getByRole('button', { name: 'Save group' }).click();
    await expect(region.getByText(`Rapporteur: ${members[0]}`)).toBeVisible();
    await facilitator.getByRole('combobox', { name: `Group for ${area.name}` }).selectOption({ label: group });
    await expect(region.getByRole('link', { name: area.name })).toBeVisible();
  }
  await expect(
    facilitator.getByRole('status').filter({ hasText: 'Every area in scope is allocated to a group.' }),
  ).toBeVisible();
  // The rapporteur sees the group's areas on their own screen.
  await cast.rapporteurB.goto(`/assessments/${assessmentId}/groups`);
  await expect(
    cast.rapporteurB.getByRole('region', { name: 'Group B' }).getByRole('link', { name: AREA_B.name }),
  ).toBeVisible();
}
