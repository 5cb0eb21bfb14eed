import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Alignment } from '../../src/core/model';
import { findViolation } from '../../src/core/invariants';
import { setDocument } from '../../src/store/actions';
import { appStore, initialAppState } from '../../src/store/appStore';
import { dispatchCommand } from '../../src/store/commandActions';
import { fileStore } from '../../src/store/fileStore';
import { initialViewState, viewStore } from '../../src/store/viewStore';
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
  vi.stubGlobal('Worker', class {});
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('re-aligning through the worker', () => {
  it('sends only the stretch as unconfirmed and applies the result as one undo step', async () => {
    const doc = docOf(
      alignmentOf(
        [
          [1, 1],
          [2, 0],
          [0, 2],
          [1, 1],
          [1, 1],
        ],
        [{}, {}, {}, { status: 'confirmed' }],
      ),
    );
    setDocument(doc);
    appStore.setState({ selectedLink: 1 });
    expect(dispatchCommand('realign-stretch')).toBe(true);
    expect(viewStore.getState().busy).toBe('Re-aligning…');
    await vi.waitFor(() => expect(viewStore.getState().busy).toBeNull());
    expect(sent[0].links.map((l) => l.status)).toEqual([
      'auto',
      'auto',
      'auto',
      'confirmed',
      'confirmed',
    ]);
    const after = appStore.getState().doc!.alignment;
    expect(findViolation(after)).toBeNull();
    expect(shapes(after)).toBe('1-1 1-1 1-1 1-1 1-1');
    expect(after.links[3]).toBe(doc.alignment.links[3]);
    expect(after.links[4]).toBe(doc.alignment.links[4]);
    expect(appStore.getState().history.undoStack).toHaveLength(1);
  });

  it('drops a result for an alignment that changed meanwhile', async () => {
    setDocument(
      docOf(
        alignmentOf([
          [1, 1],
          [2, 0],
          [0, 2],
        ]),
      ),
    );
    dispatchCommand('realign-stretch');
    dispatchCommand('confirm', { link: 0 });
    await vi.waitFor(() => expect(viewStore.getState().busy).toBeNull());
    expect(appStore.getState().error).toMatch(/changed while re-aligning/);
    expect(shapes(appStore.getState().doc!.alignment)).toBe('1-1 2-0 0-2');
  });

  it('keeps a row fixed by hand, says how many rows it re-aligned, and undoes in one step', async () => {
    // Rows 1-2 and 4-5 are wrong the same way; the user fixes the first pair by hand.
    const doc = docOf(
      alignmentOf([
        [1, 1],
        [2, 0],
        [0, 2],
        [2, 0],
        [0, 2],
      ]),
    );
    setDocument(doc);
    expect(dispatchCommand('merge-next', { link: 1 })).toBe(true);
    const fixed = appStore.getState().doc!.alignment;
    expect(shapes(fixed)).toBe('1-1 2-2 2-0 0-2');
    expect(fixed.links[1].edited).toBe(true);
    appStore.setState({ selectedLink: 3 });
    expect(dispatchCommand('realign-stretch')).toBe(true);
    await vi.waitFor(() => expect(viewStore.getState().busy).toBeNull());
    // Only the rows after the fix went to the aligner; the fix itself counts as an anchor.
    expect(sent[0].links.map((l) => l.status)).toEqual(['confirmed', 'confirmed', 'auto', 'auto']);
    const after = appStore.getState().doc!.alignment;
    expect(after.links[1]).toBe(fixed.links[1]);
    expect(after.links[0]).toBe(fixed.links[0]);
    expect(shapes(after)).toBe('1-1 2-2 1-1 1-1');
    expect(fileStore.getState().notice).toBe(
      'Re-aligned rows 3–4: number of rows 2 → 2. Confirmed and hand-edited rows are kept.',
    );
    expect(appStore.getState().history.undoStack).toHaveLength(2);
    dispatchCommand('undo');
    expect(appStore.getState().doc!.alignment).toBe(fixed);
  });

  it('refuses to start from a row fixed by hand and says why', () => {
    setDocument(
      docOf(
        alignmentOf([
          [1, 1],
          [1, 1],
          [1, 1],
        ]),
      ),
    );
    dispatchCommand('merge-next', { link: 0 });
    expect(dispatchCommand('realign-stretch', { link: 0 })).toBe(false);
    expect(appStore.getState().error).toMatch(/changed by hand/);
    expect(sent).toHaveLength(0);
  });
});
