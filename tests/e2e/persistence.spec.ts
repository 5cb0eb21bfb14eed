import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { encodeLegacy, utf16leWithBom } from '../fixtures/encodings';
import { holdAlignRequests } from './holdAlignment';
import { watchProblems } from './pageProblems';

/** Texts of our own making, written to a temp dir at test time. */
const ZH = [
  '春天来了，山上的桃花一夜之间全都开了。',
  '村里的孩子们每天早上沿着小河走去学校，一路上唱着歌。',
  '老师常说，读书要慢，想得要深，写字要端正。',
  '到了傍晚，炊烟从家家户户的屋顶上升起来。',
  '夜里下了一场小雨，第二天的空气格外清新。',
].join('\r\n\r\n');

const EN = [
  'Spring has come, and overnight the peach blossoms on the hill have all opened.',
  'Every morning the village children walk to school along the little river, singing all the way.',
  'The teacher often says: read slowly, think deeply, and write your characters neatly.',
  'In the evening, kitchen smoke rises from the roofs of every house.',
  'A light rain fell in the night, and the air the next day was especially fresh.',
].join('\n\n');

/** The first alignment in a page (the sample's) loads CC-CEDICT into the worker: seconds. */
const ALIGN_TIMEOUT = 45_000;

function fixtures() {
  const dir = mkdtempSync(join(tmpdir(), 'duilian-e2e-'));
  const zhPath = join(dir, 'spring.zh.txt');
  const enPath = join(dir, 'spring.en.txt');
  writeFileSync(zhPath, encodeLegacy(ZH, 'gb18030'));
  // UTF-16 LE with a BOM, as Windows Notepad saves "Unicode".
  writeFileSync(enPath, utf16leWithBom(EN));
  const badPath = join(dir, 'broken.duilian.json');
  writeFileSync(
    badPath,
    '{\n  "format": "duilian-alignment",\n  "version": 1,\n  "source": {"lang": "zh", "segm',
  );
  return { dir, zhPath, enPath, badPath };
}

async function openSample(page: Page) {
  await page.goto('/');
  const grid = page.getByRole('grid');
  await expect(grid.getByRole('row').first()).toContainText('中美人权对话', {
    timeout: ALIGN_TIMEOUT,
  });
  return grid;
}

async function openSpring(page: Page) {
  const { zhPath, enPath } = fixtures();
  const grid = page.getByRole('grid');
  // English first: the Chinese still lands on the left.
  await page.getByLabel('Open files').setInputFiles([enPath, zhPath]);
  await expect(grid).toHaveAttribute('aria-rowcount', '5', { timeout: ALIGN_TIMEOUT });
  const first = grid.getByRole('row').first();
  await expect(first.locator('[lang="zh"]')).toContainText('春天来了，山上的桃花');
  await expect(first.locator('[lang="en"]')).toContainText('Spring has come');
  return grid;
}

test('two text files (GB18030 and UTF-16) open aligned; an edit survives a reload', async ({
  page,
}) => {
  const problems = watchProblems(page);
  await openSample(page);
  const grid = await openSpring(page);

  // An edit through the toolbar: merge the first two rows.
  await grid.getByRole('row').first().locator('[lang="en"]').click();
  await page.getByRole('button', { name: 'Merge with next' }).click();
  await expect(grid).toHaveAttribute('aria-rowcount', '4');
  await expect(page.getByText('Autosaved')).toBeVisible();

  // Leaving with unsaved changes asks first; accepting reloads.
  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.accept();
  });
  await page.reload();
  expect(asked).toEqual(['beforeunload']);

  await expect(page.getByText(/Restored your unsaved work from .+: “spring”/)).toBeVisible();
  await expect(grid).toHaveAttribute('aria-rowcount', '4');
  await expect(grid.getByRole('row').first().locator('[lang="zh"]')).toContainText('村里的孩子们');
  await page.screenshot({ path: 'artifacts/persistence-restored.png' });

  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByText(/Restored your unsaved work/)).toBeHidden();

  // Switching to the sample asks first; kept, the work stays under Recent, in the browser's real IndexedDB.
  await page.getByLabel('Bundled document').selectOption('huanqiu-2011-04-28');
  await page
    .getByRole('dialog', { name: 'Unsaved changes to “spring”' })
    .getByRole('button', { name: 'Keep in browser' })
    .click();
  await expect(grid.getByRole('row').first()).toContainText('中美人权对话', {
    timeout: ALIGN_TIMEOUT,
  });
  await expect(
    page.getByText('Your unsaved changes to "spring" are kept under Recent'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Recent' }).click();
  await page.getByRole('menuitem', { name: /spring.*4 rows/ }).click();
  await expect(grid).toHaveAttribute('aria-rowcount', '4');
  await expect(grid.getByRole('row').first().locator('[lang="zh"]')).toContainText('村里的孩子们');
  expect(problems).toEqual([]);
});

