import type { Link } from '../core/model';
import { dispatchCommand } from '../store/commandActions';
import './review.css';

/** The row's sentence-view toggle (the `e` key does the same on the selected row). */
export function SentenceToggle({ index, expanded }: { index: number; expanded: boolean }) {
  return (
    <button
      type="button"
      className="sentence-toggle"
      aria-expanded={expanded}
      aria-label={`${expanded ? 'Hide' : 'Show'} sentences of row ${index + 1}`}
      title={`${expanded ? 'Hide' : 'Show'} the sentences side by side (E)`}
      onClick={(e) => {
        e.stopPropagation();
        dispatchCommand('toggle-sentences', { link: index });
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
  return (
    <>
      {link.status === 'confirmed' && !link.edited ? (
        <span className="confirmed-mark" aria-label="confirmed">
          ✓
        </span>
      ) : null}
      {link.edited ? (
        <span
          className="edited-mark"
          aria-label="edited by hand"
          title="Changed by hand and not confirmed yet: re-align (R) keeps this row. Confirm (C) when it is right."
        >
          edited
        </span>
      ) : null}
      {link.note ? (
        <span className="note-mark" title={link.note} aria-label={`Note: ${link.note}`}>
          ✎
        </span>
      ) : null}
    </>
  );
}
