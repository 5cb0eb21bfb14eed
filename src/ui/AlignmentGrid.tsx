import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type MouseEvent } from 'react';
import type { Alignment } from '../core/model';
import type { SideKey } from '../core/operations';
import { flagsAt, type Flag } from '../checks';
import { useAppState } from '../store/appStore';
import { noteShownLink, useFlagChunks } from '../store/checksStore';
import { dispatchCommand } from '../store/commandActions';
import { linkKey, useReviewState } from '../store/reviewStore';
import { openRowMenu } from '../store/viewStore';
import { bringIntoView } from './bringIntoView';
import { confidenceBand } from './confidence';
import { useT } from './i18n';
import { RowMarks, SentenceToggle } from './RowMarks';
import { SentenceView } from './SentenceView';
import { FlagBadges, FlagDetails } from './FlagBadges';
import { flagWords } from './FlagMarks';
import { useFilteredRows } from './useFilteredRows';
import { useKeepSelectedOnResize } from './useKeepSelectedOnResize';
import { SegmentCell } from './SegmentCell';
import { GRID_COLUMN_COUNT, GRID_COLUMNS } from './gridColumns';
import { LookupPopover, useWordLookup } from './WordLookup';
import { SegmentDragChip, useSegmentDrag } from './SegmentDrag';

import { GRID_ID } from './gridFocus';
export { focusGrid, focusGridAfterOpen, GRID_ID } from './gridFocus';

/** The side of the cell an event happened in, if any. */
function sideAt(event: MouseEvent): SideKey | undefined {
  const cell = (event.target as HTMLElement).closest('[data-side]');
  const side = cell?.getAttribute('data-side');
  return side === 'src' || side === 'tgt' ? side : undefined;
}

function selectRow(link: number, event: MouseEvent): void {
  if (event.shiftKey) dispatchCommand('extend-to', { link }, { quiet: true });
  else dispatchCommand('select-link', { link, side: sideAt(event) }, { quiet: true });
}

const ESTIMATED_ROW_HEIGHT = 96;
const NO_FLAGS: readonly Flag[] = [];