test('Save downloads the alignment JSON, which reopens as the same alignment', async ({ page }) => {
  // Without the File System Access API (as in Firefox), Save falls back to a download.
  await page.addInitScript(() => {
    delete (window as unknown as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
  const problems = watchProblems(page);
  await openSample(page);
  const grid = await openSpring(page);
  const before = await grid.getByRole('row').allInnerTexts();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('spring.duilian.json');
  const saved = join(fixtures().dir, download.suggestedFilename());
  await download.saveAs(saved);
  const json = JSON.parse(readFileSync(saved, 'utf8'));
  expect(json.format).toBe('duilian-alignment');
  expect(json.links).toHaveLength(5);

  await page.getByLabel('Bundled document').selectOption('huanqiu-2011-04-28');
  await expect(grid.getByRole('row').first()).toContainText('中美人权对话', {
    timeout: ALIGN_TIMEOUT,
  });

  await page.getByLabel('Open files').setInputFiles(saved);
  await expect(grid).toHaveAttribute('aria-rowcount', '5');
  expect(await grid.getByRole('row').allInnerTexts()).toEqual(before);
  expect(problems).toEqual([]);
});

test('Export TMX downloads one <tu> per link with Chinese and English tagged', async ({ page }) => {
  await openSample(page);
  const grid = await openSpring(page);
  await page.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByRole('menuitem', { name: 'TMX' })).toBeVisible();
  await page.screenshot({ path: 'artifacts/persistence-export-menu.png' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: 'TMX' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('spring.tmx');
  const path = join(fixtures().dir, 'spring.tmx');
  await download.saveAs(path);
  const tmx = readFileSync(path, 'utf8');
  const parsed = await page.evaluate((text) => {
    const xml = new DOMParser().parseFromString(text, 'application/xml');
    return {
      errors: xml.getElementsByTagName('parsererror').length,
      tus: xml.getElementsByTagName('tu').length,
      langs: [
        ...new Set([...xml.getElementsByTagName('tuv')].map((t) => t.getAttribute('xml:lang'))),
      ],
      firstZh: xml.querySelector('tuv[*|lang^="zh"] seg')?.textContent ?? '',
    };
  }, tmx);
  expect(parsed.errors).toBe(0);
  expect(parsed.tus).toBe(Number(await grid.getAttribute('aria-rowcount')));
  expect(parsed.langs.sort()).toEqual(['en', 'zh-CN']);
  expect(parsed.firstZh).toContain('春天来了');
});

test('Export HTML gives a page headed by the document, the row numbers in a narrow column', async ({
  page,
}) => {
  await openSample(page);
  await openSpring(page);
  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: 'HTML (two columns)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('spring.html');
  const path = join(fixtures().dir, 'spring.html');
  await download.saveAs(path);
  const exported = await page.context().newPage();
  await exported.setViewportSize({ width: 1280, height: 800 });
  await exported.goto(`file://${path}`);
  await expect(exported.getByRole('heading', { level: 1 })).toHaveText('spring');
  await exported.screenshot({ path: 'artifacts/persistence-export-html.png' });
  // The two languages share the page; the numbers took a third of it before.
  const [number, zh, en] = await exported
    .getByRole('row')
    .nth(1)
    .getByRole('cell')
    .evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().width));
  expect(number).toBeLessThan(80);
  expect(zh).toBeGreaterThan(400);
  expect(Math.abs(zh - en)).toBeLessThan(2);
  await exported.close();
});

test('a malformed JSON file is refused with an alert and the document stays', async ({ page }) => {
  const grid = await openSample(page);
  const rows = await grid.getAttribute('aria-rowcount');
  const { badPath } = fixtures();
  await page.getByLabel('Open files').setInputFiles(badPath);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('broken.duilian.json');
  await expect(alert).toContainText('truncated');
  await expect(grid).toHaveAttribute('aria-rowcount', rows!);
  await expect(grid.getByRole('row').first()).toContainText('中美人权对话', {
    timeout: ALIGN_TIMEOUT,
  });
  await page.screenshot({ path: 'artifacts/persistence-alert.png' });
});

test('files dropped on the window open, with a visible drop overlay', async ({ page }) => {
  const grid = await openSample(page);
  const transfer = await page.evaluateHandle(
    ([zh, en]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([zh], 'drop.zh.txt', { type: 'text/plain' }));
      dt.items.add(new File([en], 'drop.en.txt', { type: 'text/plain' }));
      return dt;
    },
    [ZH, EN],
  );
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
  await expect(page.getByText('Drop to open')).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  await expect(page.getByText('Drop to open')).toBeHidden();
  await expect(grid).toHaveAttribute('aria-rowcount', '5', { timeout: ALIGN_TIMEOUT });
  await expect(grid.getByRole('row').first().locator('[lang="zh"]')).toContainText('春天来了');
});

test('a long alignment shows progress and can be cancelled, leaving the document as it was', async ({
  page,
}) => {
  const grid = await openSample(page);
  await holdAlignRequests(page);
  const many = (text: string, sep: string) =>
    Array.from({ length: 1500 }, (_, i) => text.split(sep)[i % 5] + ` ${i + 1}`).join(sep);
  const transfer = await page.evaluateHandle(
    ([zh, en]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([zh], 'long.zh.txt', { type: 'text/plain' }));
      dt.items.add(new File([en], 'long.en.txt', { type: 'text/plain' }));
      return dt;
    },
    [many(ZH, '\r\n\r\n'), many(EN, '\n\n')],
  );
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  await expect(page.getByRole('progressbar', { name: 'Alignment progress' })).toBeVisible();
  await page.screenshot({ path: 'artifacts/persistence-aligning.png' });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Alignment cancelled; the open document is unchanged')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Alignment progress' })).toBeHidden();
  await expect(grid.getByRole('row').first()).toContainText('中美人权对话', {
    timeout: ALIGN_TIMEOUT,
  });
  await expect(page.getByRole('button', { name: 'Open…' })).toBeEnabled();
});

