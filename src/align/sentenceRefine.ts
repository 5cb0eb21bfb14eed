/**
 * Sentence refinement from clause evidence, the sentence-level twin of paragraphRefine.ts. Two
 * neighbouring sentence links are joined into one n-m link when the translator regrouped the
 * sentences: the clauses of both links are aligned together, and if (almost) no clause alignment
 * passes through the point where both links' breaks meet, a clause crosses the break (the
 * Chinese "sixteen" sits in the first English sentence, say) and the two links are one. Only
 * strong crossing evidence joins (posterior below `sentenceCrossing`). The same clause alignment
 * first looks for a better break: when it passes through another segment break of the block with
 * a posterior above `sentenceShift` (and through the links' own break below 1 − `sentenceShift`),
 * the two links are cut there instead (a dialogue line given to the wrong neighbour).
 */
import { SENTENCE_PRIORS, type AlignParams } from './alignParams';
import { makeModel } from './beadCost';
import {
  chineseUnits,
  englishUnits,
  withExtraKeys,
  type Lexicon,
  type SegmentUnits,
} from './features';
import { UnitMatcher } from './pairMatcher';
import { Arena } from './unitDrafts';
import { throughPosteriors } from './paragraphRefine';

const ZH_CLAUSE = /[^，；：,;:。！？!?…]*(?:[，；：,;:。！？!?…]+[”’」』）)》〉】"']*|$)/gu;

/** Cuts Chinese text after ，；： and sentence ends, keeping closing quotes with their clause. */
export function chineseClauses(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(ZH_CLAUSE)) {
    const s = match[0].trim();
    if (s !== '') out.push(s);
  }
  return out.length > 0 ? out : [text];
}

/**
 * Cuts English text after , ; : . ! ? and dashes followed by a space (so 3,000 and U.S. stay
 * whole), keeping closing quotes with their clause.
 */
