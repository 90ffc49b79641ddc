// Stage 1, the assessment itself: the facilitator schedules today's session and starts the
// breakouts; each group answers and evaluates its area together, discusses, writes its findings
// with a proposed activity citing a question; the facilitator ends the breakouts.
import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';
import { AREA_A, AREA_B, type TCast, connected, inLiveRoom, openConsole, saved } from './cast';

/** Today's date and a time a few minutes from now in `zone`, as the session form takes them. */
function soonIn(zone: string): { date: string; time: string } {
  const at = new Date(Date.now() + 5 * 60_000);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** The facilitator schedules a session starting in a few minutes (so it counts as running); a member sees it. */
export async function scheduleSession(cast: TCast, assessmentId: string, title: string): Promise<void> {
  const { facilitator } = cast;
  await facilitator.goto(`/assessments/${assessmentId}/sessions`);
  const form = facilitator.getByRole('form', { name: 'Schedule a session' });
  // The facilitator's profile is in Brussels: the form asks for times there.
  const { date, time } = soonIn('Europe/Brussels');
  await form.getByLabel('Title', { exact: true }).fill(title);
  await form.getByLabel('Date (Europe/Brussels)').fill(date);
  await form.getByLabel('Start time (Europe/Brussels)').fill(time);
  await form.getByLabel('Duration (minutes)').fill('180');
  await form.getByRole('button', { name: 'Add agenda item' }).click();
  await form.getByLabel('Item 1: title').fill('Breakout groups assess their key factors');
  await form.getByLabel('Annex 4 activity (optional)').selectOption('5.3');
  await form.getByRole('button', { name: 'Schedule session' }).click();
  await expect(facilitator.getByRole('status').filter({ hasText: `Scheduled “${title}”.` })).toBeVisible();

  const ana = cast.rapporteurA;
  await ana.goto(`/assessments/${assessmentId}/sessions`);
  const card = ana.getByRole('article', { name: title });
  await expect(card).toContainText('Running now');
  await expect(card).toContainText('Breakout groups assess their key factors');
}

/** Everyone is in the live room; the facilitator starts breakouts and a timer; each lands in their group's area. */
export async function startBreakouts(cast: TCast, assessmentId: string): Promise<void> {
  const base = `/assessments/${assessmentId}`;
  const everyone = Object.values(cast);
  await Promise.all(everyone.map((p) => p.goto(base)));
  await Promise.all(everyone.map(inLiveRoom));
  await expect(cast.facilitator.getByTestId('live-online')).toContainText(`${everyone.length} online`);

  const console = await openConsole(cast.facilitator);
  await console.getByRole('button', { name: 'Start breakouts' }).click();
  for (const page of [cast.rapporteurA, cast.contributorA])
    await expect(page).toHaveURL(`${base}/checklist/${AREA_A.id}`);
  for (const page of [cast.rapporteurB, cast.contributorB])
    await expect(page).toHaveURL(`${base}/checklist/${AREA_B.id}`);
  // Without a group, the observer is shown the groups.
  await expect(cast.observer).toHaveURL(`${base}/groups`);
  await expect(cast.rapporteurB.getByTestId('live-breakouts')).toHaveText('Breakouts are running.');

  await console.getByLabel('Minutes').fill('45');
  await console.getByLabel('Label').fill('Group work');
  await console.getByRole('button', { name: /Start timer|Restart timer/ }).click();
  for (const page of [cast.rapporteurA, cast.contributorB])
    await expect(page.getByTestId('live-timer')).toContainText('Group work');
}

/** A question card of the area page, with its answer editor ready. */
async function question(page: Page, key: string): Promise<{ card: Locator; answer: Locator; number: string }> {
  const number = key.split('.')[1]!;
  const card = page.locator(`[id="q-${key}"]`);
  await card.scrollIntoViewIfNeeded();
  const answer = card.getByRole('textbox', { name: `Answer to question ${number}` });
  await expect(answer).toBeVisible();
  return { card, answer, number };
}

/** Types at the end of an answer. */
async function typeInto(page: Page, answer: Locator, text: string): Promise<void> {
  await answer.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(text);
}

/**
 * Ana and Tomás write one answer together and Tomás evaluates it; Group B's contributor answers and evaluates theirs.
 */
export async function answerTogether(cast: TCast, texts: { a1: string; a2: string; b1: string }): Promise<void> {
  const { rapporteurA: ana, contributorA: tomas, rapporteurB: ben, contributorB: chidi } = cast;
  await Promise.all([ana, tomas, ben, chidi].map(connected));
  const qa = `${AREA_A.id}.1`;
  const [a, t] = [await question(ana, qa), await question(tomas, qa)];
  await typeInto(ana, a.answer, texts.a1);
  await expect(t.answer).toContainText(texts.a1);
  await typeInto(tomas, t.answer, ` ${texts.a2}`);
  await expect(a.answer).toContainText(texts.a2);
  await t.card.getByLabel(`Evaluation of question ${t.number}`).selectOption('needs-improvement');
  await expect(a.card.getByLabel(`Evaluation of question ${a.number}`)).toHaveValue('needs-improvement');
  await expect(a.card.getByText('Edited by Tomás Trader')).toBeVisible();

  const qb = `${AREA_B.id}.1`;
  const [c, b] = [await question(chidi, qb), await question(ben, qb)];
  await typeInto(chidi, c.answer, texts.b1);
  await c.card.getByLabel(`Evaluation of question ${c.number}`).selectOption('action-required');
  await expect(b.answer).toContainText(texts.b1);
  await expect(b.card.getByLabel(`Evaluation of question ${b.number}`)).toHaveValue('action-required');
  await Promise.all([ana, tomas, chidi].map(saved));
}

/** Ana asks Tomás a question in the answer's discussion, mentioning him; he sees it is for him. */
export async function commentWithMention(cast: TCast, note: string): Promise<void> {
  const { rapporteurA: ana, contributorA: tomas } = cast;
  const key = `${AREA_A.id}.1`;
  const [a, t] = [ana.locator(`[id="q-${key}"]`), tomas.locator(`[id="q-${key}"]`)];
  await t.getByRole('button', { name: /Discussion/ }).click();
  await a.getByRole('button', { name: /Discussion/ }).click();
  await a.getByLabel('Add a comment').fill(note);
  await a.getByLabel('Mention a member').selectOption({ label: 'Tomás Trader' });
  await a.getByRole('button', { name: 'Post comment' }).click();
  const received = t.getByRole('listitem').filter({ hasText: note });
  await expect(received).toBeVisible();
  await expect(received.getByText('(mentions you)')).toBeVisible();
}

/** Adds one finding of a kind on a group's findings page and types its text; returns its list item. */
async function addFinding(
  page: Page,
  kind: { region: RegExp; add: string; text: RegExp },
  text: string,
): Promise<Locator> {
  const region = page.getByRole('region', { name: kind.region });
  const items = region.locator('ol > li');
  const before = await items.count();
  await region.getByRole('button', { name: kind.add }).click();
  await expect(items).toHaveCount(before + 1);
  const item = items.last();
  await item.getByRole('textbox', { name: kind.text }).click();
  await page.keyboard.type(text);
  return item;
}

const STRENGTH = { region: /^Strengths/, add: '+ Add strength', text: /Text of strength/ };
const WEAKNESS = { region: /^Weaknesses/, add: '+ Add weakness', text: /Text of weakness/ };
const ACTIVITY = { region: /^Proposed activities/, add: '+ Add proposed activity', text: /Text of proposed activity/ };

/**
 * A rapporteur opens the group's findings from the groups page and writes a strength, a weakness
 * and a proposed activity citing the group's first answered question; a group member sees them live.
 */
export async function writeFindings(
  rapporteur: Page,
  member: Page,
  assessmentId: string,
  group: string,
  texts: { strength: string; weakness: string; activity: string },
  cite: string,
): Promise<void> {
  for (const page of [rapporteur, member]) {
    await page.goto(`/assessments/${assessmentId}/groups`);
    await page.getByRole('link', { name: `Findings of ${group}` }).click();
    await connected(page);
  }
  await addFinding(rapporteur, STRENGTH, texts.strength);
  await addFinding(rapporteur, WEAKNESS, texts.weakness);
  const activity = await addFinding(rapporteur, ACTIVITY, texts.activity);
  await activity.getByLabel('Question to cite').selectOption(cite);
  await activity.getByRole('button', { name: 'Cite' }).click();
  await expect(
    activity.getByRole('list', { name: 'Cited questions' }).locator(`a[data-question-key="${cite}"]`),
  ).toBeVisible();
  await saved(rapporteur);

  const seen = member
    .getByRole('region', { name: ACTIVITY.region })
    .locator('ol > li')
    .filter({ has: member.getByRole('textbox', { name: ACTIVITY.text }) })
    .last();
  await expect(seen.getByRole('textbox', { name: ACTIVITY.text })).toContainText(texts.activity);
  await expect(
    seen.getByRole('list', { name: 'Cited questions' }).locator(`a[data-question-key="${cite}"]`),
  ).toBeVisible();
  await expect(member.getByRole('region', { name: STRENGTH.region })).toContainText(texts.strength);
}

/** The facilitator ends the breakouts from the report-back page: everyone comes back to it. */
export async function endBreakouts(cast: TCast, assessmentId: string): Promise<void> {
  const reportBack = `/assessments/${assessmentId}/report-back`;
  const { facilitator } = cast;
  await facilitator.goto(reportBack);
  const console = await openConsole(facilitator);
  await console.getByRole('button', { name: 'Stop timer' }).click();
  await console.getByRole('button', { name: 'End breakouts' }).click();
  for (const page of Object.values(cast)) await expect(page).toHaveURL(reportBack);
  await expect(cast.rapporteurA.getByTestId('live-breakouts')).toHaveCount(0);
}

/** Everyone who was in the live room during the session is on its attendance list. */
export async function attendanceRecorded(
  facilitator: Page,
  assessmentId: string,
  title: string,
  names: string[],
): Promise<void> {
  await facilitator.goto(`/assessments/${assessmentId}/sessions`);
  const card = facilitator.getByRole('article', { name: title });
  await expect(card.getByRole('heading', { name: `Attendance (${names.length})` })).toBeVisible();
  for (const name of names)
    await expect(card.getByRole('listitem').filter({ hasText: `${name}: joined` })).toBeVisible();
}
