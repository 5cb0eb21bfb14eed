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

/** Merges the first two rows with the toolbar: one change not saved to a file. */
async function mergeFirstRows(page: Page) {
  const grid = page.getByRole('grid');
  const before = Number(await grid.getAttribute('aria-rowcount'));
  await grid.getByRole('row').first().locator('[lang="en"]').click();
  await page.getByRole('button', { name: 'Merge with next' }).click();
  await expect(grid).toHaveAttribute('aria-rowcount', String(before - 1));
}

test('opening another file with unsaved changes asks: Save, Keep in browser, Discard, Cancel', async ({
  page,
}) => {
  const problems = watchProblems(page);
  await page.goto('/');
  await expect(page.getByRole('grid')).toBeVisible({ timeout: ALIGN_TIMEOUT });
  const grid = await openPair(page, writePair(ZH, EN));
  await expect(grid).toHaveAttribute('aria-rowcount', '3');
  await mergeFirstRows(page);
  await expect(page.getByText('Autosaved')).toBeVisible();

  const other = writePair(
    ZH.split('\n\n').slice(0, 2).join('\n\n'),
    EN.split('\n\n').slice(0, 2).join('\n\n'),
    'other',
  );
  await page.getByLabel('Open files').setInputFiles(other);
  const dialog = page.getByRole('dialog', { name: 'Unsaved changes to “spring”' });
  await expect(dialog).toBeVisible({ timeout: ALIGN_TIMEOUT });
  // Keyboard: Save has the focus, Escape cancels and the edited document stays.
  await expect(dialog.getByRole('button', { name: 'Save…' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(grid).toHaveAttribute('aria-rowcount', '2');
  await expect(grid.getByRole('row').first().locator('[lang="zh"]')).toContainText('村里的孩子们');

  // Again, and keep it in the browser with the keyboard: Tab to the button, Enter.
  await page.getByLabel('Open files').setInputFiles(other);
  await expect(dialog).toBeVisible({ timeout: ALIGN_TIMEOUT });
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'Keep in browser' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByText('Your unsaved changes to "spring" are kept under Recent'),
  ).toBeVisible();
  await expect(grid.getByRole('row').first().locator('[lang="zh"]')).not.toContainText(
    '村里的孩子们',
  );
  await page.getByRole('button', { name: 'Recent' }).click();
  await expect(page.getByRole('menuitem', { name: /spring/ })).toContainText('unsaved changes');
  expect(problems).toEqual([]);
});

test('a browser that blocks storage: said once, Save offered, leaving and replacing warn', async ({
  page,
}) => {
  await page.addInitScript(() => {
    // As private modes and blocked site data do: opening the database fails.
    IDBFactory.prototype.open = function open() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  });
  await page.goto('/');
  const alert = page.getByRole('alert').filter({ hasText: 'not letting duilian store anything' });
  await expect(alert).toBeVisible({ timeout: ALIGN_TIMEOUT });
  await expect(alert).toHaveCount(1);
  await expect(alert.getByRole('button', { name: 'Save…' })).toBeVisible();
  const grid = await openPair(page, writePair(ZH, EN));
  await mergeFirstRows(page);
  await expect(page.getByText('Autosave failed: save to a file to keep your work')).toBeVisible();

  // Replacing: no "Keep in browser", which could not work.
  // Other texts (the same ones again would only say they are already open).
  await page
    .getByLabel('Open files')
    .setInputFiles(writePair(`${ZH}（第二稿）`, `${EN} (second draft)`, 'again'));
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('this browser cannot store them', { timeout: ALIGN_TIMEOUT });
  await expect(dialog.getByRole('button', { name: 'Keep in browser' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(grid).toHaveAttribute('aria-rowcount', '2');

  // Leaving: the browser's "leave site?" prompt.
  let asked = false;
  page.once('dialog', (d) => {
    asked = d.type() === 'beforeunload';
    void d.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toBe(true);
});

test('two tabs on one document: the second is read-only until it takes over; no edit is lost', async ({
  page,
  context,
}) => {
  const problems = watchProblems(page);
  await page.goto('/');
  await expect(page.getByRole('grid')).toBeVisible({ timeout: ALIGN_TIMEOUT });
  const gridA = await openPair(page, writePair(ZH, EN));
  await mergeFirstRows(page);
  await expect(page.getByText('Autosaved')).toBeVisible();

  // Tab B restores the same document, and may not write it.
  const pageB = await context.newPage();
  const problemsB = watchProblems(pageB);
  await pageB.goto('/');
  const gridB = pageB.getByRole('grid');
  await expect(gridB).toHaveAttribute('aria-rowcount', '2', { timeout: ALIGN_TIMEOUT });
  const bannerB = pageB.getByRole('status', { name: 'Read-only' });
  await expect(bannerB).toContainText('open in another tab');
  await gridB.getByRole('row').first().locator('[lang="en"]').click();
  await pageB.getByRole('button', { name: 'Merge with next' }).click();
  await expect(pageB.getByRole('alert')).toContainText('this tab is read-only');
  await expect(gridB).toHaveAttribute('aria-rowcount', '2');
  await pageB.getByRole('button', { name: 'Dismiss message' }).click();

  // A's next edit shows up in B.
  await gridA.getByRole('row').nth(1).locator('[lang="en"]').click();
  await page.getByRole('button', { name: 'Confirm', exact: true }).click();
  await expect(gridB.getByRole('row').nth(1).getByRole('rowheader')).toHaveAttribute(
    'title',
    /confirmed/,
    { timeout: 10_000 },
  );

  // B takes over: A stores its work, turns read-only; B edits.
  await bannerB.getByRole('button', { name: 'Take over' }).click();
  await expect(bannerB).toBeHidden();
  await expect(page.getByRole('status', { name: 'Read-only' })).toContainText(
    'Another tab took over',
  );
  await gridB.getByRole('row').first().locator('[lang="en"]').click();
  await pageB.getByRole('button', { name: 'Merge with next' }).click();
  await expect(gridB).toHaveAttribute('aria-rowcount', '1');
  await expect(pageB.getByText('Autosaved')).toBeVisible();
  // A, read-only, refuses edits and follows B.
  await expect(gridA).toHaveAttribute('aria-rowcount', '1', { timeout: 10_000 });

  // After both tabs are gone, the stored document holds every tab's edits.
  await pageB.close();
  await page.reload();
  await expect(gridA).toHaveAttribute('aria-rowcount', '1', { timeout: ALIGN_TIMEOUT });
  await expect(gridA.getByRole('row').first().locator('[lang="zh"]')).toContainText('老师常说');
  await expect(page.getByRole('status', { name: 'Read-only' })).toHaveCount(0);
  expect(problems).toEqual([]);
  expect(problemsB).toEqual([]);
});

test('text typed in a segment editor survives a reload, and leaving with it asks first', async ({
  page,
}) => {
  const problems = watchProblems(page);
  await page.goto('/');
  await expect(page.getByRole('grid')).toBeVisible({ timeout: ALIGN_TIMEOUT });
  const grid = await openPair(page, writePair(ZH, EN));
  await expect(grid).toHaveAttribute('aria-rowcount', '3');
  // Nothing else changed: only the editor holds work.
  await grid.getByRole('row').nth(1).locator('[lang="en"] p').first().dblclick();
  const editor = grid.getByRole('textbox');
  await expect(editor).toBeFocused();
  await editor.press('End');
  await editor.pressSequentially(' Typed before the reload.');
  // Autosave stores the editor's text with the session (idb-keyval's default database).
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            const open = indexedDB.open('keyval-store');
            open.onsuccess = () => {
              const get = open.result
                .transaction('keyval')
                .objectStore('keyval')
                .get('duilian:session');
              get.onsuccess = () => resolve(get.result?.draft?.text ?? '');
            };
          }),
      ),
    )
    .toMatch(/Typed before the reload\.$/);

  // Leaving asks.
  let asked = false;
  page.once('dialog', (d) => {
    asked = d.type() === 'beforeunload';
    void d.accept();
  });
  await page.reload();
  expect(asked).toBe(true);

  await expect(grid).toHaveAttribute('aria-rowcount', '3', { timeout: ALIGN_TIMEOUT });
  const restoredEditor = grid.getByRole('textbox');
  await expect(restoredEditor).toHaveValue(/Typed before the reload\.$/);
  await expect(
    page.getByText(/The text you were typing in English segment 2 is back/),
  ).toBeVisible();
  await restoredEditor.press('Enter');
  await expect(grid.getByRole('row').nth(1).locator('[lang="en"]')).toContainText(
    'Typed before the reload.',
  );
  expect(problems).toEqual([]);
});
