/**
 * npm run bench:app — the first alignment of a short text in a fresh tab of the built app,
 * measured in Debian's Chromium (issue #11: "about 1 s after the page is loaded").
 * Each run opens a new browser context (empty cache: the dictionary is fetched as on a first
 * visit), waits for the page's load event and the grid, pastes six short paragraphs a side and
 * clicks Align; the figure is the time from the click to the grid showing the aligned rows.
 * Prints every run, the minimum and the load average (the machine may be shared). Expects a
 * fresh `vite build` in dist/ (the npm script runs it first). Port 4187, as the e2e tests: run
 * it through their lock (`flock /tmp/e2e.lock npm run bench:app`) on a shared machine.
 */
import { loadavg } from 'node:os';
import { openPreviewApp } from './previewApp';

const PORT = 4187;
const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;

const ZH = [
  '老虎在森林里睡觉。',
  '孩子们在学校读书，老师看着他们。',
  '一九九八年，他第一次来到北京。',
  '“你明天还来吗？”她问。',
  '河边有一座小桥，桥下的水很清。',
  '晚上，全家人坐在一起吃饭。',
].join('\n\n');
const EN = [
  'In the forest, the tiger sleeps.',
  'The children read books at school while the teacher watches over them.',
  'In 1998 he came to Beijing for the first time.',
  '"Will you come again tomorrow?" she asked.',
  'There is a small bridge by the river, and the water under it is very clear.',
  'In the evening the whole family sat down together to eat.',
].join('\n\n');

const FIVE_ZH = ZH.split('\n\n').slice(0, 5).join('\n\n');
const FIVE_EN = EN.split('\n\n').slice(0, 5).join('\n\n');

async function main(): Promise<void> {
  const { url, browser, close } = await openPreviewApp(PORT);
  try {
    const times: number[] = [];
    const loads: number[] = [];
    const seconds: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      // A new context: no HTTP cache, no service worker, no stored workspace.
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      const t0 = Date.now();
      await page.goto(url, { waitUntil: 'load' });
      const grid = page.getByRole('grid');
      await grid.waitFor();
      loads.push(Date.now() - t0);
      await page.getByRole('button', { name: 'Paste texts…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Paste texts to align' });
      await dialog.getByRole('textbox', { name: /Chinese original/ }).fill(ZH);
      await dialog.getByRole('textbox', { name: 'English translation' }).fill(EN);
      const start = Date.now();
      await dialog.getByRole('button', { name: 'Align' }).click();
      await page
        .locator('[role="grid"][aria-rowcount="6"] [role="row"]')
        .first()
        .waitFor({ timeout: 60_000 });
      times.push(Date.now() - start);
      // Aligned with the dictionary (no "aligned without its dictionary" alert).
      if ((await page.getByRole('alert').count()) > 0)
        throw new Error('the app aligned without its dictionary');
      // A second alignment in the same tab: worker started, dictionary loaded.
      await page.getByRole('button', { name: 'Paste texts…' }).click();
      const again = page.getByRole('dialog', { name: 'Paste texts to align' });
      await again.getByRole('textbox', { name: /Chinese original/ }).fill(FIVE_ZH);
      await again.getByRole('textbox', { name: 'English translation' }).fill(FIVE_EN);
      const start2 = Date.now();
      await again.getByRole('button', { name: 'Align' }).click();
      await page
        .locator('[role="grid"][aria-rowcount="5"] [role="row"]')
        .first()
        .waitFor({ timeout: 60_000 });
      seconds.push(Date.now() - start2);
      await context.close();
    }
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    console.log(`load average ${loadavg()[0].toFixed(1)} (2 cores shared; figures are noisy)`);
    console.log(`page load to grid shown: ${loads.map(s).join(', ')}`);
    console.log(
      `first alignment of 6 short paragraphs a side in a fresh tab (click to rows shown): ` +
        `${s(Math.min(...times))} (min of ${RUNS}: ${times.map(s).join(', ')})`,
    );
    console.log(
      `a second alignment in the same tab (5 paragraphs a side): ` +
        `${s(Math.min(...seconds))} (min of ${RUNS}: ${seconds.map(s).join(', ')})`,
    );
  } finally {
    await close();
  }
}

await main();
