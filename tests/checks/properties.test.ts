import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkLinks,
  FLAG_KINDS,
  PENDING_ALL,
  recheckLinks,
  refineChecks,
  updateChecks,
  type DocumentProfile,
  type FlagKind,
} from '../../src/checks';
import { commands, createEditorState, runCommand, type CommandArgs } from '../../src/commands';
import type { Alignment } from '../../src/core/model';
import { isOpError, dismissFlags } from '../../src/core/operations';
import { parseDocument, serializeDocument } from '../../src/io/alignmentFile';
import { arbCheckedAlignment } from './fixtures';

const editIds = commands.map((c) => c.id).filter((id) => !['undo', 'redo'].includes(id));
const arbKinds = fc.subarray([...FLAG_KINDS] as FlagKind[], { minLength: 1 });
const arbStep = fc.record({
  id: fc.constantFrom(...editIds, 'undo', 'redo'),
  args: fc.record(
    {
      link: fc.nat(14),
      side: fc.constantFrom<'src' | 'tgt'>('src', 'tgt'),
      segment: fc.nat(20),
      offset: fc.nat(10),
      text: fc.constantFrom('In 1992 they moved to Shanghai.', '他们买了三本书。', 'x'),
      kinds: arbKinds,
    },
    { requiredKeys: [] },
  ),
});

/** A document profile given in the context, as the app and the CLI pass one (computed at open). */
const profile: DocumentProfile = { ratio: 2.5, median: Math.log(2.5), sigma: 0.2, matchRate: 0.4 };

