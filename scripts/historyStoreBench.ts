/**
 * How big the undo history stored with a document gets: a 20,000-link document, 1,000
 * edits (merges, confirms, text edits, segment splits, one each in turn at random rows),
 * stored as patches (core/historyPatches.ts). Prints the JSON size and the time to build it.
 * Run: npx tsx scripts/historyStoreBench.ts
 */
import { createHistory, recordStep } from '../src/core/history';
import { STORED_HISTORY_CHARS, toStoredHistory } from '../src/core/historyPatches';
import type { Alignment } from '../src/core/model';
import {
  confirm,
  editSegmentText,
  isOpError,
  mergeWithNext,
  splitSegment,
} from '../src/core/operations';

const LINKS = 20_000;
const EDITS = 1_000;

const segments = (lang: string, text: (i: number) => string) =>
  Array.from({ length: LINKS }, (_, i) => ({ id: `${lang}${i}`, text: text(i) }));
let current: Alignment = {
  source: {
    lang: 'zh',
    segments: segments('zh', (i) => `第${i}段：春天来了，山上的桃花一夜之间全都开了。`),
  },
  target: {
    lang: 'en',
    segments: segments(
      'en',
      (i) => `Paragraph ${i}: spring has come, and the peach blossoms opened overnight.`,
    ),
  },
  links: Array.from({ length: LINKS }, (_, i) => ({
    src: [i],
    tgt: [i],
    status: 'auto' as const,
    confidence: 0.9,
  })),
};

let seed = 42;
const random = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed % n;
};

let history = createHistory();
for (let i = 0; i < EDITS; i++) {
  const link = random(current.links.length - 1);
  const seg = random(current.source.segments.length);
  const ops = [
    () => mergeWithNext(current, link),
    () => confirm(current, [link]),
    () => editSegmentText(current, 'src', seg, `${current.source.segments[seg].text}（改）`),
    () => splitSegment(current, 'src', seg, 4),
  ];
  const next = ops[i % ops.length]();
  if (isOpError(next)) continue;
  history = recordStep(history, current, { at: i });
  current = next;
}

const t0 = performance.now();
const all = toStoredHistory(history, current, Infinity);
const ms = performance.now() - t0;
const chars = JSON.stringify(all).length;
const kept = toStoredHistory(history, current);
console.log(
  `document: ${LINKS.toLocaleString('en')} links, ${history.undoStack.length} undo steps`,
);
console.log(
  `stored history, all steps: ${(chars / 1e6).toFixed(2)} MB of JSON (${Math.round(chars / history.undoStack.length)} chars a step), built in ${ms.toFixed(0)} ms`,
);
console.log(
  `with the ${(STORED_HISTORY_CHARS / 1e6).toFixed(0)} M-character cap: ${kept.undo.length} of ${history.undoStack.length} steps stored`,
);
