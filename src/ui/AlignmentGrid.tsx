import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type MouseEvent } from 'react';
import type { Alignment } from '../core/model';
import type { SideKey } from '../core/operations';
import { useAppState } from '../store/appStore';
import { dispatchCommand } from '../store/commandActions';
import { linkKey, useReviewState } from '../store/reviewStore';
import { openRowMenu } from '../store/viewStore';
import { confidenceBand } from './confidence';
import { RowMarks, SentenceToggle } from './RowMarks';
import { SentenceView } from './SentenceView';
import { SegmentCell } from './SegmentCell';

/** The side of the cell an event happened in, if any. */
function sideAt(event: MouseEvent): SideKey | undefined {
  const cell = (event.target as HTMLElement).closest('[data-side]');
  const side = cell?.getAttribute('data-side');
  return side === 'src' || side === 'tgt' ? side : undefined;
}

function selectRow(link: number, event: MouseEvent): void {
  dispatchCommand('select-link', { link, side: sideAt(event) }, { quiet: true });
}

const ESTIMATED_ROW_HEIGHT = 96;

/** The alignment as rows of the accessible grid: one row per link, Chinese left, English right. */
export function AlignmentGrid({ alignment }: { alignment: Alignment }) {
  const selected = useAppState((s) => s.selectedLink);
  const selectedSide = useAppState((s) => s.selectedSide);
  const expanded = useReviewState((s) => s.expanded);
  const scrollRef = useRef<HTMLDivElement>(null);
  const links = alignment.links;
  const virtualizer = useVirtualizer({
    count: links.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 6,
  });

  useEffect(() => {
    virtualizer.scrollToIndex(selected, { align: 'auto' });
  }, [selected, virtualizer]);

  return (
    <div
      ref={scrollRef}
      className="grid-scroll"
      role="grid"
      aria-label="Aligned paragraphs: Chinese original and English translation"
      aria-rowcount={links.length}
      aria-colcount={3}
    >
      <div className="grid-canvas" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const link = links[item.index];
          const band = confidenceBand(link);
          const isSelected = item.index === selected;
          const isExpanded = expanded.size > 0 && expanded.has(linkKey(alignment, link));
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              role="row"
              aria-rowindex={item.index + 1}
              aria-selected={isSelected}
              className={`row band-${band}${link.edited ? ' edited' : ''}${isSelected ? ' selected' : ''}`}
              style={{ transform: `translateY(${item.start}px)` }}
              onClick={(e) => selectRow(item.index, e)}
              onContextMenu={(e) => {
                e.preventDefault();
                selectRow(item.index, e);
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
                className="row-number"
                title={`Link ${item.index + 1}: ${link.src.length}-${link.tgt.length}, confidence ${link.confidence.toFixed(2)}${link.status === 'confirmed' ? ', confirmed' : ''}${link.edited ? ', edited by hand' : ''}`}
              >
                {item.index + 1}
                {link.src.length > 0 && link.tgt.length > 0 ? (
                  <SentenceToggle index={item.index} expanded={isExpanded} />
                ) : null}
                <RowMarks link={link} />
              </div>
              {isExpanded ? (
                <SentenceView alignment={alignment} link={link} index={item.index} />
              ) : (
                <>
                  <SegmentCell
                    side={alignment.source}
                    sideKey="src"
                    indices={link.src}
                    linkIndex={item.index}
                    active={isSelected && (selectedSide ?? 'src') === 'src'}
                  />
                  <SegmentCell
                    side={alignment.target}
                    sideKey="tgt"
                    indices={link.tgt}
                    linkIndex={item.index}
                    active={isSelected && selectedSide === 'tgt'}
                  />
                </>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
