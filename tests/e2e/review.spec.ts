import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { watchProblems } from './pageProblems';

const SAMPLE = 'data/huanqiu-2011-04-28';
/** The sentence dropped from the English (the first of its paragraph). */
const DROPPED =
  'China hopes that it is a serious dialogue; through such exchange, that both sides can understand the meaning of human rights as defined by each other’s vision; and that both sides can resolve diplomatic conflicts caused by disagreements in values. ';

/** The bundled sample with its English damaged the way a careless translation is. */
function damagedSample(): { zh: string; en: string } {
  const zh = readFileSync(`${SAMPLE}/zh.txt`, 'utf8');
  const en = readFileSync(`${SAMPLE}/en.txt`, 'utf8');
  expect(en).toContain('began in 1990');
  expect(en).toContain(DROPPED);
  return { zh, en: en.replace('began in 1990', 'began in 1992').replace(DROPPED, '') };
}

function selectedRow(page: Page) {
  return page.locator('[role="row"][aria-selected="true"]');
}

/** Presses n until the selected row holds `text`; fails after `limit` presses. */
async function walkTo(page: Page, text: string, limit: number): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    const before = await selectedRow(page).getAttribute('aria-rowindex');
    await page.keyboard.press('n');
    await expect(selectedRow(page)).not.toHaveAttribute('aria-rowindex', before ?? '');
    if (((await selectedRow(page).textContent()) ?? '').includes(text)) return presses;
  }
  throw new Error(`n never reached the row with "${text}"`);
}

test('review a damaged translation: walk the flags, open the pair into sentences, fixes survive re-align', async ({
  page,
}) => {
  const problems = watchProblems(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  const grid = page.getByRole('grid');
  await expect(grid.getByRole('row').first()).toContainText('中美人权对话');

  const { zh, en } = damagedSample();
  await page.getByLabel('Open files').setInputFiles([
    { name: 'zh.txt', mimeType: 'text/plain', buffer: Buffer.from(zh) },
    { name: 'en.txt', mimeType: 'text/plain', buffer: Buffer.from(en) },
  ]);
  await expect(grid.getByText('began in 1992')).toBeVisible({ timeout: 30_000 });
  const flagged = Number(
    (await page.getByRole('radio', { name: /^Flagged/ }).textContent())?.replace(/\D/g, ''),
  );
  expect(flagged).toBeGreaterThanOrEqual(2);

  // From the top, n reaches the changed year and then the paragraph missing a sentence.
  await page.keyboard.press('Home');
  await walkTo(page, 'began in 1992', flagged);
  const yearRow = selectedRow(page);
  await expect(yearRow.getByRole('img', { name: /Numbers differ: .*1990.*1992/ })).toBeVisible();
  await expect(yearRow.locator('mark.flag-hit', { hasText: '1992' })).toBeVisible();
  await walkTo(page, '中方希望', flagged);
  const gapRow = selectedRow(page);
  // The flag names the sentence the view below shows unpaired (same cut, same calibration).
  await expect(gapRow.getByRole('img', { name: /^Omission: .*中方希望/ })).toBeVisible();
  await expect(
    gapRow.getByRole('listitem').filter({ hasText: 'no English counterpart' }),
  ).toBeVisible();

  // Opened into its sentences, the pair shows the Chinese sentence left without English.
  await page.keyboard.press('e');
  const sentences = gapRow.getByRole('table', { name: /^Sentences of row/ });
  await expect(sentences).toBeVisible();
  const lone = sentences.getByRole('row', { name: 'Sentence without a counterpart' });
  await expect(lone).toHaveCount(1);
  await expect(lone).toContainText('中方希望');
  await expect(lone).toContainText('No English sentence here');

  await page.keyboard.press('f');
  await expect(page.getByRole('complementary', { name: 'Flags' })).toBeVisible();
  await page.screenshot({ path: 'artifacts/review-1440.png' });
  await page.setViewportSize({ width: 1024, height: 700 });
  await expect(sentences).toBeVisible();
  // A smaller window makes every row taller and the view shorter: the row stays on screen.
  await expect(gapRow).toBeInViewport({ ratio: 0.5 });
  await page.screenshot({ path: 'artifacts/review-1024.png' });
  await page.setViewportSize({ width: 1440, height: 900 });

  // Filter to flagged rows: the bar says the filter is on and how many rows it shows.
  await page.getByRole('radio', { name: /^Flagged/ }).click();
  await expect(page.getByText(`${flagged} of`)).toBeVisible();
  await page.getByRole('button', { name: 'Show all rows' }).click();
  await expect(page.getByRole('radio', { name: /^All/ })).toHaveAttribute('aria-checked', 'true');

  // Fix a row by hand (the page trailer's last two lines belong together), then re-align
  // from the rows above: the fix stays, marked edited, and the app says what it re-aligned.
  const rows = Number(await grid.getAttribute('aria-rowcount'));
  await page.keyboard.press('End');
  await page.keyboard.press('k');
  await page.keyboard.press('m');
  await expect(grid).toHaveAttribute('aria-rowcount', String(rows - 1));
  const fixed = selectedRow(page);
  const fixedText = await fixed.locator('[role="gridcell"][lang="en"]').textContent();
  expect(fixedText).toMatch(/Sharing is caring!.*Leave a Reply/);
  await expect(fixed.getByLabel('edited by hand')).toBeVisible();
  await page.keyboard.press('k');
  await page.keyboard.press('r');
  await expect(page.getByText(/^Re-aligned rows? \d+/)).toBeVisible();
  await expect(grid).toHaveAttribute('aria-rowcount', String(rows - 1));
  const stillFixed = grid.locator(`[role="row"][aria-rowindex="${rows - 1}"]`);
  await expect(stillFixed.locator('[role="gridcell"][lang="en"]')).toHaveText(fixedText ?? '');
  await expect(stillFixed.getByLabel('edited by hand')).toBeVisible();

  expect(problems).toEqual([]);
});
