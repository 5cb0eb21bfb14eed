/**
 * npm run bench:grid — how the editor feels at 20,000 links, measured in Debian's Chromium.
 * Builds a synthetic 20,000-link alignment (text of our own making), opens it through the
 * app's file input, then reports: time until the grid shows it, time from a merge keystroke
 * to the frame that shows the edit, and frame times while scrolling through the document.
 * Expects a fresh `vite build` in dist/ (the npm script runs it first).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeSide, type AlignDocument, type Link } from '../src/core/model';
import { serializeDocument } from '../src/io/alignmentFile';
import { openPreviewApp } from './previewApp';

const LINKS = Number(process.env.LINKS ?? 20_000);
/** Merges measured (each 1 s after the previous one). */
const EDITS = Number(process.env.EDITS ?? 5);
// not 4190: fetch refuses that port (ManageSieve); GRID_PORT lets two builds be measured in turn.
const PORT = Number(process.env.GRID_PORT ?? 4192);

function syntheticDocument(count: number): AlignDocument {
  const zh: string[] = [];
  const en: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = 1 + (i % 5);
    zh.push(`第${i + 1}段：${'我们在会上讨论了经济与文化交流的问题。'.repeat(n)}`);
    en.push(
      `Paragraph ${i + 1}: ${'At the meeting we discussed economic and cultural exchange. '.repeat(n).trim()}`,
    );
  }
  const links: Link[] = zh.map((_, i) => ({
    src: [i],
    tgt: [i],
    status: 'auto',
    confidence: ((i * 37) % 100) / 100,
  }));
  return {
    meta: { title: { en: `Synthetic ${count}-link document` } },
    level: 'paragraphs',
    alignment: { source: makeSide('zh', zh), target: makeSide('en', en), links },
  };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'duilian-grid-'));
  const file = join(dir, `synthetic-${LINKS}.duilian.json`);
  writeFileSync(file, serializeDocument(syntheticDocument(LINKS)));

  const { url, browser, close } = await openPreviewApp(PORT);
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // tsx names in-page arrow functions with a helper that the page lacks.
    await page.addInitScript('globalThis.__name = (f) => f');
    await page.goto(url);
    await page.getByRole('grid').waitFor();

    const t0 = Date.now();
    await page.getByLabel('Open files').setInputFiles(file);
    await page
      .locator(`[role="grid"][aria-rowcount="${LINKS}"] [role="row"]`)
      .first()
      .waitFor({ timeout: 120_000 });
    const openMs = Date.now() - t0;

    // A merge: from keydown to the first frame painted after the grid changed.
    await page.getByRole('row').nth(3).click();
    const editTimes: number[] = [];
    for (let k = 0; k < EDITS; k++) {
      // Let the previous edit's debounced autosave finish, so each figure is one edit alone.
      await page.waitForTimeout(1000);
      const expected = LINKS - k - 1;
      editTimes.push(
        await page.evaluate(
          (expectedCount) =>
            new Promise<number>((resolve) => {
              const grid = document.querySelector('[role="grid"]')!;
              const start = performance.now();
              const observer = new MutationObserver(() => {
                if (grid.getAttribute('aria-rowcount') === String(expectedCount)) {
                  observer.disconnect();
                  requestAnimationFrame(() =>
                    requestAnimationFrame(() => resolve(performance.now() - start)),
                  );
                }
              });
              observer.observe(grid, { attributes: true });
              document.activeElement?.dispatchEvent(
                new KeyboardEvent('keydown', { key: 'm', bubbles: true }),
              );
            }),
          expected,
        ),
      );
    }

    // Scrolling: move the grid a screenful a frame for two seconds and record frame gaps.
    const frames = await page.evaluate(
      () =>
        new Promise<number[]>((resolve) => {
          const grid = document.querySelector('[role="grid"]') as HTMLElement;
          const gaps: number[] = [];
          let last = performance.now();
          const end = last + 2000;
          const step = () => {
            const now = performance.now();
            gaps.push(now - last);
            last = now;
            grid.scrollTop += 700;
            if (now < end) requestAnimationFrame(step);
            else resolve(gaps.slice(1));
          };
          requestAnimationFrame(step);
        }),
    );
    console.log(`links                       ${LINKS}`);
    console.log(`open .json -> grid shown    ${openMs} ms`);
    console.log(
      `merge keystroke -> painted  median ${percentile(editTimes, 50).toFixed(1)} ms, p90 ${percentile(editTimes, 90).toFixed(1)} ms, max ${Math.max(...editTimes).toFixed(1)} ms (${editTimes.length} edits)`,
    );
    console.log(
      `scrolling frame time        median ${percentile(frames, 50).toFixed(1)} ms, p95 ${percentile(frames, 95).toFixed(1)} ms over ${frames.length} frames`,
    );
  } finally {
    await close();
  }
}

await main();
