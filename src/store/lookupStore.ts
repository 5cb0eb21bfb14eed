/**
 * Word look-up: which word of which row is being looked up, and what the popover says about
 * it. View state only (not the document, not history). The dictionary and the glosses load on
 * the first look-up; until then the target is known and the popover says it is loading.
 */
import { defineSlice } from './rootStore';
import { useStore } from 'zustand';
import type { Alignment, Link } from '../core/model';
import type { SideKey } from '../core/operations';
import { describeWord, type LookupLanguage, type LookupView } from '../lookup/describe';
import { rowEvidence, wordAt, type RowEvidence } from '../lookup/evidence';
import { fetchLookupData, type LookupData } from './lookupData';
import { reasonOf } from './messages';

/** Hover: goes when the pointer leaves the word. Pinned: asked by key or by selecting text. */
export type LookupVia = 'hover' | 'pinned';

export interface LookupTarget {
  /** The alignment the target is in: a different one (an edit) closes the look-up. */
  readonly alignment: Alignment;
  readonly link: number;
  readonly side: SideKey;
  readonly via: LookupVia;
  /** Segment index and code-unit offset asked for (kept while the dictionary loads). */
  readonly segment: number;
  readonly offset: number;
}

export interface LookupState {
  readonly target: LookupTarget | null;
  /** What to show (null while loading, or when the spot holds no word). */
  readonly view: LookupView | null;
  /** The spans of `view` mapped to segment indices of their sides (for highlighting). */
  readonly highlights: LookupHighlights | null;
  readonly status: 'idle' | 'loading' | 'ready' | 'failed';
  readonly error: string | null;
}

export interface HighlightSpan {
  readonly side: SideKey;
  readonly segment: number;
  readonly start: number;
  readonly end: number;
}

export interface LookupHighlights {
  readonly link: number;
  readonly word: HighlightSpan;
  readonly matches: readonly HighlightSpan[];
}

export const initialLookupState: LookupState = {
  target: null,
  view: null,
  highlights: null,
  status: 'idle',
  error: null,
};

export const lookupStore = defineSlice('lookup', initialLookupState);

export function useLookupState<T>(selector: (state: LookupState) => T): T {
  return useStore(lookupStore, selector);
}

let loader: () => Promise<LookupData> = fetchLookupData;
let data: LookupData | undefined;
let loading: Promise<LookupData> | undefined;

/** Tests give the data another way (Node reads the generated files). */
export function setLookupLoader(load: () => Promise<LookupData>): void {
  loader = load;
  data = undefined;
  loading = undefined;
  lookupStore.setState(initialLookupState, true);
}

function loadData(): Promise<LookupData> {
  loading ??= loader().then(
    (d) => (data = d),
    (error: unknown) => {
      loading = undefined; // a later look-up tries again
      throw error;
    },
  );
  return loading;
}

/** The language of a side, and the row's segment texts per language. */
function sideLanguage(alignment: Alignment, side: SideKey): LookupLanguage {
  return (side === 'src' ? alignment.source : alignment.target).lang === 'zh' ? 'zh' : 'en';
}

function sideOf(alignment: Alignment, language: LookupLanguage): SideKey {
  return alignment.source.lang === language ? 'src' : 'tgt';
}

/** Rows already looked at, per alignment (weakly: a document let go takes its rows along). */
const cache = new WeakMap<Alignment, Map<Link, RowEvidence>>();
const ROWS_KEPT = 64;

/** The row's evidence (computed once per row: hovering within a row recomputes nothing). */
function evidenceOf(alignment: Alignment, link: number, d: LookupData): RowEvidence {
  const row = alignment.links[link];
  let rows = cache.get(alignment);
  const known = rows?.get(row);
  if (known) return known;
  const texts = (side: SideKey) =>
    row[side].map((i) => (side === 'src' ? alignment.source : alignment.target).segments[i].text);
  const evidence = rowEvidence(
    texts(sideOf(alignment, 'zh')),
    texts(sideOf(alignment, 'en')),
    d.lexicon,
  );
  if (!rows || rows.size >= ROWS_KEPT) cache.set(alignment, (rows = new Map()));
  rows.set(row, evidence);
  return evidence;
}

/** Index of the row's word at a spot, or -1. */
function wordIndexAt(target: LookupTarget, evidence: RowEvidence): number {
  const language = sideLanguage(target.alignment, target.side);
  const row = target.alignment.links[target.link];
  const position = row[target.side].indexOf(target.segment);
  if (position < 0) return -1;
  return wordAt(evidence[language], position, target.offset);
}

