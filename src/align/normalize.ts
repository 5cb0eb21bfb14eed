/** Text clean-up shared by every segmenter: BOM, line ends. */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;

/** Share of Han characters among Han + Latin letters; 0 for text with neither. */
export function hanShare(text: string): number {
  let han = 0;
  let latin = 0;
  for (const ch of text) {
    if (HAN.test(ch)) han++;
    else if (LATIN.test(ch)) latin++;
  }
  return han + latin === 0 ? 0 : han / (han + latin);
}

/** Language of a text: Chinese when a noticeable share of its letters are Han characters. */
export function detectLang(text: string): 'zh' | 'en' {
  return hanShare(text.slice(0, 200_000)) >= 0.2 ? 'zh' : 'en';
}
