import { describe, expect, it } from 'vitest';
import {
  createEditorState,
  executeCommand,
  firstChangedLink,
  isCommandEnabled,
  runCommand,
  type EditorState,
} from '../../src/commands';
import { chunksOf } from '../../src/checks';
import { findViolation } from '../../src/core/invariants';
import { alignmentOf, docOf, shapes } from '../core/operations/fixtures';

function stateOf(
  shapesList: [number, number][],
  props: Parameters<typeof alignmentOf>[1] = [],
  link = 0,
): EditorState {
  return createEditorState(docOf(alignmentOf(shapesList, props)), { link });
}

describe('executeCommand', () => {
  it('runs an edit, records one undo step, and undo/redo return the same alignments', () => {
    const s0 = stateOf([
      [1, 1],
      [1, 1],
      [1, 1],
    ]);
    const s1 = executeCommand(s0, 'merge-next', undefined, { now: 0 });
    expect(shapes(s1.doc.alignment)).toBe('2-2 1-1');
    expect(s1.history.undoStack).toHaveLength(1);
    expect(s1.doc.meta).toBe(s0.doc.meta);
    const s2 = executeCommand(s1, 'undo', undefined, { now: 1 });
    expect(s2.doc.alignment).toBe(s0.doc.alignment);
    const s3 = executeCommand(s2, 'redo', undefined, { now: 2 });
    expect(s3.doc.alignment).toBe(s1.doc.alignment);
  });

  it('leaves history alone for navigation and returns the same state when nothing happens', () => {
    const s0 = stateOf([
      [1, 1],
      [1, 1],
    ]);
    const s1 = executeCommand(s0, 'next-row');
    expect(s1.selection.link).toBe(1);
    expect(s1.history).toBe(s0.history);
    expect(s1.doc).toBe(s0.doc);
    expect(executeCommand(s1, 'next-row')).toBe(s1);
    expect(executeCommand(s0, 'undo')).toBe(s0);
    expect(executeCommand(s0, 'no-such-command')).toBe(s0);
  });

  it('does not record a step when the alignment did not change', () => {
    const s0 = stateOf([[1, 1]], [{ status: 'confirmed' }]);
    expect(executeCommand(s0, 'confirm')).toBe(s0);
  });

  it('reports why an edit did not apply', () => {
    const s0 = stateOf([[1, 1]]);
    const outcome = runCommand(s0, 'merge-next');
    expect(outcome.state).toBe(s0);
    expect(outcome.error).toMatch(/last link/);
    expect(runCommand(s0, 'nope').error).toMatch(/Unknown command/);
  });

  it('acts on the selected row and side, or on the given args', () => {
    const s0 = stateOf(
      [
        [1, 1],
        [2, 1],
      ],
      [],
      1,
    );
    const up = executeCommand(s0, 'move-first-up');
    expect(shapes(up.doc.alignment)).toBe('2-1 1-1');
    const right = executeCommand(s0, 'select-target');
    expect(right.selection).toEqual({ link: 1, side: 'tgt' });
    const upTgt = executeCommand(right, 'move-first-up');
    expect(shapes(upTgt.doc.alignment)).toBe('1-2 2-0');
    const viaArgs = executeCommand(s0, 'confirm', { links: [0, 1] });
    expect(viaArgs.doc.alignment.links.every((l) => l.status === 'confirmed')).toBe(true);
  });

  it('follows a row that disappeared and keeps the selection in range', () => {
    const s0 = stateOf(
      [
        [1, 1],
        [0, 1],
      ],
      [],
      1,
    );
    const right = executeCommand(s0, 'select-target');
    const s1 = executeCommand(right, 'move-first-up');
    expect(shapes(s1.doc.alignment)).toBe('1-2');
    expect(s1.selection.link).toBe(0);
    const s2 = executeCommand(createEditorState(s0.doc, { link: 1 }), 'merge-next', { link: 0 });
    expect(s2.selection.link).toBe(0);
    expect(executeCommand(s2, 'undo').selection.link).toBe(0);
  });

  it('groups typing into one segment into one undo step', () => {
    let s = stateOf([[1, 1]]);
    const start = s.doc.alignment;
    ['E', 'En', 'Eng'].forEach((text, i) => {
      s = executeCommand(
        s,
        'edit-text',
        { side: 'tgt', segment: 0, text },
        { now: 1000 + i * 100 },
      );
    });
    expect(s.doc.alignment.target.segments[0].text).toBe('Eng');
    expect(s.history.undoStack).toHaveLength(1);
    expect(executeCommand(s, 'undo').doc.alignment).toBe(start);
  });

  it('splits and joins segments through commands', () => {
    const s0 = stateOf([
      [1, 1],
      [1, 1],
    ]);
    const split = executeCommand(s0, 'split-segment', { side: 'src', segment: 0, offset: 2 });
    expect(split.doc.alignment.source.segments).toHaveLength(3);
    expect(isCommandEnabled(s0, 'split-segment')).toBe(false);
    const joined = executeCommand(split, 'join-segment-next', { side: 'src', segment: 0 });
    expect(joined.doc.alignment.source.segments).toEqual(s0.doc.alignment.source.segments);
    expect(findViolation(joined.doc.alignment)).toBeNull();
  });

  it('sets a note', () => {
    const s = executeCommand(stateOf([[1, 1]]), 'set-note', { note: 'check the date' });
    expect(s.doc.alignment.links[0].note).toBe('check the date');
    expect(isCommandEnabled(s, 'set-note')).toBe(true);
  });
});

