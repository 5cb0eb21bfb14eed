/** CC-CEDICT's numbered pinyin ("ren2 quan2", "nu:3", "Xi1 an1") as read: "rénquán", "nǚ", "Xī'ān". */

const MARKS: Readonly<Record<string, string>> = {
  a: 'āáǎà',
  e: 'ēéěè',
  i: 'īíǐì',
  o: 'ōóǒò',
  u: 'ūúǔù',
  ü: 'ǖǘǚǜ',
  A: 'ĀÁǍÀ',
  E: 'ĒÉĚÈ',
  I: 'ĪÍǏÌ',
  O: 'ŌÓǑÒ',
  U: 'ŪÚǓÙ',
  Ü: 'ǕǗǙǛ',
};

/** One syllable with its tone mark: on a or e, on the o of "ou", else on the last vowel. */
export function markSyllable(syllable: string): string {
  const m = /^([A-Za-z:üÜ]+)([1-5])$/.exec(syllable);
  const base = (m ? m[1] : syllable).replace(/u:/g, 'ü').replace(/U:/g, 'Ü');
  const tone = m ? Number(m[2]) : 5;
  if (tone === 5) return base;
  let at = base.search(/[aeAE]/);
  if (at < 0) at = base.search(/o[uU]|O[uU]/);
  if (at < 0) {
    for (let k = base.length - 1; k >= 0; k--) {
      if ('aeiouüAEIOUÜ'.includes(base[k])) {
        at = k;
        break;
      }
    }
  }
  if (at < 0) return base;
  return base.slice(0, at) + MARKS[base[at]][tone - 1] + base.slice(at + 1);
}

/** A word's reading: syllables run together, an apostrophe before one that starts with a vowel. */
export function toneMarks(numbered: string): string {
  const syllables = numbered.split(/\s+/).filter((s) => s !== '');
  return syllables
    .map((s, k) => {
      const marked = markSyllable(s);
      return k > 0 && /^[aeoAEO]/.test(s) ? `'${marked}` : marked;
    })
    .join('');
}
