import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
const PORT = 4193;
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
const url = `http://127.0.0.1:${PORT}/`;
for (let i = 0; i < 120; i++) { try { if ((await fetch(url)).ok) break; } catch {} await new Promise(r => setTimeout(r, 250)); }
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless', '--disable-gpu'] });
try {
  const ctx = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1024, height: 700 } });
  const page = await ctx.newPage();
  await page.goto(url);
  const grid = page.getByRole('grid');
  await grid.getByRole('row').first().waitFor();
  await grid.focus();
  await page.keyboard.press('j');
  await page.keyboard.press('Shift+J');
  await page.keyboard.press('Shift+J');
  await page.keyboard.press('Shift+F10');
  await page.getByRole('menu').waitFor();
  await page.screenshot({ path: '/tmp/ws3shots/zh-rowmenu.png' });
  await page.keyboard.press('Escape');
  await page.keyboard.press('n');
  await page.waitForTimeout(300);
  await page.screenshot({ path: '/tmp/ws3shots/zh-flagged.png' });
  await page.keyboard.press('?');
  await page.waitForTimeout(300);
  await page.screenshot({ path: '/tmp/ws3shots/zh-help.png' });
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('合并');
  await page.waitForTimeout(300);
  await page.screenshot({ path: '/tmp/ws3shots/zh-palette.png' });
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '关于' }).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: '/tmp/ws3shots/zh-about.png' });
  await page.keyboard.press('Escape');
  // status-bar english check: collect all visible text nodes with 2+ English words outside the grid
  const english = await page.evaluate(() => {
    const out: string[] = [];
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let n: Node | null;
    while ((n = walk.nextNode())) {
      const el = n.parentElement!;
      if (el.closest('[role="grid"]') || el.closest('.doc-title, h1, option, .visually-hidden')) continue;
      const t = (n.textContent ?? '').trim();
      if (/[A-Za-z]{2,}[\s,;:.'-]+[A-Za-z]{2,}/.test(t)) out.push(t);
    }
    const attrs: string[] = [];
    for (const el of document.querySelectorAll('[title], [aria-label], [placeholder]')) {
      if (el.closest('[role="grid"]')) continue;
      for (const a of ['title', 'aria-label', 'placeholder']) {
        const v = el.getAttribute(a);
        if (v && /[A-Za-z]{2,}[\s,;:.'-]+[A-Za-z]{2,}/.test(v.replace(/“[^”]*”/g, ''))) attrs.push(`${a}=${v}`);
      }
    }
    return { out, attrs };
  });
  console.log(JSON.stringify(english, null, 1));
} finally {
  await browser.close();
  server.kill();
}
