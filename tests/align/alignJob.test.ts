// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { findViolation } from '../../src/core/invariants';
import { makeSide } from '../../src/core/model';
import { runAlignRequest, type AlignResponse } from '../../src/align/alignJob';
import { tinyDictionary } from './fixtures';

const zh = { text: '猫在花园里睡觉。\n\n狗追红色的球。', fileName: 'zh.txt' };
const en = {
  text: 'The cat sleeps in the garden.\n\nThe dog chases the red ball.',
  fileName: 'en.txt',
};

async function run(
  request: Parameters<typeof runAlignRequest>[0],
  load = vi.fn(async () => tinyDictionary),
) {
  const out: AlignResponse[] = [];
  await runAlignRequest(request, load, (r) => out.push(r));
  return { out, load };
}

describe('the worker logic (runAlignRequest)', () => {
  it('aligns, reporting rising progress that ends at 1, then the document', async () => {
    const { out, load } = await run({
      type: 'align',
      id: 7,
      a: en,
      b: zh,
      options: { split: 'paragraphs' },
    });
    expect(load).toHaveBeenCalledOnce();
    const progress = out
      .filter((r) => r.type === 'progress')
      .map((r) => (r.type === 'progress' ? r.fraction : -1));
    expect(progress[0]).toBe(0);
    expect(progress[progress.length - 1]).toBe(1);
    for (let k = 1; k < progress.length; k++)
      expect(progress[k]).toBeGreaterThanOrEqual(progress[k - 1]);
    const last = out[out.length - 1];
    expect(last.type).toBe('aligned');
    expect(last.id).toBe(7);
    if (last.type !== 'aligned') return;
    expect(last.doc.alignment.source.fileName).toBe('zh.txt');
    expect(last.doc.alignment.links.map((l) => [l.src, l.tgt])).toEqual([
      [[0], [0]],
      [[1], [1]],
    ]);
  });

  it('loads the dictionary ahead of an alignment when asked to prepare, and answers nothing', async () => {
    const { out, load } = await run({ type: 'prepare', id: 0 });
    expect(load).toHaveBeenCalledOnce();
    expect(out).toEqual([]);
    // A dictionary that fails to load is left to the alignment that needs it to report.
    const failing = await run(
      { type: 'prepare', id: 0 },
      vi.fn(async () => {
        throw new Error('HTTP 404');
      }),
    );
    expect(failing.out).toEqual([]);
  });

  it('does not load the dictionary when asked not to', async () => {
    const { out, load } = await run({
      type: 'align',
      id: 1,
      a: zh,
      b: en,
      options: { dictionary: false },
    });
    expect(load).not.toHaveBeenCalled();
    expect(out[out.length - 1].type).toBe('aligned');
  });

  it('re-aligns between confirmed links', async () => {
    const alignment = {
      source: makeSide('zh', ['猫在花园里睡觉。', '狗追红色的球。']),
      target: makeSide('en', ['The cat sleeps in the garden.', 'The dog chases the red ball.']),
      links: [{ src: [0, 1], tgt: [0, 1], status: 'auto' as const, confidence: 0.2 }],
    };
    const { out } = await run({ type: 'realign', id: 3, alignment, options: {} });
    const last = out[out.length - 1];
    expect(last.type).toBe('realigned');
    if (last.type !== 'realigned') return;
    expect(findViolation(last.alignment)).toBeNull();
    expect(last.alignment.links).toHaveLength(2);
  });

  it('answers with an error message instead of throwing', async () => {
    const { out } = await run(
      { type: 'align', id: 9, a: zh, b: en, options: {} },
      vi.fn(async () => {
        throw new Error('dictionary unavailable');
      }),
    );
    expect(out[out.length - 1]).toEqual({
      type: 'error',
      id: 9,
      message: 'dictionary unavailable',
    });
  });
});