/** The alignment as rows of the accessible grid: one row per link, Chinese left, English right. */
export function AlignmentGrid({ alignment }: { alignment: Alignment }) {
  const t = useT();
  const selected = useAppState((s) => s.selectedLink);
  const anchor = useAppState((s) => s.selectionAnchor);
  const selectedSide = useAppState((s) => s.selectedSide);
  const expanded = useReviewState((s) => s.expanded);
  const flags = useFlagChunks(alignment);
  const rows = useFilteredRows(alignment, flags, selected);
  const scrollRef = useRef<HTMLDivElement>(null);
  useWordLookup(scrollRef);
  const links = alignment.links;
  const virtualizer = useVirtualizer({
    count: rows ? rows.length : links.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    getItemKey: (i) => (rows ? rows[i] : i),
    overscan: 6,
  });
  // A segment dragged onto a neighbour: its row, and the row under the pointer with the verdict.
  const dragFrom = useSegmentDrag((s) => s.drag?.link ?? null);
  const dragSide = useSegmentDrag((s) => s.drag?.side ?? null);
  const dropOver = useSegmentDrag((s) => s.over);
  const dropVerdict = useSegmentDrag((s) => s.verdict);
  const rangeFrom = Math.min(anchor ?? selected, selected);
  const rangeTo = Math.max(anchor ?? selected, selected);

  // With a filter on, the selected link sits at its position in the filtered list.
  const selectedPosition = rows ? rows.indexOf(selected) : selected;
  useEffect(() => {
    if (selectedPosition >= 0) bringIntoView(virtualizer, selectedPosition);
  }, [selectedPosition, virtualizer]);
  useKeepSelectedOnResize(scrollRef, virtualizer, selectedPosition, bringIntoView);

  // The review checks of a long document run around the rows on screen first.
  const shown = virtualizer.getVirtualItems();
  const middle = shown.length > 0 ? shown[shown.length >> 1].index : -1;
  const shownLink = middle < 0 ? null : rows ? (rows[middle] ?? null) : middle;
  useEffect(() => noteShownLink(shownLink), [shownLink]);

  const current = links[selected];
  return (
    <>
      <div
        ref={scrollRef}
        id={GRID_ID}
        className="grid-scroll"
        role="grid"
        tabIndex={0}
        aria-label={t('grid.label')}
        aria-rowcount={links.length}
        aria-colcount={GRID_COLUMN_COUNT}
        aria-multiselectable="true"
        aria-activedescendant={current ? `row-${selected}` : undefined}
      >
        <div className="grid-canvas" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((virtual) => {
            // With a filter on, the n-th shown row is link rows[n]; everything below uses the link.
            const item = { ...virtual, index: rows ? rows[virtual.index] : virtual.index };
            const link = links[item.index];
            const rowFlags = (flags && flagsAt(flags, item.index)) ?? NO_FLAGS;
            const band = confidenceBand(link);
            const isSelected = item.index >= rangeFrom && item.index <= rangeTo;
            const isCurrent = item.index === selected;
            const isExpanded = expanded.size > 0 && expanded.has(linkKey(alignment, link));
            const drop =
              dragFrom === null
                ? ''
                : item.index === dragFrom
                  ? ' drag-source'
                  : item.index === dropOver && dropVerdict
                    ? ` drop-${dropVerdict} drop-side-${dragSide} drop-at-${item.index < dragFrom ? 'end' : 'start'}`
                    : '';
            const params = {
              row: item.index + 1,
              src: link.src.length,
              tgt: link.tgt.length,
              confidence: link.confidence.toFixed(2),
            };
            return (
              <div
                key={item.key}
                id={`row-${item.index}`}
                ref={virtualizer.measureElement}
                data-index={virtual.index}
                role="row"
                aria-rowindex={item.index + 1}
                aria-selected={isSelected}
                className={`row band-${band}${link.edited ? ' edited' : ''}${rowFlags.length > 0 ? ' flagged' : ''}${isSelected ? ' selected' : ''}${isCurrent ? ' current' : ''}${drop}`}
                style={{ transform: `translateY(${item.start}px)` }}
                onClick={(e) => selectRow(item.index, e)}
                onContextMenu={(e) => {
                  e.preventDefault();
                  if (!isSelected) selectRow(item.index, e);
                  openRowMenu({
                    link: item.index,
                    side: sideAt(e) ?? null,
                    x: e.clientX,
                    y: e.clientY,
                  });
                }}
              >
                <div
                  role="rowheader"
                  aria-colindex={GRID_COLUMNS.number}
                  className="row-number"
                  title={
                    t(
                      link.status === 'confirmed' ? 'grid.rowTitleConfirmed' : 'grid.rowTitle',
                      params,
                    ) + (link.edited ? t('grid.editedByHandSuffix') : '')
                  }
                >
                  {item.index + 1}
                  {link.src.length > 0 && link.tgt.length > 0 ? (
                    <SentenceToggle index={item.index} expanded={isExpanded} />
                  ) : null}
                  <RowMarks link={link} />
                  <FlagBadges flags={rowFlags} />
                </div>
                {isExpanded ? (
                  <SentenceView
                    alignment={alignment}
                    link={link}
                    index={item.index}
                    flags={rowFlags}
                  />
                ) : (
                  <>
                    <SegmentCell
                      side={alignment.source}
                      sideKey="src"
                      indices={link.src}
                      linkIndex={item.index}
                      active={isCurrent && (selectedSide ?? 'src') === 'src'}
                      marks={rowFlags.length > 0 ? flagWords(rowFlags, 'zh') : undefined}
                    />
                    <SegmentCell
                      side={alignment.target}
                      sideKey="tgt"
                      indices={link.tgt}
                      linkIndex={item.index}
                      active={isCurrent && selectedSide === 'tgt'}
                      marks={rowFlags.length > 0 ? flagWords(rowFlags, 'en') : undefined}
                    />
                  </>
                )}
                {isCurrent ? <FlagDetails flags={rowFlags} link={item.index} /> : null}
              </div>
            );
          })}
        </div>
      </div>
      <SegmentDragChip />
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {links.length > 0 ? t('grid.rowAnnounce', { row: selected + 1, total: links.length }) : ''}
      </p>
      <LookupPopover />
    </>
  );
}
