/**
 * Dragging a segment onto the neighbouring row, with the pointer: a grip beside each segment
 * that can move (the first of its side goes up, the last goes down), a drop indicator on the
 * row it would join, a refusal on any other row, and the drop runs the same command as `[` or
 * `]` (src/commands/segmentDrag.ts), through the one dispatch path. Pointer events, not HTML5
 * drag-and-drop: the text stays selectable and the window's file drop is not woken.
 */
import type { PointerEvent as ReactPointerEvent } from 'react';
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import {
  formatShortcut,
  getCommand,
  segmentDropCommand,
  segmentDropTargets,
  type SegmentDrag,
} from '../commands';
import type { SideKey } from '../core/operations';
import { appStore, useAppState } from '../store/appStore';
import { dispatchCommand, editorStateOf, useDocumentWritable } from '../store/commandActions';
import { useT, type Translate } from './i18n';
import './segmentDrag.css';

export type DropVerdict = 'ok' | 'refused';

export interface SegmentDragState {
  readonly drag: SegmentDrag | null;
  /** The row under the pointer (link index), when it is another row than the dragged one's. */
  readonly over: number | null;
  readonly verdict: DropVerdict | null;
  /** The rows the segment can go to. */
  readonly targets: readonly number[];
  readonly x: number;
  readonly y: number;
}

const IDLE: SegmentDragState = { drag: null, over: null, verdict: null, targets: [], x: 0, y: 0 };

/** The drag in progress: view state only, never in the document or its history. */
export const segmentDragStore = createStore<SegmentDragState>()(() => IDLE);

export function useSegmentDrag<T>(selector: (state: SegmentDragState) => T): T {
  return useStore(segmentDragStore, selector);
}

/** The pointer must travel this far before a press on the grip becomes a drag. */
const DRAG_THRESHOLD = 4;
/** Near the top or bottom edge of the rows, the view scrolls so a tall neighbour can be reached. */
const SCROLL_EDGE = 48;

function rowAt(x: number, y: number): number | null {
  const row = document.elementFromPoint?.(x, y)?.closest('[role="row"][aria-rowindex]');
  const index = Number(row?.getAttribute('aria-rowindex'));
  return Number.isInteger(index) && index > 0 ? index - 1 : null;
}

function verdictAt(drag: SegmentDrag, to: number | null): DropVerdict | null {
  if (to === null || to === drag.link) return null;
  const editor = editorStateOf(appStore.getState());
  return editor && segmentDropCommand(editor, drag, to) ? 'ok' : 'refused';
}

/** Follows the pointer from a press on a grip until it is let go (or Esc); then drops. */
export function startSegmentDrag(drag: SegmentDrag, event: ReactPointerEvent<HTMLElement>): void {
  const grid = event.currentTarget.closest<HTMLElement>('[role="grid"]');
  // The drag acts on this row and side, as the keys would: select them first.
  dispatchCommand('select-link', { link: drag.link, side: drag.side }, { quiet: true });
  const editor = editorStateOf(appStore.getState());
  const targets = editor ? segmentDropTargets(editor, drag) : [];
  const start = { x: event.clientX, y: event.clientY };
  let last = start;
  let dragging = false;
  let frame = 0;

  const update = () => {
    const over = rowAt(last.x, last.y);
    const shown = over === drag.link ? null : over;
    const verdict = verdictAt(drag, shown);
    segmentDragStore.setState({ drag, over: shown, verdict, targets, x: last.x, y: last.y });
    document.body.dataset.segmentDrag = verdict ?? 'idle';
  };
  const scroll = () => {
    frame = 0;
    if (!dragging || !grid) return;
    const box = grid.getBoundingClientRect();
    const dy =
      last.y < box.top + SCROLL_EDGE
        ? -(box.top + SCROLL_EDGE - last.y) / 3
        : last.y > box.bottom - SCROLL_EDGE
          ? (last.y - (box.bottom - SCROLL_EDGE)) / 3
          : 0;
    if (dy === 0) return;
    grid.scrollTop += dy;
    update();
    frame = requestAnimationFrame(scroll);
  };
  const onMove = (e: PointerEvent) => {
    last = { x: e.clientX, y: e.clientY };
    if (!dragging && Math.hypot(last.x - start.x, last.y - start.y) < DRAG_THRESHOLD) return;
    dragging = true;
    e.preventDefault();
    update();
    if (frame === 0) frame = requestAnimationFrame(scroll);
  };
  const stop = () => {
    window.removeEventListener('pointermove', onMove);
    window.removeEventListener('pointerup', onUp);
    window.removeEventListener('pointercancel', onCancel);
    window.removeEventListener('keydown', onKey, true);
    if (frame !== 0) cancelAnimationFrame(frame);
    delete document.body.dataset.segmentDrag;
    segmentDragStore.setState(IDLE);
    grid?.focus({ preventScroll: true });
  };
  const onUp = (e: PointerEvent) => {
    last = { x: e.clientX, y: e.clientY };
    const to = dragging ? rowAt(last.x, last.y) : null;
    stop();
    const current = editorStateOf(appStore.getState());
    const drop = to === null || !current ? null : segmentDropCommand(current, drag, to);
    if (drop) dispatchCommand(drop.id, drop.args);
  };
  const onCancel = () => stop();
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    // Esc drops nothing, and does nothing else either.
    e.preventDefault();
    e.stopPropagation();
    stop();
  };
  window.addEventListener('pointermove', onMove);
  window.addEventListener('pointerup', onUp);
  window.addEventListener('pointercancel', onCancel);
  window.addEventListener('keydown', onKey, true);
}

