import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  commands,
  createEditorState,
  executeCommand,
  isCommandEnabled,
  runCommand,
  type CommandArgs,
  type EditorState,
} from '../../src/commands';
import { canRedo, canUndo } from '../../src/core/history';
import { findViolation } from '../../src/core/invariants';
import { arbAlignment, docOf } from '../core/operations/fixtures';

const ids = commands.map((c) => c.id);

const arbArgs: fc.Arbitrary<CommandArgs> = fc.record(
  {
    link: fc.integer({ min: -1, max: 14 }),
    links: fc.array(fc.nat(14), { maxLength: 3 }),
    side: fc.constantFrom<'src' | 'tgt'>('src', 'tgt'),
    which: fc.constantFrom<'first' | 'last'>('first', 'last'),
    srcAt: fc.nat(3),
    tgtAt: fc.nat(3),
    segment: fc.nat(30),
    offset: fc.nat(25),
    text: fc.constantFrom('新的文字', 'A new text.', ' ', 'x'),
    note: fc.constantFrom('', 'note'),
  },
  { requiredKeys: [] },
);

/** A command with, half the time, no args (it then acts on the selection). */
const arbStep = fc.record({
  id: fc.constantFrom(...ids),
  args: fc.option(arbArgs, { nil: undefined }),
  gap: fc.constantFrom(0, 100, 400, 600, 5000),
});

describe('random command sequences', () => {
  let changed = 0;
  let total = 0;
  it('keep the invariants, and undo all the way returns exactly the start; redo returns the end', () => {
    fc.assert(
      fc.property(
        arbAlignment,
        fc.nat(10),
        fc.array(arbStep, { maxLength: 40 }),
        (alignment, link, steps) => {
          const start = createEditorState(docOf(alignment), { link });
          total += steps.length;
          let state: EditorState = start;
          let now = 0;
          for (const step of steps) {
            now += step.gap;
            const enabled = isCommandEnabled(state, step.id, step.args);
            const outcome = runCommand(state, step.id, step.args, { now });
            // An enabled command may still do nothing (e.g. a note set to what it was), but a
            // disabled one never changes the alignment.
            if (!enabled) expect(outcome.state.doc.alignment, step.id).toBe(state.doc.alignment);
            else expect(outcome.error, step.id).toBeUndefined();
            if (outcome.state.doc.alignment !== state.doc.alignment) changed++;
            state = outcome.state;
            expect(findViolation(state.doc.alignment), step.id).toBeNull();
            expect(state.selection.link).toBeGreaterThanOrEqual(0);
            expect(state.selection.link).toBeLessThan(
              Math.max(1, state.doc.alignment.links.length),
            );
          }
          const end = state;
          let undos = 0;
          while (canUndo(state.history)) {
            state = executeCommand(state, 'undo', undefined, { now: ++now });
            undos++;
          }
          expect(state.doc.alignment).toBe(start.doc.alignment);
          expect(state.doc.alignment).toEqual(start.doc.alignment);
          for (let i = 0; i < undos; i++)
            state = executeCommand(state, 'redo', undefined, { now: ++now });
          expect(state.doc.alignment).toBe(end.doc.alignment);
          expect(canRedo(state.history)).toBe(canRedo(end.history));
        },
      ),
      { numRuns: 2000 },
    );
    // Guard against a generator that never reaches the edits (about a third of the commands
    // only move the selection, so well under half of the steps change the alignment).
    expect(changed / total).toBeGreaterThan(0.1);
  });
});
