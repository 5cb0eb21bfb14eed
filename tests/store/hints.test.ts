import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignTexts } from '../../src/align/alignTexts';
import { loadNodeDictionary } from '../../src/align/nodeDictionary';
import { checkLinks, documentProfile } from '../../src/checks';
import { linesLookLikeParagraphs, mismatchOf, offerLines } from '../../src/store/hints';
import { STORY, WINTER } from '../checks/paragraphs';

const dict = loadNodeDictionary();
const SAMPLE = 'data/huanqiu-2011-04-28';
const sampleZh = readFileSync(`${SAMPLE}/zh.txt`, 'utf8');
const sampleEn = readFileSync(`${SAMPLE}/en.txt`, 'utf8');
const storyZh = STORY.map(([zh]) => zh).join('\n\n');
const storyEn = STORY.map(([, en]) => en).join('\n\n');

/** Aligned and checked as the app does on opening two texts by paragraphs. */
function checked(zh: string, en: string) {
  const doc = alignTexts({ text: zh }, { text: en }, {}, { dictionary: dict });
  const { alignment } = doc;
  return checkLinks(alignment, {
    dictionary: dict,
    level: doc.level,
    profile: documentProfile(alignment, dict),
  });
}

describe('texts that may not be translations of each other', () => {
  it('are told apart from real pairs by the share of rows that look wrong', () => {
    // The story's Chinese with the bundled sample's English, and the other way round: no
    // paragraph translates another, and (nearly) every row is unsure or unpaired.
    for (const [zh, en] of [
      [storyZh, sampleEn],
      [sampleZh, storyEn],
    ]) {
      const m = mismatchOf(checked(zh, en));
      expect(m).not.toBeNull();
      expect(m!.flagged / m!.total).toBeGreaterThanOrEqual(0.75);
    }
    // The real pairs: the story, and the sample (whose one-sided headings and notes are
    // unpaired rows, 7 of 18, still far from most).
    expect(mismatchOf(checked(storyZh, storyEn))).toBeNull();
    expect(mismatchOf(checked(sampleZh, sampleEn))).toBeNull();
  });

  it('says nothing of a short pair, nor before the cheap checks are done', () => {
    // Four paragraphs of the story against four others' English.
    const few = checked(
      STORY.slice(0, 4)
        .map(([zh]) => zh)
        .join('\n\n'),
      STORY.slice(6)
        .map(([, en]) => en)
        .join('\n\n'),
    );
    expect(few.alignment.links.length).toBeLessThan(8);
    expect(mismatchOf(few)).toBeNull();
    const a = alignTexts({ text: storyZh }, { text: sampleEn }, {}, { dictionary: dict }).alignment;
    const deferred = checkLinks(a, { deferChecks: true, profile: documentProfile(a, dict) });
    expect(deferred.unchecked).toBeGreaterThan(0);
    expect(mismatchOf(deferred)).toBeNull();
    expect(mismatchOf(null)).toBeNull();
  });
});

/** A book of one paragraph a line, its chapters parted by a blank line. */
function book(paragraphs: readonly string[], heading: (n: number) => string, per: number): string {
  const chapters: string[] = [];
  for (let k = 0; k < paragraphs.length; k += per)
    chapters.push([heading(chapters.length + 1), ...paragraphs.slice(k, k + per)].join('\n'));
  return chapters.join('\n\n');
}

// Two chapters of eleven paragraphs (the story, then the winter paragraph, twice over).
const ZH_PARAS = [...STORY.map(([zh]) => zh), WINTER[0]];
const EN_PARAS = [...STORY.map(([, en]) => en), WINTER[1]];
const ZH_BOOK_PARAS = [...ZH_PARAS, ...ZH_PARAS];
const EN_BOOK_PARAS = [...EN_PARAS, ...EN_PARAS];
const CHINESE_NUMBERS = ['一', '二', '三'];

describe('lines that look like paragraphs, cut at a few blank lines', () => {
  const zhBook = book(ZH_BOOK_PARAS, (n) => `第${CHINESE_NUMBERS[n - 1]}章`, 11);
  const enBook = book(EN_BOOK_PARAS, (n) => `Chapter ${n}`, 11);

  it('are found in a book of one paragraph a line with blank lines between chapters', () => {
    // Two chapters, each a heading and eleven paragraphs: 2 paragraphs for 24 lines.
    expect(linesLookLikeParagraphs(zhBook)).toEqual({ paragraphs: 2, lines: 24 });
    expect(linesLookLikeParagraphs(enBook)).toEqual({ paragraphs: 2, lines: 24 });
    expect(offerLines(zhBook, enBook)).toEqual({ paragraphs: 2, lines: 24 });
    // The other text with its paragraphs one a line already: cutting both by lines is right.
    expect(offerLines(zhBook, EN_BOOK_PARAS.join('\n'))).toEqual({ paragraphs: 2, lines: 24 });
    expect(offerLines(EN_BOOK_PARAS.join('\n\n'), enBook)).toEqual({ paragraphs: 2, lines: 24 });
    // Chapters of five paragraphs are not told from paragraphs of five sentences: not offered.
    expect(linesLookLikeParagraphs(book(ZH_BOOK_PARAS, () => '第一章', 5))).toBeNull();
  });

  it('are not offered for blank-line paragraphs, sentence-a-line paragraphs or hard-wrapped text', () => {
    // Paragraphs between blank lines, each on one line: the blank lines are the paragraphs' ends.
    expect(offerLines(storyZh, storyEn)).toBeNull();
    expect(linesLookLikeParagraphs(storyZh)).toBeNull();
    // One sentence a line, paragraphs parted by blank lines: a few lines a block.
    const sentenceLines = (paras: readonly string[], cut: RegExp) =>
      paras
        .map((p) =>
          p
            .match(cut)!
            .map((s) => s.trim())
            .join('\n'),
        )
        .join('\n\n');
    expect(linesLookLikeParagraphs(sentenceLines(ZH_PARAS, /[^。！？]+[。！？]/gu))).toBeNull();
    expect(linesLookLikeParagraphs(sentenceLines(EN_PARAS, /[^.!?]+[.!?]/g))).toBeNull();
    // A hard-wrapped English text in long blocks: its lines end mid-sentence.
    const wrapped = EN_PARAS.join(' ')
      .match(/.{1,68}(?:\s|$)/g)!
      .map((l) => l.trim())
      .join('\n');
    expect(linesLookLikeParagraphs(`${wrapped}\n\n${wrapped}`)).toBeNull();
    // One side a book, the other hard-wrapped: cutting by lines would break the other.
    expect(offerLines(zhBook, `${wrapped}\n\n${wrapped}`)).toBeNull();
  });
});
