/** What the checks say about a link: zero or more flags, each of one kind. */
import type { Dictionary } from '../align/dictionary';
import type { SplitMode } from '../core/model';

import { FLAG_KINDS, type FlagKind } from '../core/model';

export { FLAG_KINDS, type FlagKind };

export function isFlagKind(value: unknown): value is FlagKind {
  return typeof value === 'string' && (FLAG_KINDS as readonly string[]).includes(value);
}

export interface Flag {
  readonly kind: FlagKind;
  /** One sentence for the user, e.g. "Numbers differ: 1990 in Chinese, 1992 in English." */
  readonly message: string;
  /** words/numbers to highlight in each column, when the check knows them */
  readonly zh?: readonly string[];
  readonly en?: readonly string[];
}

/** What the checks may use besides the alignment. Everything is optional. */
export interface CheckContext {
  /** CC-CEDICT look-ups (names by meaning and pinyin, the sentence aligner's evidence). */
  readonly dictionary?: Dictionary;
  /** The segment level, for the wording of messages ("paragraph", "sentence"). */
  readonly level?: SplitMode;
  /**
   * Align the sentences inside each paragraph pair to find omitted sentences (default true).
   * It costs about a millisecond a pair; the app may turn it off for the first pass on a big
   * document and ask `sentenceOmissions` for the visible rows instead.
   */
  readonly sentenceOmissions?: boolean;
  /** Flag unconfirmed links below this confidence (default LOW_CONFIDENCE_THRESHOLD); for calibration. */
  readonly lowConfidence?: number;
  /**
   * English characters per Chinese character for the sentence alignment inside pairs: pass
   * `documentRatio(alignment)`, computed once; without it each pair uses its own ratio, which
   * finds fewer dropped sentences.
   */
  readonly ratio?: number;
}
