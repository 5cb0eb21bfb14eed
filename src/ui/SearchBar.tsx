import { useEffect, useRef } from 'react';
import { appStore, useAppState } from '../store/appStore';
import { dispatchCommand } from '../store/commandActions';
import { setSearch, setSearchIndex, useViewState, type SearchScope } from '../store/viewStore';
import { useSearchMatches } from './regexSearch';
import type { SearchResult } from './search';
import './editor.css';

function useSearchResult(): SearchResult {
  const alignment = useAppState((s) => s.doc?.alignment ?? null);
  const search = useViewState((s) => s.search);
  return useSearchMatches(alignment, search);
}

/** Search in either language, plain or regex, with a match count; Enter goes to the next match. */
export function SearchBar() {
  const search = useViewState((s) => s.search);
  const index = useViewState((s) => s.searchIndex);
  const focusRequest = useViewState((s) => s.searchFocusRequest);
  const result = useSearchResult();
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
    ? result.error
    : search.query === ''
      ? ''
      : result.pending
        ? 'Searching…'
        : count === 0
          ? 'No matches'
          : `${Math.min(index, count - 1) + 1} of ${count}${result.truncated ? '+' : ''} matches`;

  return (
    <div role="search" className="search-bar" aria-label="Search the text">
      <input
        ref={inputRef}
        type="search"
        aria-label="Search text"
        placeholder="Search 中文 or English…  ( / )"
        value={search.query}
        aria-invalid={result.error ? true : undefined}
        onChange={(e) => setSearch({ query: e.target.value })}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            // The first Enter goes to the current match; later ones move on.
            const onCurrent = result.matches[index]?.link === appStore.getState().selectedLink;
            go(e.shiftKey ? index - 1 : index + (onCurrent ? 1 : 0));
          } else if (e.key === 'Escape') {
            e.preventDefault();
            if (search.query !== '') setSearch({ query: '' });
            else inputRef.current?.blur();
          }
        }}
      />
      <select
        aria-label="Search in"
        value={search.scope}
        onChange={(e) => setSearch({ scope: e.target.value as SearchScope })}
      >
        <option value="both">Both languages</option>
        <option value="zh">Chinese only</option>
        <option value="en">English only</option>
      </select>
      <label className="regex-toggle">
        <input
          type="checkbox"
          checked={search.regex}
          onChange={(e) => setSearch({ regex: e.target.checked })}
        />
        Regex
      </label>
      <button type="button" disabled={count === 0} onClick={() => go(index - 1)}>
        Previous match
      </button>
      <button type="button" disabled={count === 0} onClick={() => go(index + 1)}>
        Next match
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
