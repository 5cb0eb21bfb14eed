/**
 * The omission check: is part of the Chinese left without English? Two views of one pair are
 * scored as log-likelihood ratios ("this stretch is untranslated" against "everything is
 * translated") and added up:
 *
 * - the pair as a whole: for every run of Chinese clauses, how much more likely the pair's
 *   length ratio is without the run than with it (against the document's own ratio
 *   distribution), plus how unlikely it is that the run's words find so little English
 *   evidence (dictionary glosses, numbers, Latin tokens, pinyin names) anywhere in the pair;
 * - in a paragraph-level document, the room the run has in the English: the English between the
 *   words that find their English just before and just after the run (gap.ts), against what the
 *   run's Chinese would need;
 * - the sentences of the pair aligned with each other (the real aligner, on just this pair): a
 *   Chinese sentence left without English, or the first or last clauses of a link whose English
 *   is too short for them and holds none of their words (a dropped sentence is usually absorbed
 *   into a 2-1 link).
 *
 * The document's statistics (median and spread of the length ratio, the share of Chinese words
 * that find their English) come from `documentProfile`, computed once per document; the
 * threshold was chosen on the dev corpora (docs/checks.md). English sentences with no Chinese
 * are reported when long; the pair's English far longer than usual is reported as an addition.
 */
import { alignSegments, paramsFor } from '../align/aligner';
import type { Dictionary } from '../align/dictionary';
import {
  chineseUnits,
  contentLength,
  englishUnits,
  Lexicon,
  Vocabulary,
  type SegmentUnits,
} from '../align/features';
import { splitChineseSentences, splitEnglishSentences } from '../align/sentences';
import type { Alignment, Segment } from '../core/model';
import { anchorChain, gapAround, type AnchorChain } from './gap';
import { renderFlagTexts, type FlagText } from './messages';

/** An English sentence with no Chinese is reported from this many content characters. */
export const MIN_OMITTED_EN = 60;
/** The same for the first or last sentence of the pair's English. */
export const MIN_EDGE_EN = 25;
/** ... and when no more than this share of its words find their Chinese in the pair. */
const MAX_ADDED_MATCHED = 0.25;
/** Pairs with more sentences than this on a side are judged as a whole only (cost grows fast). */
const MAX_SENTENCES = 40;
/** Runs shorter than this (Chinese content characters) are never reported. */
const MIN_RUN = 4;

/**
 * Evidence (summed log-likelihood ratios) from which a stretch of Chinese is reported as
 * untranslated: chosen on the dev corpora (npm run eval:checks prints the trade-off; 6.5 before
 * the local gap term was added, docs/checks.md).
 */
export const OMISSION_THRESHOLD = 8.5;
/**
 * The same for a document aligned sentence by sentence (`DocumentProfile.sentenceLinks`): there
 * a stretch of Chinese without its English in the link is usually a boundary in the wrong place
 * (its English sits in the next link), not a translator's condensing, and a link has fewer
 * words to give evidence. Chosen on mac-dev, aca and mag (docs/checks.md).
 */
export const OMISSION_THRESHOLD_SENTENCE_LINKS = 4;
/** The English is reported as much longer than usual this many robust deviations above. */
export const RATIO_Z_LONG = 3.5;

/** Chance matches: a Chinese word meets one of W English words' keys with 1 - exp(-λW). */
const LAMBDA = 0.0047;
/** Chance that a word of an untranslated run still finds its gloss somewhere in the pair. */
const PAIR_CHANCE = 0.1;
/** Inside one aligned link, lengths vary more and words match less than over a whole pair. */
const LINK_SPREAD = 1.5;
const LINK_MATCH = 0.8;
/** Short texts have noisier ratios: the spread is widened by √(1 + C / length). */
const PAIR_WIDEN = 40;
const LINK_WIDEN = 10;
/**
 * The local gap (gap.ts): the share of gaps whose anchors mislead (a chance match of a common
 * word), whose log ratio then lies anywhere in a range this wide; and the Chinese characters
 * (with their English) added to both sides of a gap for the uncertainty of an anchor's place.
 */
const GAP_OUTLIER = 0.1;
const GAP_RANGE = 4;
const GAP_PAD = 4;

