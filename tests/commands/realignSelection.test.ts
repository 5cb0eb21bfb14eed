import { describe, expect, it } from 'vitest';
import {
  createEditorState,
  isCommandEnabled,
  runCommand,
  type EditorState,
} from '../../src/commands';
import { findViolation } from '../../src/core/invariants';
import {
  findRealignStretchesIn,
  isOpError,
  realignRange,
  stretchProposals,
  type RangeAligner,
} from '../../src/core/operations';
import { alignmentOf, docOf, ok, shapes } from '../core/operations/fixtures';

/** Pairs segments one to one, the leftovers unpaired. */
const diagonal: RangeAligner = (src, tgt) =>
  Array.from({ length: Math.max(src.length, tgt.length) }, (_, k) => ({
    src: k < src.length ? [k] : [],
    tgt: k < tgt.length ? [k] : [],
    confidence: 0.9,
  }));

// Rows 2-3 and 5-6 are each a 2-0 beside a 0-2; row 4 between them is confirmed; rows 7-8
// are wrong the same way but lie outside the selections below.
const broken = () =>
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
  );

describe('realignRange', () => {
  it('re-aligns each unconfirmed run of the range and keeps the confirmed row and the rows outside', () => {
    const a = broken();
    expect(findRealignStretchesIn(a, 1, 5)).toEqual([
      { first: 1, last: 2 },
      { first: 4, last: 5 },
    ]);
    const r = ok(realignRange(a, 1, 5, diagonal));
    // Each 2-0 0-2 pair became two 1-1 rows; the confirmed row and the rows after stay.
    expect(shapes(r)).toBe('1-1 1-1 1-1 1-1 1-1 1-1 2-0 0-2');
    expect(r.links[0]).toBe(a.links[0]);
    expect(r.links[3]).toBe(a.links[3]);
    expect(r.links[6]).toBe(a.links[6]);
    expect(r.links[7]).toBe(a.links[7]);
  });

  it('refuses a range of confirmed and hand-edited rows only', () => {
    const a = alignmentOf(
      [
        [1, 1],
        [1, 1],
        [1, 1],
      ],
      [{ status: 'confirmed' }, { edited: true }],
    );
    const result = realignRange(a, 0, 1, diagonal);
    expect(isOpError(result) && result.error).toMatch(/confirmed or was changed by hand/);
  });

  it('splits a whole-document re-alignment back into the stretches of the range', () => {
    const a = broken();
    const stretches = findRealignStretchesIn(a, 1, 5);
    const realigned = ok(realignRange(a, 1, 5, diagonal));
    const pairs = [
      { src: [0], tgt: [0], confidence: 0.9 },
      { src: [1], tgt: [1], confidence: 0.9 },
    ];
    expect(stretchProposals(a, stretches, realigned)).toEqual([pairs, pairs]);
  });
});

describe("the 'realign-selection' command", () => {
  const selected = (anchor: number, link: number): EditorState =>
    createEditorState(docOf(broken()), { link, anchor });

  it('needs several selected rows, and says so when there is one', () => {
    const one = createEditorState(docOf(broken()), { link: 1 });
    expect(isCommandEnabled(one, 'realign-selection')).toBe(false);
    expect(runCommand(one, 'realign-selection').error).toMatch(/Select the rows to re-align/);
    expect(isCommandEnabled(selected(1, 5), 'realign-selection')).toBe(true);
    // Only the confirmed row selected (with an edge): nothing to re-align there.
    const confirmedOnly = createEditorState(
      docOf(
        alignmentOf(
          [
            [1, 1],
            [1, 1],
          ],
          [{ status: 'confirmed' }, { status: 'confirmed' }],
        ),
      ),
      { link: 1, anchor: 0 },
    );
    expect(isCommandEnabled(confirmedOnly, 'realign-selection')).toBe(false);
  });

  it('applies precomputed stretches as one undo step and says how many rows it re-aligned', () => {
    const s0 = selected(5, 1); // selected upwards: rows 2-6
    const proposals = stretchProposals(
      s0.doc.alignment,
      findRealignStretchesIn(s0.doc.alignment, 1, 5),
      ok(realignRange(s0.doc.alignment, 1, 5, diagonal)),
    );
    const out = runCommand(s0, 'realign-selection', { alignedStretches: proposals });
    const after = out.state.doc.alignment;
    expect(shapes(after)).toBe('1-1 1-1 1-1 1-1 1-1 1-1 2-0 0-2');
    expect(after.links[3]).toBe(s0.doc.alignment.links[3]);
    expect(out.state.history.undoStack).toHaveLength(1);
    expect(out.notice).toBe(
      'Re-aligned the selected rows 2–6: 4 of the 5 became 4; kept as they were: 1 confirmed or hand-edited.',
    );
    expect(out.message).toEqual({
      key: 'command.realignedSelection',
      params: { first: 2, last: 6, selected: 5, count: 4, made: 4, kept: 1 },
    });
    // The selection still covers the re-aligned text.
    expect(out.state.selection).toMatchObject({ anchor: 1, link: 5 });
    const undone = runCommand(out.state, 'undo');
    expect(undone.state.doc.alignment).toBe(s0.doc.alignment);
  });

  it('aligns in the page without a worker, keeping what it must keep', () => {
    const s0 = selected(0, 5);
    const out = runCommand(s0, 'realign-selection');
    expect(out.error).toBeUndefined();
    const after = out.state.doc.alignment;
    expect(findViolation(after)).toBeNull();
    const before = s0.doc.alignment;
    // The confirmed row and the two rows after the selection are the same objects.
    expect(after.links).toContain(before.links[3]);
    expect(after.links[after.links.length - 1]).toBe(before.links[7]);
    expect(after.links[after.links.length - 2]).toBe(before.links[6]);
    expect(out.notice).toMatch(/^Re-aligned the selected rows 1–6: /);
  });
});