describe('flags', () => {
  it('are a pure function of the alignment (a deep copy gets the same flags)', () => {
    fc.assert(
      fc.property(arbCheckedAlignment, (a) => {
        const copy = JSON.parse(JSON.stringify(a)) as Alignment;
        expect(checkLinks(copy, { sentenceOmissions: false, profile }).flags).toEqual(
          checkLinks(a, { sentenceOmissions: false, profile }).flags,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('updateChecks after any command sequence equals checkLinks from scratch', () => {
    const context = { sentenceOmissions: false, profile };
    fc.assert(
      fc.property(arbCheckedAlignment, fc.array(arbStep, { maxLength: 25 }), (a, steps) => {
        let state = createEditorState({ meta: {}, level: 'paragraphs', alignment: a }, { link: 0 });
        let checks = checkLinks(a, context);
        let now = 0;
        for (const step of steps) {
          const before = state.doc.alignment;
          state = runCommand(state, step.id, step.args as CommandArgs, {
            now: (now += 1000),
          }).state;
          checks = updateChecks(checks, before, state.doc.alignment, context);
          expect(checks.flags).toEqual(checkLinks(state.doc.alignment, context).flags);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('updateChecks equals checkLinks with the sentence check on too', () => {
    const context = { profile };
    fc.assert(
      fc.property(arbCheckedAlignment, fc.array(arbStep, { maxLength: 8 }), (a, steps) => {
        let state = createEditorState({ meta: {}, level: 'paragraphs', alignment: a }, { link: 0 });
        let checks = checkLinks(a, context);
        let now = 0;
        for (const step of steps) {
          const before = state.doc.alignment;
          state = runCommand(state, step.id, step.args as CommandArgs, {
            now: (now += 1000),
          }).state;
          checks = updateChecks(checks, before, state.doc.alignment, context);
        }
        expect(checks.flags).toEqual(checkLinks(state.doc.alignment, context).flags);
      }),
      { numRuns: 25 },
    );
  });

  it('deferred omission checks, refined in any slices, end as checkLinks at once', () => {
    const now = { profile, sentenceOmissions: false };
    const later = { ...now, deferOmissions: true };
    fc.assert(
      fc.property(
        arbCheckedAlignment,
        fc.array(arbStep, { maxLength: 6 }),
        fc.nat(6),
        fc.nat(20),
        (a, steps, slice, from) => {
          let state = createEditorState(
            { meta: {}, level: 'paragraphs', alignment: a },
            { link: 0 },
          );
          let checks = checkLinks(a, later);
          let t = 0;
          for (const step of steps) {
            const before = state.doc.alignment;
            state = runCommand(state, step.id, step.args as CommandArgs, {
              now: (t += 1000),
            }).state;
            checks = updateChecks(checks, before, state.doc.alignment, later);
            checks = refineChecks(checks, slice, from);
          }
          while (checks.pending > 0) checks = refineChecks(checks, slice + 1, from);
          expect(checks.flags).toEqual(checkLinks(state.doc.alignment, now).flags);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('every check deferred, refined in any slices with edits between, ends as checkLinks at once', () => {
    const now = { profile, sentenceOmissions: false };
    const later = { ...now, deferChecks: true };
    fc.assert(
      fc.property(
        arbCheckedAlignment,
        fc.array(arbStep, { maxLength: 6 }),
        fc.nat(6),
        fc.nat(20),
        fc.nat(4),
        (a, steps, slice, from, near) => {
          let state = createEditorState(
            { meta: {}, level: 'paragraphs', alignment: a },
            { link: 0 },
          );
          let checks = checkLinks(a, later);
          expect(checks.pending).toBe(a.links.length);
          let t = 0;
          for (const step of steps) {
            const before = state.doc.alignment;
            state = runCommand(state, step.id, step.args as CommandArgs, {
              now: (t += 1000),
            }).state;
            checks = updateChecks(checks, before, state.doc.alignment, later);
            // The links the edit touched are checked at once, whatever is still pending.
            const full = checkLinks(state.doc.alignment, now).flags;
            state.doc.alignment.links.forEach((link, k) => {
              if (!before.links.includes(link)) expect(checks.flags[k]).toEqual(full[k]);
            });
            checks = refineChecks(checks, slice, from, undefined, near);
          }
          while (checks.pending > 0)
            checks = refineChecks(checks, slice + 1, from, undefined, near);
          expect(checks.unchecked).toBe(0);
          expect(checks.pendingAt).toBeNull();
          expect(checks.flags).toEqual(checkLinks(state.doc.alignment, now).flags);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('checked again in a new context, a link keeps its old flags until its new ones are there', () => {
    const strict = { profile, sentenceOmissions: false, lowConfidence: 0.95 };
    const lax = { profile, sentenceOmissions: false, lowConfidence: 0.3 };
    fc.assert(
      fc.property(arbCheckedAlignment, fc.nat(6), fc.nat(20), (a, slice, from) => {
        const old = checkLinks(a, strict);
        let checks = recheckLinks(old, { ...lax, deferChecks: true });
        expect(checks.pending).toBe(a.links.length);
        expect(checks.flags).toEqual(old.flags);
        checks = refineChecks(checks, slice, from);
        a.links.forEach((_, k) => {
          if (checks.pendingAt?.[k] === PENDING_ALL) expect(checks.flags[k]).toBe(old.flags[k]);
        });
        while (checks.pending > 0) checks = refineChecks(checks, slice + 1, from);
        expect(checks.flags).toEqual(checkLinks(a, lax).flags);
      }),
      { numRuns: 150 },
    );
  });

  it('dismissal survives save and reopen', () => {
    fc.assert(
      fc.property(arbCheckedAlignment, fc.nat(20), arbKinds, (a, at, kinds) => {
        const r = dismissFlags(a, at % a.links.length, kinds);
        if (isOpError(r)) throw new Error(r.error);
        const reopened = parseDocument(
          serializeDocument({ meta: {}, level: 'paragraphs', alignment: r }),
        ).alignment;
        expect(reopened.links.map((l) => l.dismissed)).toEqual(r.links.map((l) => l.dismissed));
        const context = { sentenceOmissions: false, profile };
        expect(checkLinks(reopened, context).flags).toEqual(checkLinks(r, context).flags);
      }),
      { numRuns: 200 },
    );
  });
});
