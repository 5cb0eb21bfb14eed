/** Issue 13: a worker that fails mid-run is reported, never re-run on the main thread. */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as alignTextsModule from '../../src/align/alignTexts';
import { PAGE_ALIGN_LIMIT_CHARS } from '../../src/store/aligning';
import { EN_TEXT, renderApp, resetStores, textFile, ZH_TEXT } from './FileTestKit';

vi.mock('idb-keyval', () => import('./FileIdbMock'));

/** Starts (says how far it got), then dies, as a worker out of memory does. */
class CrashingWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(request: { id: number }): void {
    setTimeout(() => {
      this.onmessage?.({
        data: { type: 'progress', id: request.id, fraction: 0.3 },
      } as MessageEvent);
      this.onerror?.({
        message: 'Uncaught RangeError: Array buffer allocation failed',
      } as ErrorEvent);
    }, 0);
  }
  terminate(): void {}
}

/** Never runs at all (a blocked script). */
class BlockedWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(): void {
    setTimeout(() => this.onerror?.({ message: 'worker script blocked' } as ErrorEvent), 0);
  }
  terminate(): void {}
}

const original = (globalThis as unknown as { Worker: unknown }).Worker;

function useWorker(worker: unknown): void {
  (globalThis as unknown as { Worker: unknown }).Worker = worker;
}

beforeEach(resetStores);
afterEach(() => {
  useWorker(original);
  vi.restoreAllMocks();
});

describe('a failed aligner worker', () => {
  it('that stopped mid-run is reported; the texts are not aligned again in the page', async () => {
    // The sample at start-up opens from its checked alignment.json, without the worker.
    useWorker(CrashingWorker);
    const inPage = vi.spyOn(alignTextsModule, 'alignTexts');
    const grid = await renderApp();
    await userEvent.upload(screen.getByLabelText('Open files'), [
      textFile('story.zh.txt', ZH_TEXT),
      textFile('story.en.txt', EN_TEXT),
    ]);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /the background aligner stopped while aligning \(Uncaught RangeError: Array buffer allocation failed\).*split them into smaller parts/,
    );
    expect(inPage).not.toHaveBeenCalled();
    // The document open before stays.
    expect(within(grid).getAllByRole('row')[0]).toHaveTextContent('中美人权对话');
  });

  it('that cannot start: long texts are refused rather than frozen on', async () => {
    useWorker(BlockedWorker);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const inPage = vi.spyOn(alignTextsModule, 'alignTexts');
    const grid = await renderApp();
    const times = Math.ceil(PAGE_ALIGN_LIMIT_CHARS / (ZH_TEXT.length + EN_TEXT.length));
    await userEvent.upload(screen.getByLabelText('Open files'), [
      textFile('long.zh.txt', Array(times).fill(ZH_TEXT).join('\n\n')),
      textFile('long.en.txt', Array(times).fill(EN_TEXT).join('\n\n')),
    ]);
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        /could not start \(worker script blocked\), and these texts are too long to align in the page/,
      ),
    );
    expect(inPage).not.toHaveBeenCalled();
    expect(within(grid).getAllByRole('row')[0]).toHaveTextContent('中美人权对话');
  });
});
