import { useMemo } from 'react';
import { forEachFlags } from '../checks';
import { formatShortcut, getCommand } from '../commands';
import { useAppState } from '../store/appStore';
import { useFlagChunks } from '../store/checksStore';
import { focusGrid } from './AlignmentGrid';
import { dispatchCommand } from '../store/commandActions';
import { ROW_FILTERS, useReviewState, visibleRows, type RowFilter } from '../store/reviewStore';
import { commandLabel, useT, type MessageKey } from './i18n';
import { useScrollEdges } from './useScrollEdges';
import './review.css';

const FILTER_NAMES: Record<RowFilter, MessageKey> = {
  all: 'review.filter.all',
  flagged: 'review.filter.flagged',
  unconfirmed: 'review.filter.unconfirmed',
  unpaired: 'review.filter.unpaired',
  edited: 'review.filter.edited',
};

/**
 * The review bar: which rows the grid shows (with counts), a clear "filter on" state with the
 * way back to all rows, and the flags panel's button.
 */
export function FilterBar() {
  const t = useT();
  const alignment = useAppState((s) => s.doc?.alignment ?? null);
  const filter = useReviewState((s) => s.filter);
  const panelOpen = useReviewState((s) => s.panelOpen);
  const [choicesRef, edges] = useScrollEdges<HTMLDivElement>(`.filter-${filter}`);
  const flags = useFlagChunks(alignment);
  const counts = useMemo(() => {
    const out = {} as Record<RowFilter, number>;
    for (const f of ROW_FILTERS)
      out[f] = alignment ? visibleRows(f, alignment.links, flags).length : 0;
    return out;
  }, [alignment, flags]);
  const flagCount = useMemo(() => {
    let n = 0;
    if (flags) forEachFlags(flags, (list) => (n += list.length));
    return n;
  }, [flags]);
  if (!alignment) return null;
  const total = alignment.links.length;
  const panel = getCommand('toggle-flags-panel')!;
  const clear = getCommand('clear-filter')!;
  return (
    <div className={`filter-bar${filter !== 'all' ? ' filter-on' : ''}`}>
      <div
        ref={choicesRef}
        className="filter-choices"
        data-more={edges}
        role="radiogroup"
        aria-label={t('review.filterLabel')}
      >
        {ROW_FILTERS.map((f) => (
          <button
            key={f}
            type="button"
            role="radio"
            aria-checked={filter === f}
            className={`filter-choice filter-${f}`}
            // "All" has a key of its own (Shift+F), as the filter's Show all rows button says.
            title={
              f === 'all'
                ? `${commandLabel(clear)} (${formatShortcut(clear.shortcut!)})`
                : undefined
            }
            onClick={() => {
              dispatchCommand('filter-rows', { filter: f });
              focusGrid();
            }}
          >
            {t(FILTER_NAMES[f])} <span className="filter-count">{counts[f]}</span>
          </button>
        ))}
      </div>
      {filter !== 'all' ? (
        <p className="filter-state" role="status">
          <strong>{t('review.filterOn')}</strong>{' '}
          <span className="filter-shown">
            {t('review.filterShown', { shown: counts[filter], total })}
          </span>
          <button
            type="button"
            className="filter-clear"
            title={`${commandLabel(clear)} (${formatShortcut(clear.shortcut!)})`}
            onClick={() => {
              dispatchCommand('clear-filter');
              focusGrid();
            }}
          >
            {commandLabel(clear)}
          </button>
        </p>
      ) : (
        <p className="filter-state" role="status" />
      )}
      <button
        type="button"
        className="flags-toggle"
        aria-pressed={panelOpen}
        aria-keyshortcuts="F"
        title={t('review.flagsTitle', { keys: formatShortcut(panel.shortcut!) })}
        onClick={() => dispatchCommand('toggle-flags-panel')}
      >
        {commandLabel(panel)} <span className="filter-count">{flagCount}</span>
      </button>
    </div>
  );
}
