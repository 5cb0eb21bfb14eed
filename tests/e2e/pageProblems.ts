import type { Page } from '@playwright/test';

/** Collects uncaught page errors and console errors; a test ends by expecting none. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    // Chromium may ask for /favicon.ico after a reload or a download, despite the SVG icon.
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) problems.push(m.text());
  });
  return problems;
}
