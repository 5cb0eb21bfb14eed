import { glossKeywords } from './english';

/** A Chinese–English word list for look-ups: zh word → English keyword stems; Han char → pinyin. */
export interface Dictionary {
  /** Stemmed English keywords of a Chinese word (simplified or traditional), if known. */
  readonly words: ReadonlyMap<string, readonly string[]>;
  /** Toneless pinyin readings of a single Han character. */
  readonly readings: ReadonlyMap<string, readonly string[]>;
  /** The longest headword, for splitting unknown words into known ones. */
  readonly maxWordLength: number;
  /**
   * Proper nouns (capitalised pinyin in CC-CEDICT: places, people, organisations) of two or more
   * characters, with their toneless pinyin run together ("北京" → "beijing"); for the names check.
   */
  readonly properNouns?: ReadonlyMap<string, string>;
}

/** Senses that say nothing about meaning (cross references, variants, grammar notes). */
const SKIP_SENSE =
  /^(?:(?:old |archaic |Japanese |erhua |ancient )?variant of|see |see also|used in|CL:|surname |abbr\. for|also written|also pr\.|(?:old )?name of|Taiwan pr\.|\(onom\.\)|\(bound form\)\s*$)/i;
const MAX_KEYWORDS = 12;
/**
 * The one keyword of a word whose senses are all English stop words (什么 "what?", 这里 "here",
 * 他们 "they"): it keeps the word a headword, so the segmentation does not cut it into
 * characters with senses of their own (什 "ten; assorted"), and it marks the word a stop word
 * (chineseWords.ts). No English word has it as a key (keys are stems of letters).
 */
export const STOP_ONLY_KEYWORD = '-';

/**
 * Reads CC-CEDICT text (`TRAD SIMP [pin1 yin1] /gloss/gloss/`) into a Dictionary.
 * Keeps only what the aligner uses, so the result is far smaller than the text.
 */
export function parseCedict(text: string): Dictionary {
  const words = new Map<string, string[]>();
  const readings = new Map<string, string[]>();
  const properNouns = new Map<string, string>();
  const commonWords = new Set<string>();
  let maxWordLength = 1;
  const line = /^(\S+) (\S+) \[([^\]]*)\] \/(.*)\/\s*$/gm;
  for (const m of text.matchAll(line)) {
    const [, trad, simp, pinyin, glosses] = m;
    if ([...simp].length === 1) {
      const reading = pinyin.toLowerCase().replace(/u:/g, 'u').replace(/[0-9]/g, '');
      if (/^[a-z]+$/.test(reading)) {
        for (const ch of new Set([simp, trad])) {
          const list = readings.get(ch) ?? [];
          if (!list.includes(reading)) list.push(reading);
          readings.set(ch, list);
        }
      }
    }
    const keywords: string[] = [];
    let senses = 0;
    for (const sense of glosses.split('/')) {
      if (sense === '' || SKIP_SENSE.test(sense)) continue;
      senses++;
      keywords.push(...glossKeywords(sense));
    }
    if (!/^[A-Z]/.test(pinyin)) commonWords.add(simp).add(trad);
    if (keywords.length === 0) {
      if (senses === 0 || [...simp].length < 2 || /^[A-Z]/.test(pinyin)) continue;
      keywords.push(STOP_ONLY_KEYWORD);
    }
    if (/^[A-Z]/.test(pinyin) && [...simp].length >= 2) {
      const spelled = pinyin
        .toLowerCase()
        .replace(/u:/g, 'u')
        .replace(/[^a-z]/g, '');
      for (const word of new Set([simp, trad]))
        if (!properNouns.has(word)) properNouns.set(word, spelled);
    }
    for (const word of new Set([simp, trad])) {
      const list = words.get(word) ?? [];
      // Another entry of the word has real keywords: the stop-only mark gives way to them.
      if (list[0] === STOP_ONLY_KEYWORD) list.length = 0;
      else if (list.length > 0 && keywords[0] === STOP_ONLY_KEYWORD) continue;
      for (const k of keywords) {
        if (list.length >= MAX_KEYWORDS) break;
        if (!list.includes(k)) list.push(k);
      }
      words.set(word, list);
      maxWordLength = Math.max(maxWordLength, [...word].length);
    }
  }
  // 老子 is Laozi and also "I" (arrogant): only words that are nothing but names count.
  for (const w of commonWords) properNouns.delete(w);
  return { words, readings, maxWordLength: Math.min(maxWordLength, 8), properNouns };
}

/** The CEDICT text as shipped by the `hanzi` package: a CommonJS module exporting one template string. */
export function cedictFromModuleSource(source: string): string {
  const start = source.indexOf('`');
  const end = source.lastIndexOf('`');
  return start >= 0 && end > start ? source.slice(start + 1, end) : source;
}
