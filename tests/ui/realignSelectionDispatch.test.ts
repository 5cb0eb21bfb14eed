import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Alignment } from '../../src/core/model';
import { findViolation } from '../../src/core/invariants';
import { setDocument } from '../../src/store/actions';
import { appStore, initialAppState } from '../../src/store/appStore';
import { dispatchCommand } from '../../src/store/commandActions';
import { fileStore } from '../../src/store/fileStore';
import { initialViewState, viewStore } from '../../src/store/viewStore';
import { setLanguage } from '../../src/ui/i18n';
import { alignmentOf, docOf, shapes } from '../core/operations/fixtures';

// The worker, played by the real re-aligner run in the page.
const sent: Alignment[] = [];
vi.mock('../../src/align/alignInWorker', async () => {
  const { realignBetweenConfirmed } = await import('../../src/align/realign');
  return {
    realignInWorker: (alignment: Alignment) => {
      sent.push(alignment);
      return { promise: Promise.resolve(realignBetweenConfirmed(alignment)), cancel() {} };
    },
  };
});

beforeEach(() => {
  sent.length = 0;
  appStore.setState(initialAppState, true);
  viewStore.setState(initialViewState, true);
  fileStore.setState({ notice: null });
  vi.stubGlobal('Worker', class {});
});

afterEach(() => {
  vi.unstubAllGlobals();
  setLanguage('en');
});

/** Rows 2-3 and 5-6 split a pair wrongly (2-0 beside 0-2); row 4 is confirmed; 7-8 too are wrong. */
const doc = () =>
  docOf(
    alignmentOf(
      [
        [1, 1],
        [2, 0],
        [0, 2],
        [1, 1],
        [2, 0],
        [0, 2],
        [2, 0],
        [0, 2],
      ],
      [{}, {}, {}, { status: 'confirmed' }],
    ),
  );

describe('re-aligning the selected rows through the worker', () => {
  it('sends only the selection as free, keeps the confirmed row, and undoes in one step', async () => {
    const d = doc();
    setDocument(d);
    appStore.setState({ selectedLink: 5, selectionAnchor: 1 });
    expect(dispatchCommand('realign-selection')).toBe(true);
    await vi.waitFor(() => expect(viewStore.getState().busy).toBeNull());
    // Everything outside rows 2-6, and the confirmed row 4, went to the aligner as fixed.
    expect(sent[0].links.map((l) => l.status)).toEqual([
      'confirmed',
      'auto',
      'auto',
      'confirmed',
      'auto',
      'auto',
      'confirmed',
      'confirmed',
    ]);
    const after = appStore.getState().doc!.alignment;
    expect(findViolation(after)).toBeNull();
    expect(shapes(after)).toBe('1-1 1-1 1-1 1-1 1-1 1-1 2-0 0-2');
    expect(after.links[3]).toBe(d.alignment.links[3]);
    expect(after.links[6]).toBe(d.alignment.links[6]);
    expect(fileStore.getState().notice).toBe(
      'Re-aligned the selected rows 2–6: 4 of the 5 became 4; kept as they were: 1 confirmed or hand-edited.',
    );
    expect(appStore.getState().history.undoStack).toHaveLength(1);
    dispatchCommand('undo');
    expect(appStore.getState().doc!.alignment).toBe(d.alignment);
  });

  it('says what it did in the interface language', async () => {
    setLanguage('zh');
    setDocument(doc());
    appStore.setState({ selectedLink: 2, selectionAnchor: 1 });
    expect(dispatchCommand('realign-selection')).toBe(true);
    await vi.waitFor(() => expect(fileStore.getState().notice).not.toBeNull());
    expect(fileStore.getState().notice).toBe(
      '已重新对齐选中的第 2–3 行：2 行中的 2 行现为 2 行；保持不变的已确认或手工修改的行：0 行。',
    );
  });

  it('refuses a single selected row and says how to select several', () => {
    setDocument(doc());
    appStore.setState({ selectedLink: 1 });
    expect(dispatchCommand('realign-selection')).toBe(false);
    expect(appStore.getState().error).toMatch(/Select the rows to re-align/);
    expect(sent).toHaveLength(0);
  });
});
