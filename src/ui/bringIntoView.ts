import type { Virtualizer } from '@tanstack/react-virtual';

/** The selected row sits about a third down the view, with context above and below. */
const SETTLE_AT = 1 / 3;
/** A selected row already this far inside the view stays where it is (no jumpy scrolling). */
const COMFORT_MARGIN = 0.15;
/**
 * Frames a jump keeps checking its row's place while the rows it passed are measured: rows not
 * yet drawn count at an estimated height, and a narrow window's rows are several times taller,
 * so the first jump to a far row can land well short of it (seen at 390 px: the row above the
 * view). Each frame's rows are measured by the next, so a few frames settle it.
 */
const SETTLE_FRAMES = 12;

type GridVirtualizer = Virtualizer<HTMLDivElement, Element>;

/** The pending settle frame of each grid's virtualizer. */
const settling = new WeakMap<GridVirtualizer, number>();

/**
 * Scrolls once so the row is well inside the view (a third from the top when it was near or past
 * an edge, never pinned to the edge itself), by the sizes known now. Returns whether it scrolled.
 */
function placeRow(virtualizer: GridVirtualizer, index: number): boolean {
  const scroller = virtualizer.scrollElement;
  const item = virtualizer.measurementsCache[index];
  if (!scroller || !item) {
    virtualizer.scrollToIndex(index, { align: 'center' });
    return true;
  }
  const view = scroller.clientHeight;
  const top = scroller.scrollTop;
  const margin = view * COMFORT_MARGIN;
  const inside = item.start >= top + margin && item.end <= top + view - margin;
  if (inside) return false;
  const target = Math.max(
    0,
    item.size > view * (1 - SETTLE_AT) ? item.start - margin : item.start - view * SETTLE_AT,
  );
  if (Math.abs(target - top) < 1) return false;
  virtualizer.scrollToOffset(target);
  return true;
}

/**
 * Brings row `index` (a position in the grid's rows) well inside the view, and keeps it there
 * for the next few frames while the rows drawn on the way get their real heights. A later call
 * (another row selected) takes over from an earlier one.
 */
export function bringIntoView(virtualizer: GridVirtualizer, index: number): void {
  cancelAnimationFrame(settling.get(virtualizer) ?? 0);
  if (!placeRow(virtualizer, index)) return;
  // The rows at the new place are drawn (and measured) a frame or two later: check each frame,
  // not only until the row first looks inside by the estimates.
  let frames = 0;
  const settle = () => {
    settling.delete(virtualizer);
    virtualizer.getVirtualItems(); // brings measurementsCache up to date with the drawn rows
    placeRow(virtualizer, index);
    if (++frames < SETTLE_FRAMES) settling.set(virtualizer, requestAnimationFrame(settle));
  };
  settling.set(virtualizer, requestAnimationFrame(settle));
}
