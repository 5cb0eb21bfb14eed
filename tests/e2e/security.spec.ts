import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { watchProblems } from './pageProblems';

test('hostile text is shown as text, under a Content-Security-Policy, with no request leaving the machine', async ({
  page,
}) => {
  const outside: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (
      !['127.0.0.1', 'localhost'].includes(url.hostname) &&
      !['blob:', 'data:'].includes(url.protocol)
    ) {
      outside.push(r.url());
    }
  });
  await page.goto('/');
  await expect(page.getByRole('grid')).toBeVisible();
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");

  const dir = mkdtempSync(join(tmpdir(), 'duilian-hostile-'));
  const zh = join(dir, '<img src=x onerror=alert(1)>.zh.txt');
  const en = join(dir, 'en.txt');
  writeFileSync(
    zh,
    '这是一个标题，后面跟着一段不该被执行的标记<img src="http://example.invalid/x.png" onerror="window.__pwned=1">\n\n这是第二段文字，里面也藏着一段不该运行的脚本<script>window.__pwned=2</script>。\n',
  );
  writeFileSync(
    en,
    'Title<img src="http://example.invalid/y.png" onerror="window.__pwned=3">\n\nSecond paragraph<script>window.__pwned=4</script>.\n',
  );
  await page.getByLabel('Open files').setInputFiles([zh, en]);

  const grid = page.getByRole('grid');
  await expect(grid.getByRole('row').first().locator('[lang="zh"]')).toContainText(
    '<img src="http://example.invalid/x.png"',
  );
  await expect(grid.getByRole('row').nth(1).locator('[lang="en"]')).toContainText(
    '<script>window.__pwned=4</script>',
  );
  expect(await grid.locator('img, script').count()).toBe(0);
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
  expect(outside).toEqual([]);
});

test('the server sends the security headers, and the app runs under them without inline styles', async ({
  page,
}) => {
  const problems = watchProblems(page);
  const response = await page.goto('/');
  const headers = response!.headers();
  const csp = headers['content-security-policy'];
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("style-src 'self';");
  expect(csp).not.toContain('unsafe-inline');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  const grid = page.getByRole('grid');
  await expect(grid).toBeVisible();
  // Styles from the stylesheet apply, and React's style props (row positions) work via the CSSOM.
  await expect(page.locator('.app-header')).toHaveCSS('display', 'flex');
  const second = grid.getByRole('row').nth(1);
  await expect(second).toHaveAttribute('style', /translateY\(\d+/);
  // A CSP violation is reported on the console.
  expect(problems).toEqual([]);
});
