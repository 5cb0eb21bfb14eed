// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAlignRequest, type AlignResponse } from '../../src/align/alignJob';
import { alignTexts } from '../../src/align/alignTexts';
import { loadNodeDictionary } from '../../src/align/nodeDictionary';
import { alignStretch } from '../../src/align/realign';
import type { SplitMode } from '../../src/align/segment';
import { isOpError, mergeWithNext, realignStretch } from '../../src/core/operations';
import type { Alignment } from '../../src/core/model';

const SAMPLE = resolve(import.meta.dirname, '../../data/huanqiu-2011-04-28');
const text = (lang: string) => readFileSync(resolve(SAMPLE, `${lang}.txt`), 'utf8');

/** What the worker returns for a re-align request (the app's worker path, minus the Worker). */
async function workerRealign(alignment: Alignment, level: SplitMode): Promise<Alignment> {
  const dictionary = loadNodeDictionary();
  let result: Alignment | undefined;
  await runAlignRequest(
    { type: 'realign', id: 1, alignment, options: { split: level } },
    async () => dictionary,
    (r: AlignResponse) => {
      if (r.type === 'realigned') result = r.alignment;
      if (r.type === 'error') throw new Error(r.message);
    },
  );
  return result!;
}

const shape = (a: Alignment) => a.links.map((l) => `${l.src}:${l.tgt}@${l.confidence.toFixed(6)}`);

describe('one re-align path', { timeout: 60_000 }, () => {
  for (const level of ['paragraphs', 'sentences'] as const) {
    it(`the worker and the page fallback give the same links (${level})`, async () => {
      const dictionary = loadNodeDictionary();
      const doc = alignTexts(
        { text: text('zh') },
        { text: text('en') },
        {},
        { split: level, dictionary },
      );
      expect(doc.level).toBe(level);
      // Damage the middle: merge four rows into one, as a careless edit would.
      let damaged: Alignment = doc.alignment;
      const middle = Math.floor(damaged.links.length / 2);
      for (let k = 0; k < 3; k++) {
        const r = mergeWithNext(damaged, middle);
        if (isOpError(r)) throw new Error(r.error);
        damaged = { ...r, links: r.links.map((l) => ({ ...l, edited: undefined })) };
      }
      expect(damaged.links.length).toBe(doc.alignment.links.length - 3);
      const viaWorker = await workerRealign(damaged, level);
      const viaPage = realignStretch(damaged, middle, alignStretch(damaged, { level, dictionary }));
      if (isOpError(viaPage)) throw new Error(viaPage.error);
      expect(shape(viaPage)).toEqual(shape(viaWorker));
      // And the repair is the document's own first alignment again.
      expect(viaPage.links.map((l) => `${l.src}:${l.tgt}`)).toEqual(
        doc.alignment.links.map((l) => `${l.src}:${l.tgt}`),
      );
    });
  }
});
