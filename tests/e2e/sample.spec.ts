import { expect, test } from '@playwright/test';
import { watchProblems } from './pageProblems';

test('the bundled sample opens aligned in two columns', async ({ page }) => {
  const problems = watchProblems(page);
  await page.goto('/');
  const grid = page.getByRole('grid');
  await expect(grid).toBeVisible();
  const rowCount = Number(await grid.getAttribute('aria-rowcount'));
  expect(rowCount).toBeGreaterThan(10);

  const first = grid.getByRole('row').first();
  await expect(first).toHaveAttribute('aria-rowindex', '1');
  await expect(first.locator('[role="gridcell"][lang="zh"]')).toContainText('中美人权对话');
  await expect(first.locator('[role="gridcell"][lang="en"]')).toContainText(
    'Sino-U.S. Human Rights Dialogue',
  );

  // The Chinese source line stays unpaired; the first body paragraphs pair 1-1.
  const sourceRow = grid.getByRole('row').filter({ hasText: '来源：环球时报' });
  await expect(sourceRow.locator('[lang="en"]')).toHaveAccessibleName('No counterpart');
  const bodyRow = grid.getByRole('row').filter({ hasText: '这一对话机制始于1990年' });
  await expect(bodyRow.locator('[lang="en"]')).toContainText('This dialogue began in 1990');

  // The English page trailer stays unpaired.
  await grid.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  const trailer = grid.getByRole('row').filter({ hasText: 'Sharing is caring!' });
  await expect(trailer.locator('[lang="zh"]')).toHaveAccessibleName('No counterpart');

  await grid.evaluate((el) => el.scrollTo(0, 0));
  await page.screenshot({ path: 'artifacts/sample.png', fullPage: false });
  expect(problems).toEqual([]);
});
