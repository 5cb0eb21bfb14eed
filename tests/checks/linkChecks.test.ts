import { describe, expect, it } from 'vitest';
import {
  checkLinks,
  documentProfile,
  documentRatio,
  findOmissions,
  ProfileJob,
  refineChecks,
  renderFlagTexts,
  updateChecks,
  type Flag,
} from '../../src/checks';
import { loadNodeDictionary } from '../../src/align/nodeDictionary';
import { splitChineseSentences, splitEnglishSentences } from '../../src/align/sentences';
import { makeSide, type Alignment } from '../../src/core/model';
import {
  dismissFlags,
  editSegmentText,
  isOpError,
  restoreFlags,
  type OpResult,
} from '../../src/core/operations';
import { alignmentOfPairs, BAD_PAIRS, GOOD_PAIRS } from './fixtures';
import { STORY, WINTER, withoutSentence } from './paragraphs';
import { zh } from '../../src/ui/i18n/zh';

/** The flags as the CLI's JSON shows them (the message keys are tested in messages.test.ts). */
function withoutTexts(flags: readonly Flag[]): Omit<Flag, 'texts'>[] {
  return flags.map(({ texts: _texts, ...rest }) => rest);
}

function ok(r: OpResult): Alignment {
  if (isOpError(r)) throw new Error(r.error);
  return r;
}

const kinds = (flags: readonly { kind: string }[]) => flags.map((f) => f.kind);

describe('checkLinks', () => {
  it('gives good pairs no flags and each bad pair its kind, in link order', () => {
    const a = alignmentOfPairs([...GOOD_PAIRS, ...BAD_PAIRS.map(([z, e]) => [z, e] as const)]);
    const { flags } = checkLinks(a);
    expect(flags).toHaveLength(a.links.length);
    GOOD_PAIRS.forEach((_, i) => expect(flags[i], GOOD_PAIRS[i][1]).toEqual([]));
    BAD_PAIRS.forEach(([, en, kind], k) =>
      expect(kinds(flags[GOOD_PAIRS.length + k]), en).toContain(kind),
    );
  });

  it('flags unpaired segments and low confidence, and says which side', () => {
    const a: Alignment = {
      source: makeSide('zh', ['第一段。', '第二段。']),
      target: makeSide('en', ['The first paragraph.', 'An added paragraph.']),
      links: [
        { src: [0], tgt: [0], status: 'auto', confidence: 0.3 },
        { src: [1], tgt: [], status: 'auto', confidence: 0.99 },
        { src: [], tgt: [1], status: 'confirmed', confidence: 0.2 },
      ],
    };
    const { flags } = checkLinks(a, { level: 'paragraphs' });
    expect(withoutTexts(flags[0])).toEqual([
      {
        kind: 'low-confidence',
        message: 'The aligner is unsure of this pairing (confidence 0.30).',
      },
    ]);
    expect(withoutTexts(flags[1])).toEqual([
      { kind: 'unpaired', message: 'This Chinese paragraph has no English counterpart.' },
    ]);
    // A confirmed link is not doubted any more; it is still one-sided.
    expect(withoutTexts(flags[2])).toEqual([
      { kind: 'unpaired', message: 'This English paragraph has no Chinese counterpart.' },
    ]);
  });

  it('leaves out dismissed kinds, and brings them back on restore', () => {
    const a = alignmentOfPairs([GOOD_PAIRS[0], [BAD_PAIRS[0][0], BAD_PAIRS[0][1]]]);
    expect(kinds(checkLinks(a).flags[1])).toEqual(['numbers']);
    const dismissed = ok(dismissFlags(a, 1, ['numbers']));
    expect(dismissed.links[1].dismissed).toEqual(['numbers']);
    expect(checkLinks(dismissed).flags[1]).toEqual([]);
    expect(dismissed.links[0]).toBe(a.links[0]);
    const restored = ok(restoreFlags(dismissed, 1));
    expect(restored.links[1].dismissed).toBeUndefined();
    expect(kinds(checkLinks(restored).flags[1])).toEqual(['numbers']);
  });
});

