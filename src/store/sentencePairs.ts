/**
 * The sentence view of a paragraph pair: both sides cut into sentences and aligned with each
 * other, only that pair, so it is instant. It cuts sentences as the omission check does
 * (src/checks), and calibrates lengths on the whole document.
 */
import { alignSegments, paramsFor } from '../align/aligner';
import type { Dictionary } from '../align/dictionary';
import { documentRatio } from '../checks';
import { checksDictionary } from './checksStore';
import { splitChineseSentences, splitEnglishSentences } from '../align/sentences';
import type { Alignment, Link, Segment } from '../core/model';

export interface SentencePair {
  /** Sentences of the Chinese side (none: an added English sentence). */
  readonly zh: readonly string[];
  /** Sentences of the English side (none: an omitted Chinese sentence). */
  readonly en: readonly string[];
  readonly confidence: number;
}

export interface SentenceView {
  readonly pairs: readonly SentencePair[];
  readonly zhCount: number;
  readonly enCount: number;
  /** Pairs with a sentence on one side only. */
  readonly unpaired: number;
}

function sideText(alignment: Alignment, side: 'src' | 'tgt', link: Link): string {
  const s = side === 'src' ? alignment.source : alignment.target;
  return link[side].map((i) => s.segments[i].text).join(s.lang === 'zh' ? '' : ' ');
}

/** Cuts both sides of a link into sentences and aligns them with each other. */
export function sentenceView(
  alignment: Alignment,
  link: Link,
  dictionary?: Dictionary,
  ratio?: number,
): SentenceView {
  const zh = splitChineseSentences(sideText(alignment, 'src', link));
  const en = splitEnglishSentences(sideText(alignment, 'tgt', link));
  const beads = alignSegments(zh, en, { dictionary, params: paramsFor('sentences'), ratio });
  const pairs = beads.map((b) => ({
    zh: b.src.map((i) => zh[i]),
    en: b.tgt.map((j) => en[j]),
    confidence: b.confidence,
  }));
  return {
    pairs,
    zhCount: zh.length,
    enCount: en.length,
    unpaired: pairs.filter((p) => p.zh.length === 0 || p.en.length === 0).length,
  };
}

const ratios = new WeakMap<readonly Segment[], { tgt: readonly Segment[]; ratio?: number }>();

/**
 * The document's length ratio, as the omission check computes it (src/checks documentRatio):
 * one pair alone would calibrate on itself, and a pair missing a sentence is exactly the one
 * whose ratio is off. The same figure keeps the view and the flag in agreement.
 */
function ratioOf(alignment: Alignment): number | undefined {
  const src = alignment.source.segments;
  const tgt = alignment.target.segments;
  const hit = ratios.get(src);
  if (hit && hit.tgt === tgt) return hit.ratio;
  const ratio = documentRatio(alignment);
  ratios.set(src, { tgt, ratio });
  return ratio;
}

const cache = new WeakMap<
  Link,
  { alignment: Alignment; dictionary: Dictionary | undefined; view: SentenceView }
>();

function sameSegments(a: Alignment, b: Alignment, link: Link): boolean {
  return (
    a === b ||
    (link.src.every((i) => a.source.segments[i] === b.source.segments[i]) &&
      link.tgt.every((j) => a.target.segments[j] === b.target.segments[j]))
  );
}

/**
 * The view of a link, computed once per link object: edits replace the links they touch, so
 * an unchanged link keeps its view. A text edit keeps the link's segments' indices but not
 * the segments, so those are compared too.
 */
export function cachedSentenceView(alignment: Alignment, link: Link): SentenceView {
  // The checks' dictionary, once loaded: the view and the omission flag align alike.
  const dictionary = checksDictionary();
  const hit = cache.get(link);
  if (hit && hit.dictionary === dictionary && sameSegments(hit.alignment, alignment, link))
    return hit.view;
  const view = sentenceView(alignment, link, dictionary, ratioOf(alignment));
  cache.set(link, { alignment, dictionary, view });
  return view;
}
