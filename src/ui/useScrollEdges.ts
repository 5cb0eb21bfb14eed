import { useCallback, useEffect, useRef, useState } from 'react';

/** Which sides of a sideways scroller still hide content: drawn as a fade on that edge. */
export type ScrollEdges = 'none' | 'left' | 'right' | 'both';

function edgesOf(el: HTMLElement): ScrollEdges {
  const left = el.scrollLeft > 1;
  const right = el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
  return left && right ? 'both' : left ? 'left' : right ? 'right' : 'none';
}

/**
 * Watches a sideways-scrolling element (scroll, resize, content changes) and says on which
 * sides more content is hidden, so a narrow window shows that the row of choices goes on.
 */
export function useScrollEdges<T extends HTMLElement>(
  /** Kept in view when it changes: the selector of the chosen child, e.g. the checked choice. */
  current?: string,
): [(el: T | null) => void, ScrollEdges] {
  const [edges, setEdges] = useState<ScrollEdges>('none');
  const [el, setEl] = useState<T | null>(null);
  const frame = useRef(0);
  useEffect(() => {
    if (!el) return;
    const update = () => {
      cancelAnimationFrame(frame.current);
      frame.current = requestAnimationFrame(() => setEdges(edgesOf(el)));
    };
    update();
    el.addEventListener('scroll', update, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    observer?.observe(el);
    for (const child of Array.from(el.children)) observer?.observe(child);
    return () => {
      cancelAnimationFrame(frame.current);
      el.removeEventListener('scroll', update);
      observer?.disconnect();
    };
  }, [el]);
  useEffect(() => {
    const chosen = current ? el?.querySelector(current) : null;
    // jsdom has no scrolling; a real browser brings the chosen choice into the strip.
    chosen?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [el, current]);
  const ref = useCallback((node: T | null) => setEl(node), []);
  return [ref, edges];
}