export function englishClauses(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const cut = /(?:[,;:!?]|\.(?<![A-Z]\.)|—)+["'”’)\]]*(?=\s)/gu;
  for (const match of text.matchAll(cut)) {
    const end = match.index + match[0].length;
    const s = text.slice(start, end).trim();
    if (s !== '') out.push(s);
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest !== '') out.push(rest);
  return out.length > 0 ? out : [text];
}

/** A link of the refined path: segment ranges and the link's posterior. */
export interface RefinedLink {
  readonly i: number;
  readonly j: number;
  readonly di: number;
  readonly dj: number;
  readonly posterior: number;
}

/** Largest joined link: Chinese and English segments (gold n-m links rarely go further). */
const MAX_ZH = 4;
const MAX_EN = 6;

/** Units of the search's segments, for the cross-match screen. */
export interface CrossScreen {
  readonly src: readonly SegmentUnits[];
  readonly tgt: readonly SegmentUnits[];
  readonly vocabSize: number;
}

/**
 * Least unit weight matched across two links (the first link's Chinese in the second's English
 * and the other way round, both sides counted) for the clauses to be checked: a crossing that
 * strong is never seen with less than 4.8 on the dev corpora, and a third of the checks are
 * saved.
 */
const MIN_CROSS = 3;

/** Unit weight that a's Chinese matches in b's English and b's Chinese in a's English. */
export function crossWeight(
  segments: CrossScreen,
  matcher: UnitMatcher,
  a: RefinedLink,
  b: RefinedLink,
): number {
  let w = 0;
  for (const [x0, dx, y0, dy] of [
    [a.i, a.di, b.j, b.dj],
    [b.i, b.di, a.j, a.dj],
  ])
    for (let x = x0; x < x0 + dx; x++) {
      matcher.index(segments.src[x]);
      for (let y = y0; y < y0 + dy; y++) {
        matcher.match(segments.tgt[y]);
        w +=
          matcher.matchedSource +
          matcher.matchedTarget +
          matcher.strongSource +
          matcher.strongTarget;
      }
    }
  return w;
}

/**
 * The segment break inside the block of links s and t (other than theirs, leaving each side of
 * both new links at least one segment) that the clause alignment most probably passes through.
 */
function bestOtherBreak(
  s: RefinedLink,
  t: RefinedLink,
  zhCache: ReadonlyMap<number, { readonly texts: readonly string[] }>,
  enCache: ReadonlyMap<number, { readonly texts: readonly string[] }>,
  posteriorAt: (a: number, b: number) => number,
): { a: number; b: number; p: number } | undefined {
  // Clauses before each segment boundary of the block.
  const cuts = (
    cache: ReadonlyMap<number, { readonly texts: readonly string[] }>,
    from: number,
    to: number,
  ) => {
    const out = [0];
    for (let x = from; x < to; x++) out.push(out[out.length - 1] + cache.get(x)!.texts.length);
    return out;
  };
  const zhCut = cuts(zhCache, s.i, t.i + t.di);
  const enCut = cuts(enCache, s.j, t.j + t.dj);
  let best: { a: number; b: number; p: number } | undefined;
  for (let a = 1; a < zhCut.length - 1; a++)
    for (let b = 1; b < enCut.length - 1; b++) {
      if (a === s.di && b === s.dj) continue;
      const p = posteriorAt(zhCut[a], enCut[b]);
      if (!best || p > best.p) best = { a, b, p };
    }
  return best;
}

/**
 * Joins neighbouring links into one where a clause crosses both breaks, and moves their break
 * where the clauses clearly put it elsewhere. `links` are the search's links in order; the
 * result has the same coverage.
 */
export function refineSentences(
  srcTexts: readonly string[],
  tgtTexts: readonly string[],
  links: readonly RefinedLink[],
  lexicon: Lexicon,
  params: AlignParams,
  ratio: number,
  /** Translations learned from the document (learnTranslations.ts), added to the clauses' units. */
  learned?: ReadonlyMap<number, readonly number[]>,
  /** The segments' units and vocabulary size of the search, for the screen. */
  segments?: CrossScreen,
): RefinedLink[] {
  if (params.sentenceCrossing <= 0) return [...links];
  const matcher = segments && new UnitMatcher(segments.vocabSize);
  // Clauses are aligned as short sentences: sentence-level priors, this document's other settings.
  const model = makeModel(
    { ...params, priors: SENTENCE_PRIORS, boundaryWeight: 0 },
    ratio,
    SENTENCE_PRIORS,
  );
  const arena = new Arena();
  type Clauses = { texts: string[]; units: SegmentUnits[] };
  const zhCache = new Map<number, Clauses>();
  const enCache = new Map<number, Clauses>();
  const clausesOf = (
    cache: Map<number, Clauses>,
    from: number,
    count: number,
    texts: readonly string[],
    zh: boolean,
  ): Clauses => {
    const out: Clauses = { texts: [], units: [] };
    for (let x = from; x < from + count; x++) {
      let c = cache.get(x);
      if (!c) {
        const t = zh ? chineseClauses(texts[x]) : englishClauses(texts[x]);
        // A one-clause segment is read already (short dialogue lines often are).
        const whole = t.length === 1 ? (zh ? segments?.src[x] : segments?.tgt[x]) : undefined;
        c = {
          texts: t,
          units: whole
            ? [whole]
            : t.map((s) =>
                zh
                  ? learned && learned.size > 0
                    ? withExtraKeys(chineseUnits(s, lexicon), learned, arena)
                    : chineseUnits(s, lexicon)
                  : englishUnits(s, lexicon),
              ),
        };
        cache.set(x, c);
      }
      out.texts.push(...c.texts);
      out.units.push(...c.units);
    }
    return out;
  };
  const out: RefinedLink[] = [];
  for (let k = 0; k < links.length; k++) {
    const s = links[k];
    const t = links[k + 1];
    if (
      t &&
      s.di > 0 &&
      s.dj > 0 &&
      t.di > 0 &&
      t.dj > 0 &&
      s.di + t.di <= MAX_ZH &&
      s.dj + t.dj <= MAX_EN &&
      Math.max(s.posterior, t.posterior) < params.sentenceBelow &&
      (!segments || crossWeight(segments, matcher!, s, t) >= MIN_CROSS)
    ) {
      const zhA = clausesOf(zhCache, s.i, s.di, srcTexts, true);
      const enA = clausesOf(enCache, s.j, s.dj, tgtTexts, false);
      const zhB = clausesOf(zhCache, t.i, t.di, srcTexts, true);
      const enB = clausesOf(enCache, t.j, t.dj, tgtTexts, false);
      const posteriorAt = throughPosteriors(
        [...zhA.texts, ...zhB.texts],
        [...enA.texts, ...enB.texts],
        lexicon,
        model,
        { src: [...zhA.units, ...zhB.units], tgt: [...enA.units, ...enB.units] },
      );
      const through = posteriorAt(zhA.texts.length, enA.texts.length);
      const sure = Math.min(s.posterior, t.posterior);
      const shifted =
        params.sentenceShift > 0
          ? bestOtherBreak(s, t, zhCache, enCache, posteriorAt)
          : undefined;
      if (shifted && shifted.p > params.sentenceShift && through < 1 - params.sentenceShift) {
        // The clauses clearly prefer another break inside the block: move it there.
        const { a, b } = shifted;
        out.push({ i: s.i, j: s.j, di: a, dj: b, posterior: shifted.p });
        out.push({
          i: s.i + a,
          j: s.j + b,
          di: s.di + t.di - a,
          dj: s.dj + t.dj - b,
          posterior: shifted.p,
        });
        k++;
        continue;
      }
      if (through < params.sentenceCrossing) {
        // The joined link is no surer than its less sure part (its posterior is not known).
        out.push({ i: s.i, j: s.j, di: s.di + t.di, dj: s.dj + t.dj, posterior: sure });
        k++;
        continue;
      }
    }
    out.push(s);
  }
  return out;
}
