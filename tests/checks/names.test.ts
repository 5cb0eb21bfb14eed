import { describe, expect, it } from 'vitest';
import { parseCedict } from '../../src/align/dictionary';
import { loadNodeDictionary } from '../../src/align/nodeDictionary';
import { compareNames, englishNames } from '../../src/checks/names';

const dict = loadNodeDictionary();

describe('englishNames', () => {
  it('takes capitalised runs that do not open a sentence', () => {
    expect(
      englishNames('Then Chen Qingyang laughed at Xi-feng. She left.').map((n) => n.text),
    ).toEqual(['Chen Qingyang', 'Xi-feng']);
  });
});

describe('compareNames', () => {
  it('finds names spelled in pinyin or named by the dictionary', () => {
    expect(
      compareNames(
        '陈清扬把我拽住，王熙凤笑了。',
        'Then Chen Qingyang caught me, and Xi-feng laughed.',
        dict,
      ),
    ).toBeNull();
    expect(compareNames('他们明天去北京。', 'Tomorrow they go to Beijing.', dict)).toBeNull();
  });

  it('reports a name with no counterpart, both directions', () => {
    // Proper nouns come from CC-CEDICT text (capitalised pinyin); the compiled dictionary
    // does not carry them yet, so these lines stand in for it.
    const cedict = parseCedict(
      [
        '北京 北京 [Bei3 jing1] /Beijing, capital of the PRC/',
        '老子 老子 [Lao3 zi3] /Laozi, founder of Daoism/',
        '老子 老子 [lao3 zi5] /father/I, me (arrogant)/',
        '美国 美国 [Mei3 guo2] /United States/USA/America/',
      ].join('\n'),
    );
    const f = compareNames('他们明天去北京。', 'Tomorrow they are going home.', cedict);
    expect(f?.message).toBe('“北京” in the Chinese has no counterpart in the English.');
    expect(f?.zh).toEqual(['北京']);
    const g = compareNames('中国于2001年加入WTO。', 'China joined the trade body in 2001.', dict);
    expect(g?.message).toBe('“WTO” in the Chinese has no counterpart in the English.');
    expect(g?.zh).toEqual(['WTO']);
    const h = compareNames('他在会上发了言。', 'He spoke at the IMF meeting.', dict);
    expect(h?.message).toBe('“IMF” in the English has no counterpart in the Chinese.');
  });

  it('does not take a common word for a missing name, nor a translated name', () => {
    // 老子 is also "I" (arrogant), not only Laozi.
    expect(compareNames('老子不干了！', 'I quit!', dict)).toBeNull();
    expect(
      compareNames('美国人常说这句话。', 'Americans often say so, as Mr Smith noted.', dict),
    ).toBeNull();
    expect(
      compareNames('当时他在D.E.Shaw公司任职。', 'He then worked at D.E. Shaw.', dict),
    ).toBeNull();
  });

  it('checks abbreviations without a dictionary, and ignores titles and sentence openers', () => {
    expect(compareNames('他说。', 'He spoke to the UN.')?.en).toEqual(['UN']);
    expect(compareNames('他说。', 'Yesterday he said so to Mr Wang.')).toBeNull();
    expect(compareNames('老天爷！', 'Good Heavens! said the Old Lady.', dict)).toBeNull();
  });
});
