/** Search over both sides' segment texts: plain (case-insensitive) or regular expression. */
import type { Alignment } from '../core/model';
import type { SideKey } from '../core/operations';
import type { SearchSettings } from '../store/viewStore';

export interface SearchMatch {
  readonly link: number;
  readonly side: SideKey;
  readonly segment: number;
  readonly start: number;
  readonly end: number;
}

/** Why a search found nothing to show: a pattern that is not a regex, too slow, or no worker. */
export type SearchError =
  | { readonly kind: 'invalid'; readonly detail: string }
  | { readonly kind: 'slow' }
  | { readonly kind: 'noWorker' };

export interface SearchResult {
  /** In reading order: by link, source before target, then by position. */
  readonly matches: readonly SearchMatch[];
  /** Match ranges per segment, keyed "src:12", for highlighting. */
  readonly bySegment: ReadonlyMap<string, readonly SearchMatch[]>;
  /** Why the pattern is not usable (worded by the search bar, in the interface language). */
  readonly error: SearchError | null;
  /** True when the count stopped at MAX_MATCHES. */
  readonly truncated: boolean;
  /** A regex search still running in its worker (regexSearch.ts). */
  readonly pending?: boolean;
}

/** Enough to review; more would only slow typing on a large document. */
export const MAX_MATCHES = 10_000;

export const EMPTY_RESULT: SearchResult = {
  matches: [],
  bySegment: new Map(),
  error: null,
  truncated: false,
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Match ranges per segment, for highlighting. */
export function groupBySegment(
  matches: readonly SearchMatch[],
): ReadonlyMap<string, readonly SearchMatch[]> {
  const bySegment = new Map<string, SearchMatch[]>();
  for (const match of matches) {
    const key = segmentKey(match.side, match.segment);
    const list = bySegment.get(key);
    if (list) list.push(match);
    else bySegment.set(key, [match]);
  }
  return bySegment;
}

export function segmentKey(side: SideKey, segment: number): string {
  return `${side}:${segment}`;
}

function compile(settings: SearchSettings): RegExp | string {
  try {
    return new RegExp(settings.regex ? settings.query : escapeRegExp(settings.query), 'giu');
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export function findMatches(alignment: Alignment, settings: SearchSettings): SearchResult {
  if (settings.query === '') return EMPTY_RESULT;
  const pattern = compile(settings);
  if (typeof pattern === 'string')
    return {
      ...EMPTY_RESULT,
      error: { kind: 'invalid', detail: pattern.replace(/^Invalid regular expression:\s*/, '') },
    };
  const sides: SideKey[] =
    settings.scope === 'zh' ? ['src'] : settings.scope === 'en' ? ['tgt'] : ['src', 'tgt'];
  const matches: SearchMatch[] = [];
  alignment.links.forEach((link, linkIndex) => {
    for (const side of sides) {
      const segments = side === 'src' ? alignment.source.segments : alignment.target.segments;
      for (const segment of link[side]) {
        if (matches.length >= MAX_MATCHES) return;
        const text = segments[segment].text;
        pattern.lastIndex = 0;
        for (const m of text.matchAll(pattern)) {
          // A pattern that matches the empty string would highlight nothing and count forever.
          if (m[0] === '') continue;
          const match = {
            link: linkIndex,
            side,
            segment,
            start: m.index,
            end: m.index + m[0].length,
          };
          matches.push(match);
          if (matches.length >= MAX_MATCHES) break;
        }
      }
    }
  });
  return {
    matches,
    bySegment: groupBySegment(matches),
    error: null,
    truncated: matches.length >= MAX_MATCHES,
  };
}

let cache: { alignment: Alignment; settings: SearchSettings; result: SearchResult } | null = null;

/**
 * findMatches, remembered for the last alignment and settings: every cell asks for it.
 * On the main thread: for plain searches (linear), or regex ones where there are no workers.
 */
export function cachedMatches(alignment: Alignment, settings: SearchSettings): SearchResult {
  if (cache && cache.alignment === alignment && cache.settings === settings) return cache.result;
  const result = findMatches(alignment, settings);
  cache = { alignment, settings, result };
  return result;
}