function keyOf(id: string): string {
  const shortcut = getCommand(id)?.shortcut;
  return shortcut ? formatShortcut(shortcut) : '';
}

/** The grip's name says where the segment can go and which key does the same. */
function gripLabel(t: Translate, up: boolean, down: boolean): string {
  const keys = { up: keyOf('move-first-up'), down: keyOf('move-last-down') };
  if (up && down) return t('drag.gripBoth', keys);
  return up ? t('drag.gripUp', keys) : t('drag.gripDown', keys);
}

interface GripProps {
  readonly link: number;
  readonly side: SideKey;
  readonly segment: number;
  /** The segment is the first of its side in the row (it can go to the row above). */
  readonly first: boolean;
  /** The segment is the last of its side in the row (it can go to the row below). */
  readonly last: boolean;
}

/** The handle a segment is dragged by; none for a segment that cannot move to a neighbour. */
export function SegmentGrip({ link, side, segment, first, last }: GripProps) {
  const t = useT();
  const writable = useDocumentWritable();
  const rows = useAppState((s) => s.doc?.alignment.links.length ?? 0);
  const dragged = useSegmentDrag(
    (s) => s.drag?.link === link && s.drag.side === side && s.drag.segment === segment,
  );
  const up = first && link > 0;
  const down = last && link < rows - 1;
  if (!writable || (!up && !down)) return null;
  const label = gripLabel(t, up, down);
  return (
    <button
      type="button"
      className={`segment-grip${dragged ? ' dragging' : ''}`}
      // The keys are the keyboard's way (see the label): the grip is no Tab stop of its own.
      tabIndex={-1}
      aria-label={label}
      title={label}
      onPointerDown={(e) => {
        if (e.button !== 0) return;
        // No text selection, no focus change, no row click: this press starts a drag.
        e.preventDefault();
        e.stopPropagation();
        startSegmentDrag({ link, side, segment }, e);
      }}
      onClick={(e) => e.stopPropagation()}
      onDoubleClick={(e) => e.stopPropagation()}
    />
  );
}

/** Follows the pointer during a drag: where the segment would go, or why not here. */
export function SegmentDragChip() {
  const t = useT();
  const state = useSegmentDrag((s) => s);
  if (!state.drag) return null;
  const rows = state.targets.map((i) => String(i + 1)).join(t('drag.or'));
  const text =
    state.verdict === 'ok' && state.over !== null
      ? t('drag.moveTo', { row: state.over + 1 })
      : state.targets.length === 0
        ? t('drag.nowhere')
        : state.verdict === 'refused'
          ? t('drag.onlyOn', { rows })
          : t('drag.dropOn', { rows });
  return (
    <div
      className={`segment-drag-chip${state.verdict ? ` ${state.verdict}` : ''}`}
      style={{ left: state.x + 14, top: state.y + 16 }}
      role="status"
    >
      {text}
    </div>
  );
}
