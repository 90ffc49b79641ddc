import crypto from 'node:crypto';
import { ChecklistArea } from './pages/checklist-area';
import { expect, test } from './scenario';

// The live checklist of an area: two members of Group A (which holds Transparency) answer the same
// question together, the answer and its evaluation survive a reload, and an observer and a member
// of another group follow without being able to write.
const QUESTION = 'transparency.20';

test('two contributors write one answer together and see each other', async ({
  scenario,
  contributor: ana,
  externalContributor: ben,
}) => {
  const id = scenario.assessmentId;
  const a = new ChecklistArea(ana);
  const b = new ChecklistArea(ben);
  await a.open(id, 'transparency');
  await b.open(id, 'transparency');
  const [aAnswer, bAnswer] = [await a.answer(QUESTION), await b.answer(QUESTION)];
  const fromAna = `Ana-${crypto.randomBytes(3).toString('hex')}`;
  const fromBen = `Ben-${crypto.randomBytes(3).toString('hex')}`;

  await a.typeAtEnd(aAnswer, fromAna);
  await expect(bAnswer).toContainText(fromAna);

  await b.typeAtEnd(bAnswer, fromBen);
  await expect(aAnswer).toContainText(fromBen);
  await expect(bAnswer).toContainText(fromAna);

  // Tomás's caret, with his name, in Ana's editor; and his initials on the question.
  await expect(a.question(QUESTION).locator('.collaboration-carets__label', { hasText: 'Tomás Trader' })).toBeVisible();
  await expect(a.question(QUESTION).getByRole('list', { name: /Also here: Tomás Trader/ })).toBeVisible();

  // Who edited last, and the evaluation, reach the other side.
  await expect(a.question(QUESTION).getByText(/Edited by (you|Tomás Trader)/)).toBeVisible();
  await a.evaluation(QUESTION).selectOption('needs-improvement');
  await expect(b.evaluation(QUESTION)).toHaveValue('needs-improvement');
  await expect(b.question(QUESTION).getByText('Edited by Ana Contributor')).toBeVisible();
  await expect(b.question(QUESTION).getByText('✓ Answered')).toBeVisible();

  // Nothing left unconfirmed by the server, then a reload brings both back from it.
  await a.saved();
  await ana.reload();
  await a.open(id, 'transparency');
  const again = await a.answer(QUESTION);
  await expect(again).toContainText(fromAna);
  await expect(again).toContainText(fromBen);
  await expect(a.evaluation(QUESTION)).toHaveValue('needs-improvement');

  // The filter: Ana edited question 20 last, so it is among hers.
  await ana.getByRole('radio', { name: /Last edited by me/ }).check();
  await expect(a.question(QUESTION)).toBeVisible();
  await expect(a.question('transparency.1')).toBeHidden();
});

test('edits made offline reach the others on reconnect', async ({
  scenario,
  contributor: ana,
  externalContributor: ben,
}) => {
  const a = new ChecklistArea(ana);
  const b = new ChecklistArea(ben);
  await a.open(scenario.assessmentId, 'transparency');
  await b.open(scenario.assessmentId, 'transparency');
  const [aAnswer, bAnswer] = [await a.answer(QUESTION), await b.answer(QUESTION)];
  const offline = `Offline-${crypto.randomBytes(3).toString('hex')}`;

  await ana.context().setOffline(true);
  await a.expectStatus('Offline');
  await a.typeAtEnd(aAnswer, offline);
  await expect(a.unsynced()).toContainText('not yet on the server');

  await ana.context().setOffline(false);
  await a.expectStatus('Connected');
  await expect(bAnswer).toContainText(offline);
  await a.saved();
});

test('a contributor of another group reads the area live but cannot write it', async ({
  scenario,
  contributor: ana,
  contributor2: ben,
}) => {
  const a = new ChecklistArea(ana);
  const b = new ChecklistArea(ben);
  await a.open(scenario.assessmentId, 'transparency');
  await b.open(scenario.assessmentId, 'transparency');
  const [aAnswer, bAnswer] = [await a.answer(QUESTION), await b.answer(QUESTION)];
  const marker = `GroupA-${crypto.randomBytes(3).toString('hex')}`;
  await a.typeAtEnd(aAnswer, marker);
  await expect(bAnswer).toContainText(marker);
  await expect(bAnswer).toHaveAttribute('contenteditable', 'false');
  await expect(ben.getByText('Read only', { exact: false }).first()).toBeVisible();
});

test('an observer reads live but cannot write', async ({ scenario, contributor: ana, observer }) => {
  const id = scenario.assessmentId;
  const a = new ChecklistArea(ana);
  const o = new ChecklistArea(observer);
  await a.open(id, 'transparency');
  await o.open(id, 'transparency');
  const [aAnswer, oAnswer] = [await a.answer(QUESTION), await o.answer(QUESTION)];
  const marker = `Live-${crypto.randomBytes(3).toString('hex')}`;

  await a.typeAtEnd(aAnswer, marker);
  await expect(oAnswer).toContainText(marker);

  await expect(observer.getByText('Read only: you can follow the answers live', { exact: false })).toBeVisible();
  await expect(oAnswer).toHaveAttribute('contenteditable', 'false');
  await expect(o.evaluation(QUESTION)).toBeDisabled();
  await expect(o.question(QUESTION).getByRole('toolbar')).toHaveCount(0);

  const attempt = `Observer-${crypto.randomBytes(3).toString('hex')}`;
  await oAnswer.click();
  await observer.keyboard.type(attempt);
  await expect(oAnswer).not.toContainText(attempt);

  // Ana writes after the attempt; once that reaches the observer, the attempt would have too.
  const after = `After-${crypto.randomBytes(3).toString('hex')}`;
  await ana.keyboard.type(` ${after}`);
  await expect(oAnswer).toContainText(after);
  await expect(aAnswer).not.toContainText(attempt);
  await ana.reload();
  await a.open(id, 'transparency');
  const again = await a.answer(QUESTION);
  await expect(again).toContainText(after);
  await expect(again).not.toContainText(attempt);
});
