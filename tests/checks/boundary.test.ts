import { describe, expect, it } from 'vitest';
import {
  checkLinks,
  documentProfile,
  ProfileJob,
  refineChecks,
  renderFlagTexts,
  updateChecks,
  type Flag,
} from '../../src/checks';
import { loadNodeDictionary } from '../../src/align/nodeDictionary';
import { makeSide, type Alignment, type Link } from '../../src/core/model';
import {
  confirm,
  dismissFlags,
  editSegmentText,
  isOpError,
  mergeWithNext,
  type OpResult,
} from '../../src/core/operations';
import { zh } from '../../src/ui/i18n/zh';

function ok(r: OpResult): Alignment {
  if (isOpError(r)) throw new Error(r.error);
  return r;
}

/** Self-written sentences, one a line, as a sentence-level translation has them. */
const ZH = [
  '他推开院门，看见父亲坐在井边抽烟。',
  '父亲没有抬头，只是把烟袋递给了他。',
  '天已经黑了，远处传来几声狗叫。',
  '他在父亲身边坐下，很久都没有说话。',
  '母亲从屋里出来，问他吃过饭没有。',
  '他说吃过了，其实一整天什么也没吃。',
  '母亲看了他一眼，转身回屋去热饭。',
  '父亲这才开口，问他城里的事办得怎么样。',
];
const EN = [
  'He pushed open the gate and saw his father smoking by the well.',
  'His father did not look up; he only handed him the pipe.',
  // The translator joined 天已经黑了 to the next Chinese sentence: lines 2-4 translate 2-3.
  'It was already dark.',
  'Somewhere far off a few dogs were barking, and he sat down beside his father.',
  'For a long time he said nothing.',
  'His mother came out of the house and asked whether he had eaten.',
  'He said he had, though in fact he had eaten nothing all day.',
  'His mother gave him a look and went back inside to warm up the food.',
  'Only then did his father speak, asking how things had gone in town.',
];

function doc(links: readonly Link[]): Alignment {
  return { source: makeSide('zh', ZH), target: makeSide('en', EN), links };
}
const one = (src: number[], tgt: number[], confidence: number): Link => ({
  src,
  tgt,
  status: 'auto',
  confidence,
});
const rest = [one([4], [5], 0.99), one([5], [6], 0.99), one([6], [7], 0.99), one([7], [8], 0.99)];
/** The aligner cut the 2-3 link after the second English sentence: 2 too long, 3 too short. */
const cut = doc([
  one([0], [0], 0.99),
  one([1], [1], 0.99),
  one([2], [2, 3], 0.86),
  one([3], [4], 0.88),
  ...rest,
]);
/** The links a person would make: [2, 3] with lines 2-4. */
const right = doc([
  one([0], [0], 0.99),
  one([1], [1], 0.99),
  one([2, 3], [2, 3, 4], 0.86),
  ...rest,
]);
const profile = documentProfile(right);
const context = { profile, sentenceOmissions: false };
const boundaryMessages = (flags: readonly Flag[]) =>
  flags
    .filter((f) => f.kind === 'low-confidence')
    .flatMap((f) => (f.texts ?? []).map((t) => t.key))
    .filter((k) => k.startsWith('flag.msg.boundary'));

