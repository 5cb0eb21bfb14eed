import DiffMatchPatch from 'diff-match-patch';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  CELL_EDITOR_KEYS,
  cellEditorAction,
  formatShortcut,
  type CellEditorAction,
} from '../commands';
import type { Segment, Side } from '../core/model';
import type { SideKey } from '../core/operations';
import { useAppState } from '../store/appStore';
import { dispatchCommand } from '../store/commandActions';
import {
  setEditingDraft,
  startEditing,
  stopEditing,
  useViewState,
  viewStore,
} from '../store/viewStore';
import { GRID_COLUMNS } from './gridColumns';
import { focusGrid } from './gridFocus';
import { useLanguage, useT } from './i18n';
import { useSearchMatches } from './regexSearch';
import { segmentKey, type SearchMatch } from './search';
import { FlagMarkedText } from './FlagMarks';
import { SegmentGrip } from './SegmentDrag';
import './editor.css';

/** The edit as deletions and insertions against the imported text, word-friendly. */
export function diffAgainstImported(imported: string, text: string): [number, string][] {
  const dmp = new DiffMatchPatch();
  const diffs = dmp.diff_main(imported, text);
  dmp.diff_cleanupSemantic(diffs);
  return diffs.map((d) => [d[0], d[1]]);
}

/** A segment editor button's tooltip: its label and its key, e.g. "Save (Enter)". */
function editorKeyHint(label: string, action: CellEditorAction): string {
  return `${label} (${CELL_EDITOR_KEYS[action].map((k) => formatShortcut(k)).join(', ')})`;
}

function DiffText({ imported, text }: { imported: string; text: string }) {
  const parts = useMemo(() => diffAgainstImported(imported, text), [imported, text]);
  return (
    <>
      {parts.map(([op, chunk], i) =>
        op === DiffMatchPatch.DIFF_DELETE ? (
          <del key={i} className="diff-del">
            {chunk}
          </del>
        ) : op === DiffMatchPatch.DIFF_INSERT ? (
          <ins key={i} className="diff-ins">
            {chunk}
          </ins>
        ) : (
          <span key={i}>{chunk}</span>
        ),
      )}
    </>
  );
}

function Highlighted({
  text,
  ranges,
  current,
}: {
  text: string;
  ranges: readonly SearchMatch[];
  current: SearchMatch | null;
}) {
  const parts: ReactNode[] = [];
  let at = 0;
  ranges.forEach((r, i) => {
    if (r.start > at) parts.push(text.slice(at, r.start));
    parts.push(
      <mark key={i} className={r === current ? 'search-hit current' : 'search-hit'}>
        {text.slice(r.start, r.end)}
      </mark>,
    );
    at = r.end;
  });
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

/** Search hits in one segment, and the current hit if it is there. */
function useSegmentHits(side: SideKey, segment: number) {
  const alignment = useAppState((s) => s.doc?.alignment ?? null);
  const search = useViewState((s) => s.search);
  const index = useViewState((s) => s.searchIndex);
  const result = useSearchMatches(alignment, search);
  if (result.matches.length === 0) return { ranges: [], current: null };
  const ranges = result.bySegment.get(segmentKey(side, segment)) ?? [];
  const current = result.matches[index] ?? null;
  return { ranges, current: current && ranges.includes(current) ? current : null };
}

interface SegmentProps {
  readonly linkIndex: number;
  readonly sideKey: SideKey;
  readonly index: number;
  readonly segment: Segment;
}

function SegmentView({
  linkIndex,
  sideKey,
  index,
  segment,
  marks,
  first,
  last,
}: SegmentProps & { marks?: readonly string[]; first: boolean; last: boolean }) {
  const t = useT();
  const [showDiff, setShowDiff] = useState(false);
  const hits = useSegmentHits(sideKey, index);
  const edited = segment.importedText !== undefined;
  return (
    <p
      className={`segment${edited ? ' segment-edited' : ''}`}
      data-segment={index}
      onDoubleClick={() => startEditing({ link: linkIndex, side: sideKey, segment: index })}
    >
      <SegmentGrip link={linkIndex} side={sideKey} segment={index} first={first} last={last} />
      {/* The text alone (no badge), where word look-up finds and highlights words. */}
      <span className="segment-text">
        {edited && showDiff ? (
          <DiffText imported={segment.importedText!} text={segment.text} />
        ) : hits.ranges.length > 0 ? (
          <Highlighted text={segment.text} ranges={hits.ranges} current={hits.current} />
        ) : marks && marks.length > 0 ? (
          <FlagMarkedText text={segment.text} words={marks} />
        ) : (
          segment.text
        )}
      </span>
      {edited ? (
        <button
          type="button"
          className="edited-badge"
          aria-pressed={showDiff}
          title={t('grid.editedTitle')}
          onClick={(e) => {
            e.stopPropagation();
            setShowDiff((v) => !v);
          }}
        >
          {showDiff ? t('grid.hideChanges') : t('grid.editedBadge')}
        </button>
      ) : null}
    </p>
  );
}

/** The inline editor: Enter saves, Shift+Enter adds a line, Esc cancels, Ctrl/⌘+Enter splits at the caret. */
function SegmentEditor({ sideKey, index, segment, lang }: SegmentProps & { lang: Side['lang'] }) {
  const t = useT();
  // A draft restored after a reload comes back in the editor (store/autosave.ts).
  const [draft, setDraft] = useState(() => viewStore.getState().editing?.draft ?? segment.text);
  const ref = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);

  const save = () => {
    if (done.current) return;
    done.current = true;
    if (draft !== segment.text)
      dispatchCommand('edit-text', { side: sideKey, segment: index, text: draft });
    stopEditing();
  };
  const cancel = () => {
    done.current = true;
    stopEditing();
  };
  const splitAtCaret = () => {
    const offset = ref.current?.selectionStart ?? 0;
    done.current = true;
    if (
      draft !== segment.text &&
      !dispatchCommand('edit-text', { side: sideKey, segment: index, text: draft })
    ) {
      stopEditing();
      return;
    }
    dispatchCommand('split-segment', { side: sideKey, segment: index, offset });
    stopEditing();
  };

  return (
    <div className="segment-editor" onClick={(e) => e.stopPropagation()}>
      <textarea
        ref={ref}
        lang={lang}
        aria-label={t(lang === 'zh' ? 'grid.editSegment.zh' : 'grid.editSegment.en', {
          n: index + 1,
        })}
        value={draft}
        rows={Math.min(12, Math.max(3, Math.ceil(draft.length / (lang === 'zh' ? 30 : 60))))}
        onChange={(e) => {
          setDraft(e.target.value);
          setEditingDraft(e.target.value);
        }}
        onBlur={save}
        onKeyDown={(e) => {
          const action = cellEditorAction({
            key: e.key,
            ctrlKey: e.ctrlKey,
            metaKey: e.metaKey,
            shiftKey: e.shiftKey,
            altKey: e.altKey,
            isComposing: e.nativeEvent.isComposing,
            keyCode: e.keyCode,
          });
          if (action === null) return;
          e.preventDefault();
          ({ save, split: splitAtCaret, cancel })[action]();
          // Finished from the editor itself (Enter, Esc, Ctrl+Enter or its buttons), the keys go
          // back to the rows; else focus went with the textarea, to the page. A blur (a click
          // elsewhere) saves and leaves focus where it went.
          focusGrid();
        }}
      />
      <div className="editor-actions">
        {/* mousedown would blur the textarea (and save) before the click lands */}
        <button
          type="button"
          title={editorKeyHint(t('grid.save'), 'save')}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            save();
            focusGrid();
          }}
        >
          {t('grid.save')}
        </button>
        <button
          type="button"
          title={editorKeyHint(t('grid.splitAtCaret'), 'split')}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            splitAtCaret();
            focusGrid();
          }}
        >
          {t('grid.splitAtCaret')}
        </button>
        <button
          type="button"
          title={editorKeyHint(t('grid.cancel'), 'cancel')}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            cancel();
            focusGrid();
          }}
        >
          {t('grid.cancel')}
        </button>
      </div>
    </div>
  );
}