/** What the omission check knows of the whole document. */
export interface DocumentProfile {
  /** English content characters per Chinese one (as `documentRatio`), for the sentence aligner. */
  readonly ratio: number | undefined;
  /** Median log length ratio (English / Chinese content characters) of the pairs. */
  readonly median: number;
  /** Robust spread of that log ratio (1.4826 × median absolute deviation). */
  readonly sigma: number;
  /** Share of Chinese words (with English evidence at all) found in their pair's English. */
  readonly matchRate: number;
  /**
   * The links hold single sentences (most sampled links' Chinese is one sentence): the omission
   * check then uses OMISSION_THRESHOLD_SENTENCE_LINKS. Absent: a paragraph-level document.
   */
  readonly sentenceLinks?: boolean;
}

/** Pairs shorter than this on the Chinese side have too noisy a ratio to calibrate on. */
const MIN_RATIO_ZH = 12;
/** Links sampled for the match rate: enough for two decimals, cheap on a long book. */
const MATCH_SAMPLE = 200;
const DEFAULT_SIGMA = 0.2;
const DEFAULT_MATCH_RATE = 0.4;
/**
 * A document is aligned by sentences when fewer than this share of its sampled links hold more
 * than one Chinese sentence (sentence alignments of the dev corpora: 4-16%; paragraph ones:
 * 77-85%).
 */
const MAX_MULTI_SENTENCE_SHARE = 0.5;
/** Fewer sampled links than this say nothing about the document's kind. */
const MIN_KIND_SAMPLE = 8;

/** Content characters of all the segments (as documentRatio counts), a step per 1,000. */
function* totalCharsSteps(segments: readonly Segment[]): Generator<void, number, void> {
  let n = 0;
  for (let k = 0; k < segments.length; k++) {
    if (k > 0 && k % 1000 === 0) yield;
    n += contentLength(segments[k].text);
  }
  return n;
}

function joinSide(segments: readonly Segment[], indices: readonly number[], sep: string): string {
  return indices.map((i) => segments[i].text).join(sep);
}

