/** What the look-up popover says about one word of a row: its gloss and its matches. Pure. */
import type { RowEvidence, WordSpan } from './evidence';
import type { Gloss } from './glossFile';
import { toneMarks } from './pinyin';

export type LookupLanguage = 'zh' | 'en';

/** Anything that gives a Chinese word's gloss (the decoded glosses file, or a test's table). */
export interface GlossSource {
  get(word: string): Gloss | undefined;
}

export interface ShownGloss {
  /** With tone marks: "rénquán". */
  readonly pinyin: string;
  readonly senses: readonly string[];
}

export interface LookupEntry {
  readonly word: string;
  readonly gloss?: ShownGloss;
  /** Matched by the sound of a name (pinyin), not by a gloss word. */
  readonly bySound?: boolean;
}

export interface LookupView {
  readonly language: LookupLanguage;
  readonly word: string;
  /** The looked-up word's own gloss (Chinese words). */
  readonly gloss?: ShownGloss;
  /** Whether the aligner counts this word as evidence (false: a grammar word or no entry). */
  readonly evidence: boolean;
  /** The words on the other side that it matches, each once, in row order. */
  readonly matches: readonly LookupEntry[];
  /** Every span to highlight as a match (each occurrence). */
  readonly matchSpans: readonly WordSpan[];
  readonly span: WordSpan;
}

function shown(gloss: Gloss | undefined): ShownGloss | undefined {
  return gloss && { pinyin: toneMarks(gloss.pinyin), senses: gloss.senses };
}

/** The look-up of word `index` on one side of a row. */
export function describeWord(
  evidence: RowEvidence,
  language: LookupLanguage,
  index: number,
  glosses: GlossSource | undefined,
): LookupView | undefined {
  if (language === 'zh') {
    const word = evidence.zh[index];
    if (!word) return undefined;
    const matchSpans = word.matches.map((j) => evidence.en[j]);
    const seen = new Set<string>();
    const matches: LookupEntry[] = [];
    for (const span of matchSpans) {
      const key = span.text.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      matches.push({ word: span.text });
    }
    return {
      language,
      word: word.text,
      gloss: shown(glosses?.get(word.text)),
      evidence: word.evidence,
      matches,
      matchSpans,
      span: word,
    };
  }
  const word = evidence.en[index];
  if (!word) return undefined;
  const matchSpans = word.matches.map((i) => evidence.zh[i]);
  const seen = new Set<string>();
  const matches: LookupEntry[] = [];
  word.matches.forEach((i, k) => {
    const text = evidence.zh[i].text;
    if (seen.has(text)) return;
    seen.add(text);
    matches.push({
      word: text,
      gloss: shown(glosses?.get(text)),
      ...(word.bySound.includes(k) ? { bySound: true } : {}),
    });
  });
  return {
    language,
    word: word.text,
    evidence: true,
    matches,
    matchSpans,
    span: word,
  };
}
