/** The words of the model (see DESIGN.md): sides, segments, links, alignment, document. */

export type Lang = 'zh' | 'en';

/** What a segment is: a paragraph, a sentence, or one line of a pre-segmented text. */
export type SplitMode = 'paragraphs' | 'sentences' | 'lines';

export const SPLIT_MODES = [
  'paragraphs',
  'sentences',
  'lines',
] as const satisfies readonly SplitMode[];

export function isSplitMode(value: string): value is SplitMode {
  return (SPLIT_MODES as readonly string[]).includes(value);
}

export interface Segment {
  /** Stable across edits of other segments; new segments get fresh ids. */
  readonly id: string;
  readonly text: string;
  /** The text as imported, kept once the segment has been edited (for the diff view). */
  readonly importedText?: string;
}

export interface Side {
  readonly lang: Lang;
  readonly segments: readonly Segment[];
  /** The file this side came from, when known. */
  readonly fileName?: string;
}

export type LinkStatus = 'auto' | 'confirmed';

/** The kinds of review flag (src/checks); defined here so a link can say which it dismissed. */
export type FlagKind =
  'low-confidence' | 'unpaired' | 'omission' | 'numbers' | 'names' | 'untranslated';

/** Every kind, in the order the report and the review panel list them. */
export const FLAG_KINDS: readonly FlagKind[] = [
  'low-confidence',
  'unpaired',
  'omission',
  'numbers',
  'names',
  'untranslated',
];

/** A bead: a contiguous, possibly empty, run of segment indices on each side. */
export interface Link {
  /** Indices into the source (Chinese, left) side. */
  readonly src: readonly number[];
  /** Indices into the target (English, right) side. */
  readonly tgt: readonly number[];
  readonly status: LinkStatus;
  /** The aligner's confidence in [0, 1]; 1 for links a person made. */
  readonly confidence: number;
  readonly note?: string;
  /**
   * A person changed this link by hand (merge, split, move, detach, a text edit) and has not
   * confirmed it yet: re-aligning leaves it as it is, the row says "edited". Confirm clears it.
   */
  readonly edited?: true;
  /** Flag kinds a person looked at and found fine on this link ("this is fine"), in FLAG_KINDS order. */
  readonly dismissed?: readonly FlagKind[];
}

export interface Alignment {
  /** The original, shown in the left column. */
  readonly source: Side;
  /** The translation, shown in the right column. */
  readonly target: Side;
  readonly links: readonly Link[];
}

export interface DocumentMeta {
  readonly title?: { readonly zh?: string; readonly en?: string };
  readonly source?: string;
  readonly date?: string;
  readonly provenance?: string;
  readonly createdAt?: string;
  readonly modifiedAt?: string;
  readonly appVersion?: string;
}

/** What the app holds and saves: the alignment and what describes it. */
export interface AlignDocument {
  readonly meta: DocumentMeta;
  /** The segmentation level of both sides (written as TMX `segtype`). */
  readonly level: SplitMode;
  readonly alignment: Alignment;
}

export function makeSide(lang: Lang, texts: readonly string[], fileName?: string): Side {
  return {
    lang,
    fileName,
    segments: texts.map((text, i) => ({ id: `${lang}${i + 1}`, text })),
  };
}

/** The kind of a link as "n-m", e.g. "1-1", "2-1", "0-1". */
export function linkType(link: Link): string {
  return `${link.src.length}-${link.tgt.length}`;
}
