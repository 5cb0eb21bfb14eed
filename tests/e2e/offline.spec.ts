import { expect, test } from '@playwright/test';
import { watchProblems } from './pageProblems';

const ZH = '第一段讲春天。\n\n第二段讲夏天的雨。\n\n第三段讲秋天。';
const EN =
  'The first paragraph is about spring.\n\nThe second is about summer rain.\n\nThe third is about autumn.';

test('after one visit the app works offline: it reloads and aligns a pasted text', async ({
  page,
  context,
}) => {
  const problems = watchProblems(page);
  await page.goto('/');
  await expect(page.getByRole('grid').getByRole('row').first()).toBeVisible();
  // The service worker has precached everything once it controls the page.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const manifest = await page.evaluate(() =>
    fetch('/manifest.webmanifest').then((r) => r.json() as Promise<{ short_name: string }>),
  );
  expect(manifest.short_name).toBe('duilian');

  await context.setOffline(true);
  await page.reload();
  const grid = page.getByRole('grid');
  await expect(grid.getByRole('row').first()).toBeVisible();
  await page.getByRole('button', { name: 'Paste texts…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste texts to align' });
  await dialog.getByRole('textbox', { name: /Chinese original/ }).fill(ZH);
  await dialog.getByRole('textbox', { name: 'English translation' }).fill(EN);
  await dialog.getByRole('button', { name: 'Align' }).click();
  await expect(grid).toHaveAttribute('aria-rowcount', '3', { timeout: 30_000 });
  await expect(grid.getByRole('row').nth(1).locator('[lang="en"]')).toContainText('summer rain');
  // Aligned with the dictionary, which came from the cache: no fallback warning.
  await expect(page.getByRole('alert')).toHaveCount(0);
  await context.setOffline(false);
  expect(problems).toEqual([]);
});
