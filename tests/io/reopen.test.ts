// @vitest-environment node
/**
 * Every document the app accepts can be reopened (issue #13): random imports (JSON with
 * awkward ids, TMX, InterText with whole-document or per-paragraph ids, .align), then random
 * command sequences; after every step the document goes through save and load unchanged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentText } from '../../src/align/segment';
import { commands, createEditorState, runCommand, type CommandArgs } from '../../src/commands';
import type { AlignDocument, Segment } from '../../src/core/model';
import { freshSegmentId } from '../../src/core/operations/segmentOps';
import { parseDocument, serializeDocument } from '../../src/io/alignmentFile';
import { FileFormatError } from '../../src/io/errors';
import { exportDocument } from '../../src/io/export';
import { exportInterText } from '../../src/io/exporters/intertext';
import { importInterText } from '../../src/io/importers/intertext';
import { planFiles, readPlan } from '../../src/io/planner';
import { arbAlignment, docOf } from '../core/operations/fixtures';

/** Ids other tools write: beyond 2^53, InterText's P:S, or just words. */
const idScheme = fc.constantFrom('plain', 'huge', 'intertext', 'words');

function withIds(segments: readonly Segment[], lang: string, scheme: string): Segment[] {
  return segments.map((s, i) => {
    const id =
      scheme === 'huge'
        ? `${lang}${9007199254740993n + BigInt(i)}`
        : scheme === 'intertext'
          ? `${1 + Math.floor(i / 3)}:${1 + (i % 3)}`
          : scheme === 'words'
            ? `s-${i}-${lang}`
            : `${lang}${i + 1}`;
    return { ...s, id };
  });
}

type Source = 'json' | 'tmx' | 'intertext' | 'align';

/** A document as the app would open it from files of `source`. */
function imported(doc: AlignDocument, source: Source): AlignDocument {
  const files =
    source === 'json'
      ? [{ name: 'work.json', text: serializeDocument(doc) }]
      : source === 'tmx'
        ? [
            {
              name: 'm.tmx',
              text: exportDocument(doc, 'tmx', { includeUnpaired: true }).data as string,
            },
          ]
        : source === 'intertext'
          ? exportInterText(doc, 'b').map((f) => ({ name: f.name, text: f.data }))
          : [
              { name: 'g.align', text: exportDocument(doc, 'align').data as string },
              ...(['source', 'target'] as const).map((side) => ({
                name: `${side}.txt`,
                text: doc.alignment[side].segments.map((s) => `${s.text}\n`).join(''),
              })),
            ];
  const plan = planFiles(files);
  if (plan.kind === 'refuse' || plan.kind === 'texts') throw new Error(`${source}: ${plan.kind}`);
  return readPlan(plan, segmentText).doc;
}

const arbArgs: fc.Arbitrary<CommandArgs> = fc.record(
  {
    link: fc.integer({ min: 0, max: 10 }),
    side: fc.constantFrom<'src' | 'tgt'>('src', 'tgt'),
    segment: fc.nat(20),
    offset: fc.integer({ min: 1, max: 8 }),
    text: fc.constantFrom('新的文字', 'A new text.'),
  },
  { requiredKeys: [] },
);
const editing = commands.map((c) => c.id).filter((id) => !['undo', 'redo'].includes(id));
/** Half the steps split a segment: new ids are where collisions would come from. */
const arbStep = fc.oneof(
  fc.record({
    id: fc.constantFrom(...editing, 'undo', 'redo'),
    args: fc.option(arbArgs, { nil: undefined }),
  }),
  fc.record({
    id: fc.constant('split-segment'),
    args: fc.record({
      side: fc.constantFrom<'src' | 'tgt'>('src', 'tgt'),
      segment: fc.nat(4),
      offset: fc.integer({ min: 1, max: 4 }),
    }),
  }),
);

