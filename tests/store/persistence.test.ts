import { beforeEach, describe, expect, it, vi } from 'vitest';
import { alignTexts } from '../../src/align/alignTexts';
import {
  loadDocument,
  StaleWriteError,
  storeDocument,
  storedRevision,
} from '../../src/store/persistence';
import * as idb from '../ui/FileIdbMock';
import { EN_TEXT, ZH_TEXT } from '../ui/FileTestKit';

vi.mock('idb-keyval', () => import('../ui/FileIdbMock'));

beforeEach(() => idb.reset());

const doc = alignTexts({ text: ZH_TEXT }, { text: EN_TEXT }, {});

describe('stored revisions', () => {
  it('count writes, and a write from an older revision is refused, keeping the newer one', async () => {
    expect(await storeDocument('d', 'story', doc, 1, { dirty: true, baseRevision: null })).toBe(1);
    // Tab A read revision 1 and wrote 2.
    expect(await storeDocument('d', 'story A', doc, 2, { dirty: true, baseRevision: 1 })).toBe(2);
    // Tab B still thinks revision 1 is the latest.
    await expect(
      storeDocument('d', 'story B', doc, 3, { dirty: true, baseRevision: 1 }),
    ).rejects.toBeInstanceOf(StaleWriteError);
    expect(await storedRevision('d')).toBe(2);
    expect((await loadDocument('d'))?.name).toBe('story A');
  });
});
