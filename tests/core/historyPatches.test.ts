import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignTexts } from '../../src/align/alignTexts';
import { createHistory, recordStep, redo, undo } from '../../src/core/history';
import {
  applyPatch,
  diffAlignments,
  fromStoredHistory,
  toStoredHistory,
} from '../../src/core/historyPatches';
import type { Alignment } from '../../src/core/model';
import {
  confirm,
  editSegmentText,
  isOpError,
  joinSegmentWithNext,
  mergeWithNext,
  splitSegment,
} from '../../src/core/operations';

const ZH = Array.from({ length: 30 }, (_, i) => `第${i + 1}段，春天来了，山上的桃花开了。`).join(
  '\n\n',
);
const EN = Array.from(
  { length: 30 },
  (_, i) => `Paragraph ${i + 1}: spring has come and the peach blossoms opened.`,
).join('\n\n');
const start = alignTexts({ text: ZH }, { text: EN }, {}).alignment;

/** One random edit of the kinds that change links, segments (renumbering) and texts. */
function edit(a: Alignment, kind: number, at: number): Alignment {
  const link = at % a.links.length;
  const seg = at % a.source.segments.length;
  const results = [
    () => mergeWithNext(a, link),
    () => confirm(a, [link]),
    () => splitSegment(a, 'src', seg, 3),
    () => joinSegmentWithNext(a, 'tgt', at % a.target.segments.length),
    () => editSegmentText(a, 'src', seg, `${a.source.segments[seg].text}改`),
  ];
  const r = results[kind % results.length]();
  return isOpError(r) ? a : r;
}

describe('history patches', () => {
  it('a patch turns one alignment into the other, both ways, after any edit', () => {
    fc.assert(
      fc.property(fc.nat(4), fc.nat(100), (kind, at) => {
        const after = edit(start, kind, at);
        expect(applyPatch(start, diffAlignments(start, after))).toEqual(after);
        expect(applyPatch(after, diffAlignments(after, start))).toEqual(start);
      }),
    );
  });

  it('the undo stack comes back from its stored form, through JSON, step for step', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(4), fc.nat(100)), { maxLength: 25 }), (edits) => {
        let current = start;
        let history = createHistory();
        for (const [kind, at] of edits) {
          const next = edit(current, kind, at);
          if (next === current) continue;
          history = recordStep(history, current, { at: 0 });
          current = next;
        }
        const stored = JSON.parse(JSON.stringify(toStoredHistory(history, current)));
        let restored = fromStoredHistory(stored, current);
        expect(restored.undoStack).toHaveLength(history.undoStack.length);
        // Undo all the way back, in the restored history and the original one alike.
        let a = current;
        let b = current;
        while (history.undoStack.length > 0) {
          const x = undo(history, a)!;
          const y = undo(restored, b)!;
          expect(y.alignment).toEqual(x.alignment);
          [history, a, restored, b] = [x.history, x.alignment, y.history, y.alignment];
        }
        expect(b).toEqual(start);
      }),
      { numRuns: 40 },
    );
  });

  it('the redo steps come back too: undo some, store, restore, redo them all', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(4), fc.nat(100)), { minLength: 1, maxLength: 20 }),
        fc.nat(20),
        (edits, undone) => {
          let current = start;
          let history = createHistory();
          for (const [kind, at] of edits) {
            const next = edit(current, kind, at);
            if (next === current) continue;
            history = recordStep(history, current, { at: 0 });
            current = next;
          }
          const newest = current;
          for (let i = 0; i < undone && history.undoStack.length > 0; i++) {
            const step = undo(history, current)!;
            [history, current] = [step.history, step.alignment];
          }
          const stored = JSON.parse(JSON.stringify(toStoredHistory(history, current)));
          let restored = fromStoredHistory(stored, current);
          expect(restored.redoStack).toHaveLength(history.redoStack.length);
          expect(restored.undoStack).toHaveLength(history.undoStack.length);
          while (restored.redoStack.length > 0) {
            const step = redo(restored, current)!;
            [restored, current] = [step.history, step.alignment];
          }
          expect(current).toEqual(newest);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('keeps only the newest steps that fit the size limit', () => {
    let current = start;
    let history = createHistory();
    for (let i = 0; i < 20; i++) {
      const next = edit(current, 1, i * 7);
      history = recordStep(history, current, { at: 0 });
      current = next;
    }
    const all = toStoredHistory(history, current);
    const size = JSON.stringify(all.undo.slice(-5)).length;
    const some = toStoredHistory(history, current, size);
    expect(some.undo.length).toBeLessThan(all.undo.length);
    expect(some.undo).toEqual(all.undo.slice(-some.undo.length));
  });
});
