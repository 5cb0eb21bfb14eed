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
import { resolve } from 'node:path';
import { openPreviewApp } from './previewApp';

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

async function main(): Promise<void> {
  const { url, browser, close } = await openPreviewApp(PORT);
  try {
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
    await close();
  }
}

await main();