/** Fills the view for the target's word, or clears the look-up when the spot has no word. */
function resolve(target: LookupTarget, d: LookupData): void {
  if (lookupStore.getState().target !== target) return; // a newer look-up came first
  const row = target.alignment.links[target.link];
  if (!row) {
    closeLookup();
    return;
  }
  const evidence = evidenceOf(target.alignment, target.link, d);
  const language = sideLanguage(target.alignment, target.side);
  const view = describeWord(evidence, language, wordIndexAt(target, evidence), d.glosses);
  if (!view) {
    closeLookup();
    return;
  }
  const other: SideKey = target.side === 'src' ? 'tgt' : 'src';
  const toSpan = (side: SideKey, s: { segment: number; start: number; end: number }) => ({
    side,
    segment: row[side][s.segment],
    start: s.start,
    end: s.end,
  });
  lookupStore.setState({
    view,
    status: 'ready',
    error: null,
    highlights: {
      link: target.link,
      word: toSpan(target.side, view.span),
      matches: view.matchSpans.map((s) => toSpan(other, s)),
    },
  });
}

function show(target: LookupTarget): void {
  lookupStore.setState({ target, view: null, highlights: null });
  if (data) {
    resolve(target, data);
    return;
  }
  lookupStore.setState({ status: 'loading', error: null });
  loadData().then(
    (d) => resolve(target, d),
    (error: unknown) => {
      if (lookupStore.getState().target !== target) return;
      lookupStore.setState({ status: 'failed', error: reasonOf(error) });
    },
  );
}

/** Looks up the word at a spot of a segment (a pointer resting on it, or selected text). */
export function lookUpAt(
  alignment: Alignment,
  link: number,
  side: SideKey,
  segment: number,
  offset: number,
  via: LookupVia,
): void {
  const { target: current, view } = lookupStore.getState();
  if (
    current &&
    current.alignment === alignment &&
    current.link === link &&
    current.side === side
  ) {
    if (current.segment === segment && current.offset === offset && current.via === via) return;
    // Still on the word shown: keep it (a pinned look-up is not turned into a passing hover).
    const row = alignment.links[link];
    const onShownWord =
      view !== null &&
      row?.[side][view.span.segment] === segment &&
      offset >= view.span.start &&
      offset < view.span.end;
    if (onShownWord && (current.via === 'pinned' || via === 'hover')) return;
  }
  show({ alignment, link, side, segment, offset, via });
}

/**
 * The next (or previous) word of a row's side, from the one looked up there, else from the
 * start (or the end): the keyboard way through a row, `w` / Shift+W.
 */
export function stepLookup(alignment: Alignment, link: number, side: SideKey, step: 1 | -1): void {
  const row = alignment.links[link];
  if (!row) return;
  const current = lookupStore.getState().target;
  const here =
    current && current.alignment === alignment && current.link === link && current.side === side
      ? current
      : null;
  const go = (d: LookupData) => {
    const evidence = evidenceOf(alignment, link, d);
    const words = evidence[sideLanguage(alignment, side)];
    if (words.length === 0) {
      closeLookup();
      return;
    }
    const from = here ? wordIndexAt(here, evidence) : -1;
    const next =
      from < 0 ? (step > 0 ? 0 : words.length - 1) : (from + step + words.length) % words.length;
    const word = words[next];
    show({
      alignment,
      link,
      side,
      segment: row[side][word.segment],
      offset: word.start,
      via: 'pinned',
    });
  };
  if (data) go(data);
  else {
    // Something to show at once: the row's first word is not known before the dictionary.
    lookupStore.setState({
      target: { alignment, link, side, segment: row[side][0] ?? 0, offset: 0, via: 'pinned' },
      view: null,
      highlights: null,
      status: 'loading',
      error: null,
    });
    loadData().then(go, (error: unknown) =>
      lookupStore.setState({ status: 'failed', error: reasonOf(error) }),
    );
  }
}

/** Closes the look-up (only a hover one when `onlyHover`). */
export function closeLookup(onlyHover = false): void {
  const { target } = lookupStore.getState();
  if (!target || (onlyHover && target.via !== 'hover')) return;
  lookupStore.setState({ target: null, view: null, highlights: null });
}
