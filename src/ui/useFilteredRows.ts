import { useMemo } from 'react';
import type { FlagChunks } from '../checks';
import type { Alignment } from '../core/model';
import { useReviewState, visibleRows } from '../store/reviewStore';

/**
 * The link indices the grid shows under the row filter, or null when the filter is off.
 * The selected row stays in the list, so confirming a row does not make it vanish under
 * the cursor.
 */
export function useFilteredRows(
  alignment: Alignment,
  flags: FlagChunks | undefined,
  selected: number,
): readonly number[] | null {
  const filter = useReviewState((s) => s.filter);
  const matching = useMemo(
    () => (filter === 'all' ? null : visibleRows(filter, alignment.links, flags)),
    [filter, alignment.links, flags],
  );
  return useMemo(() => {
    if (!matching || matching.includes(selected) || selected >= alignment.links.length)
      return matching;
    const withSelected = [...matching, selected];
    return withSelected.sort((a, b) => a - b);
  }, [matching, selected, alignment.links.length]);
}
