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

  it('checks abbreviations only with a dictionary, and ignores titles and sentence openers', () => {
    expect(compareNames('他说。', 'He spoke to the UN.', dict)?.en).toEqual(['UN']);
    // Without the dictionary nothing says whether 联合国 is "UN": no verdict either way.
    expect(compareNames('他对联合国说。', 'He spoke to the UN.')).toBeNull();
    expect(compareNames('他说。', 'Yesterday he said so to Mr Wang.')).toBeNull();
    expect(compareNames('老天爷！', 'Good Heavens! said the Old Lady.', dict)).toBeNull();
    // A Latin token of the Chinese needs no dictionary.
    expect(
      compareNames('中国于2001年加入WTO。', 'China joined the trade body in 2001.')?.zh,
    ).toEqual(['WTO']);
  });

  it('takes U.S., US and other abbreviations for the names the Chinese writes in characters', () => {
    for (const en of [
      'The U.S. president arrived in Beijing yesterday.',
      'The US president arrived in Beijing yesterday.',
      'The president of the U.S arrived in Beijing yesterday.',
    ]) {
      expect(compareNames('美国总统昨天抵达北京。', en, dict), en).toBeNull();
      expect(compareNames('美国总统昨天抵达北京。', en), en).toBeNull();
    }
    expect(
      compareNames('联合国秘书长发表了讲话。', 'The UN secretary-general spoke.', dict),
    ).toBeNull();
    expect(
      compareNames('英国首相访问了上海。', 'The UK prime minister visited Shanghai.', dict),
    ).toBeNull();
    expect(compareNames('中国加入了世界贸易组织。', 'China joined the WTO.', dict)).toBeNull();
    // The other direction: the Chinese keeps the abbreviation, the English spells it out.
    expect(
      compareNames('美国（U.S.）官员表示反对。', 'Officials of the United States objected.', dict),
    ).toBeNull();
    expect(
      compareNames('他加入了WTO。', 'He joined the World Trade Organization.', dict),
    ).toBeNull();
    // Still reported when the English has no such name.
    expect(compareNames('他加入了WTO。', 'He joined the trade body.', dict)?.zh).toEqual(['WTO']);
    expect(compareNames('美国官员表示反对。', 'Officials objected.', dict)?.zh).toEqual(['美国']);
  });
});
