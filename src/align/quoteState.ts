/**
 * Quote state: is the text inside a quotation at the end of a segment? Dialogue is cut into
 * sentences differently on the two sides, and a link whose last Chinese sentence ends inside a
 * quotation while its last English one ends outside (or the reverse) has most likely cut the
 * dialogue at the wrong place. The state is carried from segment to segment through the document,
 * since a quotation often runs over several sentences.
 */
import type { AlignParams } from './alignParams';
import type { Model } from './beadCost';
import type { Step } from './problem';

/** A stack of open quotation kinds; the text is inside a quotation while it is not empty. */
class QuoteStack {
  private readonly open: number[] = [];
  /** An opening mark of a kind already open on top re-opens it (a quotation over paragraphs). */
  push(kind: number): void {
    if (this.open[this.open.length - 1] !== kind) this.open.push(kind);
  }
  /** A closing mark closes its kind (and anything opened inside it); a stray one is ignored. */
  pop(kind: number): void {
    const at = this.open.lastIndexOf(kind);
    if (at >= 0) this.open.length = at;
  }
  get inside(): boolean {
    return this.open.length > 0;
  }
}

/** Chinese marks by code unit: the kind of an opening mark “「『‘, and of a closing one ”」』’. */
function zhOpening(c: number): number {
  return c === 0x201c ? 0 : c === 0x300c ? 1 : c === 0x300e ? 2 : c === 0x2018 ? 3 : -1;
}
function zhClosing(c: number): number {
  return c === 0x201d ? 0 : c === 0x300d ? 1 : c === 0x300f ? 2 : c === 0x2019 ? 3 : -1;
}

/** Every mark zhOpening or zhClosing knows. */
const ZH_MARKS = /[\u2018\u2019\u201c\u201d\u300c-\u300f]/g;

/** Chinese: “「『‘ open and ”」』’ close (the marks are unambiguous). 1 = inside at the end. */
export function chineseQuoteStates(texts: readonly string[], opens?: Int32Array): Uint8Array {
  const out = new Uint8Array(texts.length);
  const stack = new QuoteStack();
  texts.forEach((text, k) => {
    // The marks found by a regular expression: a native scan, faster than a loop in JavaScript.
    ZH_MARKS.lastIndex = 0;
    while (ZH_MARKS.exec(text) !== null) {
      const c = text.charCodeAt(ZH_MARKS.lastIndex - 1);
      const o = zhOpening(c);
      if (o >= 0) {
        stack.push(o);
        if (opens) opens[k + 1]++;
      } else {
        const x = zhClosing(c);
        if (x >= 0) stack.pop(x);
      }
    }
    out[k] = stack.inside ? 1 : 0;
  });
  return out;
}

