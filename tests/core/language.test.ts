import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLang, hanShare } from '../../src/core/language';

/** The definition: Han and Latin characters counted with the Unicode script properties. */
function referenceShare(text: string): number {
  let han = 0;
  let latin = 0;
  for (const ch of text) {
    if (/\p{Script=Han}/u.test(ch)) han++;
    else if (/\p{Script=Latin}/u.test(ch)) latin++;
  }
  return han + latin === 0 ? 0 : han / (han + latin);
}

describe('which text is Chinese', () => {
  it('counts Han and Latin characters as the script properties say', () => {
    const pieces = [...'中文字〇々丽a Zé ß ǎ ɐ Ω Я ん 1 .,“”', '𠀀', '\ud800', '\udc00', 'ﬁ', '\u3000'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces)), (p) => {
        const text = p.join('');
        expect(hanShare(text)).toBe(referenceShare(text));
      }),
      { numRuns: 300 },
    );
  });

  it('tells a Chinese text from an English one', () => {
    expect(detectLang('人权对话不应该是谈判。')).toBe('zh');
    expect(detectLang('The dialogue on human rights is not a negotiation.')).toBe('en');
    expect(detectLang('他说：“OK，我们走吧。”')).toBe('zh');
  });
});
