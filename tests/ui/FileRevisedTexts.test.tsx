import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeSide, type AlignDocument } from '../../src/core/model';
import { serializeDocument } from '../../src/io/alignmentFile';
import { appStore } from '../../src/store/appStore';
import { installInProcessWorker, renderApp, rowTexts, textFile, resetStores } from './FileTestKit';

vi.mock('idb-keyval', () => import('./FileIdbMock'));

beforeAll(() => {
  installInProcessWorker();
});

beforeEach(resetStores);

/** A reviewed alignment of our own: every link confirmed. */
function reviewed(): AlignDocument {
  return {
    level: 'paragraphs',
    meta: { title: { en: 'Weather diary' } },
    alignment: {
      source: makeSide('zh', ['一月：大雪。', '二月：刮风。', '三月：下雨。']),
      target: makeSide('en', ['January: heavy snow.', 'February: wind.', 'March: rain.']),
      links: [0, 1, 2].map((i) => ({
        src: [i],
        tgt: [i],
        status: 'confirmed' as const,
        confidence: 1,
      })),
    },
  };
}

describe('Open… an alignment with revised texts', () => {
  it('carries the links over, keeps untouched confirmed links and marks the changed ones for review', async () => {
    const grid = await renderApp();
    await userEvent.upload(screen.getByLabelText('Open files'), [
      textFile('diary.duilian.json', serializeDocument(reviewed()), 'application/json'),
      // February was rewritten in English, and a new April paragraph was added on both sides.
      textFile(
        'diary.en.txt',
        'January: heavy snow.\n\nFebruary: a strong wind.\n\nMarch: rain.\n\nApril: sun.\n',
      ),
      textFile('diary.zh.txt', '一月：大雪。\n\n二月：刮风。\n\n三月：下雨。\n\n四月：晴。\n'),
    ]);
    // Opened: a notice of what changed (warning colours), not an error.
    const notice = (await screen.findByText(/Carried "diary.duilian.json" over/)).closest(
      '[role="status"]',
    );
    expect(notice).toHaveClass('warning-notice');
    expect(notice).toHaveTextContent(/2 confirmed links kept, 1 set back to review/);
    expect(screen.queryByRole('alert')).toBeNull();
    await waitFor(() => expect(rowTexts(grid)[1][1]).toContain('February: a strong wind.'));
    const links = appStore.getState().doc!.alignment.links;
    expect(links.map((l) => l.status)).toEqual([
      'confirmed',
      'auto',
      'confirmed',
      ...links.slice(3).map(() => 'auto'),
    ]);
    const texts = rowTexts(grid).flat().join(' ');
    expect(texts).toContain('四月：晴。');
    expect(texts).toContain('April: sun.');
  });
});