describe('updateChecks', () => {
  it('recomputes only the edited link and keeps the other arrays', () => {
    const a = alignmentOfPairs([...GOOD_PAIRS]);
    const before = checkLinks(a);
    const b = ok(editSegmentText(a, 'tgt', 0, 'In 1992 they moved to Shanghai.'));
    const after = updateChecks(before, a, b);
    expect(kinds(after.flags[0])).toEqual(['numbers']);
    for (let i = 1; i < a.links.length; i++) expect(after.flags[i]).toBe(before.flags[i]);
    expect(after.flags).toEqual(checkLinks(b).flags);
  });
});

describe('omission', () => {
  const dict = loadNodeDictionary();
  /** The story with paragraph `at`'s English replaced. */
  const story = (at: number, en: string) =>
    alignmentOfPairs(STORY.map(([z, e], k) => [z, k === at ? en : e] as const));

  it('stays quiet on a faithful translation, with and without the dictionary', () => {
    const a = alignmentOfPairs(STORY);
    for (const dictionary of [dict, undefined]) {
      const { flags } = checkLinks(a, { dictionary, profile: documentProfile(a, dictionary) });
      expect(flags.flat()).toEqual([]);
    }
  });

  it('names the Chinese sentence a translation dropped from inside a paragraph', () => {
    // The middle sentence of paragraph 5 is left out: the sentence aligner absorbs the
    // Chinese into a 2-1 link; the lengths and the missing words give it away.
    const a = story(5, withoutSentence(STORY[5][1], 1));
    const { flags } = checkLinks(a, { dictionary: dict, profile: documentProfile(a, dict) });
    expect(flags.map((f) => f.map((x) => x.kind))).toEqual(
      STORY.map((_, k) => (k === 5 ? ['omission'] : [])),
    );
    expect(flags[5][0].message).toBe(
      'A Chinese sentence has no English counterpart: “母亲守在床边，一遍又一遍地用湿毛巾给我擦额头。”',
    );
    expect(flags[5][0].zh).toEqual(['母亲守在床边，一遍又一遍地用湿毛巾给我擦额头。']);
    // Without the dictionary the lengths still find the pair (which sentence is a guess).
    const bare = checkLinks(a, { profile: documentProfile(a) }).flags;
    expect(bare.map((f) => f.map((x) => x.kind))).toEqual(
      STORY.map((_, k) => (k === 5 ? ['omission'] : [])),
    );
  });

  it('finds a short sentence dropped from a long paragraph by the room its neighbours leave', () => {
    // One sentence in eight, 10% of the Chinese: the pair's length ratio hardly moves, and its
    // few words are everyday ones; the English between the translations of the sentences
    // around it is what gives it away (the local gap, src/checks/gap.ts).
    const damaged = alignmentOfPairs([...STORY, [WINTER[0], withoutSentence(WINTER[1], 6)]]);
    const { flags } = checkLinks(damaged, {
      dictionary: dict,
      profile: documentProfile(damaged, dict),
    });
    expect(flags.map(kinds)).toEqual([...STORY.map(() => []), ['omission']]);
    expect(flags[STORY.length][0].zh).toEqual(['他一看见我，就嚷着要跟我比一比。']);
    // The same paragraph with the sentence translated: nothing to report.
    const intact = alignmentOfPairs([...STORY, WINTER]);
    const whole = checkLinks(intact, { dictionary: dict, profile: documentProfile(intact, dict) });
    expect(whole.flags.flat()).toEqual([]);
  });

  it('names part of a Chinese sentence left untranslated', () => {
    const a = story(
      2,
      'Outside the hospital my father bought two sesame cakes at the street corner. He handed me the bigger one. The sun was already high, and the street was full of people going to market.',
    );
    for (const dictionary of [dict, undefined]) {
      const { flags } = checkLinks(a, { dictionary, profile: documentProfile(a, dictionary) });
      expect(withoutTexts(flags[2])).toEqual([
        {
          kind: 'omission',
          message:
            'Part of a Chinese sentence has no English counterpart: “自己蹲在墙根下慢慢地吃。”',
          zh: ['自己蹲在墙根下慢慢地吃。'],
          en: [],
        },
      ]);
    }
  });

  it('quotes a dropped clause without its trailing comma, and marks the clause as it stands', () => {
    const a = story(
      1,
      'The hospital corridor was long and dark, its walls covered with yellowing notices. My father stood up, clutching his cap in his hands. The doctor looked at my throat and wrote a prescription.',
    );
    const { flags } = checkLinks(a, { dictionary: dict, profile: documentProfile(a, dict) });
    expect(withoutTexts(flags[1])).toEqual([
      {
        kind: 'omission',
        message: 'Part of a Chinese sentence has no English counterpart: “一个护士叫了我的名字”.',
        zh: ['一个护士叫了我的名字，'],
        en: [],
      },
    ]);
    expect(renderFlagTexts(flags[1][0].texts!, (key) => zh[key])).toBe(
      '中文句子的一部分没有英文对应：“一个护士叫了我的名字”。',
    );
  });

  it('does not call a dropped speech tag an omission', () => {
    const profile = documentProfile(alignmentOfPairs(STORY), dict);
    const zh = '父亲问道：“冷不冷？”我说：“不冷。”母亲笑着说：“快进屋吧，饭都凉了。”';
    const en =
      "'Cold?' 'No.' 'Come in quickly, the food is getting cold,' my mother said with a smile.";
    expect(findOmissions(zh, en, { dictionary: dict, profile })).toBeNull();
  });

  it('reports an English sentence with no Chinese, and an English far longer than usual', () => {
    const added = 'It was the only time I ever saw him without his old blue cap.';
    const a = story(3, `${STORY[3][1]} ${added}`);
    const { flags } = checkLinks(a, { dictionary: dict, profile: documentProfile(a, dict) });
    expect(withoutTexts(flags[3])).toEqual([
      {
        kind: 'omission',
        message:
          'An English sentence has no Chinese counterpart: “It was the only time I ever saw him with…”.',
        zh: [],
        en: [added],
      },
    ]);
    const b = story(9, `${STORY[9][1]} ${STORY[8][1]} ${STORY[7][1]}`);
    const withoutSentences = checkLinks(b, {
      profile: documentProfile(b),
      sentenceOmissions: false,
    });
    expect(withoutSentences.flags[9].map((f) => f.message)).toEqual([
      expect.stringMatching(/^The English is much longer than usual for this much Chinese/),
    ]);
  });

  it('can leave the check for later and do it a slice at a time, the chosen rows first', () => {
    const a = story(5, withoutSentence(STORY[5][1], 1));
    const context = { profile: documentProfile(a), deferOmissions: true };
    const first = checkLinks(a, context);
    expect(first.pending).toBe(STORY.length);
    expect(first.flags[5]).toEqual([]);
    const slice = refineChecks(first, 2, 4);
    expect(slice.pending).toBe(STORY.length - 2);
    expect(slice.flags[5].map((f) => f.kind)).toEqual(['omission']);
    // Rows with nothing new keep their array (rows memoise on it).
    expect(slice.flags[4]).toBe(first.flags[4]);
    let done = slice;
    while (done.pending > 0) done = refineChecks(done, 3);
    expect(done.flags).toEqual(checkLinks(a, { profile: context.profile }).flags);
    expect(refineChecks(done, 5)).toBe(done);
  });

  it('can leave every check for later: the rows near the chosen one first, then cheap checks, then omissions', () => {
    const a = story(5, withoutSentence(STORY[5][1], 1));
    const n = STORY.length;
    const profile = documentProfile(a);
    const first = checkLinks(a, { profile, deferChecks: true });
    expect(first.pending).toBe(n);
    expect(first.unchecked).toBe(n);
    expect(first.flags.every((f) => f.length === 0)).toBe(true);
    // Two steps near row 5: rows 5 and 6 get every check, the dropped sentence of row 5 too.
    const near = refineChecks(first, 2, 5, undefined, 3);
    expect(kinds(near.flags[5])).toEqual(['omission']);
    expect(near.pending).toBe(n - 2);
    expect(near.unchecked).toBe(n - 2);
    // Then the cheap checks of every other row, before any of their omission checks.
    let cheap = refineChecks(near, n - 2, 0);
    expect(cheap.unchecked).toBe(0);
    expect(cheap.pending).toBe(n - 2);
    while (cheap.pending > 0) cheap = refineChecks(cheap, 2, 0);
    expect(cheap.flags).toEqual(checkLinks(a, { profile }).flags);
  });
});

