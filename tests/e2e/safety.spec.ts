/** Never lose work, never freeze: issue 13's cases in a real browser (docs/bad-input.md). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { watchProblems } from './pageProblems';

/** The first alignment in a page loads CC-CEDICT into the worker: seconds on a busy machine. */
const ALIGN_TIMEOUT = 45_000;

const ZH = [
  '春天来了，山上的桃花一夜之间全都开了。',
  '村里的孩子们每天早上沿着小河走去学校，一路上唱着歌。',
  '老师常说，读书要慢，想得要深，写字要端正。',
].join('\n\n');

const EN = [
  'Spring has come, and overnight the peach blossoms on the hill have all opened.',
  'Every morning the village children walk to school along the little river, singing all the way.',
  'The teacher often says: read slowly, think deeply, and write your characters neatly.',
].join('\n\n');

function writePair(zh: string, en: string, stem = 'spring'): [string, string] {
  const dir = mkdtempSync(join(tmpdir(), 'duilian-safety-'));
  const zhPath = join(dir, `${stem}.zh.txt`);
  const enPath = join(dir, `${stem}.en.txt`);
  writeFileSync(zhPath, zh);
  writeFileSync(enPath, en);
  return [zhPath, enPath];
}

async function openPair(page: Page, files: [string, string]) {
  const grid = page.getByRole('grid');
  await page.getByLabel('Open files').setInputFiles(files);
  await expect(grid.getByRole('row').first().locator('[lang="zh"]')).toContainText('春天来了', {
    timeout: ALIGN_TIMEOUT,
  });
  return grid;
}

test('a catastrophic regex is stopped with a message; the page stays responsive', async ({
  page,
}) => {
  const problems = watchProblems(page);
  await page.goto('/');
  await expect(page.getByRole('grid')).toBeVisible({ timeout: ALIGN_TIMEOUT });
  // (a+)+$ backtracks 2^n times on n a's followed by something else.
  const long = `${'a'.repeat(1500)}!`;
  const grid = await openPair(
    page,
    writePair(ZH, EN.replace('The teacher often says', `${long} The teacher often says`)),
  );
  await page.getByRole('checkbox', { name: 'Regex' }).check();
  const search = page.getByRole('searchbox', { name: 'Search text' });
  await search.fill('(a+)+$');
  const status = page.getByRole('search').getByRole('status');
  await expect(status).toContainText('too', { timeout: 15_000 });
  await expect(status).toContainText('simplify it');
  // The main thread answers at once: the grid still takes clicks and the field still takes keys.
  await grid.getByRole('row').nth(1).locator('[lang="en"]').click();
  await expect(grid.getByRole('row').nth(1)).toHaveAttribute('aria-selected', 'true');
  await search.fill('teach.r');
  await expect(status).toHaveText('1 of 1 matches');
  expect(problems).toEqual([]);
});
