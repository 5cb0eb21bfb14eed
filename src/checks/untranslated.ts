/**
 * The untranslated check: Chinese left in the English column, or a segment that is the same on
 * both sides. A short gloss such as "duilian (对联)" is fine; a sentence of Chinese is not.
 */

const HAN_RUN = /[\p{Script=Han}][\p{Script=Han}\p{P}\s]*/gu;
const HAN = /\p{Script=Han}/gu;
const LETTER = /[\p{L}\p{N}]/gu;

/** At least this many Han characters, or this share of the letters, make "Chinese text". */
export const UNTRANSLATED_MIN_HAN = 6;
export const UNTRANSLATED_MIN_SHARE = 0.3;

import { renderFlagTexts, type FlagText } from './messages';

export interface UntranslatedFinding {
  readonly message: string;
  readonly texts: readonly FlagText[];
  readonly zh: readonly string[];
  readonly en: readonly string[];
}

function shorten(text: string, max = 30): string {
  const t = text.trim();
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

export function checkUntranslated(zhText: string, enText: string): UntranslatedFinding | null {
  const en = enText.trim();
  if (en === '') return null;
  const zh = zhText.trim();
  if (zh !== '' && zh === en && /[\p{L}]/u.test(en)) {
    const texts: FlagText[] = [{ key: 'flag.msg.untranslated.same' }];
    return {
      message: renderFlagTexts(texts),
      texts,
      zh: [],
      en: [],
    };
  }
  const han = en.match(HAN)?.length ?? 0;
  if (han === 0) return null;
  const letters = en.match(LETTER)?.length ?? 0;
  if (han < UNTRANSLATED_MIN_HAN && han / letters < UNTRANSLATED_MIN_SHARE) return null;
  const runs = (en.match(HAN_RUN) ?? []).map((r) => r.trim()).filter((r) => r !== '');
  const longest = runs.reduce((a, b) => (b.length > a.length ? b : a), '');
  const texts: FlagText[] = [
    { key: 'flag.msg.untranslated.chinese', params: { text: shorten(longest) } },
  ];
  return {
    message: renderFlagTexts(texts),
    texts,
    zh: [],
    en: runs,
  };
}
