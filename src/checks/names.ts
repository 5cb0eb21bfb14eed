/**
 * The names check: a Latin-script token (WTO, iPhone), an abbreviation, or a proper name on one
 * side with no counterpart on the other. An English name has a counterpart when the Chinese
 * writes it in Latin letters, spells it in pinyin (Chen Qingyang = 陈清扬, Xi-feng = 熙凤), or
 * holds a word whose CC-CEDICT gloss names it (Beijing = 北京). Without a dictionary only
 * Latin tokens and abbreviations are checked: they need none.
 */
import type { Dictionary } from '../align/dictionary';
import { segmentChineseWords } from '../align/features';
import { stem, STOP_WORDS } from '../align/english';
import { renderFlagTexts, type FlagText } from './messages';

/** Capitalised words that are titles, forms of address or calendar words, not names. */
const NOT_NAMES = new Set(
  (
    'i im id ill ive mr mrs ms miss dr sir madam madame lord lady master mistress uncle aunt auntie ' +
    'grandma grandpa granny grandmother grandfather mother father mom mum dad brother sister elder ' +
    'old little young big great god heaven buddha monday tuesday wednesday thursday friday saturday ' +
    'sunday january february march april may june july august september october november december ' +
    'chapter part book volume section oh ah ok yes no hey well'
  ).split(' '),
);

/** Units of measure written in Latin letters inside Chinese text; the English spells them out. */
const UNITS = new Set(['cm', 'mm', 'km', 'kg', 'mg', 'ml', 'kb', 'mb', 'gb', 'kw', 'am', 'pm']);

