import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { watchProblems } from './pageProblems';

async function openSample(page: Page) {
  await page.goto('/');
  const grid = page.getByRole('grid');
  await expect(grid.getByRole('row').first()).toBeVisible();
  return grid;
}

const row = (page: Page, n: number) =>
  page.getByRole('grid').locator(`[role="row"][aria-rowindex="${n}"]`);
const english = (page: Page, n: number) => row(page, n).locator('[role="gridcell"][lang="en"]');

/** The middle of an element, for the mouse. */
async function centre(selector: Locator) {
  const box = (await selector.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test('a segment dragged onto the neighbouring row moves there; other rows refuse it; undo puts it back', async ({
  page,
}) => {
  const problems = watchProblems(page);
  const grid = await openSample(page);
  const rows = await grid.getAttribute('aria-rowcount');
  // Row 2 is the Chinese source line, unpaired; row 3 the first paragraph, paired.
  await expect(english(page, 2)).toHaveText('No counterpart');
  const moving = (await english(page, 3).textContent())!;
  expect(moving).toMatch(/^The Sino-U\.S\. human rights dialogue has been held/);

  // Selecting text in a cell still selects text: the grips do not get in the way.
  const text = english(page, 3).locator('p').first();
  const box = (await text.boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + 8);
  await page.mouse.down();
  await page.mouse.move(box.x + 200, box.y + 8, { steps: 5 });
  await page.mouse.up();
  expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).not.toBe('');
  await expect(english(page, 3)).toHaveText(moving);

  await row(page, 3).hover();
  const grip = english(page, 3).getByRole('button', { name: /^Move this segment/ });
  await expect(grip).toHaveAttribute(
    'title',
    'Move this segment: drag it onto the row above or below (keys: [ and ])',
  );
  const from = await centre(grip);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const above = await centre(english(page, 2));
  await page.mouse.move(above.x, above.y, { steps: 6 });
  await expect(page.getByText('Move to row 2')).toBeVisible();
  await expect(row(page, 2)).toHaveClass(/drop-ok/);
  // Two rows down is not a neighbour: refused, and said so.
  const far = await centre(english(page, 5));
  await page.mouse.move(far.x, far.y, { steps: 6 });
  await expect(page.getByText('Not here: only on row 2 or 4')).toBeVisible();
  await expect(row(page, 5)).toHaveClass(/drop-refused/);
  await expect(row(page, 2)).not.toHaveClass(/drop-ok/);
  // The window's file drop is not woken by a segment drag.
  await expect(page.getByText('Drop to open')).toHaveCount(0);
  await page.mouse.move(above.x, above.y, { steps: 6 });
  await page.mouse.up();

  await expect(english(page, 2)).toHaveText(moving);
  await expect(english(page, 3)).toHaveText('No counterpart');
  await expect(grid).toHaveAttribute('aria-rowcount', rows!);
  await expect(page.getByText(/Move to row|Not here/)).toHaveCount(0);

  // One undo step, as the key ([) would be.
  await page.keyboard.press('Control+z');
  await expect(english(page, 2)).toHaveText('No counterpart');
  await expect(english(page, 3)).toHaveText(moving);
  expect(problems).toEqual([]);
});

test('Shift+R re-aligns only the selected rows and leaves the confirmed ones as they are', async ({
  page,
}) => {
  const problems = watchProblems(page);
  const grid = await openSample(page);
  const para4 = (await english(page, 4).textContent())!;
  const para5 = (await english(page, 5).textContent())!;
  const para6 = (await english(page, 6).textContent())!;
  const para7 = (await english(page, 7).textContent())!;
  await grid.focus();

  // Break rows 4-5 (row 4's English pushed into row 5), then confirm and unconfirm them: the
  // aligner may change them again (a hand edit it would keep).
  for (let i = 0; i < 3; i++) await page.keyboard.press('j');
  await page.keyboard.press('l');
  await page.keyboard.press(']');
  await expect(english(page, 4)).toHaveText('No counterpart');
  await page.keyboard.press('Shift+J');
  await page.keyboard.press('c');
  await page.keyboard.press('x');
  await expect(row(page, 5).getByLabel('edited by hand')).toHaveCount(0);

  // Break rows 6-7 the same way and confirm them as they are: wrong, but confirmed.
  await page.keyboard.press('j');
  await page.keyboard.press(']');
  await expect(english(page, 6)).toHaveText('No counterpart');
  await page.keyboard.press('Shift+J');
  await page.keyboard.press('c');
  await expect(row(page, 7).getByLabel('confirmed')).toBeVisible();

  // Select rows 4-7 and re-align them.
  for (let i = 0; i < 3; i++) await page.keyboard.press('k');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+J');
  await expect(page.getByRole('contentinfo')).toContainText('Rows 4–7 selected (4)');
  await page.keyboard.press('Shift+R');
  await expect(
    page.getByText(
      'Re-aligned the selected rows 4–7: 2 of the 4 became 2; kept as they were: 2 confirmed or hand-edited.',
    ),
  ).toBeVisible();
  await expect(english(page, 4)).toHaveText(para4);
  await expect(english(page, 5)).toHaveText(para5);
  // The confirmed rows kept their (wrong) pairing.
  await expect(english(page, 6)).toHaveText('No counterpart');
  await expect(english(page, 7)).toContainText(para6.trim());
  await expect(english(page, 7)).toContainText(para7.trim());
  await expect(row(page, 6).getByLabel('confirmed')).toBeVisible();

  // One undo step brings the broken rows 4-5 back.
  await page.keyboard.press('Control+z');
  await expect(english(page, 4)).toHaveText('No counterpart');
  expect(problems).toEqual([]);
});

test.describe('the dark theme', () => {
  // axe is injected as a script, which the built app's Content-Security-Policy would block
  // (the policy itself is tested in security.spec.ts).
  test.use({ colorScheme: 'dark', bypassCSP: true });

  /**
   * Serious and critical colour-contrast violations, by element (the other rules, which the
   * theme does not change, are run by accessibility.spec.ts).
   */
  async function seriousViolations(page: Page, include?: string): Promise<string[]> {
    const builder = new AxeBuilder({ page }).withRules(['color-contrast']);
    if (include) builder.include(include);
    const { violations } = await builder.analyze();
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  test('keeps every text readable: main view, review bar, edited rows, row menu, palette', async ({
    page,
  }) => {
    const grid = await openSample(page);
    expect(await seriousViolations(page)).toEqual([]);
    // A filter on, a row merged by hand (edited), a search hit.
    await page.getByRole('radio', { name: /^Flagged/ }).click();
    await expect(page.getByRole('button', { name: 'Show all rows' })).toBeVisible();
    await grid.focus();
    await page.keyboard.press('m');
    await page.getByRole('searchbox', { name: 'Search text' }).fill('human');
    await expect(grid.locator('mark.search-hit.current')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await grid.getByRole('row').first().click({ button: 'right' });
    await expect(page.getByRole('menu')).toBeVisible();
    expect(await seriousViolations(page, '.row-menu')).toEqual([]);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
    expect(await seriousViolations(page, '.palette')).toEqual([]);
  });
});

test.describe('a flagged row', () => {
  test.use({ bypassCSP: true });

  test('holds only cells, its flag details included', async ({ page }) => {
    const grid = await openSample(page);
    await grid.focus();
    await page.keyboard.press('n');
    await expect(page.getByRole('list', { name: /^Flags of row/ })).toBeVisible();
    const { violations } = await new AxeBuilder({ page })
      .withRules(['aria-required-children', 'aria-required-parent'])
      .include('[role="grid"]')
      .analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
    // Every row, the flagged current one included, is read as the columns the grid declares:
    // each cell names its column, within the count, with no column twice.
    const columns = await page.evaluate(() => {
      const grid = document.querySelector('[role="grid"]')!;
      const count = Number(grid.getAttribute('aria-colcount'));
      const rows = [...grid.querySelectorAll('[role="row"][aria-rowindex]')].map((row) => ({
        current: row.classList.contains('current'),
        cols: [
          ...row.querySelectorAll(':scope > [role="rowheader"], :scope > [role="gridcell"]'),
        ].map((cell) => Number(cell.getAttribute('aria-colindex'))),
      }));
      return { count, rows };
    });
    expect(columns.rows.length).toBeGreaterThan(3);
    for (const { cols } of columns.rows) {
      expect(cols.every((c) => c >= 1 && c <= columns.count)).toBe(true);
      expect(new Set(cols).size).toBe(cols.length);
    }
    const current = columns.rows.find((r) => r.current)!;
    expect(current.cols).toEqual([1, 2, 3, 4]);
    expect(columns.count).toBe(4);
  });
});
