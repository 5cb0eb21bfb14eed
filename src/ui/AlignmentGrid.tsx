import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { Alignment, Side } from '../core/model';
import { selectLink } from '../store/actions';
import { useAppState } from '../store/appStore';
import { confidenceBand } from './confidence';

function joinedText(side: Side, indices: readonly number[]): string[] {
  return indices.map((i) => side.segments[i].text);
}

interface CellProps {
  readonly side: Side;
  readonly indices: readonly number[];
}

function SideCell({ side, indices }: CellProps) {
  const lang = side.lang;
  if (indices.length === 0) {
    return (
      <div role="gridcell" lang={lang} className={`cell cell-${lang} cell-empty`} aria-label="No counterpart">
        <span className="empty-mark" aria-hidden="true">
          {lang === 'zh' ? '（无对应）' : 'no counterpart'}
        </span>
      </div>
    );
  }
  return (
    <div role="gridcell" lang={lang} className={`cell cell-${lang}`}>
      {joinedText(side, indices).map((text, k) => (
        <p key={indices[k]} className="segment">
          {text}
        </p>
      ))}
    </div>
  );
}

const ESTIMATED_ROW_HEIGHT = 96;

/** The alignment as rows of the accessible grid: one row per link, Chinese left, English right. */
export function AlignmentGrid({ alignment }: { alignment: Alignment }) {
  const selected = useAppState((s) => s.selectedLink);
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
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              role="row"
              aria-rowindex={item.index + 1}
              aria-selected={isSelected}
              className={`row band-${band}${isSelected ? ' selected' : ''}`}
              style={{ transform: `translateY(${item.start}px)` }}
              onClick={() => selectLink(item.index)}
            >
              <div role="rowheader" className="row-number" title={`Link ${item.index + 1}: ${link.src.length}-${link.tgt.length}, confidence ${link.confidence.toFixed(2)}${link.status === 'confirmed' ? ', confirmed' : ''}`}>
                {item.index + 1}
                {link.status === 'confirmed' ? <span className="confirmed-mark" aria-label="confirmed">✓</span> : null}
              </div>
              <SideCell side={alignment.source} indices={link.src} />
              <SideCell side={alignment.target} indices={link.tgt} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