describe('the document profile a step at a time', () => {
  const story = (at: number, en: string) =>
    alignmentOfPairs(STORY.map(([zh, e], i) => [zh, i === at ? en : e] as const));
  it('is documentProfile, and checks that need none leave it undone', () => {
    const a = story(5, withoutSentence(STORY[5][1], 1));
    const dictionary = loadNodeDictionary();
    const job = new ProfileJob(a, dictionary);
    const first = checkLinks(a, { dictionary, profileJob: job, deferChecks: true });
    // The cheap checks of every link need no profile: none is computed.
    const cheap = refineChecks(first, STORY.length, 0);
    expect(cheap.unchecked).toBe(0);
    expect(job.done).toBe(false);
    let steps = 0;
    while (!job.advance(() => true)) steps++;
    expect(steps).toBeGreaterThan(0);
    expect(job.profile).toEqual(documentProfile(a, dictionary));
    let done = cheap;
    while (done.pending > 0) done = refineChecks(done, 3);
    expect(done.flags).toEqual(checkLinks(a, { dictionary }).flags);
  });

  it('is finished at once when a check needs it before its slices are done', () => {
    const a = story(5, withoutSentence(STORY[5][1], 1));
    const job = new ProfileJob(a);
    const first = checkLinks(a, { profileJob: job, deferChecks: true });
    expect(job.done).toBe(false);
    // Every check of row 5 (its neighbourhood first), the omission check too.
    const checks = refineChecks(first, 1, 5, undefined, 1);
    expect(job.done).toBe(true);
    expect(kinds(checks.flags[5])).toEqual(['omission']);
  });
});