interface CellProps {
  readonly side: Side;
  readonly sideKey: SideKey;
  readonly indices: readonly number[];
  readonly linkIndex: number;
  /** This is the selected side of the selected row. */
  readonly active: boolean;
  /** Words the row's flags name in this column, to mark (differing numbers, names). */
  readonly marks?: readonly string[];
}

/** One side of a row: its segments, each editable in place, with search hits and edit diffs. */
export function SegmentCell({ side, sideKey, indices, linkIndex, active, marks }: CellProps) {
  const t = useT();
  const uiLanguage = useLanguage();
  const lang = side.lang;
  const editing = useViewState((s) =>
    s.editing && s.editing.link === linkIndex && s.editing.side === sideKey
      ? s.editing.segment
      : null,
  );
  if (indices.length === 0) {
    return (
      <div
        role="gridcell"
        aria-colindex={GRID_COLUMNS[sideKey]}
        lang={lang}
        data-side={sideKey}
        className={`cell cell-${lang} cell-empty${active ? ' cell-active' : ''}`}
        aria-label={t('grid.noCounterpart')}
      >
        <span
          className="empty-mark"
          aria-hidden="true"
          // In the interface language: marked only when it is not the cell's own.
          lang={uiLanguage === lang ? undefined : uiLanguage === 'zh' ? 'zh-CN' : 'en'}
        >
          {t('grid.noCounterpart')}
        </span>
      </div>
    );
  }
  return (
    <div
      role="gridcell"
      aria-colindex={GRID_COLUMNS[sideKey]}
      lang={lang}
      data-side={sideKey}
      className={`cell cell-${lang}${active ? ' cell-active' : ''}`}
    >
      {indices.map((i) =>
        editing === i ? (
          <SegmentEditor
            key={i}
            linkIndex={linkIndex}
            sideKey={sideKey}
            index={i}
            segment={side.segments[i]}
            lang={lang}
          />
        ) : (
          <SegmentView
            key={i}
            first={i === indices[0]}
            last={i === indices[indices.length - 1]}
            marks={marks}
            linkIndex={linkIndex}
            sideKey={sideKey}
            index={i}
            segment={side.segments[i]}
          />
        ),
      )}
    </div>
  );
}
