import { demoAssessmentId, expect, test } from './fixtures';

// The app's one data table, on the members page: a column header's button sorts the rows and
// says so with aria-sort, and at phone width the table scrolls in its own box, not the page.

test('a column header sorts the members and a phone page does not scroll sideways', async ({ facilitator }) => {
  const id = await demoAssessmentId(facilitator);
  await facilitator.goto(`/assessments/${id}/members`);
  const table = facilitator.getByRole('table', { name: /^Members/ });
  const header = table.getByRole('columnheader', { name: 'Name' });
  const sort = header.getByRole('button', { name: 'Name' });
  const names = () => table.getByRole('rowheader').evaluateAll((cells) => cells.map((c) => c.firstChild!.textContent!));
  const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
  const byName = (list: string[]) => [...list].sort(collator.compare);
  expect((await names()).length).toBeGreaterThan(2);
  await expect(header).not.toHaveAttribute('aria-sort');
  await expect(sort).toHaveAccessibleDescription('Sort by Name, ascending');

  await sort.click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  const ascending = await names();
  expect(ascending).toEqual(byName(ascending));
  await expect(sort).toHaveAccessibleDescription('Sort by Name, descending');

  // By keyboard too: the button takes Enter.
  await sort.focus();
  await facilitator.keyboard.press('Enter');
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  expect(await names()).toEqual(byName(ascending).reverse());

  await facilitator.setViewportSize({ width: 375, height: 812 });
  await facilitator.reload();
  // Too wide for the phone, the table scrolls in its own box, which a keyboard can reach.
  const box = table.locator('xpath=..');
  await expect(box).toHaveAttribute('role', 'region');
  await expect(box).toHaveAttribute('tabindex', '0');
  const { scrollWidth, innerWidth } = await facilitator.evaluate(() => ({
    scrollWidth: document.scrollingElement!.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
});
