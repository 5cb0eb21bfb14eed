import { expect, test, type Page } from '@playwright/test';

async function openSample(page: Page) {
  await page.goto('/');
  const grid = page.getByRole('grid');
  await expect(grid.getByRole('row').first()).toBeVisible();
  return grid;
}

test('at phone width each row reads Chinese above English, in one column, nothing wider than the screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const grid = await openSample(page);
  const rows = grid.locator('[role="row"][aria-rowindex]');
  await expect(rows.nth(2)).toBeVisible();
  for (let i = 0; i < 3; i++) {
    const row = rows.nth(i);
    const zh = (await row.locator('[role="gridcell"][lang="zh"]').boundingBox())!;
    const en = (await row.locator('[role="gridcell"][lang="en"]').boundingBox())!;
    expect(zh.y + zh.height).toBeLessThanOrEqual(en.y + 1);
    // One column: the English starts where the Chinese starts, not beside it.
    expect(Math.abs(zh.x - en.x)).toBeLessThan(2);
    expect(en.x + en.width).toBeLessThanOrEqual(390);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // The rows get most of the height; the editing toolbar is out of the way.
  const box = (await grid.boundingBox())!;
  expect(box.height / 844).toBeGreaterThanOrEqual(0.65);
});

test('at phone width the keyboard help gives each description the sheet’s width, not a sliver beside the keys', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const grid = await openSample(page);
  await grid.focus();
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  const table = (await sheet.locator('.shortcut-table').first().boundingBox())!;
  const row = sheet.locator('.shortcut-table tr').first();
  const name = (await row.locator('th').boundingBox())!;
  const description = (await row.locator('td').last().boundingBox())!;
  // It read "选中下一 / 行。" in a column ~80 px wide; now it runs under the name and keys.
  expect(description.width).toBeGreaterThanOrEqual(table.width * 0.8);
  expect(description.y).toBeGreaterThanOrEqual(name.y + name.height - 1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(grid).toBeFocused();
});

test('at phone width the filter choices scroll sideways with a fade where more are hidden, and the Flags button stays in view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openSample(page);
  const choices = page.getByRole('radiogroup');
  const flags = page.locator('.flags-toggle');
  const inView = async () => {
    const box = (await flags.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  };
  // More choices than fit: the strip says so on its right edge.
  await expect(choices).toHaveAttribute('data-more', 'right');
  await inView();
  // Choosing the last one brings it into the strip; what is hidden is now on the left.
  const edited = page.getByRole('radio', { name: /Edited/ });
  await edited.click();
  await expect(edited).toHaveAttribute('aria-checked', 'true');
  await expect(choices).toHaveAttribute('data-more', 'left');
  const chip = (await edited.boundingBox())!;
  const strip = (await choices.boundingBox())!;
  expect(chip.x + chip.width).toBeLessThanOrEqual(strip.x + strip.width + 1);
  // The filter is on, the way back to all rows is there, and the Flags button is still in view.
  await expect(page.getByRole('button', { name: 'Show all rows' })).toBeVisible();
  await inView();
});

test('at phone width the menu sign opens the palette with the file commands first, and a tap on one runs it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openSample(page);
  // No toolbar or file menu on a phone: the header's menu sign is the way to every command.
  await expect(page.getByRole('button', { name: 'Open…' })).toBeHidden();
  const menu = page.getByRole('button', { name: 'Command palette' });
  await expect(menu).toBeVisible();
  const box = (await menu.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(box.height).toBeGreaterThanOrEqual(32);
  await menu.click();
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  const options = palette.getByRole('option');
  await expect(options.first()).toContainText('Open');
  await palette.getByRole('option', { name: /Paste texts/ }).click();
  const paste = page.getByRole('dialog', { name: 'Paste texts to align' });
  await expect(paste).toBeVisible();
  // Both boxes fit the screen, the Chinese above the English.
  const zh = (await paste.getByLabel('Chinese original').boundingBox())!;
  const en = (await paste.getByLabel('English translation').boundingBox())!;
  expect(zh.y + zh.height).toBeLessThanOrEqual(en.y);
  expect(en.x + en.width).toBeLessThanOrEqual(390);
  await expect(paste.getByRole('button', { name: 'Align' })).toBeInViewport();
});

test('errors are alerts and news is a status line; neither moves the rows; a success clears a stale error', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  const grid = await openSample(page);
  const before = (await grid.boundingBox())!;
  await grid.focus();
  // An error: merge at the last row.
  await page.keyboard.press('End');
  await page.keyboard.press('m');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The last row has no row below it to merge with.');
  expect(await grid.boundingBox()).toEqual(before);
  // A command that succeeds (confirm the row) takes the stale error away.
  await page.keyboard.press('Home');
  await page.keyboard.press('c');
  await expect(alert).toHaveCount(0);
  // News: re-aligning says how far it reached, in a status line, and the rows stay put.
  await page.keyboard.press('j');
  await page.keyboard.press('r');
  const status = page.getByRole('status').filter({ hasText: /^Re-aligned rows? \d+/ });
  await expect(status).toBeVisible();
  expect(await grid.boundingBox()).toEqual(before);
});

