import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeLegacy } from '../fixtures/encodings';
import {
  EN_TEXT,
  installInProcessWorker,
  renderApp,
  resetStores,
  rowTexts,
  textFile,
  ZH_TEXT,
} from './FileTestKit';

vi.mock('idb-keyval', () => import('./FileIdbMock'));

beforeAll(() => {
  installInProcessWorker();
});

beforeEach(resetStores);

describe('a text file in two encodings', () => {
  it('opens read line by line, with a notice (not an error) naming the file and the first GB18030 line', async () => {
    const paragraphs = ZH_TEXT.split('\n\n');
    const utf8 = new TextEncoder().encode(`${paragraphs.slice(0, 2).join('\n\n')}\n\n`);
    const gb = encodeLegacy(paragraphs.slice(2).join('\n\n'), 'gb18030');
    const bytes = new Uint8Array(utf8.length + gb.length);
    bytes.set(utf8);
    bytes.set(gb, utf8.length);
    const grid = await renderApp();
    await userEvent.upload(screen.getByLabelText('Open files'), [
      textFile('story.zh.txt', bytes),
      textFile('story.en.txt', EN_TEXT),
    ]);
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '4'));
    expect(rowTexts(grid)[3][0]).toContain(paragraphs[3]);
    // The texts opened: a notice naming what to check, not a red error.
    const notice = screen.getByText(/"story.zh.txt" mixes two encodings/);
    expect(notice).toHaveTextContent(
      '"story.zh.txt" mixes two encodings: GB18030 lines among UTF-8 lines (number of such lines: 2; the first is line 5)',
    );
    expect(notice.closest('[role="status"]')).toHaveClass('warning-notice');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