describe('review navigation', () => {
  const s0 = stateOf(
    [
      [1, 1],
      [1, 1],
      [1, 1],
      [1, 1],
      [1, 1],
    ],
    [
      { confidence: 0.9, status: 'confirmed' },
      { confidence: 0.2 },
      { confidence: 0.1, status: 'confirmed' },
      { confidence: 0.9 },
      { confidence: 0.3 },
    ],
  );

  it('jumps to the next and previous flagged rows of any kind, wrapping', () => {
    const low = { kind: 'low-confidence', message: 'unsure' } as const;
    const numbers = { kind: 'numbers', message: '1990 / 1992' } as const;
    const flagged = { ...s0, flags: chunksOf([[], [low], [], [], [numbers, low]]) };
    const a = executeCommand(flagged, 'next-flagged');
    expect(a.selection.link).toBe(1);
    const b = executeCommand({ ...a, flags: flagged.flags }, 'next-flagged');
    expect(b.selection.link).toBe(4);
    expect(executeCommand({ ...b, flags: flagged.flags }, 'next-flagged').selection.link).toBe(1);
    expect(executeCommand({ ...a, flags: flagged.flags }, 'prev-flagged').selection.link).toBe(4);
    expect(b.history).toBe(s0.history);
    // Without flags (none computed yet) there is nowhere to go.
    expect(isCommandEnabled(s0, 'next-flagged')).toBe(false);
  });

  it('jumps to unconfirmed rows', () => {
    const a = executeCommand(s0, 'next-unconfirmed');
    expect(a.selection.link).toBe(1);
    expect(executeCommand(a, 'next-unconfirmed').selection.link).toBe(3);
    expect(executeCommand(s0, 'prev-unconfirmed').selection.link).toBe(4);
  });

  it('is disabled when no other row qualifies', () => {
    const done = executeCommand(s0, 'confirm-all-above', { link: 4 });
    expect(isCommandEnabled(done, 'next-unconfirmed')).toBe(false);
    expect(executeCommand(done, 'next-unconfirmed')).toBe(done);
  });

  it('moves between rows and to the ends', () => {
    expect(executeCommand(s0, 'last-row').selection.link).toBe(4);
    expect(executeCommand(executeCommand(s0, 'last-row'), 'first-row').selection.link).toBe(0);
    expect(executeCommand(s0, 'prev-row')).toBe(s0);
    expect(executeCommand(s0, 'select-link', { link: 3 }).selection.link).toBe(3);
    expect(executeCommand(s0, 'select-link', { link: 9 })).toBe(s0);
  });
});

describe('realign-stretch', () => {
  it('runs the aligner on the unconfirmed stretch as one undo step', () => {
    const s0 = stateOf(
      [
        [1, 1],
        [2, 0],
        [0, 2],
        [1, 1],
      ],
      [{ status: 'confirmed' }],
      1,
    );
    const s1 = executeCommand(s0, 'realign-stretch');
    expect(findViolation(s1.doc.alignment)).toBeNull();
    expect(s1.doc.alignment.links[0]).toBe(s0.doc.alignment.links[0]);
    expect(isCommandEnabled(s0, 'realign-stretch', { link: 0 })).toBe(false);
    // The 2-0 and 0-2 rows of parallel paragraphs come back as 1-1 pairs.
    expect(shapes(s1.doc.alignment)).toBe('1-1 1-1 1-1 1-1');
    expect(s1.history.undoStack).toHaveLength(1);
    expect(executeCommand(s1, 'undo').doc.alignment).toBe(s0.doc.alignment);
  });
});

describe('undo and redo bring the change into view', () => {
  it('select the row they changed back', () => {
    const s0 = stateOf(
      [
        [1, 1],
        [1, 1],
        [1, 1],
        [1, 1],
      ],
      [],
      2,
    );
    const merged = executeCommand(s0, 'merge-next');
    const away = executeCommand(merged, 'first-row');
    const undone = executeCommand(away, 'undo');
    expect(undone.selection.link).toBe(2);
    const away2 = executeCommand(undone, 'first-row');
    expect(executeCommand(away2, 'redo').selection.link).toBe(2);
  });

  it('find the row of an edited segment too', () => {
    const s0 = stateOf([
      [1, 1],
      [1, 1],
      [1, 1],
    ]);
    const edited = executeCommand(s0, 'edit-text', { side: 'tgt', segment: 2, text: 'Changed.' });
    expect(executeCommand(edited, 'undo').selection.link).toBe(2);
    expect(firstChangedLink(s0.doc.alignment, s0.doc.alignment)).toBeNull();
  });
});

describe('confirm-next', () => {
  it('confirms the row and moves to the next unconfirmed one, as one undo step', () => {
    const s0 = stateOf(
      [
        [1, 1],
        [1, 1],
        [1, 1],
      ],
      [{}, { status: 'confirmed' }],
    );
    const s1 = executeCommand(s0, 'confirm-next');
    expect(s1.doc.alignment.links[0].status).toBe('confirmed');
    expect(s1.selection.link).toBe(2);
    expect(s1.history.undoStack).toHaveLength(1);
    const s2 = executeCommand(s1, 'confirm-next');
    expect(s2.selection.link).toBe(2);
    expect(isCommandEnabled(s2, 'confirm-next')).toBe(false);
  });
});
