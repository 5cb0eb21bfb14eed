import type { Lang } from '../core/model';
import { splitParagraphs } from './paragraphs';
import { splitLines, splitSentences } from './sentences';

export type SplitMode = 'paragraphs' | 'sentences' | 'lines';

export const SPLIT_MODES: readonly SplitMode[] = ['paragraphs', 'sentences', 'lines'];

export function isSplitMode(value: string): value is SplitMode {
  return (SPLIT_MODES as readonly string[]).includes(value);
}

/** Cuts a text into segments at the requested level. */
export function segmentText(text: string, lang: Lang, split: SplitMode = 'paragraphs'): string[] {
  switch (split) {
    case 'paragraphs':
      return splitParagraphs(text);
    case 'sentences':
      return splitSentences(text, lang);
    case 'lines':
      return splitLines(text);
  }
}
