/**
 * Word look-up in the grid: one delegated pointer listener (no element per word, so 20,000-row
 * documents pay nothing), the CSS Custom Highlight API to mark the word and its matches, and a
 * small popover with the gloss. The words, glosses and matches come from the store
 * (store/lookupStore.ts), which gets them from the pure src/lookup.
 */
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { formatShortcut, getCommand } from '../commands';
import type { SideKey } from '../core/operations';
import { appStore, useAppState } from '../store/appStore';
import {
  closeLookup,
  lookUpAt,
  lookupStore,
  useLookupState,
  type HighlightSpan,
  type LookupTarget,
  type LookupVia,
} from '../store/lookupStore';
import { useT } from './i18n';
import './lookup.css';

/** How long the pointer rests on a word before its look-up shows. */
const HOVER_DELAY_MS = 180;

/** The element holding a segment's text in the grid (SegmentCell's `.segment-text`). */
function segmentTextElement(link: number, side: SideKey, segment: number): HTMLElement | null {
  return document.querySelector<HTMLElement>(
    `#row-${link} [data-side="${side}"] [data-segment="${segment}"] > .segment-text`,
  );
}

function textNodes(container: Node): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** A DOM range over code units [start, end) of the text shown in `container`. */
function rangeIn(container: HTMLElement, start: number, end: number): Range | null {
  const range = document.createRange();
  let at = 0;
  let started = false;
  for (const node of textNodes(container)) {
    const length = node.data.length;
    if (!started && start <= at + length) {
      range.setStart(node, start - at);
      started = true;
    }
    if (started && end <= at + length) {
      range.setEnd(node, end - at);
      return range;
    }
    at += length;
  }
  return null;
}

/** The boxes of a range's text (none where the browser lays nothing out, as in jsdom). */
function boxesOf(range: Range | null): DOMRect[] {
  return range && typeof range.getClientRects === 'function' ? [...range.getClientRects()] : [];
}

/** A spot in the grid's text: which row, side and segment, and the code-unit offset. */
interface Spot {
  readonly link: number;
  readonly side: SideKey;
  readonly segment: number;
  readonly offset: number;
}

/** The segment text element around a node, and where it is in the document. */
function placeOf(
  node: Node,
): { container: HTMLElement; link: number; side: SideKey; segment: number } | null {
  const element = node instanceof HTMLElement ? node : node.parentElement;
  const container = element?.closest<HTMLElement>('.segment-text');
  if (!container) return null;
  const segment = Number(container.closest('[data-segment]')?.getAttribute('data-segment'));
  const side = container.closest('[data-side]')?.getAttribute('data-side');
  const rowIndex = Number(container.closest('[role="row"]')?.getAttribute('aria-rowindex'));
  if (!Number.isInteger(segment) || (side !== 'src' && side !== 'tgt') || !rowIndex) return null;
  // Only when the text shown is the segment's own (not the edit diff, which shows deletions).
  const doc = appStore.getState().doc;
  const text = (side === 'src' ? doc?.alignment.source : doc?.alignment.target)?.segments[segment]
    ?.text;
  if (text === undefined || container.textContent !== text) return null;
  return { container, link: rowIndex - 1, side, segment };
}

