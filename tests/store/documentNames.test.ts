import { describe, expect, it } from 'vitest';
import { pairName } from '../../src/store/documentNames';

describe('the name of a document opened from two texts', () => {
  it('is the shared name, less the language markers', () => {
    expect(pairName('story.zh.txt', 'story.en.txt')).toBe('story');
    expect(pairName('第一章-中文.txt', '第一章-英文.txt')).toBe('第一章');
  });

  it('keeps only whole words of a shared beginning', () => {
    // Two chapters opened together were named "mac-dev-00", a number cut in two.
    expect(pairName('mac-dev-001.zh.txt', 'mac-dev-003.en.txt')).toBe('mac-dev');
    expect(pairName('novel_ch12.zh.txt', 'novel_ch13.en.txt')).toBe('novel');
    expect(pairName('report-2020-final.zh.txt', 'report-2020-draft.en.txt')).toBe('report-2020');
  });

  it("is the Chinese file's name when they share no word", () => {
    expect(pairName('abc.zh.txt', 'abd.en.txt')).toBe('abc');
    expect(pairName('原文.txt', 'translation.txt')).toBe('原文');
  });
});
