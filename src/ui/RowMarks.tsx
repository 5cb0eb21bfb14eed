import type { Link } from '../core/model';
import { focusGrid } from './AlignmentGrid';
import { dispatchCommand } from '../store/commandActions';
import { useT } from './i18n';
import './review.css';

/** The row's sentence-view toggle (the `e` key does the same on the selected row). */
export function SentenceToggle({ index, expanded }: { index: number; expanded: boolean }) {
  const t = useT();
  return (
    <button
      type="button"
      className="sentence-toggle"
      // Not a Tab stop: the grid is one (e does the same from it). As one per row, they stood
      // between the grid and the flags list, the notices and the status bar.
      tabIndex={-1}
      aria-expanded={expanded}
      aria-label={t(expanded ? 'sentences.hide' : 'sentences.show', { row: index + 1 })}
      title={t('sentences.toggleTitle')}
      onClick={(e) => {
        e.stopPropagation();
        dispatchCommand('toggle-sentences', { link: index });
        focusGrid();
      }}
    >
      {expanded ? '▾' : '▸'}
    </button>
  );
}

/**
 * Marks in the row header: confirmed, hand-edited (until confirmed) and the note. A hand edit
 * is what re-align keeps, so the row must say so for as long as it holds.
 */
export function RowMarks({ link }: { link: Link }) {
  const t = useT();
  return (
    <>
      {link.status === 'confirmed' && !link.edited ? (
        <span className="confirmed-mark" aria-label={t('grid.confirmed')}>
          ✓
        </span>
      ) : null}
      {link.edited ? (
        <span
          className="edited-mark"
          aria-label={t('grid.editedByHand')}
          title={t('grid.editedMarkTitle')}
        >
          {t('grid.editedMark')}
        </span>
      ) : null}
      {link.note ? (
        <span
          className="note-mark"
          title={link.note}
          aria-label={t('grid.note', { note: link.note })}
        >
          ✎
        </span>
      ) : null}
    </>
  );
}
