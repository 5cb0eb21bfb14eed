import { useMemo } from 'react';
import { reportError } from '../store/actions';
import { useAppState } from '../store/appStore';
import { useChecks } from '../store/checksStore';
import { openTexts } from '../store/fileActions';
import { useFileState } from '../store/fileStore';
import {
  dismissLinesHint,
  dismissMismatch,
  mismatchDismissedFor,
  mismatchOf,
  useHints,
} from '../store/hints';
import { setRowFilter } from '../store/reviewStore';
import { focusGrid, focusGridIfLost } from './gridFocus';
import { useT } from './i18n';
import './hints.css';

/**
 * Most rows look wrong (the aligner unsure of them, or unpaired): the two texts may not be a
 * translation of each other (two chapters that do not match, say). Said once, beside the
 * document, which stays open: the user may look at the rows or dismiss it.
 */
export function MismatchNotice() {
  const t = useT();
  const doc = useAppState((s) => s.doc);
  const docId = useFileState((s) => s.docId);
  const checks = useChecks();
  const dismissed = useHints((s) => (doc ? mismatchDismissedFor(s, docId, doc.alignment) : true));
  const mismatch = useMemo(
    () => (doc && checks?.alignment === doc.alignment ? mismatchOf(checks) : null),
    [checks, doc],
  );
  if (!doc || dismissed || !mismatch) return null;
  return (
    <div role="status" className="restore-notice hint-notice hint-warn">
      <span>{t('hints.mismatch', { flagged: mismatch.flagged, total: mismatch.total })}</span>
      <span className="restore-actions">
        <button
          type="button"
          onClick={() => {
            setRowFilter('flagged');
            // On to the flagged rows: n, e, m work from the grid, not from this button.
            focusGrid();
          }}
        >
          {t('hints.showFlagged')}
        </button>
        <button
          type="button"
          aria-label={t('hints.dismissMismatch')}
          title={t('hints.dismissMismatch')}
          onClick={() => {
            dismissMismatch(docId, doc.alignment);
            focusGridIfLost();
          }}
        >
          ×
        </button>
      </span>
    </div>
  );
}

/**
 * Texts of one paragraph a line, with a few blank lines (between chapters), were cut at the
 * blank lines only: a row holds a chapter. Offers to align the same texts by lines.
 */
export function LinesNotice() {
  const t = useT();
  const hint = useHints((s) => s.lines);
  const docId = useFileState((s) => s.docId);
  const busy = useAppState((s) => s.status === 'aligning');
  if (!hint || hint.docId !== docId) return null;
  return (
    <div role="status" className="restore-notice hint-notice">
      <span>{t('hints.lines', { lines: hint.lines, paragraphs: hint.paragraphs })}</span>
      <span className="restore-actions">
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            dismissLinesHint();
            focusGridIfLost();
            openTexts(hint.zh, hint.en, 'lines').catch((error: unknown) =>
              reportError(error instanceof Error ? error.message : String(error)),
            );
          }}
        >
          {t('hints.alignByLines')}
        </button>
        <button
          type="button"
          aria-label={t('hints.dismissLines')}
          title={t('hints.dismissLines')}
          onClick={() => {
            dismissLinesHint();
            focusGridIfLost();
          }}
        >
          ×
        </button>
      </span>
    </div>
  );
}
