import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { appStore } from '../../src/store/appStore';
import { installInProcessWorker, renderApp, textFile, resetStores } from './FileTestKit';

vi.mock('idb-keyval', () => import('./FileIdbMock'));

beforeAll(() => {
  installInProcessWorker();
});

beforeEach(resetStores);

/** A TMX of `n` units, a few MB: read in chunks with progress. */
function bigTmx(n: number): string {
  const units = Array.from(
    { length: n },
    (_, i) =>
      `<tu><tuv xml:lang="zh-CN"><seg>第${i}句话。</seg></tuv><tuv xml:lang="en"><seg>Sentence number ${i}.</seg></tuv></tu>\n`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="zh-CN" datatype="plaintext"/><body>\n${units.join('')}</body></tmx>\n`;
}

describe('a large TMX', () => {
  it('imports with a progress bar, and Cancel keeps the open document', async () => {
    const grid = await renderApp();
    const before = appStore.getState().doc;
    expect(before).not.toBeNull();
    const progressSeen: number[] = [];
    const unsubscribe = appStore.subscribe((s) => {
      if (s.status === 'aligning') progressSeen.push(s.progress);
    });
    await userEvent.upload(screen.getByLabelText('Open files'), textFile('big.tmx', bigTmx(40000)));
    const bar = await screen.findByRole('progressbar', { name: 'Alignment progress' });
    await userEvent.click(within(bar.parentElement!).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(appStore.getState().status).toBe('ready'));
    expect(appStore.getState().doc).toBe(before);
    expect(
      await screen.findByText('Import cancelled; the open document is unchanged'),
    ).toBeVisible();
    expect(grid).toBeInTheDocument();

    await userEvent.upload(screen.getByLabelText('Open files'), textFile('big.tmx', bigTmx(40000)));
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '40000'), { timeout: 30000 });
    unsubscribe();
    // Progress went up in steps before the document came in.
    expect(new Set(progressSeen).size).toBeGreaterThan(3);
    expect(appStore.getState().doc!.level).toBe('sentences');
  }, 60_000);
});
