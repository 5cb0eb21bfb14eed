// @vitest-environment node
/**
 * The aligner's one pass reads character codes instead of running regular expressions over
 * substrings: these properties check that it cuts sentences and finds punctuation exactly as
 * the regular-expression versions do, and that a paragraph's first and last sentence get the
 * units they would get read alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Lexicon, Vocabulary, type SegmentUnits } from '../../src/align/features';
import {
  englishSentenceRanges,
  englishSentenceRangesOfAll,
  plainSentenceEnds,
  splitChineseSentences,
  splitEnglishSentences,
} from '../../src/align/sentences';
import { isNumeralCode } from '../../src/align/numerals';
import {
  chinesePunctuation,
  chineseSentenceRanges,
  contentLength,
  englishPunctuation,
  isDigitCode,
  PUNCT_ELLIPSIS,
  PUNCT_EXCLAMATION,
  PUNCT_QUESTION,
  PUNCT_QUOTE,
  scanChineseRange,
  scanEnglishRange,
  scanned,
} from '../../src/align/textScan';
import { tinyDictionary } from './fixtures';

const PIECES = [
  ...'陈清扬来了猫在花园里睡觉一二十三年第千万〇红色汽车',
  ...'。！？…“”「」『』’‘"\'（）)》.!?,;:-',
  ' ',
  ' ',
  '\u3000',
  '\n',
  '...',
  'Chen',
  'Qingyang',
  'the',
  'cat',
  "don't",
  'ten',
  'twenty-one',
  'Mr.',
  'U.S.',
  'e.g.',
  'A.',
  '1990',
  '３',
  '2,000',
  '3.5',
  '𠀀',
  'é',
  'x’s',
  'CIA',
  'He',
  'she',
];

const text = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 40 })
  .map((p) => p.join(''));

function slices(t: string, ranges: readonly number[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < ranges.length; k += 2) out.push(t.slice(ranges[k], ranges[k + 1]));
  return out;
}

/** Merged sentences are joined with a space where the text may have none, or a line break. */
const squeeze = (s: string) => s.replace(/\s+/g, '');

describe('sentence cuts by ranges', () => {
  it('Chinese: the same sentences as splitChineseSentences', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(slices(t, chineseSentenceRanges(t))).toEqual(splitChineseSentences(t));
      }),
      { numRuns: 500 },
    );
  });

  it('English: the same sentences as splitEnglishSentences (white space inside aside)', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(slices(t, englishSentenceRanges(t)).map(squeeze)).toEqual(
          splitEnglishSentences(t).map(squeeze),
        );
      }),
      { numRuns: 500 },
    );
    expect(
      slices(
        'Mr. Chen came. He left!  Then U.S. troops',
        englishSentenceRanges('Mr. Chen came. He left!  Then U.S. troops'),
      ),
    ).toEqual(['Mr. Chen came.', 'He left!', 'Then U.S. troops']);
  });
});

describe('English sentences of many paragraphs at once', () => {
  it('are those of each paragraph alone', () => {
    const paragraph = fc
      .array(fc.constantFrom(...PIECES, '\u2029', '\u2028', 'Dr.', 'i.e.', 'no.', '\r\n'), {
        maxLength: 30,
      })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 40 }), (paragraphs) => {
        const all = englishSentenceRangesOfAll(paragraphs);
        paragraphs.forEach((p, k) => {
          expect(all.ranges.slice(all.start[k], all.start[k + 1])).toEqual(
            englishSentenceRanges(p),
          );
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('sentence breaks without Intl.Segmenter', () => {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const intlEnds = (t: string) => [...segmenter.segment(t)].map((p) => p.index + p.segment.length);
  const plainEnds = (t: string) => {
    const out: number[] = [];
    return plainSentenceEnds(t, out) ? out : undefined;
  };
  const ALPHABET = [
    ...'aZ5 .!?"\'()[]{},-:;\t\n\r\u2028\u2029\u00a0«»‘’“”–—…ªµºéÉ×#$%&*+/<=>@\\^_`|~¡¿§',
    'Mr',
    'U.S.',
    'the',
    'He',
    '...',
    '.’ ',
    '." ',
    '? ',
    '! ',
  ];

  it('cuts where the segmenter cuts, on any text of the characters it knows', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 30 }), (p) => {
        const t = p.join('');
        expect(plainEnds(t)).toEqual(intlEnds(t));
      }),
      { numRuns: 5000 },
    );
  });

  it('cuts where the segmenter cuts on the English of the corpora, whole and by lines', () => {
    const corpora = resolve(import.meta.dirname, '../../../shared/corpora');
    const files = [
      ...readdirSync(join(corpora, 'para-dev'))
        .filter((f) => f.endsWith('.en.txt'))
        .map((f) => join(corpora, 'para-dev', f)),
      ...readdirSync(join(corpora, 'aca/src')).map((f) => join(corpora, 'aca/src', f)),
    ];
    let plain = 0;
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      for (const t of [text, ...text.split('\n')]) {
        const ends = plainEnds(t);
        if (!ends) continue;
        plain++;
        expect(ends).toEqual(intlEnds(t));
      }
    }
    expect(plain).toBeGreaterThan(1000);
  });

  it('leaves text with characters it does not know to the segmenter', () => {
    expect(plainEnds('Café au lait. Naïve—yes.')).toEqual(intlEnds('Café au lait. Naïve—yes.'));
    expect(plainEnds('Ωmega. Next')).toBeUndefined();
    expect(plainEnds('soft\u00adhyphen. Next')).toBeUndefined();
    expect(plainEnds('他来了。 He came.')).toBeUndefined();
  });
});