const DOUBLE = 0;
const SINGLE = 1;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
const OPENS_AFTER = /[([{\u2014\u2013\-"'“‘:]/u;
const CLOSES_BEFORE = /[.,;:!?)\]}\u2014\u2013\-…"'”’]/u;
/** White space then a lower-case letter, from lastIndex. */
const SPACES_THEN_LOWER = /\s+\p{Ll}/uy;

/**
 * What the character class tests say of text[q] (a code unit; '' outside the text). ASCII is
 * answered from the code, the rest by the regular expressions.
 */
function letterOrDigitAt(text: string, q: number): boolean {
  if (q < 0 || q >= text.length) return false;
  const c = text.charCodeAt(q);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  return LETTER_OR_DIGIT.test(text[q]);
}
/** '' (outside the text) counts as white space. */
function spaceAt(text: string, q: number): boolean {
  if (q < 0 || q >= text.length) return true;
  const c = text.charCodeAt(q);
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return SPACE.test(text[q]);
}
/** Before an opening quote: the start, a space, an opening bracket, a dash or another quote. */
function opensAfter(text: string, q: number): boolean {
  if (spaceAt(text, q)) return true;
  const c = text.charCodeAt(q);
  if (c < 0x80)
    return (
      c === 0x28 || c === 0x5b || c === 0x7b || c === 0x2d || c === 0x22 || c === 0x27 || c === 0x3a
    );
  return OPENS_AFTER.test(text[q]);
}
/** After a closing quote: the end, a space, or punctuation. */
function closesBefore(text: string, q: number): boolean {
  if (spaceAt(text, q)) return true;
  const c = text.charCodeAt(q);
  if (c < 0x80) return '.,;:!?)]}-"\''.includes(text[q]);
  return CLOSES_BEFORE.test(text[q]);
}

/**
 * What an English quote mark at position p does, judged by its neighbours: 'open', 'close' or
 * null (an apostrophe: don't, the boys' toys, '90s are not quotation marks).
 */
export function englishQuoteRole(text: string, p: number): 'open' | 'close' | null {
  const c = text[p];
  if (c === '“' || c === '‘') return 'open';
  if (c === '”') return 'close';
  if (letterOrDigitAt(text, p - 1) && letterOrDigitAt(text, p + 1)) return null; // don't, Xi'an
  const single = c === "'" || c === '’';
  // A plural possessive (the storytellers' tales) looks like a closing quote before a word.
  if (single && p > 0 && text.charCodeAt(p - 1) === 0x73 && spaceAt(text, p + 1)) {
    SPACES_THEN_LOWER.lastIndex = p + 1;
    if (SPACES_THEN_LOWER.test(text)) return null;
  }
  const canOpen = opensAfter(text, p - 1) && !spaceAt(text, p + 1);
  const canClose = !spaceAt(text, p - 1) && closesBefore(text, p + 1);
  if (canOpen && !canClose) return 'open';
  if (canClose && !canOpen) return 'close';
  return null;
}

/** The English quote marks: " ' “ ” ‘ ’. */
const EN_MARKS = /["'\u2018\u2019\u201c\u201d]/g;

/** English: curly marks by shape, straight ones (and ’) by their neighbours. 1 = inside at the end. */
export function englishQuoteStates(texts: readonly string[], opens?: Int32Array): Uint8Array {
  const out = new Uint8Array(texts.length);
  const stack = new QuoteStack();
  texts.forEach((text, k) => {
    EN_MARKS.lastIndex = 0;
    while (EN_MARKS.exec(text) !== null) {
      const p = EN_MARKS.lastIndex - 1;
      const code = text.charCodeAt(p);
      const role = englishQuoteRole(text, p);
      if (role === null) continue;
      const kind = code === 0x22 || code === 0x201c || code === 0x201d ? DOUBLE : SINGLE;
      if (role === 'open') {
        stack.push(kind);
        if (opens) opens[k + 1]++;
      } else stack.pop(kind);
    }
    out[k] = stack.inside ? 1 : 0;
  });
  return out;
}

/** The quote state at the end of every segment of both sides. */
export interface QuoteStates {
  readonly src: Uint8Array;
  readonly tgt: Uint8Array;
  /** Prefix sums of opening marks (quotations started) per segment. */
  readonly srcOpens: Int32Array;
  readonly tgtOpens: Int32Array;
}

export function quoteStates(srcTexts: readonly string[], tgtTexts: readonly string[]): QuoteStates {
  const srcOpens = new Int32Array(srcTexts.length + 1);
  const tgtOpens = new Int32Array(tgtTexts.length + 1);
  const src = chineseQuoteStates(srcTexts, srcOpens);
  const tgt = englishQuoteStates(tgtTexts, tgtOpens);
  for (let k = 0; k < srcTexts.length; k++) srcOpens[k + 1] += srcOpens[k];
  for (let k = 0; k < tgtTexts.length; k++) tgtOpens[k + 1] += tgtOpens[k];
  return makeQuoteStates(src, tgt, srcOpens, tgtOpens);
}

/** A QuoteStates object: every maker of one makes it here, so that they all have one shape. */
export function makeQuoteStates(
  src: Uint8Array,
  tgt: Uint8Array,
  srcOpens: Int32Array,
  tgtOpens: Int32Array,
): QuoteStates {
  return { src, tgt, srcOpens, tgtOpens };
}

/**
 * The cost a link pays when its last Chinese and last English segments end in different quote
 * states, estimated from a first path: the log-likelihood ratio of a disagreement between random
 * partners (segments chanceOffset apart) and between linked segments, times quoteWeight. 0 when quotes
 * tell nothing in this document (no quotation marks on one side, or agreement no better than chance).
 */
export function quoteMismatchCost(
  q: Pick<QuoteStates, 'src' | 'tgt'>,
  path: readonly Step[],
  model: Pick<Model, 'shapes'>,
  params: Pick<AlignParams, 'chanceOffset' | 'quoteWeight'>,
): number {
  const { shapes } = model;
  const offset = params.chanceOffset;
  let agree = 0;
  let links = 0;
  let randAgree = 0;
  let rand = 0;
  const m = q.tgt.length;
  for (const s of path) {
    const [di, dj] = shapes[s.shape];
    if (di === 0 || dj === 0) continue;
    const x = s.i + di - 1;
    const y = s.j + dj - 1;
    links++;
    if (q.src[x] === q.tgt[y]) agree++;
    for (const off of [-offset, offset]) {
      const r = y + off;
      if (r < 0 || r >= m) continue;
      rand++;
      if (q.src[x] === q.tgt[r]) randAgree++;
    }
  }
  if (links < 8 || rand === 0) return 0;
  // Add-one smoothing keeps the ratio finite when every link agrees.
  const pLink = (agree + 1) / (links + 2);
  const pRand = (randAgree + 1) / (rand + 2);
  if (pLink <= pRand) return 0;
  return params.quoteWeight * Math.log((1 - pRand) / (1 - pLink));
}
