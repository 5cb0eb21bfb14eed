import { expect, test, type Page } from '@playwright/test';
import { watchProblems } from './pageProblems';

/** The row that is selected (aria-selected). */
function selectedRow(page: Page) {
  return page.locator('[role="row"][aria-selected="true"]');
}

test('fix the alignment with keyboard and mouse, and undo/redo anything', async ({ page }) => {
  const problems = watchProblems(page);
  await page.goto('/');
  const grid = page.getByRole('grid');
  await expect(grid).toBeVisible();
  const rows = Number(await grid.getAttribute('aria-rowcount'));

  // Keyboard: move down, merge, undo, redo.
  await page.keyboard.press('j');
  await expect(selectedRow(page)).toHaveAttribute('aria-rowindex', '2');
  await page.keyboard.press('m');
  await expect(grid).toHaveAttribute('aria-rowcount', String(rows - 1));
  await page.keyboard.press('Control+z');
  await expect(grid).toHaveAttribute('aria-rowcount', String(rows));
  await page.keyboard.press('Control+Shift+Z');
  await expect(grid).toHaveAttribute('aria-rowcount', String(rows - 1));

  // Mouse: the toolbar button, by its accessible name.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(grid).toHaveAttribute('aria-rowcount', String(rows));
  await page.getByRole('button', { name: 'Confirm', exact: true }).click();
  await expect(selectedRow(page).getByLabel('confirmed')).toBeVisible();

  // Edit a segment's text in place; the change is marked and can be shown as a diff.
  const body = grid.getByRole('row').filter({ hasText: '这一对话机制始于1990年' });
  await body.locator('[lang="en"] .segment').dblclick();
  const editor = page.getByRole('textbox', { name: /Edit English segment/ });
  await expect(editor).toBeFocused();
  await editor.press('End');
  await editor.pressSequentially(' [checked]');
  await editor.press('Enter');
  await body.getByRole('button', { name: 'edited' }).click();
  await expect(body.locator('ins')).toHaveText(' [checked]');
  await page.keyboard.press('Control+z');
  await expect(body.getByRole('button', { name: 'edited' })).toHaveCount(0);

  // Right-click menu on a row, and the help sheet.
  await body.locator('[lang="zh"]').click({ button: 'right' });
  await expect(page.getByRole('menu')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');

  // Search, then jump with the overview strip.
  await page.getByRole('searchbox', { name: 'Search text' }).fill('人权');
  await expect(page.locator('mark.search-hit').first()).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Document overview' })
    .getByRole('button')
    .last()
    .click();
  await expect(selectedRow(page)).toHaveAttribute('aria-rowindex', String(rows));

  expect(problems).toEqual([]);
});