const LATIN_TOKEN = /[A-Za-z][A-Za-z0-9]*(?:[-.&'’][A-Za-z0-9]+)*/g;
const HAN = /\p{Script=Han}/u;

interface EnglishName {
  readonly text: string;
  readonly parts: readonly string[];
}

/** Runs of capitalised words that do not open a sentence: "Chen Qingyang", "Xi-feng". */
export function englishNames(text: string): EnglishName[] {
  const out: EnglishName[] = [];
  let current: { start: number; end: number; parts: string[] } | null = null;
  const flush = () => {
    if (current) out.push({ text: text.slice(current.start, current.end), parts: current.parts });
    current = null;
  };
  for (const m of text.matchAll(LATIN_TOKEN)) {
    const word = m[0].replace(/['’]s$/, '');
    const at = m.index ?? 0;
    const before = text.slice(Math.max(0, at - 4), at);
    const opensSentence =
      at === 0 ||
      /(?:^|[.!?:;…]["'“”‘’)]?\s*|["“‘(—]\s*)$/.test(before) ||
      /^\s*$/.test(text.slice(0, at));
    const capitalised = /^[A-Z]/.test(word);
    const abbreviation = /^[A-Z][A-Z0-9&.]+$/.test(word) && /[A-Z].*[A-Z]/.test(word);
    const lower = word.toLowerCase();
    // "US" in capitals is the country, not the pronoun.
    const allCaps = /^[A-Z]{2,}$/.test(word);
    const isName =
      capitalised &&
      (abbreviation || !opensSentence) &&
      !NOT_NAMES.has(lower.replace(/['’.]/g, '')) &&
      (allCaps || !STOP_WORDS.has(lower)) &&
      word.length >= 2;
    if (!isName) {
      flush();
      continue;
    }
    const gap = current ? text.slice(current.end, at) : '';
    if (current && /^\s$/.test(gap)) {
      current.end = at + word.length;
      current.parts.push(word);
    } else {
      flush();
      current = { start: at, end: at + word.length, parts: [word] };
    }
  }
  flush();
  return out;
}

/** Can `spelled` (lower case, letters only) be read as pinyin of consecutive Han characters of `zh`? */
export function spelledInPinyin(spelled: string, zh: string, dict: Dictionary): boolean {
  const chars = [...zh];
  const reads = chars.map((c) => (HAN.test(c) ? (dict.readings.get(c) ?? []) : []));
  const from = (pos: number, offset: number, depth: number): boolean => {
    if (offset === spelled.length) return true;
    if (pos >= chars.length || depth >= 4) return false;
    for (const r of reads[pos]) {
      if (spelled.startsWith(r, offset) && from(pos + 1, offset + r.length, depth + 1)) return true;
    }
    return false;
  };
  for (let p = 0; p < chars.length; p++) if (reads[p].length > 0 && from(p, 0, 0)) return true;
  return false;
}

interface ChineseSideView {
  readonly text: string;
  readonly lower: string;
  readonly stems?: ReadonlySet<string>;
  /** Per run of Han characters, the dictionary keywords of each word, in order. */
  readonly words?: readonly (readonly (readonly string[])[])[];
}

function chineseView(zh: string, dict?: Dictionary): ChineseSideView {
  if (!dict) return { text: zh, lower: zh.toLowerCase() };
  const stems = new Set<string>();
  const words: string[][][] = [];
  for (const run of zh.match(/\p{Script=Han}+/gu) ?? []) {
    const keys = segmentChineseWords(run, dict).map((w) => [...(dict.words.get(w) ?? [])]);
    for (const ks of keys) for (const k of ks) stems.add(k);
    words.push(keys);
  }
  return { text: zh, lower: zh.toLowerCase(), stems, words };
}

/**
 * Can the letters of an abbreviation be read as the initials of the glosses of consecutive
 * Chinese words? 联合国 "United Nations" = UN, 世界贸易组织 (world, trade, organisation) = WTO.
 * A word gives the initials of one to three of its keywords in a row.
 */
function initialsOfGlosses(letters: string, words: readonly (readonly string[])[]): boolean {
  const pieces = words.map((keys) => {
    const out = new Set<string>();
    for (let a = 0; a < keys.length; a++)
      for (let b = a + 1; b <= Math.min(keys.length, a + 3); b++)
        out.add(
          keys
            .slice(a, b)
            .map((k) => k[0])
            .join(''),
        );
    return out;
  });
  const from = (w: number, at: number): boolean => {
    if (at === letters.length) return true;
    if (w >= pieces.length) return false;
    for (const p of pieces[w])
      if (letters.startsWith(p, at) && from(w + 1, at + p.length)) return true;
    return false;
  };
  for (let w = 0; w < pieces.length; w++) if (from(w, 0)) return true;
  return false;
}

/** Words that an abbreviation's initials skip: "Bank of China" = BOC, "the United States" = US. */
const INITIAL_SKIP = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'de', '&']);

/** Does the English spell the letters of an abbreviation as initials ("World Trade Organization")? */
function initialsInEnglish(letters: string, en: string): boolean {
  const words = (en.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []).filter(
    (w) => !INITIAL_SKIP.has(w.toLowerCase()),
  );
  const initials = words.map((w) => (/^[A-Z]/.test(w) ? w[0].toLowerCase() : ' ')).join('');
  return letters.length >= 2 && initials.includes(letters);
}

function hasCounterpart(part: string, zh: ChineseSideView, dict?: Dictionary): boolean {
  const lower = part.toLowerCase();
  if (containsWord(zh.lower, lower)) return true;
  if (!dict) return false;
  const spelled = lower.replace(/[^a-z]/g, '');
  if (spelled.length >= 2 && spelledInPinyin(spelled, zh.text, dict)) return true;
  const s = stem(lower);
  if (zh.stems?.has(s)) return true;
  if (zh.words?.some((run) => initialsOfGlosses(spelled, run))) return true;
  // Demonyms and plurals: American ~ america, Germans ~ german.
  for (const k of zh.stems ?? [])
    if (k.length >= 4 && (s.startsWith(k) || k.startsWith(s))) return true;
  return false;
}

function containsWord(haystack: string, word: string): boolean {
  let at = haystack.indexOf(word);
  while (at >= 0) {
    const before = haystack[at - 1] ?? ' ';
    const after = haystack[at + word.length] ?? ' ';
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return true;
    at = haystack.indexOf(word, at + 1);
  }
  return false;
}

export interface NamesFinding {
  readonly message: string;
  readonly texts: readonly FlagText[];
  readonly zh: readonly string[];
  readonly en: readonly string[];
}

/** Common prefix long enough to call two stems the same word (china ~ chines, america ~ american). */
function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 4) return false;
  let k = 0;
  while (k < shorter && a[k] === b[k]) k++;
  return k >= Math.max(4, shorter - 1);
}

/** Stems of the English text's words, for meaning look-ups. */
function englishStems(en: string): string[] {
  return [...new Set((en.match(/[A-Za-z]+/g) ?? []).map((w) => stem(w.toLowerCase())))];
}

/**
 * Names on one side with no counterpart on the other:
 * - Latin-script tokens of the Chinese (WTO, iPhone) missing from the English;
 * - English abbreviations (UN, GDP) that the Chinese neither writes nor translates;
 * - CC-CEDICT proper nouns of the Chinese (北京, 莎士比亚) that the English neither spells in
 *   pinyin (Beijing, Xi-feng) nor names by their gloss (Shakespeare).
 * A proper noun counts as missing only when the English has no name at all (see below).
 * English names are not checked against the Chinese: translators add names for pronouns
 * (她 → "Wang Qiyao") and transliterate foreign names (贝索斯 → Bezos) in ways no spelling rule
 * verifies, so such flags would be mostly noise.
 */
export function compareNames(
  zhText: string,
  enText: string,
  dict?: Dictionary,
): NamesFinding | null {
  const zh = chineseView(zhText, dict);
  const enLower = enText.toLowerCase();
  const missingEn: string[] = [];
  const letters = enText.replace(/[^A-Za-z]/g, '');
  const shouting =
    letters.length > 0 && letters.replace(/[^A-Z]/g, '').length / letters.length > 0.5;
  // Without the dictionary nothing tells whether the Chinese translates an abbreviation.
  if (!shouting && dict) {
    for (const name of englishNames(enText)) {
      // Two capitalised words in a row ("FOUR DECADES") are a heading, not abbreviations.
      if (name.parts.filter((p) => /^[A-Z]{2,}$/.test(p)).length > 1) continue;
      for (const part of name.parts) {
        if (!/^[A-Z][A-Z0-9&]*[A-Z0-9]$/.test(part) || part.length > 6) continue;
        if (!hasCounterpart(part, zh, dict)) missingEn.push(part);
      }
    }
  }
  const missingZh: string[] = [];
  for (const m of zhText.matchAll(LATIN_TOKEN)) {
    const token = m[0];
    if (token.length < 2 || UNITS.has(token.toLowerCase())) continue;
    if (containsWord(enLower, token.toLowerCase())) continue;
    // D.E.Shaw ~ D.E. Shaw: compare the letters alone.
    const letters = token.toLowerCase().replace(/[^a-z0-9]/g, '');
    if (enLower.replace(/[^a-z0-9]/g, '').includes(letters)) continue;
    // U.S. ~ the United States, WTO ~ World Trade Organization.
    if (/^(?:[A-Z]\.?){2,}$/.test(token) && initialsInEnglish(letters, enText)) continue;
    missingZh.push(token);
  }
  // A proper noun is only called missing when the English names nobody: transliterations
  // (戴维 → David, 贝索斯 → Bezos) and adjectives (美国 → American) defeat spelling rules.
  if (dict?.properNouns && englishNames(enText).length === 0) {
    const enLetters = enLower.replace(/[^a-z]/g, '');
    const stems = englishStems(enText);
    for (const run of zhText.match(/\p{Script=Han}+/gu) ?? []) {
      for (const w of segmentChineseWords(run, dict)) {
        const spelled = dict.properNouns.get(w);
        if (spelled === undefined || enLetters.includes(spelled)) continue;
        const keys = dict.words.get(w) ?? [];
        if (keys.some((k) => stems.some((s) => sameStem(k, s)))) continue;
        missingZh.push(w);
      }
    }
  }
  if (missingEn.length === 0 && missingZh.length === 0) return null;
  const zhList = [...new Set(missingZh)];
  const enList = [...new Set(missingEn)];
  const texts: FlagText[] = [];
  if (zhList.length > 0)
    texts.push({
      key: zhList.length > 1 ? 'flag.msg.names.zh.many' : 'flag.msg.names.zh.one',
      params: { names: { items: zhList, quoted: true, max: 3 } },
    });
  if (enList.length > 0)
    texts.push({
      key: enList.length > 1 ? 'flag.msg.names.en.many' : 'flag.msg.names.en.one',
      params: { names: { items: enList, quoted: true, max: 3 } },
    });
  return { message: renderFlagTexts(texts), texts, zh: zhList, en: enList };
}

/** Syllables spelled by CC-CEDICT readings: "qingyang" splits into qing+yang, "heaven" does not. */
const syllableCache = new WeakMap<Dictionary, Set<string>>();
export function looksLikePinyin(spelled: string, dict: Dictionary): boolean {
  let syllables = syllableCache.get(dict);
  if (!syllables) {
    syllables = new Set();
    for (const rs of dict.readings.values()) for (const r of rs) syllables.add(r);
    syllableCache.set(dict, syllables);
  }
  const set = syllables;
  const ok = new Array<boolean>(spelled.length + 1).fill(false);
  ok[0] = true;
  for (let i = 0; i < spelled.length; i++) {
    if (!ok[i]) continue;
    for (let len = 1; len <= 6 && i + len <= spelled.length; len++) {
      if (set.has(spelled.slice(i, i + len))) ok[i + len] = true;
    }
  }
  return spelled.length > 0 && ok[spelled.length];
}