describe('boundary check (neighbouring links)', () => {
  it('flags both sides of a boundary in the wrong place, each saying which neighbour', () => {
    const { flags } = checkLinks(cut, context);
    expect(flags[2].map((f) => f.kind)).toEqual(['low-confidence']);
    expect(flags[2][0].message).toBe(
      'This English is long for its Chinese and the next row’s short: the boundary between the two rows may be in the wrong place.',
    );
    expect(renderFlagTexts(flags[2][0].texts!, (k) => zh[k])).toBe(
      '这一行的英文相对中文偏长，下一行的偏短：两行之间的分界可能不对。',
    );
    expect(flags[3][0].message).toBe(
      'This English is short for its Chinese and the previous row’s long: the boundary between the two rows may be in the wrong place.',
    );
    // The rows around them are left alone.
    for (const k of [0, 1, 4, 5, 6, 7]) expect(flags[k]).toEqual([]);
  });

  it('says nothing of the same rows aligned right, or of a confident pair', () => {
    expect(checkLinks(right, context).flags.flat()).toEqual([]);
    const sure = doc(cut.links.map((l) => ({ ...l, confidence: 0.99 })));
    expect(checkLinks(sure, context).flags.flat()).toEqual([]);
  });

  it('is checked with the omission check when checks are deferred, and ends the same', () => {
    // A one-sided row too: the cheap checks (every row's) must not wait for the profile.
    const a: Alignment = {
      ...cut,
      target: makeSide('en', [...EN, 'An added line.']),
      links: [...cut.links, one([], [EN.length], 0.5)],
    };
    const job = new ProfileJob(a);
    const first = checkLinks(a, { profileJob: job, deferChecks: true, sentenceOmissions: false });
    const cheap = refineChecks(first, a.links.length, 0);
    expect(cheap.unchecked).toBe(0);
    expect(job.done).toBe(false);
    let done = cheap;
    while (done.pending > 0) done = refineChecks(done, 2);
    expect(done.flags).toEqual(checkLinks(a, { sentenceOmissions: false }).flags);
    expect(boundaryMessages(done.flags[2])).toEqual(['flag.msg.boundary.next.long']);
  });

  it('checks at once a row an undo brings back while its checks were still pending', () => {
    const context = { profile, sentenceOmissions: false, deferChecks: true };
    // Only the cheap checks of row 2 are done when the user merges it with row 3, then undoes.
    const cheap = refineChecks(checkLinks(cut, context), 1, 2);
    const merged = ok(mergeWithNext(cut, 2));
    const afterMerge = updateChecks(cheap, cut, merged, context);
    const undone = updateChecks(afterMerge, merged, cut, context);
    const full = checkLinks(cut, { profile, sentenceOmissions: false }).flags;
    expect(undone.flags[2]).toEqual(full[2]);
    expect(boundaryMessages(undone.flags[2])).toEqual(['flag.msg.boundary.next.long']);
  });

  it('joins the aligner’s doubt and the boundary in one low-confidence flag', () => {
    const unsure = doc(cut.links.map((l, k) => (k === 2 ? { ...l, confidence: 0.6 } : l)));
    const flags = checkLinks(unsure, context).flags[2];
    expect(flags).toHaveLength(1);
    expect(flags[0].message).toBe(
      'The aligner is unsure of this pairing (confidence 0.60); This English is long for its Chinese and the next row’s short: the boundary between the two rows may be in the wrong place.',
    );
  });

  it('updates the neighbour when one row is edited, confirmed or its flag dismissed', () => {
    const before = checkLinks(cut, context);
    // The short English is completed by hand: the long one beside it is no longer suspect.
    const edited = ok(
      editSegmentText(
        cut,
        'tgt',
        4,
        'For a long time he said nothing at all, and neither did his father, who went on smoking in the dark.',
      ),
    );
    const afterEdit = updateChecks(before, cut, edited, context);
    expect(boundaryMessages(afterEdit.flags[2])).toEqual([]);
    expect(afterEdit.flags).toEqual(checkLinks(edited, context).flags);
    // Confirming one row says its boundary is right: the other row's flag goes too.
    const confirmed = ok(confirm(cut, [3]));
    const afterConfirm = updateChecks(before, cut, confirmed, context);
    expect(afterConfirm.flags[2]).toEqual([]);
    expect(afterConfirm.flags[3]).toEqual([]);
    // Dismissing the row's low-confidence flag leaves the neighbour's as it was.
    const dismissed = ok(dismissFlags(cut, 3, ['low-confidence']));
    const afterDismiss = updateChecks(before, cut, dismissed, context);
    expect(afterDismiss.flags[3]).toEqual([]);
    expect(afterDismiss.flags[2]).toBe(before.flags[2]);
    // The rows further away keep their arrays.
    for (const k of [0, 5, 6, 7]) expect(afterEdit.flags[k]).toBe(before.flags[k]);
  });
});

describe('boundary check by words (with the dictionary)', () => {
  const dictionary = loadNodeDictionary();
  const zhPair = [
    '第二天早上，他骑车去了火车站。',
    '站台上挤满了旅客，他在人群里找了很久，终于看见了妹妹。',
  ];
  /** Two unsure links; the English of the first runs on into the second sentence's. */
  const pair = (en: readonly string[], confidence = 0.85): Alignment => ({
    source: makeSide('zh', [ZH[0], ...zhPair]),
    target: makeSide('en', [EN[0], ...en]),
    links: [one([0], [0], 0.99), one([1], [1], confidence), one([2], [2], confidence)],
  });
  const cutEn = [
    'The next morning he cycled to the railway station; the platform was packed with travellers, and he searched the crowd for a long time.',
    'At last he saw his sister.',
  ];
  const rightEn = [
    'The next morning he cycled to the railway station.',
    'The platform was packed with travellers; he searched the crowd for a long time and at last saw his sister.',
  ];
  // Lengths that vary widely: only the words can tell.
  const wide = { ratio: 3, median: Math.log(3), sigma: 5, matchRate: 0.4 };
  const ctx = { dictionary, profile: wide, sentenceOmissions: false };

  it('flags two rows whose words are translated across their boundary', () => {
    const { flags } = checkLinks(pair(cutEn), ctx);
    expect(flags[1].map((f) => f.message)).toEqual([
      '4 words of this row or the next are translated only in the other’s English: the boundary between the two rows may be in the wrong place.',
    ]);
    expect(renderFlagTexts(flags[2][0].texts!, (k) => zh[k])).toBe(
      '这一行和上一行中有 4 个词的译文只出现在另一行的英文里：两行之间的分界可能不对。',
    );
    expect(flags[0]).toEqual([]);
  });

  it('says nothing when each English has its own words, when sure, or without the dictionary', () => {
    expect(checkLinks(pair(rightEn), ctx).flags.flat()).toEqual([]);
    expect(checkLinks(pair(cutEn, 0.92), ctx).flags.flat()).toEqual([]);
    expect(checkLinks(pair(cutEn), { ...ctx, dictionary: undefined }).flags.flat()).toEqual([]);
  });

  it('goes when the English is moved to where it belongs, one row at a time', () => {
    const a = pair(cutEn);
    const before = checkLinks(a, ctx);
    const b1 = ok(editSegmentText(a, 'tgt', 1, rightEn[0]));
    const mid = updateChecks(before, a, b1, ctx);
    expect(mid.flags).toEqual(checkLinks(b1, ctx).flags);
    const b2 = ok(editSegmentText(b1, 'tgt', 2, rightEn[1]));
    const after = updateChecks(mid, b1, b2, ctx);
    expect(after.flags.flat()).toEqual([]);
    expect(after.flags).toEqual(checkLinks(b2, ctx).flags);
  });
});
