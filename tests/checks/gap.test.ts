import { describe, expect, it } from 'vitest';
import { chineseUnits, contentLength, Lexicon, Vocabulary } from '../../src/align/features';
import { loadNodeDictionary } from '../../src/align/nodeDictionary';
import { clausesOf } from '../../src/checks/omission';
import { anchorChain, gapAround } from '../../src/checks/gap';

const dict = loadNodeDictionary();
const lexicon = new Lexicon(new Vocabulary(), dict, {
  word: 1,
  number: 1,
  latin: 1,
  punctuation: 0,
});

function clauses(zh: string) {
  return clausesOf(zh).map((text) => ({
    text,
    u: chineseUnits(text, lexicon),
    length: contentLength(text),
  }));
}

describe('local gaps between word anchors', () => {
  it('keeps the anchors that increase on both sides and drops a crossing match', () => {
    // 1990 and Beijing in order; "Shanghai" named early in the English crosses them.
    const zh = clauses('一九九〇年，他们在北京住了两年，后来搬到上海。');
    const chain = anchorChain(
      zh,
      'Shanghai was where they ended up: in 1990 they lived in Beijing.',
      lexicon,
    );
    expect(chain.zh.length).toBe(chain.en.length);
    for (let k = 1; k < chain.zh.length; k++) {
      expect(chain.zh[k]).toBeGreaterThan(chain.zh[k - 1]);
      expect(chain.en[k]).toBeGreaterThan(chain.en[k - 1]);
    }
    // Two of the three names/numbers can be in order, not the third.
    expect(chain.zh.length).toBeGreaterThanOrEqual(2);
    const shanghai = contentLength('Shanghai') / 2;
    expect(chain.en).not.toContain(shanghai);
  });

  it('measures the English room between the anchors around a run, one-sided at the ends', () => {
    const zhText = '一九九〇年，他们在北京住了两年，天天下雨，后来搬到上海。';
    const en = 'In 1990 they lived in Beijing for two years, then moved to Shanghai.';
    const zh = clauses(zhText);
    const total = zh.reduce((n, c) => n + c.length, 0);
    const enTotal = contentLength(en);
    const gaps = gapAround(anchorChain(zh, en, lexicon), zh, total, enTotal);
    // 天天下雨 (clause 2) sits between 北京/两年 and 上海: a few English letters of room.
    expect(gaps.en(2, 2)).toBeLessThan(contentLength('for two years then moved to Shanghai'));
    expect(gaps.zh(2, 2)).toBeGreaterThan(contentLength('天天下雨'));
    // The first clause's gap starts at the pair's start; the last one's ends at its end.
    expect(gaps.zh(0, zh.length - 1)).toBe(total);
    expect(gaps.en(0, zh.length - 1)).toBe(enTotal);
    // With no anchors at all, every run's gap is the whole pair.
    const none = gapAround({ zh: [], en: [] }, zh, total, enTotal);
    expect([none.zh(1, 2), none.en(1, 2)]).toEqual([total, enTotal]);
  });
});
