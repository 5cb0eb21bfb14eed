import type { AlignDocument, DocumentMeta } from '../core/model';
import { makeSide } from '../core/model';
import { alignSegments, paramsFor, type AlignParams } from './aligner';
import type { Dictionary } from './dictionary';
import type { ChineseShareReader } from './chineseShare';
import type { EnglishSideReader } from './englishSide';
import type { PairRowsHelper } from './pairRows';
import type { TextMarksReader } from './textMarks';
import { pairByLanguage } from '../core/language';
import { segmentText, type SplitMode } from './segment';

export interface TextInput {
  readonly text: string;
  readonly fileName?: string;
}

export interface AlignTextsOptions {
  /** Segment level: paragraphs (default), sentences, or each non-empty line. */
  readonly split?: SplitMode;
  /** CC-CEDICT look-ups; without it the aligner uses length, numbers, Latin tokens and punctuation. */
  readonly dictionary?: Dictionary;
  readonly onProgress?: (fraction: number) => void;
  readonly params?: Partial<AlignParams>;
  /** Filled with the aligner's phase times (ms), when given. */
  readonly timings?: Record<string, number>;
  /** Reads the English side elsewhere (the CLI's worker thread); see SegmentAlignOptions. */
  readonly englishSide?: EnglishSideReader;
  /** Reads chunks of the Chinese side elsewhere; see SegmentAlignOptions. */
  readonly chineseShare?: ChineseShareReader;
  /** Computes the quote states and mark counts elsewhere; see SegmentAlignOptions. */
  readonly textMarks?: TextMarksReader;
  /** Computes part of the searches' pair evidence elsewhere; see SegmentAlignOptions. */
  readonly pairRows?: PairRowsHelper;
}

export { paramsFor } from './aligner';

/**
 * Puts the Chinese text first, whichever order the two came in (core/language decides).
 * Two texts of one language keep their order: callers refuse such pairs before aligning.
 */
export function orderByLanguage(a: TextInput, b: TextInput): { zh: TextInput; en: TextInput } {
  const pair = pairByLanguage(a, b, (t) => t.text);
  return pair.ok ? { zh: pair.zh, en: pair.en } : { zh: a, en: b };
}

/** Segments both texts and aligns them: the whole pipeline from text to document. */
export function alignTexts(
  a: TextInput,
  b: TextInput,
  meta: DocumentMeta = {},
  options: AlignTextsOptions = {},
): AlignDocument {
  const split = options.split ?? 'paragraphs';
  const { zh, en } = orderByLanguage(a, b);
  const source = makeSide('zh', segmentText(zh.text, 'zh', split), zh.fileName);
  const target = makeSide('en', segmentText(en.text, 'en', split), en.fileName);
  const links = alignSegments(
    source.segments.map((s) => s.text),
    target.segments.map((s) => s.text),
    {
      dictionary: options.dictionary,
      onProgress: options.onProgress,
      params: { ...paramsFor(split), ...options.params },
      timings: options.timings,
      englishSide: options.englishSide,
      chineseShare: options.chineseShare,
      textMarks: options.textMarks,
      pairRows: options.pairRows,
    },
  );
  return { meta, level: split, alignment: { source, target, links } };
}
