import type { Page } from '@playwright/test';

/**
 * Holds back the page's align requests to the aligner's worker (it never receives them), so a
 * test sees an alignment running for as long as it needs. A worker aligns a few thousand
 * short paragraphs in well under a second on a fast machine: faster than a test's next click.
 */
export async function holdAlignRequests(page: Page): Promise<void> {
  await page.evaluate(() => {
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: never[]) {
      if ((message as { type?: string } | null)?.type === 'align') return;
      post.call(this, message, ...rest);
    } as typeof post;
  });
}
