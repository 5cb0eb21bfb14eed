import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fileStore } from '../../src/store/fileStore';
import { EN_TEXT, renderApp, rowTexts, textFile, ZH_TEXT, resetStores } from './FileTestKit';

vi.mock('idb-keyval', () => import('./FileIdbMock'));

/** A worker the browser refuses to run (a blocked script, say). */
class BlockedWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(): void {
    setTimeout(() => this.onerror?.({ message: 'worker script blocked' } as ErrorEvent), 0);
  }
  terminate(): void {}
}

beforeAll(() => {
  (globalThis as unknown as { Worker: unknown }).Worker = BlockedWorker;
});

beforeEach(resetStores);

describe('when the background aligner cannot start', () => {
  it('still opens the texts, aligned in the page, and says the result needs checking', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const grid = await renderApp();
    await userEvent.upload(screen.getByLabelText('Open files'), [
      textFile('story.zh.txt', ZH_TEXT),
      textFile('story.en.txt', EN_TEXT),
    ]);
    await waitFor(() => expect(rowTexts(grid)[0].join(' ')).toContain('春天来了'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /aligned without its dictionary: check the rows/,
    );
    expect(fileStore.getState().name).toBe('story');
  });
});