describe('every document the app accepts can be reopened', () => {
  it('after random imports and random commands, each state round-trips through save and load', () => {
    let steps = 0;
    fc.assert(
      fc.property(
        arbAlignment,
        idScheme,
        idScheme,
        fc.constantFrom<Source>('json', 'tmx', 'intertext', 'align'),
        fc.array(arbStep, { maxLength: 25 }),
        (alignment, zhIds, enIds, source, commandSteps) => {
          // A TMX holds a language only through its segments: one with no English is refused.
          fc.pre(
            source !== 'tmx' ||
              (alignment.source.segments.length > 0 && alignment.target.segments.length > 0),
          );
          const base = docOf(alignment);
          const doc: AlignDocument = {
            ...base,
            alignment: {
              ...alignment,
              source: {
                ...alignment.source,
                segments: withIds(alignment.source.segments, 'zh', zhIds),
              },
              target: {
                ...alignment.target,
                segments: withIds(alignment.target.segments, 'en', enIds),
              },
            },
          };
          let state = createEditorState(imported(doc, source), { link: 0 });
          const reopen = () =>
            expect(parseDocument(serializeDocument(state.doc))).toEqual(state.doc);
          reopen();
          for (const step of commandSteps) {
            state = runCommand(state, step.id, step.args, { now: ++steps * 1000 }).state;
            reopen();
          }
        },
      ),
      { numRuns: 400 },
    );
    expect(steps).toBeGreaterThan(1000);
  });

  it('gives a split segment an id no other segment has, beyond 2^53 too', () => {
    const side = {
      lang: 'zh' as const,
      segments: [
        { id: 'zh9007199254740993', text: 'a' },
        { id: 'zh9007199254740994', text: 'b' },
      ],
    };
    expect(freshSegmentId(side)).toBe('zh9007199254740995');
    expect(
      freshSegmentId({ ...side, segments: [...side.segments, { id: 'zh3', text: 'c' }] }),
    ).toBe('zh9007199254740995');
  });
});

describe('InterText ids numbered per paragraph', () => {
  const text = (sentences: string) =>
    `<?xml version='1.0' encoding='utf-8'?>\n<text>${sentences}</text>\n`;
  const zh = text(
    '<p id="1"><s id="1">第一句。</s><s id="2">第二句。</s></p><p id="2"><s id="1">第三句。</s></p>',
  );
  const en = text(
    '<p id="1"><s id="1">One.</s><s id="2">Two.</s></p><p id="2"><s id="1">Three.</s></p>',
  );
  const links = (xtargets: string[]) =>
    `<linkGrp toDoc="en.xml" fromDoc="zh.xml">${xtargets.map((x) => `<link xtargets="${x}" status="man"/>`).join('')}</linkGrp>`;
  const read = (group: string, zhText = zh, enText = en) =>
    importInterText({ name: 'l.xml', text: group }, [
      { name: 'zh.xml', text: zhText },
      { name: 'en.xml', text: enText },
    ]);

  it('are resolved by their paragraph, as the links name them ("2:1")', () => {
    const { doc } = read(links(['1:1;1:1', '1:2;1:2', '2:1;2:1']));
    expect(doc.alignment.source.segments.map((s) => s.id)).toEqual(['1:1', '1:2', '2:1']);
    expect(doc.alignment.links.map((l) => [l.src, l.tgt])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
    ]);
    expect(doc.alignment.links[2]).toMatchObject({ src: [2], tgt: [2] });
    expect(parseDocument(serializeDocument(doc))).toEqual(doc);
  });

  it('are refused clearly when even the paragraph cannot tell them apart, or are empty', () => {
    const twice = text('<p id="1"><s id="1">第一句。</s><s id="1">第二句。</s></p>');
    expect(() => read(links(['1:1;1:1']), twice)).toThrow(FileFormatError);
    expect(() => read(links(['1:1;1:1']), twice)).toThrow(
      'zh.xml: sentences 1 and 2 (lines 2 and 2) both have the id "1" in the same paragraph, so links cannot tell them apart',
    );
    const empty = text('<p id="1"><s id="">第一句。</s></p>');
    expect(() => read(links(['1:1;1:1']), empty)).toThrow(
      'zh.xml: sentence 1 (line 2) has an empty id, so no link can name it',
    );
  });
});
