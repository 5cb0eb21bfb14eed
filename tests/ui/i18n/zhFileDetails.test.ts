import { afterEach, describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/io/alignmentFile';
import { reasonOf } from '../../../src/store/messages';
import { setLanguage } from '../../../src/ui/i18n';

afterEach(() => setLanguage('en'));

/** A sound alignment file. */
function sound() {
  return {
    format: 'duilian-alignment',
    version: 2,
    level: 'sentences',
    meta: {},
    source: {
      lang: 'zh',
      segments: [
        { id: 'z1', text: '一。' },
        { id: 'z2', text: '二。' },
      ] as { id: string; text?: string }[],
    },
    target: {
      lang: 'en',
      segments: [
        { id: 'e1', text: 'One.' },
        { id: 'e2', text: 'Two.' },
      ] as { id: string; text?: string }[],
    },
    links: [
      { src: [0], tgt: [0], status: 'auto', confidence: 0.9 },
      { src: [1], tgt: [1], status: 'auto', confidence: 0.8 },
    ],
  };
}
type Doc = ReturnType<typeof sound>;

/** The sound file, damaged by hand in one place. */
function file(damage: (doc: Doc) => void): string {
  const doc = sound();
  damage(doc);
  return JSON.stringify(doc);
}

/** What the reader says about the file, in the interface language. */
function refusal(text: string): string {
  try {
    parseDocument(text);
  } catch (error) {
    return reasonOf(error);
  }
  throw new Error('the damaged file was read');
}

const cases: [string, (doc: Doc) => void, string, string][] = [
  [
    'a link whose status is not one of the two',
    (d) => (d.links[1].status = 'maybe'),
    'link 2: "status" must be one of "auto", "confirmed", not "maybe"',
    '第 2 条对齐：“status”应为以下之一："auto", "confirmed"，而不是"maybe"',
  ],
  [
    'a segment without its text',
    (d) => delete d.target.segments[0].text,
    'English segment 1: "text" is missing',
    '英文第 1 段：缺少“text”',
  ],
  [
    'a confidence above 1',
    (d) => (d.links[0].confidence = 3),
    'link 1: "confidence" must be at most 1, not 3',
    '第 1 条对齐：“confidence”应为不大于 1，而不是3',
  ],
  [
    'two segments with one id',
    (d) => (d.source.segments[1].id = 'z1'),
    'Chinese segment 2 has the same id "z1" as segment 1 (source side)',
    '中文第 2 段的编号“z1”与第 1 段相同（原文一侧）',
  ],
  [
    'a link past the end of the text',
    (d) => (d.links[1].tgt = [5]),
    'link 2: target index 5 is outside the 2 English segments',
    '第 2 条对齐：译文序号 5 超出了 2 个英文片段的范围',
  ],
  [
    'a segment no link covers',
    (d) => d.links.pop(),
    'the links do not fit the texts: source segments 1–1 are not covered by any link',
    '对齐关系与文本不符：原文第 1–1 段没有被任何对齐覆盖',
  ],
];

describe('a hand-damaged alignment file', () => {
  it.each(cases)('%s: the detail is in English for the CLI', (_, damage, english) => {
    setLanguage('en');
    expect(refusal(file(damage))).toBe(english);
    // The CLI prints the error's own message, which stays English whatever the app's language.
    setLanguage('zh');
    try {
      parseDocument(file(damage));
    } catch (error) {
      expect((error as Error).message).toBe(english);
    }
  });

  it.each(cases)('%s: the detail is in Chinese in the zh interface', (_, damage, __, chinese) => {
    setLanguage('zh');
    const said = refusal(file(damage));
    expect(said).toBe(chinese);
    // Nothing but field names and values stays in Latin letters.
    expect(said.replace(/“[^”]*”|"[^"]*"/g, '')).not.toMatch(/[A-Za-z]{2,}/);
  });
});
