import { describe, expect, it } from 'vitest';
import { markSyllable, toneMarks } from '../../src/lookup/pinyin';

describe('pinyin with tone marks', () => {
  it('puts the mark on a or e, on the o of ou, else on the last vowel', () => {
    expect(markSyllable('hao3')).toBe('hǎo');
    expect(markSyllable('xie4')).toBe('xiè');
    expect(markSyllable('dou1')).toBe('dōu');
    expect(markSyllable('gui4')).toBe('guì');
    expect(markSyllable('liu2')).toBe('liú');
    expect(markSyllable('nu:3')).toBe('nǚ');
    expect(markSyllable('lu:e4')).toBe('lüè');
    expect(markSyllable('de5')).toBe('de');
    expect(markSyllable('Zhong1')).toBe('Zhōng');
    expect(markSyllable('Ou1')).toBe('Ōu');
  });

  it('runs a word’s syllables together, with an apostrophe before a vowel', () => {
    expect(toneMarks('ren2 quan2')).toBe('rénquán');
    expect(toneMarks('Xi1 an1')).toBe("Xī'ān");
    expect(toneMarks('Hua2 sheng4 dun4')).toBe('Huáshèngdùn');
    expect(toneMarks('yi1 hui4 r5')).toBe('yīhuìr');
    expect(toneMarks('duo1 duo1 bi1 ren2')).toBe('duōduōbīrén');
  });
});
