import { useEffect, useRef } from 'react';
import { appStore, useAppState } from '../store/appStore';
import { dispatchCommand } from '../store/commandActions';
import {
  setSearch,
  setSearchIndex,
  useViewState,
  viewStore,
  type SearchScope,
  type SearchSettings,
} from '../store/viewStore';
import { focusGrid } from './AlignmentGrid';
import { useT } from './i18n';
import { REGEX_TIME_LIMIT_MS, useSearchMatches } from './regexSearch';
import type { SearchResult } from './search';
import './editor.css';

function useSearchResult(): SearchResult {
  const alignment = useAppState((s) => s.doc?.alignment ?? null);
  const search = useViewState((s) => s.search);
  return useSearchMatches(alignment, search);
}

/** Search in either language, plain or regex, with a match count; Enter goes to the next match. */
export function SearchBar() {
  const t = useT();
  const search = useViewState((s) => s.search);
  const index = useViewState((s) => s.searchIndex);
  const focusRequest = useViewState((s) => s.searchFocusRequest);
  const result = useSearchResult();
  // Like a browser's find bar, typing moves to the first match at once (when it is known:
  // a regex search answers from a worker).
  const jumpFor = useRef<SearchSettings | null>(null);
  const updateSearch = (change: Partial<SearchSettings>) => {
    setSearch(change);
    jumpFor.current = viewStore.getState().search;
  };
  useEffect(() => {
    if (jumpFor.current !== search || result.pending) return;
    jumpFor.current = null;
    const first = result.matches[0];
    if (first)
      dispatchCommand('select-link', { link: first.link, side: first.side }, { quiet: true });
  }, [search, result]);
  const inputRef = useRef<HTMLInputElement>(null);
  const count = result.matches.length;

  useEffect(() => {
    if (focusRequest > 0) inputRef.current?.select();
  }, [focusRequest]);

  const go = (next: number) => {
    if (count === 0) return;
    const i = ((next % count) + count) % count;
    setSearchIndex(i);
    const match = result.matches[i];
    dispatchCommand('select-link', { link: match.link, side: match.side }, { quiet: true });
  };

  const status = result.error
    ? result.error.kind === 'invalid'
      ? t('search.invalid', { detail: result.error.detail })
      : result.error.kind === 'slow'
        ? t('search.slow', { seconds: REGEX_TIME_LIMIT_MS / 1000 })
        : t('search.noWorker')
    : search.query === ''
      ? ''
      : result.pending
        ? t('search.searching')
        : count === 0
          ? t('search.none')
          : t('search.count', {
              index: Math.min(index, count - 1) + 1,
              count,
              more: result.truncated ? '+' : '',
            });

  return (
    <div role="search" className="search-bar" aria-label={t('search.region')}>
      <input
        ref={inputRef}
        type="search"
        aria-label={t('search.input')}
        placeholder={t('search.placeholder')}
        value={search.query}
        aria-invalid={result.error ? true : undefined}
        onChange={(e) => updateSearch({ query: e.target.value })}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            // The first Enter goes to the current match; later ones move on.
            const onCurrent = result.matches[index]?.link === appStore.getState().selectedLink;
            go(e.shiftKey ? index - 1 : index + (onCurrent ? 1 : 0));
          } else if (e.key === 'Escape') {
            e.preventDefault();
            // Back to the rows, where the keys work; the selection stays on the match.
            if (search.query !== '') setSearch({ query: '' });
            focusGrid();
          }
        }}
      />
      <select
        aria-label={t('search.scope')}
        value={search.scope}
        onChange={(e) => updateSearch({ scope: e.target.value as SearchScope })}
      >
        <option value="both">{t('search.both')}</option>
        <option value="zh">{t('search.zh')}</option>
        <option value="en">{t('search.en')}</option>
      </select>
      <label className="regex-toggle">
        <input
          type="checkbox"
          checked={search.regex}
          onChange={(e) => updateSearch({ regex: e.target.checked })}
        />
        {t('search.regex')}
      </label>
      <button
        type="button"
        disabled={count === 0}
        title={t('search.prevTitle')}
        onClick={() => go(index - 1)}
      >
        {t('search.prev')}
      </button>
      <button
        type="button"
        disabled={count === 0}
        title={t('search.nextTitle')}
        onClick={() => go(index + 1)}
      >
        {t('search.next')}
      </button>
      <span
        className={`search-status${result.error ? ' search-error' : ''}`}
        role="status"
        aria-live="polite"
      >
        {status}
      </span>
    </div>
  );
}
