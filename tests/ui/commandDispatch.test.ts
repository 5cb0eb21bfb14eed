import { beforeEach, describe, expect, it } from 'vitest';
import { setDocument } from '../../src/store/actions';
import { appStore, initialAppState } from '../../src/store/appStore';
import { dispatchCommand, editorStateOf } from '../../src/store/commandActions';
import { alignmentOf, docOf } from '../core/operations/fixtures';

beforeEach(() => {
  appStore.setState(initialAppState, true);
});

describe('dispatchCommand (the store path to executeCommand)', () => {
  it('applies an edit with history, and undo restores the same alignment', () => {
    const doc = docOf(
      alignmentOf([
        [1, 1],
        [1, 1],
        [1, 1],
      ]),
    );
    setDocument(doc);
    expect(dispatchCommand('merge-next')).toBe(true);
    expect(appStore.getState().doc!.alignment.links).toHaveLength(2);
    expect(appStore.getState().history.undoStack).toHaveLength(1);
    dispatchCommand('undo');
    expect(appStore.getState().doc!.alignment).toBe(doc.alignment);
  });

  it('keeps selection out of history and reports errors with an alert message', () => {
    setDocument(
      docOf(
        alignmentOf([
          [1, 1],
          [1, 1],
        ]),
      ),
    );
    dispatchCommand('select-target');
    dispatchCommand('next-row');
    expect(editorStateOf(appStore.getState())!.selection).toEqual({ link: 1, side: 'tgt' });
    expect(appStore.getState().history.undoStack).toHaveLength(0);
    expect(dispatchCommand('merge-next')).toBe(false);
    expect(appStore.getState().error).toMatch(/last link/);
  });

  it('starts a fresh history for a new document', () => {
    setDocument(
      docOf(
        alignmentOf([
          [1, 1],
          [1, 1],
        ]),
      ),
    );
    dispatchCommand('merge-next');
    setDocument(docOf(alignmentOf([[1, 1]])));
    expect(appStore.getState().history.undoStack).toHaveLength(0);
    expect(dispatchCommand('nothing-here', undefined, { quiet: true })).toBe(false);
  });
});
