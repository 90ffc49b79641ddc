import crypto from 'node:crypto';
import { ChecklistArea } from './pages/checklist-area';
import { expect, test } from './scenario';

// Evaluating a question the guide's way (Part II, step 5, Figure 5): the guide leads a contributor
// from the existing measures to their effectiveness and the gap that remains, sets the evaluation
// it leads to through the live document, and the chosen evaluation says what it means; the answer
// editor goes on working beside it.
const QUESTION = 'transparency.20';

test('a contributor is led through the evaluation of a question and the choice carries its meaning', async ({
  scenario,
  contributor: ana,
  externalContributor: ben,
}) => {
  const id = scenario.assessmentId;
  const [a, b] = [new ChecklistArea(ana), new ChecklistArea(ben)];
  await a.open(id, 'transparency');
  await b.open(id, 'transparency');
  const question = a.question(QUESTION);
  const answer = await a.answer(QUESTION);

  await question.getByRole('button', { name: 'How to evaluate question 20' }).click();
  const guide = question.getByTestId('evaluation-guide');
  await expect(guide).toContainText('solid integrity practices in place');
  await expect(guide).toContainText('Figure 5. Evaluation of existing integrity measures and controls');
  // Every choice with its meaning.
  await expect(guide).toContainText('Needs improvement: measures or controls exist but are not fully effective');
  await expect(guide).toContainText('Action required: no measure or control exists');

  const measures = guide.getByRole('group', { name: 'What measures or controls exist for this question?' });
  await measures.getByRole('radio', { name: 'Some exist' }).check();
  const effective = guide.getByRole('group', { name: 'Are they effective?' });
  await effective.getByRole('radio', { name: 'Partly, or not' }).check();
  await expect(guide.getByRole('status')).toContainText('This leads to: Needs improvement.');
  await expect(guide).toContainText('What gap remains?');

  // The answer is written in the shared editor meanwhile, as the prompts ask.
  const gap = `Declarations are published, but not rulings ${crypto.randomBytes(3).toString('hex')}`;
  await a.typeAtEnd(answer, gap);
  await guide.getByRole('button', { name: 'Set the evaluation to Needs improvement' }).click();
  await expect(a.evaluation(QUESTION)).toHaveValue('needs-improvement');
  await expect(guide.getByRole('status')).toContainText('That is the evaluation chosen.');
  await expect(question.getByTestId('evaluation-meaning')).toHaveText(
    'Needs improvement: measures or controls exist but are not fully effective: the answer says what gap remains.',
  );

  // Both reach Ben live.
  await expect(b.evaluation(QUESTION)).toHaveValue('needs-improvement');
  await expect(await b.answer(QUESTION)).toContainText(gap);

  // None exist: the flow skips effectiveness and leads to action required.
  await measures.getByRole('radio', { name: 'None exist' }).check();
  await expect(effective).toHaveCount(0);
  await guide.getByRole('button', { name: 'Set the evaluation to Action required' }).click();
  await expect(b.evaluation(QUESTION)).toHaveValue('action-required');
  await expect(b.question(QUESTION).getByTestId('evaluation-meaning')).toContainText('Action required: no measure');
});
