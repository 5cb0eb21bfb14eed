import type { Lang, SplitMode } from '../core/model';
import { splitParagraphs } from './paragraphs';
import { splitLines, splitSentences } from './sentences';

export { isSplitMode, SPLIT_MODES, type SplitMode } from '../core/model';

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
