import { expect, test, type Page } from '@playwright/test';
import { holdAlignRequests } from './holdAlignment';
import { watchProblems } from './pageProblems';

const selectedRows = (page: Page) => page.locator('[role="row"][aria-selected="true"]');

async function openSample(page: Page) {
  await page.goto('/');
  const grid = page.getByRole('grid');
  await expect(grid.getByRole('row').first()).toBeVisible();
  return grid;
}

test('at 1024×700 the rows get most of the window, commands fit one toolbar row', async ({
  page,
}) => {
  const problems = watchProblems(page);
  await page.setViewportSize({ width: 1024, height: 700 });
  const grid = await openSample(page);
  const box = (await grid.boundingBox())!;
  expect(box.height / 700).toBeGreaterThanOrEqual(0.65);
  const toolbar = page.getByRole('toolbar', { name: 'Editing' });
  const bar = (await toolbar.boundingBox())!;
  expect(bar.height).toBeLessThan(48); // one row, not two
  // Every command is still a named button with its key in the tooltip.
  await expect(toolbar.getByRole('button', { name: 'Merge with next' })).toHaveAttribute(
    'title',
    'Merge with next (M)',
  );
  await toolbar.getByRole('button', { name: 'More commands' }).click();
  await expect(toolbar.getByRole('button', { name: 'Move first segment up' })).toBeVisible();
  await page.keyboard.press('Escape');
  // The document is named on screen, and the status bar says the level and the counts.
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Human Rights Dialogue');
  const status = page.getByRole('contentinfo');
  await expect(status).toContainText('Paragraphs');
  await expect(status).toContainText(/\d+ rows/);
  expect(problems).toEqual([]);
});

