import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { watchProblems } from './pageProblems';

/**
 * Word look-up on the bundled sample. Row 3 is the first body paragraph: 中美两国的人权对话…
 * beside "The Sino-U.S. human rights dialogue has been held yesterday and today. …".
 */
const ROW = 3;

/** The centre of the first occurrence of `word` in a cell of row ROW, in viewport pixels. */
async function wordCentre(page: Page, side: 'src' | 'tgt', word: string) {
  const point = await page.evaluate(
    ({ row, side, word }) => {
      const text = document.querySelector(
        `[role="row"][aria-rowindex="${row}"] [data-side="${side}"] .segment-text`,
      );
      if (!text) return null;
      const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(word);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + word.length);
        const box = range.getClientRects()[0];
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
      return null;
    },
    { row: ROW, side, word },
  );
  expect(point, `${word} is shown in row ${ROW}`).not.toBeNull();
  return point!;
}

/** The text of every range of a CSS custom highlight. */
function highlighted(page: Page, name: string): Promise<string[]> {
  return page.evaluate((name) => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    return [...(registry.get(name) ?? [])].map((r) => r.toString());
  }, name);
}

async function openSample(page: Page) {
  await page.goto('/');
  const grid = page.getByRole('grid');
  await expect(grid.locator(`[role="row"][aria-rowindex="${ROW}"]`)).toContainText('人权对话');
  return grid;
}

test('hovering a Chinese word shows its gloss and marks the English words that matched it; and the reverse', async ({
  page,
}) => {
  const problems = watchProblems(page);
  const glossFetches: string[] = [];
  page.on('request', (r) => {
    if (/\/assets\/glosses-[\w-]+\.bin$/.test(r.url())) glossFetches.push(r.url());
  });
  await page.setViewportSize({ width: 1440, height: 900 });
  await openSample(page);
  // Nothing of the look-up is fetched at start-up.
  expect(glossFetches).toEqual([]);

  const dialogue = await wordCentre(page, 'src', '对话');
  await page.mouse.move(dialogue.x, dialogue.y);
  const tooltip = page.getByRole('tooltip', { name: 'Word look-up' });
  await expect(tooltip).toContainText('对话');
  await expect(tooltip).toContainText('duìhuà');
  await expect(tooltip).toContainText('dialogue; conversation');
  await expect(tooltip).toContainText('Matched in the English: dialogue');
  await expect.poll(() => highlighted(page, 'lookup-word')).toEqual(['对话']);
  await expect
    .poll(() => highlighted(page, 'lookup-match'))
    .toEqual(['dialogue', 'dialogue', 'dialogue']);
  expect(glossFetches).toHaveLength(1);
  await page.screenshot({ path: 'artifacts/lookup-zh-1440.png' });

  // The right half of 权 is still 人权, not the 对 after it.
  const rights = await wordCentre(page, 'src', '人权');
  await page.mouse.move(rights.x + 8, rights.y);
  await expect(tooltip).toContainText('rénquán');
  await expect(tooltip).toContainText('Matched in the English: human, rights');

  // The reverse: an English word, and the Chinese words whose gloss holds it.
  const held = await wordCentre(page, 'tgt', 'held');
  await page.mouse.move(held.x, held.y);
  await expect(tooltip).toContainText('Chinese words whose gloss it matches:');
  await expect(tooltip.getByRole('listitem')).toContainText(['举行jǔxíngto hold']);
  await expect.poll(() => highlighted(page, 'lookup-word')).toEqual(['held']);
  await expect.poll(() => highlighted(page, 'lookup-match')).toEqual(['举行']);
  await page.screenshot({ path: 'artifacts/lookup-en-1440.png' });

  // Moving off the text takes it away.
  await page.mouse.move(5, 450);
  await expect(tooltip).toHaveCount(0);
  await expect.poll(() => highlighted(page, 'lookup-match')).toEqual([]);
  expect(glossFetches).toHaveLength(1);
  expect(problems).toEqual([]);
});

test.describe('keyboard', () => {
  // axe's injected script needs the Content-Security-Policy bypassed (as in accessibility.spec.ts).
  test.use({ bypassCSP: true });

  test('by keyboard, w walks the words of the selected row; readable in the dark theme', async ({
    page,
  }) => {
    const problems = watchProblems(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 1440, height: 900 });
    const grid = await openSample(page);
    // Select the row by its number (away from the words), then its English side.
    await grid.locator(`[role="row"][aria-rowindex="${ROW}"] [role="rowheader"]`).click();
    await page.keyboard.press('l');
    await page.keyboard.press('w');
    const status = page.getByRole('status', { name: 'Word look-up' });
    // "The" is a stop word; "Sino" is the first English word the aligner reads.
    await expect(status).toContainText('Sino');
    await page.keyboard.press('w');
    await expect(status).toContainText('human');
    await expect(status).toContainText('人权');
    await expect(status).toContainText('W: next word');
    const colours = await status.evaluate((el) => {
      const style = getComputedStyle(el);
      return { fg: style.color, bg: style.backgroundColor };
    });
    expect(colours).toEqual({ fg: 'rgb(230, 230, 227)', bg: 'rgb(29, 32, 36)' });
    await page.screenshot({ path: 'artifacts/lookup-dark-1440.png' });
    const { violations } = await new AxeBuilder({ page }).include('.lookup-popover').analyze();
    expect(
      violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    ).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(status).toHaveCount(0);
    expect(problems).toEqual([]);
  });
});

test('on a phone-sized window, selecting a word looks it up', async ({ page }) => {
  const problems = watchProblems(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await openSample(page);
  await page
    .locator(`[role="row"][aria-rowindex="${ROW}"] [data-side="src"] .segment-text`)
    .scrollIntoViewIfNeeded();
  // What a long press does on a touch screen: select the word.
  await page.evaluate((row) => {
    const text = document.querySelector(
      `[role="row"][aria-rowindex="${row}"] [data-side="src"] .segment-text`,
    )!;
    const node = text.firstChild as Text;
    const at = node.data.indexOf('举行');
    document.getSelection()!.setBaseAndExtent(node, at, node, at + 2);
  }, ROW);
  const status = page.getByRole('status', { name: 'Word look-up' });
  await expect(status).toContainText('jǔxíng');
  await expect(status).toContainText('Matched in the English: held');
  const box = await status.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  await page.screenshot({ path: 'artifacts/lookup-390.png' });
  expect(problems).toEqual([]);
});

test('works offline after one visit: the glosses are precached', async ({ page, context }) => {
  const problems = watchProblems(page);
  await openSample(page);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator(`[role="row"][aria-rowindex="${ROW}"]`)).toContainText('人权对话');
  const dialogue = await wordCentre(page, 'src', '对话');
  await page.mouse.move(dialogue.x, dialogue.y);
  const tooltip = page.getByRole('tooltip', { name: 'Word look-up' });
  await expect(tooltip).toContainText('dialogue; conversation');
  await context.setOffline(false);
  expect(problems).toEqual([]);
});
