/** What the checks say about a link: zero or more flags, each of one kind. */
import type { Dictionary } from '../align/dictionary';
import type { SplitMode } from '../core/model';
import type { DocumentProfile, ProfileJob } from './omission';

import { FLAG_KINDS, type FlagKind } from '../core/model';
import type { FlagText } from './messages';

export { FLAG_KINDS, type FlagKind };

export function isFlagKind(value: unknown): value is FlagKind {
  return typeof value === 'string' && (FLAG_KINDS as readonly string[]).includes(value);
}

export interface Flag {
  readonly kind: FlagKind;
  /** One sentence for the user, e.g. "The Chinese has 1990, the English 1992." */
  readonly message: string;
  /**
   * The same message as catalogue keys and params (src/checks/messages.ts), for saying it in
   * another language: `renderFlagTexts(texts, templates)`. Set on every flag the checks make.
   */
  readonly texts?: readonly FlagText[];
  /** words/numbers to highlight in each column, when the check knows them */
  readonly zh?: readonly string[];
  readonly en?: readonly string[];
}

/** What the checks may use besides the alignment. Everything is optional. */
export interface CheckContext {
  /** CC-CEDICT look-ups (names by meaning and pinyin, word evidence for omissions). */
  readonly dictionary?: Dictionary;
  /** The segment level, for the wording of messages ("paragraph", "sentence"). */
  readonly level?: SplitMode;
  /**
   * The document's statistics for the omission check: pass `documentProfile(alignment,
   * dictionary)`, computed once per document. Without it checkLinks computes it from the
   * alignment it is given, and updateChecks keeps that one.
   */
  readonly profile?: DocumentProfile;
  /**
   * Or the profile computed a step at a time (the app, on a long document, in idle slices):
   * read only when a check needs it, and then finished at once if it is not done yet.
   */
  readonly profileJob?: ProfileJob;
  /**
   * Align the sentences inside each pair, which adds evidence to the omission check (default
   * true). It costs about 2 ms a pair.
   */
  readonly sentenceOmissions?: boolean;
  /**
   * checkLinks leaves the omission check of every pair for later: `refineChecks` does it a
   * chunk at a time (the app, in idle moments, the rows on screen first). Links an edit
   * touches are always checked in full.
   */
  readonly deferOmissions?: boolean;
  /**
   * checkLinks checks nothing at once: every link is left for `refineChecks`, which does the
   * cheap checks (confidence, unpaired, numbers, names, untranslated) of every link first and
   * the omission check after (the app, for a long document, in idle slices once the rows have
   * painted). Links an edit touches are always checked in full.
   */
  readonly deferChecks?: boolean;
  /** Flag unconfirmed links below this confidence (default LOW_CONFIDENCE_THRESHOLD); for calibration. */
  readonly lowConfidence?: number;
  /** Evidence needed to report an omission (default OMISSION_THRESHOLD); for calibration. */
  readonly omissionThreshold?: number;
}
