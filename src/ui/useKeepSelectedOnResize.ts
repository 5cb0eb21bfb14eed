import type { Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type RefObject } from 'react';

/**
 * When the grid changes size (the window resized, a panel opened), rows grow or shrink with
 * their new width and the view's height changes: a selected row that was on screen stays on
 * screen (`bringIntoView` once the rows have their new sizes). A selection the user had
 * scrolled away from is left where it is.
 */
export function useKeepSelectedOnResize(
  scrollRef: RefObject<HTMLDivElement | null>,
  virtualizer: Virtualizer<HTMLDivElement, Element>,
  selectedPosition: number,
  bringIntoView: (virtualizer: Virtualizer<HTMLDivElement, Element>, index: number) => void,
): void {
  const selected = useRef(selectedPosition);
  useEffect(() => {
    selected.current = selectedPosition;
  }, [selectedPosition]);

  useEffect(() => {
    const scroller = scrollRef.current;
    if (!scroller || typeof ResizeObserver === 'undefined') return;
    let width = scroller.clientWidth;
    let height = scroller.clientHeight;
    let frame = 0;
    const observer = new ResizeObserver(() => {
      if (scroller.clientWidth === width && scroller.clientHeight === height) return;
      const item = virtualizer.measurementsCache[selected.current];
      const top = scroller.scrollTop;
      const wasShown = item !== undefined && item.end > top && item.start < top + height;
      width = scroller.clientWidth;
      height = scroller.clientHeight;
      if (!wasShown) return;
      cancelAnimationFrame(frame);
      // The rows' own size observers have run by the next frame: their new heights are known.
      frame = requestAnimationFrame(() => {
        if (selected.current < 0) return;
        virtualizer.getVirtualItems(); // brings measurementsCache up to date with them
        bringIntoView(virtualizer, selected.current);
      });
    });
    observer.observe(scroller);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [scrollRef, virtualizer, bringIntoView]);
}