test('pasted texts align from the Paste texts… dialog', async ({ page }) => {
  const grid = await openSample(page);
  await page.getByRole('button', { name: 'Paste texts…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste texts to align' });
  await dialog.getByRole('textbox', { name: /Chinese original/ }).fill(ZH);
  await dialog.getByRole('textbox', { name: 'English translation' }).fill(EN);
  await page.screenshot({ path: 'artifacts/persistence-paste.png' });
  await dialog.getByRole('button', { name: 'Align' }).click();
  await expect(dialog).toBeHidden();
  await expect(grid).toHaveAttribute('aria-rowcount', '5', { timeout: ALIGN_TIMEOUT });
  await expect(grid.getByRole('row').nth(2).locator('[lang="en"]')).toContainText('read slowly');
});

test('when rendering breaks, the recovery screen still hands over the work as JSON', async ({
  page,
}) => {
  // A fault injected into number formatting, which the rows use for their tooltips: a
  // stand-in for any bug that throws while React renders.
  await page.addInitScript(() => {
    const original = Number.prototype.toFixed;
    (window as unknown as { breakRendering: boolean }).breakRendering = false;
    Number.prototype.toFixed = function toFixed(this: number, digits?: number) {
      if ((window as unknown as { breakRendering: boolean }).breakRendering) {
        throw new Error('injected render fault');
      }
      return original.call(this, digits);
    };
  });
  await openSample(page);
  const grid = await openSpring(page);
  const rows = Number(await grid.getAttribute('aria-rowcount'));
  await page.evaluate(() => {
    (window as unknown as { breakRendering: boolean }).breakRendering = true;
  });
  await grid.getByRole('row').nth(1).locator('[lang="en"]').click();
  await expect(page.getByRole('heading', { name: 'Something went wrong' })).toBeVisible();
  await page.screenshot({ path: 'artifacts/persistence-recovery.png' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download your work (JSON)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('spring.duilian.json');
  const path = join(fixtures().dir, 'recovered.json');
  await download.saveAs(path);
  expect(JSON.parse(readFileSync(path, 'utf8')).links).toHaveLength(rows);
  await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
});
