/**
 * Dragging a segment onto the neighbouring row: which command a drop means. A drag is the
 * pointer's way to say `[` (the first segment of a side, onto the row above) or `]` (the
 * last, onto the row below); the drop runs that command, so it is the same operation and
 * the same one undo step. Pure: the view asks here, then dispatches.
 */
import type { SideKey } from '../core/operations';
import type { EditorState } from './editorState';
import { isCommandEnabled } from './executeCommand';
import type { CommandArgs } from './types';

/** The segment being dragged: which row it is in, its side, and its index on that side. */
export interface SegmentDrag {
  readonly link: number;
  readonly side: SideKey;
  readonly segment: number;
}

export interface SegmentDrop {
  readonly id: 'move-first-up' | 'move-last-down';
  readonly args: CommandArgs;
}

/** The command that moves the dragged segment onto row `to`, or null when it cannot go there. */
export function segmentDropCommand(
  state: EditorState,
  drag: SegmentDrag,
  to: number,
): SegmentDrop | null {
  const run = state.doc.alignment.links[drag.link]?.[drag.side];
  if (!run || run.length === 0) return null;
  const args = { link: drag.link, side: drag.side };
  if (to === drag.link - 1 && run[0] === drag.segment) {
    return isCommandEnabled(state, 'move-first-up', args) ? { id: 'move-first-up', args } : null;
  }
  if (to === drag.link + 1 && run[run.length - 1] === drag.segment) {
    return isCommandEnabled(state, 'move-last-down', args) ? { id: 'move-last-down', args } : null;
  }
  return null;
}

/** The rows the dragged segment can be dropped on (none, the row above, below, or both). */
export function segmentDropTargets(state: EditorState, drag: SegmentDrag): number[] {
  return [drag.link - 1, drag.link + 1].filter(
    (to) => segmentDropCommand(state, drag, to) !== null,
  );
}
