import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A reader whose browser prefers Chinese gets the Chinese interface, messages included.
test.use({ locale: 'zh-CN' });

/**
 * Every text an alert or a status line shows, as it appears (watched from the first paint,
 * so a notice that fades is caught too).
 */
async function watchMessages(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen = new Set<string>();
    (window as unknown as { __said: Set<string> }).__said = seen;
    const note = () => {
      for (const el of document.querySelectorAll('[role="alert"], [role="status"]')) {
        const text = (el.textContent ?? '').trim();
        if (text) seen.add(text);
      }
    };
    new MutationObserver(note).observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
  return () => page.evaluate(() => [...(window as unknown as { __said: Set<string> }).__said]);
}

/** What is left of a message once names it may quote are taken out: file names, formats, keys. */
function wording(text: string): string {
  return text
    .replace(/“[^”]*”|"[^"]*"|「[^」]*」/g, ' ')
    .replace(/\b[\w.-]+\.(txt|json|tmx|xml|align)\b/gi, ' ')
    .replace(/\b(TMX|JSON|XML|InterText|UTF-8|UTF-16|GB18030|GBK|Big5|BOM|DOCX|Word|Moses)\b/g, ' ')
    .replace(/\b(Shift|Ctrl|Alt|Esc|Enter|Tab)\b(\+\w+)?/g, ' ')
    .replace(/\bduilian\b/g, ' ');
}

/** English words in a row: a sentence or phrase left untranslated. */
const ENGLISH_RUN = /[A-Za-z]{2,}[\s,;:.'’-]+[A-Za-z]{2,}/;

test('in Chinese, notices and errors of the main flows are in Chinese', async ({ page }) => {
  const said = await watchMessages(page);
  await page.goto('/');
  const grid = page.getByRole('grid');
  await expect(grid.getByRole('row').first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  // Re-align the stretch around a row: the notice says how far it reached.
  await grid.focus();
  await page.keyboard.press('j');
  await page.keyboard.press('r');
  await expect(page.getByRole('status').filter({ hasText: /已重新对齐/ })).toBeVisible();

  // An operation that cannot apply: re-align "the selection" with one row selected.
  await page.keyboard.press('Shift+R');
  await expect(page.getByRole('alert')).toContainText('请先选中要重新对齐的行');
  // Merge at the last row: nothing below to merge with.
  await page.keyboard.press('End');
  await page.keyboard.press('m');
  await expect(page.getByRole('alert')).toContainText('最后一行下面没有可合并的行');

  // Files that cannot be opened: one text file alone, an empty one, a broken alignment file.
  const dir = mkdtempSync(join(tmpdir(), 'duilian-zh-'));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const open = page.getByLabel(/打开文件|Open files/);
  await open.setInputFiles(file('alone.txt', '只有一个文件。'));
  await expect(page.getByRole('alert')).toContainText('只是一个文本文件');
  await open.setInputFiles([file('empty.zh.txt', ''), file('story.en.txt', 'A story.')]);
  await expect(page.getByRole('alert')).toContainText('是空的');
  await open.setInputFiles(file('broken.json', '{"format": "duilian-alignment", "version": 1,'));
  await expect(page.getByRole('alert')).toContainText('不是 JSON');
  await open.setInputFiles(file('other.json', '{"hello": 1}'));
  await expect(page.getByRole('alert')).toContainText('这不是对联的对齐文件');
  // Alignment files damaged by hand: the structural detail is in Chinese too.
  const sound = (status: string, tgt: number) =>
    JSON.stringify({
      format: 'duilian-alignment',
      version: 2,
      level: 'sentences',
      meta: {},
      source: { lang: 'zh', segments: [{ id: 'z1', text: '一。' }] },
      target: { lang: 'en', segments: [{ id: 'e1', text: 'One.' }] },
      links: [{ src: [0], tgt: [tgt], status, confidence: 0.9 }],
    });
  await open.setInputFiles(file('status.json', sound('maybe', 0)));
  await expect(page.getByRole('alert')).toContainText('第 1 条对齐：“status”应为以下之一');
  await open.setInputFiles(file('range.json', sound('auto', 4)));
  await expect(page.getByRole('alert')).toContainText('译文序号 4 超出了 1 个英文片段的范围');
  // Two English texts.
  await open.setInputFiles([
    file('a.txt', 'This is English.\n\nSo is this.'),
    file('b.txt', 'And this is English too.'),
  ]);
  await expect(page.getByRole('alert')).toContainText('看起来都是英文');
  // A .align file with a line that is not a link, beside its two texts.
  await open.setInputFiles([
    file('bad.align', '[0]:[0]\nnot a link\n'),
    file('c.zh.txt', '第一句。\n第二句。'),
    file('c.en.txt', 'The first.\nThe second.'),
  ]);
  await expect(page.getByRole('alert')).toContainText('不是 [0,1]:[2] 这样的对齐');

  const messages = await said();
  expect(messages.length).toBeGreaterThanOrEqual(10);
  const english = messages.filter((m) => ENGLISH_RUN.test(wording(m)));
  expect(english).toEqual([]);
  for (const m of messages) expect(m).toMatch(/[\u4e00-\u9fff]/);
});
