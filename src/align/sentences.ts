import { normalizeText } from './normalize';
import { splitParagraphs } from './paragraphs';

/** Closing quotes and brackets that stay on the sentence they close. */
const CLOSERS = '”’」』）)》〉】"\'';
const ZH_SENTENCE = new RegExp(`[^。！？!?…]*(?:(?:[。！？!?]+|…{2,}|…)[${CLOSERS}]*|$)`, 'gu');

/** Cuts Chinese text at 。！？ and ……, keeping closing quotes with the sentence they end. */
export function splitChineseSentences(paragraph: string): string[] {
  const out: string[] = [];
  for (const match of paragraph.matchAll(ZH_SENTENCE)) {
    const s = match[0].trim();
    if (s !== '') out.push(s);
  }
  return out;
}

/**
 * Words ending in a full stop that do not end a sentence. Intl.Segmenter splits after
 * "U.S." and "Mr." because it has no abbreviation list; these get merged back.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'mt',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'gov',
  'sen',
  'rep',
  'rev',
  'hon',
  'pres',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'cf',
  'no',
  'nos',
  'vol',
  'pp',
  'fig',
  'ed',
  'eds',
  'inc',
  'ltd',
  'co',
  'corp',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.k',
  'u.n',
  'u.s.a',
  'p.m',
  'a.m',
  'ph.d',
  'b.c',
  'a.d',
  'approx',
  'dept',
  'est',
  'univ',
]);

function endsWithAbbreviation(sentence: string): boolean {
  const m = /(?:^|[\s(“"'‘/-])((?:[A-Za-z]\.)+[A-Za-z]?|[A-Za-z]+)\.$/.exec(sentence.trimEnd());
  if (!m) return false;
  const word = m[1].toLowerCase().replace(/\.$/, '');
  // Single capital initials ("James A. Coffey") do not end sentences either.
  return ABBREVIATIONS.has(word) || /^[a-z]$/.test(word) || /^([a-z]\.)+[a-z]$/.test(word);
}

const segmenterCache = new Map<string, Intl.Segmenter>();
function sentenceSegmenter(locale: string): Intl.Segmenter {
  let s = segmenterCache.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenterCache.set(locale, s);
  }
  return s;
}

/** Cuts English text into sentences: Intl.Segmenter, then a merge pass for abbreviations. */
export function splitEnglishSentences(paragraph: string): string[] {
  const raw = [...sentenceSegmenter('en').segment(paragraph)]
    .map((s) => s.segment.trim())
    .filter((s) => s !== '');
  const out: string[] = [];
  for (const piece of raw) {
    const prev = out.length > 0 ? out[out.length - 1] : undefined;
    // Merge after an abbreviation, and when the next piece starts in lower case
    // (`He said "Hi!" and left.` is one sentence).
    if (prev !== undefined && (endsWithAbbreviation(prev) || /^[\p{Ll}]/u.test(piece))) {
      out[out.length - 1] = `${prev} ${piece}`;
    } else {
      out.push(piece);
    }
  }
  return out;
}

/** Sentences of a whole text: paragraphs first, so no sentence crosses a paragraph break. */
export function splitSentences(text: string, lang: 'zh' | 'en'): string[] {
  const split = lang === 'zh' ? splitChineseSentences : splitEnglishSentences;
  return splitParagraphs(text).flatMap(split);
}

/** Each non-empty line, trimmed: for pre-segmented corpora. */
export function splitLines(text: string): string[] {
  return normalizeText(text)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}
