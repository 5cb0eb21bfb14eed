/**
 * Which text is Chinese: the one function the app, the CLI, the file planner and the
 * importers ask, so they can never disagree about a pair of files.
 */
import type { Lang } from './model';

const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;

const HAN_CHAR = 1;
const LATIN_CHAR = 2;
const OTHER_CHAR = 3;
/** Script of each BMP code unit (0: not looked up yet), filled as texts are read. */
const scriptOf = new Uint8Array(65536);

function scriptOfCodePoint(ch: string): number {
  return HAN.test(ch) ? HAN_CHAR : LATIN.test(ch) ? LATIN_CHAR : OTHER_CHAR;
}

/** Share of Han characters among Han + Latin letters; 0 for text with neither. */
export function hanShare(text: string): number {
  let han = 0;
  let latin = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    let script: number;
    if (c < 0x80) script = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a ? LATIN_CHAR : OTHER_CHAR;
    else if (c >= 0xd800 && c < 0xdc00 && k + 1 < text.length) {
      // A surrogate pair is one character (a lone surrogate is neither script).
      const d = text.charCodeAt(k + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        script = scriptOfCodePoint(text.slice(k, k + 2));
        k++;
      } else script = OTHER_CHAR;
    } else {
      script = scriptOf[c];
      if (script === 0) scriptOf[c] = script = scriptOfCodePoint(String.fromCharCode(c));
    }
    if (script === HAN_CHAR) han++;
    else if (script === LATIN_CHAR) latin++;
  }
  return han + latin === 0 ? 0 : han / (han + latin);
}

function hasLetters(text: string): boolean {
  return HAN.test(text) || LATIN.test(text);
}

/** How much of a text is looked at: enough to tell, bounded for huge files. */
const SAMPLE = 200_000;

/** Language of a text: Chinese when a noticeable share of its letters are Han characters. */
export function detectLang(text: string): Lang {
  return hanShare(text.slice(0, SAMPLE)) >= 0.2 ? 'zh' : 'en';
}

export type LanguagePair<T> =
  | { readonly ok: true; readonly zh: T; readonly en: T }
  /** Both look the same language: not an original and its translation. */
  | { readonly ok: false; readonly lang: Lang };

/** Puts the Chinese one of two texts first, whichever order they came in. */
export function pairByLanguage<T>(a: T, b: T, textOf: (item: T) => string): LanguagePair<T> {
  const ta = textOf(a).slice(0, SAMPLE);
  const tb = textOf(b).slice(0, SAMPLE);
  // A text without letters (empty, only numbers) takes the language the other one lacks.
  if (!hasLetters(ta) || !hasLetters(tb)) {
    if (hasLetters(ta))
      return detectLang(ta) === 'zh' ? { ok: true, zh: a, en: b } : { ok: true, zh: b, en: a };
    if (hasLetters(tb))
      return detectLang(tb) === 'zh' ? { ok: true, zh: b, en: a } : { ok: true, zh: a, en: b };
  }
  const la = detectLang(ta);
  const lb = detectLang(tb);
  if (la === lb) {
    // Two Chinese-looking (or English-looking) texts: the Han share can still tell which is
    // more Chinese, but a pair of same-language files is almost always a wrong pick.
    return { ok: false, lang: la };
  }
  return la === 'zh' ? { ok: true, zh: a, en: b } : { ok: true, zh: b, en: a };
}

/** For sides already known to be a pair (an InterText triple): the more Chinese one first. */
export function moreChineseFirst<T>(a: T, b: T, textOf: (item: T) => string): [T, T] {
  const share = (item: T) => hanShare(textOf(item).slice(0, SAMPLE));
  return share(a) >= share(b) ? [a, b] : [b, a];
}