describe('omission in a document aligned by sentences', () => {
  const dict = loadNodeDictionary();
  /** STORY cut into its sentences, one link per sentence (each paragraph's sentences match). */
  const sentencePairs = STORY.flatMap(([z, e]) => {
    const zh = splitChineseSentences(z);
    const en = splitEnglishSentences(e);
    expect(zh).toHaveLength(en.length);
    return zh.map((s, k) => [s, en[k]] as const);
  });
  const doctor = sentencePairs.findIndex(([z]) => z.startsWith('医生看了看'));

  it('knows a sentence alignment from a paragraph one', () => {
    expect(documentProfile(alignmentOfPairs(sentencePairs), dict).sentenceLinks).toBe(true);
    expect(documentProfile(alignmentOfPairs(STORY), dict).sentenceLinks).toBeUndefined();
  });

  it('flags a sentence link whose English stops half-way, which a paragraph would not be flagged for', () => {
    // "and wrote a prescription" went missing (in a sentence alignment: to the next link).
    const pairs = sentencePairs.map(([z, e], k) =>
      k === doctor ? ([z, 'The doctor looked at my throat.'] as const) : ([z, e] as const),
    );
    const a = alignmentOfPairs(pairs);
    const profile = documentProfile(a, dict);
    const { flags } = checkLinks(a, { dictionary: dict, profile });
    expect(flags.map((f) => kinds(f))).toEqual(
      pairs.map((_, k) => (k === doctor ? ['omission'] : [])),
    );
    expect(flags[doctor][0].zh).toEqual(['开了一张药方。']);
    // The same evidence in a paragraph alignment stays under the paragraphs' threshold: there
    // translators condense a clause or two every few paragraphs.
    const [zh, en] = pairs[doctor];
    expect(findOmissions(zh, en, { dictionary: dict, profile })).not.toBeNull();
    expect(
      findOmissions(zh, en, {
        dictionary: dict,
        profile: { ...profile, sentenceLinks: undefined },
      }),
    ).toBeNull();
  });
});

describe('documentProfile', () => {
  it('measures the document: its usual length ratio, spread and word evidence', () => {
    const a = alignmentOfPairs(STORY);
    const p = documentProfile(a, loadNodeDictionary());
    expect(p.ratio).toBe(documentRatio(a));
    expect(Math.exp(p.median)).toBeGreaterThan(3);
    expect(Math.exp(p.median)).toBeLessThan(3.7);
    expect(p.matchRate).toBeGreaterThan(0.4);
    // Without the dictionary only numbers and Latin tokens are evidence: too few to measure.
    expect(documentProfile(a).matchRate).toBe(0.4);
  });
});