describe('punctuation by character codes', () => {
  const mask = (t: string, table: [RegExp, number][]) =>
    table.reduce((m, [re, bit]) => (re.test(t) ? m | bit : m), 0);
  const zh: [RegExp, number][] = [
    [/[？?]/u, PUNCT_QUESTION],
    [/[！!]/u, PUNCT_EXCLAMATION],
    [/[“”「」『』"]/u, PUNCT_QUOTE],
    [/…|\.\.\./u, PUNCT_ELLIPSIS],
  ];
  const en: [RegExp, number][] = [
    [/\?/u, PUNCT_QUESTION],
    [/!/u, PUNCT_EXCLAMATION],
    [/[“”"]|(?:^|\s)'|'(?:\s|$)/u, PUNCT_QUOTE],
    [/…|\.\.\./u, PUNCT_ELLIPSIS],
  ];

  it('finds what the regular expressions find, in any range of a text', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, x, y) => {
        const a = x % (t.length + 1);
        const b = a + (y % (t.length - a + 1));
        const part = t.slice(a, b);
        expect(chinesePunctuation(t, a, b)).toBe(mask(part, zh));
        expect(englishPunctuation(t, a, b)).toBe(mask(part, en));
      }),
      { numRuns: 500 },
    );
  });
});

describe('one pass over a range', () => {
  /** What the separate passes find in text[a, b). */
  function separate(t: string, a: number, b: number, zh: boolean) {
    const part = [...t.slice(a, b)].join('');
    const codes = Array.from({ length: b - a }, (_, k) => t.charCodeAt(a + k));
    return {
      length: contentLength(t, a, b),
      digits: codes.some(isDigitCode),
      numerals: zh && codes.some(isNumeralCode),
      punctuation: zh ? chinesePunctuation(t, a, b) : englishPunctuation(t, a, b),
      part,
    };
  }
  function scan(t: string, a: number, b: number, zh: boolean) {
    const length = zh ? scanChineseRange(t, a, b) : scanEnglishRange(t, a, b);
    return { length, ...scanned, part: t.slice(a, b) };
  }

  it('finds the content length, digits, numerals and punctuation the separate passes find', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, x, y) => {
        const a = x % (t.length + 1);
        const b = a + (y % (t.length - a + 1));
        for (const zh of [true, false]) expect(scan(t, a, b, zh)).toEqual(separate(t, a, b, zh));
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees on real-looking paragraphs of both languages', () => {
    const zh =
      '“你们明天八点钟到学校来，”王老师说。一九九〇年，３个人走了２,000里路……真的吗？！『好』「好」 ' +
      'Ａ４纸、Ｂ超、iPhone 12……第三章 十分 千万 一一 é 𠀀';
    const en =
      "He said, 'No.' Then 'twas over... \"Really?\" she asked! It cost $3.50 (about 1,000 yuan) — " +
      'in 1990’s Beijing… Ｆull-width ３ and e.g. U.S. troops? ';
    for (const t of [zh, en])
      for (const zh of [true, false])
        for (let a = 0; a < t.length; a += 7)
          for (let b = a; b <= t.length; b += 5)
            expect(scan(t, a, b, zh)).toEqual(separate(t, a, b, zh));
  });
});

/** A unit set as comparable values: each unit's keys (sorted), weight and strength. */
function shape(u: SegmentUnits): string[] {
  const { keyStart, keys, weights, strong } = u.store;
  const out: string[] = [];
  for (let g = u.first; g < u.first + u.count; g++) {
    const own = [...new Set(keys.subarray(keyStart[g], keyStart[g + 1]))].sort((p, q) => p - q);
    out.push(`${own.join(',')}/${weights[g]}/${strong[g]}`);
  }
  return out;
}

describe('first and last sentences from the paragraph’s pass', () => {
  it('get the units their text gets when read alone', () => {
    fc.assert(
      fc.property(text, (t) => {
        const lexicon = new Lexicon(new Vocabulary(), tinyDictionary);
        for (const [read, cut] of [
          [(s: string, e: boolean) => lexicon.chinese(s, e), chineseSentenceRanges],
          [(s: string, e: boolean) => lexicon.english(s, e), englishSentenceRanges],
        ] as const) {
          const sentences = slices(t, cut(t));
          const whole = read(t, true);
          if (sentences.length <= 1) {
            expect(whole.head).toBe(whole.units);
            expect(whole.tail).toBe(whole.units);
            continue;
          }
          expect(shape(whole.head)).toEqual(shape(read(sentences[0], false).units));
          expect(shape(whole.tail)).toEqual(shape(read(sentences.at(-1)!, false).units));
        }
      }),
      { numRuns: 300 },
    );
  });
});
