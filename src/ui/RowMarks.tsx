import type { Link } from '../core/model';
import './review.css';

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
