import { expect, test } from '@playwright/test';
import { watchProblems } from './pageProblems';

const ALIGN_TIMEOUT = 45_000;

// Two paragraphs whose lengths say little: only word look-ups pair them the right way round.
const ZH = '老虎在森林里睡觉。\n\n孩子们在学校读书，老师看着他们。';
const EN =
  'In the forest, the tiger sleeps.\n\nThe children read books at school while the teacher watches over them.';

test('the worker fetches the compiled dictionary as a hashed asset and aligns with it', async ({
  page,
}) => {
  const problems = watchProblems(page);
  const dictionaryResponses: { url: string; status: number; bytes: number }[] = [];
  page.on('response', async (r) => {
    if (/\/assets\/cedict-[\w-]+\.bin$/.test(r.url())) {
      dictionaryResponses.push({
        url: r.url(),
        status: r.status(),
        bytes: (await r.body()).length,
      });
    }
  });
  await page.goto('/');
  const grid = page.getByRole('grid');
  await expect(grid).toBeVisible();
  await page.getByRole('button', { name: 'Paste texts…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste texts to align' });
  await dialog.getByRole('textbox', { name: /Chinese original/ }).fill(ZH);
  await dialog.getByRole('textbox', { name: 'English translation' }).fill(EN);
  await dialog.getByRole('button', { name: 'Align' }).click();
  await expect(grid).toHaveAttribute('aria-rowcount', '2', { timeout: ALIGN_TIMEOUT });
  await expect(grid.getByRole('row').first().locator('[lang="en"]')).toContainText('tiger');
  // Aligned in the worker with its dictionary: no "aligned without its dictionary" alert.
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(dictionaryResponses).toHaveLength(1);
  expect(dictionaryResponses[0].status).toBe(200);
  expect(dictionaryResponses[0].bytes).toBeGreaterThan(1_000_000);
  expect(problems).toEqual([]);
});
