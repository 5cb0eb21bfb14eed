/**
 * Takes the workspace screenshots in docs/screenshots/ from the built app (run `npx vite build`
 * first) on the bundled sample, and prints the share of the window height the rows get.
 *
 *   npx vite build && npx tsx scripts/screenshots.ts
 *
 * English and Chinese at 1440×900, 1024×700 and 390×844, plus the dark theme (the system's
 * setting) at 1440×900 in English and 390×844 in Chinese. Chinese text needs a CJK font on
 * the machine (e.g. `apt-get install fonts-wqy-microhei`); nothing is downloaded.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';

const PORT = 4191;
const OUT = resolve(import.meta.dirname, '../docs/screenshots');

interface Shot {
  readonly lang: 'en' | 'zh';
  readonly width: number;
  readonly height: number;
  readonly dark?: boolean;
}

const SHOTS: readonly Shot[] = [
  ...(['en', 'zh'] as const).flatMap((lang) =>
    [
      [1440, 900],
      [1024, 700],
      [390, 844],
    ].map(([width, height]) => ({ lang, width, height })),
  ),
  { lang: 'en', width: 1440, height: 900, dark: true },
  { lang: 'zh', width: 390, height: 844, dark: true },
];

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the preview server did not answer at ${url}`);
}

async function main(): Promise<void> {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
    // Its own process group, so the server npx starts is stopped with it (kill() stops npx only).
    { stdio: 'ignore', detached: true },
  );
  const url = `http://127.0.0.1:${PORT}/`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--no-first-run'],
  });
  try {
    await waitForServer(url);
    for (const shot of SHOTS) {
      const context = await browser.newContext({
        viewport: { width: shot.width, height: shot.height },
        locale: shot.lang === 'zh' ? 'zh-CN' : 'en-US',
        colorScheme: shot.dark ? 'dark' : 'light',
        serviceWorkers: 'block',
      });
      const page = await context.newPage();
      await page.goto(url);
      const grid = page.getByRole('grid');
      await grid.getByRole('row').first().waitFor();
      await page.waitForFunction('document.fonts.status === "loaded"');
      const box = (await grid.boundingBox())!;
      const name = `workspace-${shot.lang}-${shot.width}x${shot.height}${shot.dark ? '-dark' : ''}.png`;
      await page.screenshot({ path: resolve(OUT, name) });
      const share = ((100 * box.height) / shot.height).toFixed(1);
      console.log(`${name.padEnd(36)} rows ${Math.round(box.height)} px = ${share}% of the height`);
      await context.close();
    }
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid);
  }
}

await main();