test('Shift+End and Shift+Home extend the selection to the ends; single keys stay out of selects, buttons and dialogs', async ({
  page,
}) => {
  const grid = await openSample(page);
  const rows = Number(await grid.getAttribute('aria-rowcount'));
  await grid.focus();
  await page.keyboard.press('j');
  await page.keyboard.press('Shift+End');
  await expect(page.getByRole('contentinfo')).toContainText(`Rows 2–${rows} selected`);
  await page.keyboard.press('Home');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('Shift+Home');
  await expect(page.getByRole('contentinfo')).toContainText('Rows 1–3 selected');

  // A select, a button and a dialog keep their keys: m (merge) and c (confirm) do nothing.
  await page.keyboard.press('Home');
  const level = page.getByRole('combobox', { name: 'Align opened texts by' });
  await level.focus();
  await page.keyboard.press('m');
  await page.getByRole('button', { name: 'About' }).focus();
  await page.keyboard.press('c');
  await page.getByRole('button', { name: 'About' }).click();
  const about = page.getByRole('dialog');
  await expect(about).toBeVisible();
  await page.keyboard.press('m');
  await page.keyboard.press('c');
  await page.keyboard.press('Escape');
  await expect(about).toHaveCount(0);
  await expect(grid).toHaveAttribute('aria-rowcount', String(rows));
  await expect(grid.getByLabel('confirmed')).toHaveCount(0);
});

/** A long chapter of tall rows (at phone width) with one changed year, in row 30 of 40. */
function longChapter(): { zh: string; en: string } {
  const zh: string[] = [];
  const en: string[] = [];
  for (let k = 1; k <= 40; k++) {
    const year = 1900 + k;
    zh.push(
      `${year}年，他们第${k}次来到河边。` +
        '他们沿着河岸走了很久，谈起过去的许多事情，也谈起将来的打算，直到天色暗了下来才回家。'.repeat(
          4,
        ),
    );
    en.push(
      `In ${k === 30 ? year + 2 : year} they came to the river for the ${k}th time. ` +
        'They walked along the bank for a long while, talking about many things from the past and about their plans for the future, until it grew dark and they went home. '.repeat(
          4,
        ),
    );
  }
  return { zh: zh.join('\n\n'), en: en.join('\n\n') };
}

/** The long chapter opened in a 390×844 window; its grid once the 40 rows are there. */
async function openLongChapterOnPhone(page: Page) {
  await page.setViewportSize({ width: 390, height: 844 });
  const grid = await openSample(page);
  const { zh, en } = longChapter();
  await page.getByLabel('Open files').setInputFiles([
    { name: 'zh.txt', mimeType: 'text/plain', buffer: Buffer.from(zh) },
    { name: 'en.txt', mimeType: 'text/plain', buffer: Buffer.from(en) },
  ]);
  await expect(grid).toHaveAttribute('aria-rowcount', '40', { timeout: 30_000 });
  return grid;
}

test('at phone width n jumps to a far flagged row and shows it, though the rows on the way are taller than estimated', async ({
  page,
}) => {
  const grid = await openLongChapterOnPhone(page);
  const changed = grid.locator('[role="row"][aria-rowindex="30"]');
  await grid.focus();
  await page.keyboard.press('Home');
  const selected = grid.locator('[role="row"][aria-selected="true"]');
  await expect(selected).toHaveAttribute('aria-rowindex', '1');
  // Every row from the first to the changed one is several times the estimated height here.
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press('n');
    await expect(selected).not.toHaveAttribute('aria-rowindex', '1');
    const index = Number(await selected.getAttribute('aria-rowindex'));
    await expect(selected).toBeInViewport({ ratio: 0.3 });
    if (index >= 30) break;
  }
  await expect(changed).toHaveAttribute('aria-selected', 'true');
  await expect(changed.getByRole('img', { name: /Numbers differ/ })).toBeVisible();
  await expect(changed).toBeInViewport({ ratio: 0.3 });
});

test('at phone width the flags list covers the rows, and choosing a flag closes it on that row', async ({
  page,
}) => {
  const grid = await openLongChapterOnPhone(page);
  await page.locator('.flags-toggle').click();
  const panel = page.getByRole('complementary', { name: 'Flags' });
  await expect(panel).toBeVisible();
  // The whole width: the rows are not squeezed into a strip beside it.
  const box = (await panel.boundingBox())!;
  expect(box.x).toBeLessThan(2);
  expect(box.width).toBeGreaterThan(380);
  await panel
    .getByRole('button', { name: /^Row 30 The Chinese has 1930, the English 1932/ })
    .click();
  await expect(panel).toBeHidden();
  const changed = grid.locator('[role="row"][aria-rowindex="30"]');
  await expect(changed).toHaveAttribute('aria-selected', 'true');
  await expect(changed).toBeInViewport({ ratio: 0.3 });
  // At a desktop width the list stays open beside the rows.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.locator('.flags-toggle').click();
  await expect(panel).toBeVisible();
  await panel
    .getByRole('button', { name: /^Row 30 / })
    .first()
    .click();
  await expect(panel).toBeVisible();
  const wide = (await panel.boundingBox())!;
  expect(wide.x).toBeGreaterThan(600);
});