/** Code-unit offset of (node, offset) within the container's text. */
function offsetIn(container: HTMLElement, node: Node, offset: number): number {
  let at = 0;
  for (const text of textNodes(container)) {
    if (text === node) return at + offset;
    at += text.data.length;
  }
  return -1;
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (doc.caretPositionFromPoint) {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = doc.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/**
 * The character under a point: the caret position is the boundary nearest to it, so the
 * character is the one before or after it, whichever box holds the point (none in the blank
 * after a line's end).
 */
export function spotAtPoint(x: number, y: number): Spot | null {
  const caret = caretAt(x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  const place = placeOf(caret.node);
  if (!place) return null;
  const offset = offsetIn(place.container, caret.node, caret.offset);
  if (offset < 0) return null;
  const length = place.container.textContent?.length ?? 0;
  for (const at of [offset - 1, offset]) {
    if (at < 0 || at >= length) continue;
    const range = rangeIn(place.container, at, at + 1);
    for (const box of boxesOf(range)) {
      if (x >= box.left - 1 && x <= box.right + 1 && y >= box.top - 1 && y <= box.bottom + 1)
        return { link: place.link, side: place.side, segment: place.segment, offset: at };
    }
  }
  return null;
}

function lookUpSpot(spot: Spot, via: LookupVia): void {
  const doc = appStore.getState().doc;
  if (!doc) return;
  lookUpAt(doc.alignment, spot.link, spot.side, spot.segment, spot.offset, via);
}

/** Where the text selection starts, when it is inside a segment of the grid. */
function selectionSpot(): Spot | null {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const place = placeOf(range.startContainer);
  if (!place || range.startContainer.nodeType !== Node.TEXT_NODE) return null;
  const offset = offsetIn(place.container, range.startContainer, range.startOffset);
  return offset < 0 ? null : { ...place, offset };
}

/**
 * The listeners: pointer rest over a word (after a short delay, with no button pressed), a
 * text selection inside a segment, Escape, and scrolling (which moves the words away).
 */
export function useWordLookup(gridRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const grid = gridRef.current;
    if (!grid) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let selectionTimer: ReturnType<typeof setTimeout> | undefined;
    const onMove = (event: PointerEvent) => {
      clearTimeout(timer);
      if (event.buttons !== 0 || event.pointerType === 'touch') return;
      const { clientX, clientY } = event;
      timer = setTimeout(() => {
        const spot = spotAtPoint(clientX, clientY);
        if (spot) lookUpSpot(spot, 'hover');
        else closeLookup(true);
      }, HOVER_DELAY_MS);
    };
    const onLeave = () => {
      clearTimeout(timer);
      closeLookup(true);
    };
    const onScroll = () => closeLookup(true);
    const onSelection = () => {
      clearTimeout(selectionTimer);
      selectionTimer = setTimeout(() => {
        const spot = selectionSpot();
        if (spot) lookUpSpot(spot, 'pinned');
      }, HOVER_DELAY_MS);
    };
    const onKey = (event: KeyboardEvent) => {
      // A key is the user's latest word: a pointer resting since before it does not override it.
      clearTimeout(timer);
      if (event.key === 'Escape' && lookupStore.getState().target) closeLookup();
    };
    grid.addEventListener('pointermove', onMove);
    grid.addEventListener('pointerleave', onLeave);
    grid.addEventListener('scroll', onScroll, { passive: true });
    document.addEventListener('selectionchange', onSelection);
    document.addEventListener('keydown', onKey);
    return () => {
      clearTimeout(timer);
      clearTimeout(selectionTimer);
      grid.removeEventListener('pointermove', onMove);
      grid.removeEventListener('pointerleave', onLeave);
      grid.removeEventListener('scroll', onScroll);
      document.removeEventListener('selectionchange', onSelection);
      document.removeEventListener('keydown', onKey);
    };
  }, [gridRef]);
}

type HighlightRegistryLike = Map<string, unknown>;

function highlightRegistry(): HighlightRegistryLike | null {
  const css = globalThis.CSS as unknown as { highlights?: HighlightRegistryLike } | undefined;
  return css?.highlights && typeof Highlight !== 'undefined' ? css.highlights : null;
}

function spanRange(link: number, span: HighlightSpan): Range | null {
  const container = segmentTextElement(link, span.side, span.segment);
  return container ? rangeIn(container, span.start, span.end) : null;
}

/** Marks the word and its matches (CSS Custom Highlight API; without it, the popover alone). */
function paintHighlights(
  highlights: { link: number; word: HighlightSpan; matches: readonly HighlightSpan[] } | null,
) {
  const registry = highlightRegistry();
  if (!registry) return;
  registry.delete('lookup-word');
  registry.delete('lookup-match');
  if (!highlights) return;
  const word = spanRange(highlights.link, highlights.word);
  const matches = highlights.matches
    .map((s) => spanRange(highlights.link, s))
    .filter((r): r is Range => r !== null);
  if (word) registry.set('lookup-word', new Highlight(word));
  if (matches.length > 0) registry.set('lookup-match', new Highlight(...matches));
}

/** Where to anchor the popover: the word, else the spot asked for, else its segment. */
function anchorRect(target: LookupTarget, word: HighlightSpan | undefined): DOMRect | null {
  const container = segmentTextElement(
    target.link,
    word?.side ?? target.side,
    word?.segment ?? target.segment,
  );
  if (!container) return null;
  const range = word
    ? rangeIn(container, word.start, word.end)
    : rangeIn(
        container,
        target.offset,
        Math.min(target.offset + 1, container.textContent?.length ?? 0),
      );
  const rect = boxesOf(range)[0] ?? container.getBoundingClientRect();
  return rect;
}

const GAP = 6;
const MARGIN = 8;

/** The popover: the word, its reading and senses, and the words it matches on the other side. */
export function LookupPopover() {
  const t = useT();
  const target = useLookupState((s) => s.target);
  const view = useLookupState((s) => s.view);
  const highlights = useLookupState((s) => s.highlights);
  const status = useLookupState((s) => s.status);
  const error = useLookupState((s) => s.error);
  const alignment = useAppState((s) => s.doc?.alignment ?? null);
  const selected = useAppState((s) => s.selectedLink);
  const ref = useRef<HTMLDivElement>(null);

  // An edit makes any look-up stale; selecting another row ends a pinned one elsewhere.
  useEffect(() => {
    if (target && target.alignment !== alignment) closeLookup();
  }, [target, alignment]);
  const previousSelected = useRef(selected);
  useEffect(() => {
    if (previousSelected.current === selected) return;
    previousSelected.current = selected;
    const current = lookupStore.getState().target;
    if (current?.via === 'pinned' && current.link !== selected) closeLookup();
  }, [selected]);

  // Scrolling or resizing moves the words (and the grid mounts other rows): place it all again.
  const [layout, setLayout] = useState(0);
  useEffect(() => {
    if (!target) return;
    let frame = 0;
    const again = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setLayout((n) => n + 1));
    };
    window.addEventListener('scroll', again, { capture: true, passive: true });
    window.addEventListener('resize', again);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', again, { capture: true });
      window.removeEventListener('resize', again);
    };
  }, [target]);

  useLayoutEffect(() => {
    paintHighlights(highlights);
  }, [highlights, layout]);
  useEffect(() => () => paintHighlights(null), []);

  // Placed by hand after each render (it measures itself): below the word, else above it.
  useLayoutEffect(() => {
    const box = ref.current;
    if (!target || !box) return;
    const rect = anchorRect(target, highlights?.word);
    const { offsetWidth: width, offsetHeight: height } = box;
    let left = MARGIN;
    let top = MARGIN;
    if (rect) {
      const below = rect.bottom + GAP;
      top =
        below + height + MARGIN > window.innerHeight && rect.top - GAP - height >= MARGIN
          ? rect.top - GAP - height
          : below;
      left = Math.max(MARGIN, Math.min(rect.left, window.innerWidth - width - MARGIN));
    }
    box.style.left = `${left}px`;
    box.style.top = `${top}px`;
    box.style.visibility = 'visible';
  }, [target, highlights, view, status, layout]);

  if (!target) return null;
  const command = getCommand('look-up-word');
  const pinned = target.via === 'pinned';
  const hint = command?.shortcut
    ? t('lookup.hint', {
        next: formatShortcut(command.shortcut),
        previous: formatShortcut(getCommand('look-up-prev-word')?.shortcut ?? ''),
      })
    : '';
  return createPortal(
    <div
      ref={ref}
      className="lookup-popover"
      role={pinned ? 'status' : 'tooltip'}
      aria-live={pinned ? 'polite' : undefined}
      aria-label={t('lookup.label')}
    >
      {status === 'failed' ? (
        <p className="lookup-note">{t('lookup.failed', { reason: error ?? '' })}</p>
      ) : !view ? (
        <p className="lookup-note">{t('lookup.loading')}</p>
      ) : view.language === 'zh' ? (
        <>
          <p className="lookup-head">
            <span className="lookup-word" lang="zh">
              {view.word}
            </span>
            {view.gloss ? <span className="lookup-pinyin">{view.gloss.pinyin}</span> : null}
          </p>
          {view.gloss ? (
            <p className="lookup-senses" lang="en">
              {view.gloss.senses.join('; ')}
            </p>
          ) : (
            <p className="lookup-note">{t('lookup.noGloss')}</p>
          )}
          <p className="lookup-matches">
            {!view.evidence ? (
              t('lookup.notEvidence')
            ) : view.matches.length > 0 ? (
              <>
                {t('lookup.matchesEn')}{' '}
                <span lang="en" className="lookup-matched">
                  {view.matches.map((m) => m.word).join(', ')}
                </span>
              </>
            ) : (
              t('lookup.noMatchEn')
            )}
          </p>
        </>
      ) : (
        <>
          <p className="lookup-head">
            <span className="lookup-word" lang="en">
              {view.word}
            </span>
          </p>
          {view.matches.length > 0 ? (
            <>
              <p className="lookup-matches">{t('lookup.matchesZh')}</p>
              <ul className="lookup-list">
                {view.matches.map((m) => (
                  <li key={m.word}>
                    <span className="lookup-word" lang="zh">
                      {m.word}
                    </span>
                    {m.gloss ? <span className="lookup-pinyin">{m.gloss.pinyin}</span> : null}
                    {m.bySound ? <span className="lookup-note">{t('lookup.bySound')}</span> : null}
                    {m.gloss ? (
                      <span className="lookup-senses" lang="en">
                        {m.gloss.senses.join('; ')}
                      </span>
                    ) : null}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="lookup-matches">{t('lookup.noMatchZh')}</p>
          )}
        </>
      )}
      <p className="lookup-foot">
        <span>{t('lookup.source')}</span>
        {pinned && hint ? <span>{hint}</span> : null}
      </p>
    </div>,
    document.body,
  );
}