function median(sorted: readonly number[]): number {
  const n = sorted.length;
  return n % 2 === 1 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

/**
 * The document's statistics for the omission check: computed once (at open, in the CLI), never
 * inside updateChecks, so an edit never re-checks every pair. Lengths over every paired link;
 * the match rate over up to 200 of them, evenly spread.
 */
export function documentProfile(alignment: Alignment, dictionary?: Dictionary): DocumentProfile {
  const steps = documentProfileSteps(alignment, dictionary);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Links measured between two steps of documentProfileSteps. */
const PROFILE_STEP_LINKS = 500;
/** Sampled links matched between two steps (each reads its words in the dictionary). */
const PROFILE_STEP_SAMPLES = 8;

/**
 * documentProfile a step at a time (the app computes it in idle slices on a long document):
 * each `next()` does a few milliseconds of the work; the last returns the profile, the same
 * as documentProfile's.
 */
export function* documentProfileSteps(
  alignment: Alignment,
  dictionary?: Dictionary,
): Generator<void, DocumentProfile, void> {
  const zhAll = yield* totalCharsSteps(alignment.source.segments);
  const enAll = yield* totalCharsSteps(alignment.target.segments);
  const ratio =
    zhAll === 0 || enAll === 0 ? undefined : Math.max(0.05, Math.round((enAll / zhAll) * 20) / 20);
  const src = alignment.source.segments;
  const tgt = alignment.target.segments;
  const logs: number[] = [];
  const paired: number[] = [];
  for (let k = 0; k < alignment.links.length; k++) {
    if (k > 0 && k % PROFILE_STEP_LINKS === 0) yield;
    const l = alignment.links[k];
    if (l.src.length === 0 || l.tgt.length === 0) continue;
    let zh = 0;
    let en = 0;
    for (const i of l.src) zh += contentLength(src[i].text);
    for (const j of l.tgt) en += contentLength(tgt[j].text);
    if (zh < MIN_RATIO_ZH || en === 0) continue;
    logs.push(Math.log(en / zh));
    paired.push(k);
  }
  yield;
  let mid = Math.log(ratio ?? 3);
  let sigma = DEFAULT_SIGMA;
  if (logs.length >= 8) {
    logs.sort((a, b) => a - b);
    mid = median(logs);
    const dev = logs.map((x) => Math.abs(x - mid)).sort((a, b) => a - b);
    sigma = Math.max(0.08, 1.4826 * median(dev));
    yield;
  }
  let units = 0;
  let matched = 0;
  let sampled = 0;
  let multiSentence = 0;
  const step = Math.max(1, Math.ceil(paired.length / MATCH_SAMPLE));
  const lexicon = lexiconFor(dictionary);
  for (let s = 0, n = 0; s < paired.length; s += step, n++) {
    if (n > 0 && n % PROFILE_STEP_SAMPLES === 0) yield;
    const l = alignment.links[paired[s]];
    const enKeys = keySet(englishUnits(joinSide(tgt, l.tgt, ' '), lexicon));
    const zh = joinSide(src, l.src, '');
    sampled++;
    if (splitChineseSentences(zh).length > 1) multiSentence++;
    for (const c of clausesOf(zh)) {
      const u = chineseUnits(c, lexicon);
      units += unitCount(u);
      matched += matchedUnits(u, enKeys);
    }
  }
  const matchRate =
    units >= 50 ? Math.min(0.8, Math.max(0.15, matched / units)) : DEFAULT_MATCH_RATE;
  const sentenceLinks =
    sampled >= MIN_KIND_SAMPLE && multiSentence < MAX_MULTI_SENTENCE_SHARE * sampled;
  return { ratio, median: mid, sigma, matchRate, ...(sentenceLinks ? { sentenceLinks } : {}) };
}

/** documentProfileSteps driven from outside: a few steps now, the rest when asked. */
export class ProfileJob {
  private readonly steps: Generator<void, DocumentProfile, void>;
  private result: DocumentProfile | undefined;

  constructor(alignment: Alignment, dictionary?: Dictionary) {
    this.steps = documentProfileSteps(alignment, dictionary);
  }

  get done(): boolean {
    return this.result !== undefined;
  }

  /** Does steps until the profile is there or `stop()` says so; true when it is there. */
  advance(stop: () => boolean): boolean {
    while (this.result === undefined) {
      const step = this.steps.next();
      if (step.done) this.result = step.value;
      else if (stop()) break;
    }
    return this.result !== undefined;
  }

  /** The profile, its remaining steps done now if need be. */
  get profile(): DocumentProfile {
    this.advance(() => false);
    return this.result!;
  }
}

// ---------------------------------------------------------------- evidence

/** Words, numbers and Latin tokens count; punctuation says nothing about omissions. */
const EVIDENCE_WEIGHTS = { word: 1, number: 1, latin: 1, punctuation: 0 };

/**
 * One look-up cache per dictionary, shared by every check: a Lexicon is costly to set up
 * (the compiled dictionary's keyword table) and its caches are what make look-ups fast. Only
 * key equality within one call matters, so sharing it changes no result. Started afresh when
 * it has seen very many words.
 */
const lexicons = new WeakMap<object, Lexicon>();
const NO_DICTIONARY = {};
function lexiconFor(dictionary: Dictionary | undefined): Lexicon {
  const owner = dictionary ?? NO_DICTIONARY;
  let lexicon = lexicons.get(owner);
  if (!lexicon || lexicon.vocab.size > 500_000) {
    lexicon = new Lexicon(new Vocabulary(), dictionary, EVIDENCE_WEIGHTS);
    lexicons.set(owner, lexicon);
  }
  return lexicon;
}

/**
 * Words of two neighbouring links found across their boundary: the units of A's Chinese whose
 * English is in B's English and not in A's, plus the same the other way (the boundary check,
 * boundary.ts: a link cut at the wrong sentence leaves its words in its neighbour).
 */
export function crossMatches(
  zhA: string,
  enA: string,
  zhB: string,
  enB: string,
  dictionary: Dictionary | undefined,
): number {
  const lexicon = lexiconFor(dictionary);
  const keysA = keySet(englishUnits(enA, lexicon));
  const keysB = keySet(englishUnits(enB, lexicon));
  return (
    matchedOnlyIn(chineseUnits(zhA, lexicon), keysB, keysA) +
    matchedOnlyIn(chineseUnits(zhB, lexicon), keysA, keysB)
  );
}

/** Units matched in `there` and not in `here`. */
function matchedOnlyIn(
  u: SegmentUnits,
  there: ReadonlySet<number>,
  here: ReadonlySet<number>,
): number {
  const { store } = u;
  let n = 0;
  for (let g = u.first; g < u.first + u.count; g++) {
    if (store.weights[g] <= 0) continue;
    let inThere = false;
    let inHere = false;
    for (let k = store.keyStart[g]; k < store.keyStart[g + 1]; k++) {
      if (there.has(store.keys[k])) inThere = true;
      if (here.has(store.keys[k])) inHere = true;
    }
    if (inThere && !inHere) n++;
  }
  return n;
}

/** A clause that only says who speaks: 韦小宝道：, 海老公问道：, 她笑着说： */
const SPEECH_TAG = /^[^，。！？“”]{1,10}(?:道|说|问|答|叫|喊|笑)(?:道)?[：:]\s*$/u;

const CLAUSE = /[^，。！？；：…,;:!?]*[，。！？；：…,;:!?]*[”’」』）)]*/gu;

/** Chinese clauses: cut after ，。！？；： and …, keeping closing quotes with their clause. */
export function clausesOf(zh: string): string[] {
  const out: string[] = [];
  for (const m of zh.matchAll(CLAUSE)) if (contentLength(m[0]) > 0) out.push(m[0]);
  return out;
}

/** Units that weigh (punctuation weighs nothing here). */
function unitCount(u: SegmentUnits): number {
  let n = 0;
  for (let g = u.first; g < u.first + u.count; g++) if (u.store.weights[g] > 0) n++;
  return n;
}

function keySet(u: SegmentUnits): Set<number> {
  const out = new Set<number>();
  addKeys(u, out);
  return out;
}

function addKeys(u: SegmentUnits, out: Set<number>): void {
  const { store } = u;
  for (let g = u.first; g < u.first + u.count; g++) {
    if (store.weights[g] <= 0) continue;
    for (let k = store.keyStart[g]; k < store.keyStart[g + 1]; k++) out.add(store.keys[k]);
  }
}

function matchedUnits(u: SegmentUnits, keys: ReadonlySet<number>): number {
  const { store } = u;
  let matched = 0;
  for (let g = u.first; g < u.first + u.count; g++) {
    if (store.weights[g] <= 0) continue;
    for (let k = store.keyStart[g]; k < store.keyStart[g + 1]; k++) {
      if (keys.has(store.keys[k])) {
        matched++;
        break;
      }
    }
  }
  return matched;
}

interface Clause {
  readonly text: string;
  readonly length: number;
  /** Units with English evidence (words, numbers, Latin tokens) and how many of them matched. */
  readonly units: number;
  readonly inPair: number;
  readonly inLink: number;
}

interface MeasuredClause extends Clause {
  readonly u: SegmentUnits;
}

interface Run {
  readonly score: number;
  readonly clauses: readonly Clause[];
  /** Whole sentences the sentence alignment left without English. */
  readonly lone?: boolean;
}

const NO_RUN: Run = { score: -Infinity, clauses: [] };

function better(a: Run, b: Run): Run {
  return b.score > a.score ? b : a;
}

/** log N(x; median, sd) of a pair of `zh` Chinese and `en` English characters. */
function lengthLog(zh: number, en: number, mid: number, sigma: number, widen: number): number {
  const sd = sigma * Math.sqrt(1 + widen / zh);
  const d = Math.log(en / zh) - mid;
  return -(d * d) / (2 * sd * sd) - Math.log(sd);
}

/** Evidence that `run` is untranslated: its words' matches, and the lengths without it. */
function runScore(
  run: readonly Clause[],
  restLength: number,
  enLength: number,
  matched: (c: Clause) => number,
  p: number,
  q: number,
  mid: number,
  sigma: number,
  widen: number,
): number {
  let k = 0;
  let m = 0;
  let length = 0;
  for (const c of run) {
    k += c.units;
    m += matched(c);
    length += c.length;
  }
  if (length < MIN_RUN) return -Infinity;
  const lexical = m * Math.log(q / p) + (k - m) * Math.log((1 - q) / (1 - p));
  if (enLength === 0 || restLength === 0) return lexical;
  return (
    lexical +
    lengthLog(restLength, enLength, mid, sigma, widen) -
    lengthLog(restLength + length, enLength, mid, sigma, widen)
  );
}

function sumLength(clauses: readonly Clause[]): number {
  let n = 0;
  for (const c of clauses) n += c.length;
  return n;
}

/** log of N(0, 1)'s density at 0 as lengthLog leaves it out: -½ log 2π. */
const LOG_NORMAL_PEAK = -0.5 * Math.log(2 * Math.PI);

/**
 * log-density of the English room `en` for `zh` Chinese characters between two anchors: the
 * document's ratio distribution, except that a share GAP_OUTLIER of gaps (misleading anchors)
 * may have any log ratio in a range GAP_RANGE wide. The mixture bounds what one gap can say
 * (about ±4 with the dev texts' spreads), so a single chance anchor cannot decide.
 */
function gapLog(zh: number, en: number, mid: number, sigma: number, ratio: number): number {
  const l = lengthLog(zh + GAP_PAD, en + GAP_PAD * ratio, mid, sigma, PAIR_WIDEN);
  return Math.log((1 - GAP_OUTLIER) * Math.exp(l + LOG_NORMAL_PEAK) + GAP_OUTLIER / GAP_RANGE);
}

/**
 * The pair as a whole: the best run of clauses to call untranslated. With `chain` (the anchors
 * of a paragraph-level pair, gap.ts) the English room between the anchors around each run is
 * weighed too: a run whose neighbours' translations meet in the English leaves no room for it.
 */
function pairRun(
  clauses: readonly Clause[],
  enLength: number,
  profile: DocumentProfile,
  chain?: AnchorChain,
): Run {
  const p = profile.matchRate;
  const hit = Math.log(PAIR_CHANCE / p);
  const miss = Math.log((1 - PAIR_CHANCE) / (1 - p));
  const { median: mid, sigma } = profile;
  const total = sumLength(clauses);
  const whole = lengthLog(total, enLength, mid, sigma, PAIR_WIDEN);
  const ratio = Math.exp(mid);
  const gap = chain ? gapAround(chain, clauses, total, enLength) : undefined;
  const gapScore = (i: number, j: number, length: number): number => {
    if (!gap) return 0;
    const zh = gap.zh(i, j);
    const en = gap.en(i, j);
    return (
      gapLog(Math.max(zh - length, 0), en, mid, sigma, ratio) - gapLog(zh, en, mid, sigma, ratio)
    );
  };
  let best = -Infinity;
  let from = 0;
  let to = 0;
  // Every run but the whole pair, with running sums (a long paragraph has a hundred clauses).
  for (let i = 0; i < clauses.length; i++) {
    let k = 0;
    let m = 0;
    let length = 0;
    for (let j = i; j < clauses.length && j - i + 1 < clauses.length; j++) {
      const c = clauses[j];
      k += c.units;
      m += c.inPair;
      length += c.length;
      if (length < MIN_RUN || length >= total) continue;
      const score =
        m * hit +
        (k - m) * miss +
        lengthLog(total - length, enLength, mid, sigma, PAIR_WIDEN) -
        whole +
        gapScore(i, j, length);
      if (score > best) {
        best = score;
        from = i;
        to = j + 1;
      }
    }
  }
  return best === -Infinity ? NO_RUN : { score: best, clauses: clauses.slice(from, to) };
}

interface AlignedLink {
  readonly clauses: readonly Clause[];
  readonly enLength: number;
  readonly enUnits: number;
}

/** The sentence links of the pair: the first or last clauses of a link, or a lone sentence. */
function linkRun(links: readonly AlignedLink[], profile: DocumentProfile): Run {
  const p = profile.matchRate * LINK_MATCH;
  const sigma = profile.sigma * LINK_SPREAD;
  const score = (
    run: readonly Clause[],
    rest: readonly Clause[],
    link: AlignedLink,
    lone: boolean,
  ) =>
    runScore(
      run,
      sumLength(rest),
      link.enLength,
      lone ? () => 0 : (c) => c.inLink,
      p,
      Math.min(1 - Math.exp(-LAMBDA * Math.max(link.enUnits, 1)), 0.9 * p),
      profile.median,
      sigma,
      LINK_WIDEN,
    );
  let best = NO_RUN;
  links.forEach((link, b) => {
    const cl = link.clauses;
    if (cl.length === 0) return;
    if (link.enLength === 0) {
      // A Chinese sentence left alone: judged with the English of the link next to it.
      const before = b > 0 && links[b - 1].enLength > 0 ? links[b - 1] : undefined;
      const after = b + 1 < links.length && links[b + 1].enLength > 0 ? links[b + 1] : undefined;
      const next = before ?? after;
      if (next)
        best = better(best, {
          score: score(cl, next.clauses, next, true),
          clauses: cl,
          lone: true,
        });
      return;
    }
    for (let k = 1; k < cl.length; k++) {
      const head = cl.slice(0, k);
      const tail = cl.slice(cl.length - k);
      best = better(best, { score: score(head, cl.slice(k), link, false), clauses: head });
      best = better(best, {
        score: score(tail, cl.slice(0, cl.length - k), link, false),
        clauses: tail,
      });
    }
  });
  return best;
}

export interface OmissionFinding {
  readonly message: string;
  readonly texts: readonly FlagText[];
  readonly zh: readonly string[];
  readonly en: readonly string[];
  /** The evidence, for calibration (summed log-likelihood ratios; ≥ the threshold to report). */
  readonly score: number;
}

export interface OmissionOptions {
  readonly dictionary?: Dictionary;
  readonly profile: DocumentProfile;
  /** Align the sentences of the pair too (the costly part, about 2 ms a pair). */
  readonly sentences?: boolean;
  readonly threshold?: number;
}

/** A clause's own stop at the end of an excerpt: “把他看到没了脾气” rather than “…脾气，”. */
const CLAUSE_STOP = /[，、；：,;:\s]+$/u;

/** The excerpt a message quotes: at most `max` characters, without a trailing clause stop. */
function shorten(text: string, max = 40): string {
  const t = text.trim().replace(CLAUSE_STOP, '');
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

interface Assessment {
  readonly best: Run;
  readonly enLost: readonly string[];
  readonly zhSentences: readonly string[];
}

function assess(zhText: string, enText: string, options: OmissionOptions): Assessment | null {
  const { dictionary, profile } = options;
  const lexicon = lexiconFor(dictionary);
  const enLength = contentLength(enText);
  if (enLength === 0 || contentLength(zhText) === 0) return null;
  const pairKeys = keySet(englishUnits(enText, lexicon));
  const zhSentences = splitChineseSentences(zhText);
  const sentenceClauses: MeasuredClause[][] = zhSentences.map((s) =>
    clausesOf(s).map((text) => {
      const u = chineseUnits(text, lexicon);
      const inPair = matchedUnits(u, pairKeys);
      return { text, length: contentLength(text), units: unitCount(u), u, inPair, inLink: 0 };
    }),
  );
  const clauses = sentenceClauses.flat();
  // In a sentence-level document a link is a sentence: the gaps inside it say nothing new.
  const chain = profile.sentenceLinks ? undefined : anchorChain(clauses, enText, lexicon);
  let best = pairRun(clauses, enLength, profile, chain);
  const pairScore = best.score;
  const enLost: string[] = [];
  const en = options.sentences !== false ? splitEnglishSentences(enText) : [];
  if (
    zhSentences.length > 0 &&
    en.length > 0 &&
    zhSentences.length + en.length >= 3 &&
    zhSentences.length <= MAX_SENTENCES &&
    en.length <= MAX_SENTENCES
  ) {
    const links = alignSegments(zhSentences, en, {
      dictionary,
      params: paramsFor('sentences'),
      ...(profile.ratio ? { ratio: profile.ratio } : {}),
    });
    const aligned: AlignedLink[] = links.map((l) => {
      const linkEn = l.tgt.map((j) => en[j]).join(' ');
      const eu = englishUnits(linkEn, lexicon);
      const keys = keySet(eu);
      return {
        clauses: l.src.flatMap((i) =>
          sentenceClauses[i].map((c) => ({ ...c, inLink: matchedUnits(c.u, keys) })),
        ),
        enLength: contentLength(linkEn),
        enUnits: unitCount(eu),
      };
    });
    const local = linkRun(aligned, profile);
    // The sentence view only adds evidence: the pair's own score is the floor. The stretch
    // named is a sentence the sentence view shows alone (so the two agree), else the one with
    // more evidence of its own.
    if (local.score > 0)
      best = {
        score: pairScore + local.score,
        clauses: local.lone || local.score > pairScore ? local.clauses : best.clauses,
      };
    const zhKeys = new Set<number>();
    for (const c of clauses) addKeys(c.u, zhKeys);
    for (const l of links) {
      if (l.src.length > 0) continue;
      for (const j of l.tgt) {
        // At either end of the pair a lone sentence may belong to the neighbouring pair.
        const edge = j === 0 || j === en.length - 1;
        if (contentLength(en[j]) < (edge ? MIN_EDGE_EN : MIN_OMITTED_EN)) continue;
        // A sentence whose words the Chinese holds is only cut differently.
        const u = englishUnits(en[j], lexicon);
        if (matchedUnits(u, zhKeys) > MAX_ADDED_MATCHED * unitCount(u)) continue;
        enLost.push(en[j]);
      }
    }
  }
  return { best, enLost, zhSentences };
}

/** The evidence that part of the Chinese is untranslated (compared with the threshold). */
export function omissionScore(zhText: string, enText: string, options: OmissionOptions): number {
  return assess(zhText, enText, options)?.best.score ?? -Infinity;
}

/**
 * Stretches of one side with no counterpart on the other, in one pair: Chinese left
 * untranslated, or a long English sentence with no Chinese (found by the sentence alignment).
 */
export function findOmissions(
  zhText: string,
  enText: string,
  options: OmissionOptions,
): OmissionFinding | null {
  const found = assess(zhText, enText, options);
  if (!found) return null;
  const { best, enLost, zhSentences } = found;
  const threshold =
    options.threshold ??
    (options.profile.sentenceLinks ? OMISSION_THRESHOLD_SENTENCE_LINKS : OMISSION_THRESHOLD);
  // Who speaks (韦小宝道：) is routinely left to the quotation marks: no omission alone.
  const onlyTags = best.clauses.every((c) => SPEECH_TAG.test(c.text));
  const zhLost = best.score >= threshold && !onlyTags ? best.clauses.map((c) => c.text) : [];
  if (zhLost.length === 0 && enLost.length === 0) return null;
  const texts: FlagText[] = [];
  if (zhLost.length > 0) {
    const text = zhLost.join('');
    const whole = zhSentences.some((s) => text.includes(s));
    texts.push({
      key: whole ? 'flag.msg.omission.zhSentence' : 'flag.msg.omission.zhPart',
      params: { text: shorten(text) },
    });
  }
  if (enLost.length > 0) {
    texts.push(
      enLost.length === 1
        ? { key: 'flag.msg.omission.enSentence', params: { text: shorten(enLost[0]) } }
        : {
            key: 'flag.msg.omission.enSentences',
            params: { count: enLost.length, text: shorten(enLost[0]) },
          },
    );
  }
  return {
    message: renderFlagTexts(texts),
    texts,
    zh: zhLost.length > 0 ? [zhLost.join('')] : [],
    en: enLost,
    score: best.score,
  };
}

/**
 * The sentence part of the omission check for one pair, on demand (the view of a pair in a
 * long document). Same verdict as the check with `sentenceOmissions` on.
 */
export function sentenceOmissions(
  zhText: string,
  enText: string,
  dictionary: Dictionary | undefined,
  profile: DocumentProfile,
): OmissionFinding | null {
  return findOmissions(zhText, enText, { dictionary, profile });
}

// ---------------------------------------------------------------- length ratio

/** How far above the document's usual ratio a pair's English lies, in robust deviations. */
export function ratioScore(zhLen: number, enLen: number, profile: DocumentProfile): number {
  const x = Math.log(Math.max(enLen, 1) / zhLen);
  return (x - profile.median) / (profile.sigma * Math.sqrt(1 + PAIR_WIDEN / zhLen));
}

/** An English far longer than usual for its Chinese: something may be added. */
export function additionMessage(
  zhLen: number,
  enLen: number,
  profile: DocumentProfile,
): FlagText | null {
  if (zhLen < MIN_RATIO_ZH || enLen === 0) return null;
  if (ratioScore(zhLen, enLen, profile) < RATIO_Z_LONG) return null;
  const share = Math.round((100 * (enLen / zhLen)) / Math.exp(profile.median));
  return { key: 'flag.msg.omission.longer', params: { share } };
}
