import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// The built app's Content-Security-Policy blocks the injected axe script: bypass it in this
// file only; the policy itself is tested in security.spec.ts.
test.use({ bypassCSP: true });

/** Serious and critical violations, by rule and the elements they were found on. */
async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the main view, each dialog and the shortcut sheet have no serious accessibility violation', async ({
  page,
}) => {
  // Eight full axe runs: a minute on a busy 2-core machine, so three times the usual budget.
  test.slow();
  await page.goto('/');
  const grid = page.getByRole('grid');
  await expect(grid.getByRole('row').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  expect(await seriousViolations(page, '.help-sheet')).toEqual([]);
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
  expect(await seriousViolations(page, '.palette')).toEqual([]);
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+g');
  await expect(page.getByRole('dialog', { name: 'Go to row' })).toBeVisible();
  expect(await seriousViolations(page, '.goto')).toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'About' }).click();
  await expect(page.getByRole('dialog', { name: /About/ })).toBeVisible();
  expect(await seriousViolations(page, '.about-dialog')).toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Paste texts…' }).click();
  const paste = page.getByRole('dialog', { name: 'Paste texts to align' });
  await expect(paste).toBeVisible();
  expect(await seriousViolations(page, '.paste-dialog')).toEqual([]);
  await page.keyboard.press('Escape');

  // In Chinese too.
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption('zh');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  expect(await seriousViolations(page)).toEqual([]);
});

test('a skip link leads to the grid, which shows its focus and announces row moves', async ({
  page,
}) => {
  await page.goto('/');
  const grid = page.getByRole('grid');
  await expect(grid.getByRole('row').first()).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the aligned text' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(grid).toBeFocused();
  const outline = await grid.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('j');
  await expect(grid).toHaveAttribute('aria-activedescendant', 'row-1');
  await expect(page.locator('[aria-live="polite"]').filter({ hasText: /^Row 2 of/ })).toHaveCount(
    1,
  );
});