test('with texts of your own open, the samples list shows its whole prompt, in both languages', async ({
  page,
}) => {
  await openSample(page);
  await page.getByLabel('Open files').setInputFiles([
    { name: 'a.zh.txt', mimeType: 'text/plain', buffer: Buffer.from('第一段。\n\n第二段。') },
    { name: 'a.en.txt', mimeType: 'text/plain', buffer: Buffer.from('One.\n\nTwo.') },
  ]);
  const picker = page.getByLabel(/^(Bundled document|内置文档)$/);
  await expect(picker).toHaveValue('', { timeout: 30_000 });
  /** The prompt's width in the select's font, and the room the select gives text. */
  const fit = () =>
    picker.evaluate((el: HTMLSelectElement) => {
      const style = getComputedStyle(el);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontSize} ${style.fontFamily}`;
      const text = el.selectedOptions[0].text;
      // The arrow takes about 1.25rem of the select's inner width.
      const room =
        el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
      return { text, width: Math.ceil(context.measureText(text).width), room };
    });
  for (const language of ['English', '中文']) {
    await page.getByLabel(/^(Interface language|界面语言)$/).selectOption({ label: language });
    for (const width of [1024, 1440]) {
      await page.setViewportSize({ width, height: 800 });
      const seen = await fit();
      // "Choose a bundled document…" showed as "Choose a" at 1024 px, "Choose a bundled docume" at 1440.
      expect(seen.width, `${language} at ${width}: ${seen.text}`).toBeLessThanOrEqual(seen.room);
    }
  }
});

test('the column heads stand over their columns, with the flags list open or closed', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const grid = await openSample(page);
  const heads = page.locator('.column-heads > span');
  const row = grid.locator('[role="row"][aria-rowindex="3"]');
  const lefts = async () => ({
    heads: await heads.evaluateAll((spans) =>
      spans.slice(1).map((s) => Math.round(s.getBoundingClientRect().left)),
    ),
    cells: await row
      .getByRole('gridcell')
      .evaluateAll((cells) =>
        cells
          .filter((c) => c.hasAttribute('lang'))
          .map((c) => Math.round(c.getBoundingClientRect().left)),
      ),
  });
  let seen = await lefts();
  expect(seen.heads).toEqual(seen.cells);
  // The flags list narrows the rows; the English head was left where it was, ~150 px right of
  // its column, over the Chinese text's neighbour.
  await page.getByRole('button', { name: /^Flags/ }).click();
  await expect(page.getByRole('complementary', { name: 'Flags' })).toBeVisible();
  seen = await lefts();
  expect(seen.heads).toEqual(seen.cells);
});

test('single keys do not fire from a checkbox; search finds as you type; Esc returns to the rows', async ({
  page,
}) => {
  const grid = await openSample(page);
  const regex = page.getByRole('checkbox', { name: 'Regex' });
  await regex.focus();
  await page.keyboard.press('Space');
  await expect(regex).toBeChecked();
  await expect(grid.getByLabel('confirmed')).toHaveCount(0);
  await page.keyboard.press('j');
  await expect(selectedRows(page)).toHaveAttribute('aria-rowindex', '1');
  await regex.uncheck();

  const search = page.getByRole('searchbox', { name: 'Search text' });
  await search.fill('1990');
  // The first match is selected without pressing Enter.
  await expect(selectedRows(page)).toContainText('1990');
  await search.press('Escape');
  await expect(grid).toBeFocused();
  await page.keyboard.press('j');
  await expect(selectedRows(page)).not.toContainText('1990');
});

test('Shift+j selects rows, Shift+m merges them into one, Ctrl+G goes to a row', async ({
  page,
}) => {
  const grid = await openSample(page);
  const rows = Number(await grid.getAttribute('aria-rowcount'));
  await grid.focus();
  await page.keyboard.press('Shift+J');
  await page.keyboard.press('Shift+J');
  await expect(selectedRows(page)).toHaveCount(3);
  await expect(page.getByRole('contentinfo')).toContainText('Rows 1–3 selected (3)');
  await page.keyboard.press('Shift+M');
  await expect(grid).toHaveAttribute('aria-rowcount', String(rows - 2));
  await expect(selectedRows(page)).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(grid).toHaveAttribute('aria-rowcount', String(rows));

  // Shift+click extends from the selected row.
  await grid.getByRole('row').nth(1).click();
  await grid
    .getByRole('row')
    .nth(3)
    .click({ modifiers: ['Shift'] });
  await expect(selectedRows(page)).toHaveCount(3);

  await page.keyboard.press('Control+g');
  const goTo = page.getByRole('dialog', { name: 'Go to row' });
  await goTo.getByRole('textbox').fill(String(rows));
  await goTo.getByRole('textbox').press('Enter');
  await expect(goTo).toHaveCount(0);
  await expect(selectedRows(page)).toHaveAttribute('aria-rowindex', String(rows));
  await expect(grid).toBeFocused();
});

test('the selected row settles a third down the view, not at an edge', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  const grid = await openSample(page);
  await grid.focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press('j');
  await expect(selectedRows(page)).toHaveAttribute('aria-rowindex', '7');
  const view = (await grid.boundingBox())!;
  await expect
    .poll(async () => {
      const row = (await selectedRows(page).boundingBox())!;
      return (row.y - view.y) / view.height;
    })
    .toBeGreaterThan(0.1);
  const row = (await selectedRows(page).boundingBox())!;
  expect((row.y - view.y) / view.height).toBeLessThan(0.5);
});

test('the command palette finds a command by its Chinese name and runs it', async ({ page }) => {
  const grid = await openSample(page);
  const rows = Number(await grid.getAttribute('aria-rowcount'));
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  await palette.getByRole('combobox').fill('合并');
  const option = palette.getByRole('option').first();
  await expect(option).toContainText('Merge with next');
  await expect(option).toContainText('M');
  await page.keyboard.press('Enter');
  await expect(palette).toHaveCount(0);
  await expect(grid).toHaveAttribute('aria-rowcount', String(rows - 1));
});

test('the interface switches to Chinese, remembers it, and the page language follows', async ({
  page,
}) => {
  await openSample(page);
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption('zh');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('button', { name: '与下一行合并' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('toolbar', { name: '编辑' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  // Empty cells say the same thing on either side.
  await expect(page.getByRole('gridcell', { name: '无对应' }).first()).toBeVisible();
  await page.getByRole('combobox', { name: '界面语言' }).selectOption('en');
  await expect(page.getByRole('button', { name: 'Merge with next' })).toBeVisible();
});

test('while a new document aligns, the one on screen cannot be edited, saved or exported', async ({
  page,
}) => {
  const grid = await openSample(page);
  const rows = await grid.getAttribute('aria-rowcount');
  await holdAlignRequests(page);
  const para = (lang: 'zh' | 'en', i: number) =>
    lang === 'zh'
      ? `这是第${i + 1}段，讲一件小事。`
      : `This is paragraph ${i + 1}, about a small thing.`;
  const text = (lang: 'zh' | 'en') =>
    Array.from({ length: 3000 }, (_, i) => para(lang, i)).join('\n\n');
  const transfer = await page.evaluateHandle(
    ([zh, en]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([zh], 'big.zh.txt', { type: 'text/plain' }));
      dt.items.add(new File([en], 'big.en.txt', { type: 'text/plain' }));
      return dt;
    },
    [text('zh'), text('en')],
  );
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  await expect(page.getByRole('progressbar', { name: 'Alignment progress' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Merge with next' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Export' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();
  await grid.focus();
  await page.keyboard.press('m');
  await expect(grid).toHaveAttribute('aria-rowcount', rows!);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Merge with next' })).toBeEnabled();
});

for (const [locale, about, language] of [
  ['en-US', 'About', 'Interface language'],
  ['zh-CN', '关于', '界面语言'],
] as const) {
  test(`on a tablet held upright (768×1024, ${locale}) nothing leaves the screen: the header wraps, the status bar names the document`, async ({
    browser,
  }) => {
    const context = await browser.newContext({
      viewport: { width: 768, height: 1024 },
      locale,
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    const problems = watchProblems(page);
    await openSample(page);
    // No sideways scrolling: the language switch and About are on the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      768,
    );
    await expect(page.getByRole('button', { name: about })).toBeInViewport({ ratio: 1 });
    await expect(page.getByLabel(language, { exact: true })).toBeInViewport({ ratio: 1 });
    // The editing toolbar keeps every button in view.
    const toolbar = page.getByRole('toolbar');
    for (const button of await toolbar.getByRole('button').all())
      if (await button.isVisible()) await expect(button).toBeInViewport({ ratio: 1 });
    // The document's name: still the page's heading, and on screen in the status bar.
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Human Rights Dialogue');
    const name = page.getByRole('contentinfo').locator('.status-doc');
    await expect(name).toBeInViewport({ ratio: 1 });
    expect((await name.boundingBox())!.width).toBeGreaterThan(80);
    // The rows still get most of the height.
    const grid = (await page.getByRole('grid').boundingBox())!;
    expect(grid.height / 1024).toBeGreaterThanOrEqual(0.65);
    expect(problems).toEqual([]);
    await context.close();
  });
}
