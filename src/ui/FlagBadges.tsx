import { memo } from 'react';
import type { Flag } from '../checks';
import { focusGrid } from './AlignmentGrid';
import { dispatchCommand } from '../store/commandActions';
import { FLAG_LOOK, flagMessage } from './flagKinds';
import { useLanguage, useT } from './i18n';
import { GRID_COLUMNS } from './gridColumns';
import './review.css';

/** One small badge per flag of a row; its tooltip and accessible name say the message. */
export const FlagBadges = memo(function FlagBadges({ flags }: { flags: readonly Flag[] }) {
  const t = useT();
  const language = useLanguage();
  if (flags.length === 0) return null;
  return (
    <span className="flag-badges">
      {flags.map((f, i) => (
        <span
          key={`${f.kind}${i}`}
          role="img"
          className={`flag-badge flag-${f.kind}`}
          aria-label={t('flag.text.labelled', {
            kind: t(FLAG_LOOK[f.kind].name),
            message: flagMessage(f, language),
          })}
          title={t('flag.text.labelled', {
            kind: t(FLAG_LOOK[f.kind].name),
            message: flagMessage(f, language),
          })}
        >
          {FLAG_LOOK[f.kind].symbol}
        </span>
      ))}
    </span>
  );
});

/** Under the selected flagged row: what each flag says, and "This is fine" to dismiss it. */
export const FlagDetails = memo(function FlagDetails({
  flags,
  link,
}: {
  flags: readonly Flag[];
  link: number;
}) {
  const t = useT();
  const language = useLanguage();
  if (flags.length === 0) return null;
  // A row of the grid holds cells only: the list sits in a cell of its own, the grid's fourth
  // column (display: contents, so the list itself stays the row's layout item).
  return (
    <div role="gridcell" aria-colindex={GRID_COLUMNS.flags} className="flag-details-cell">
      <ul className="flag-details" aria-label={t('review.rowFlags', { row: link + 1 })}>
        {flags.map((f, i) => (
          <li key={`${f.kind}${i}`} className="flag-detail">
            <span className={`flag-badge flag-${f.kind}`} aria-hidden="true">
              {FLAG_LOOK[f.kind].symbol}
            </span>
            <span className="flag-message">{flagMessage(f, language)}</span>
            <button
              type="button"
              className="flag-dismiss"
              title={t('review.dismissTitle')}
              onClick={(e) => {
                e.stopPropagation();
                dispatchCommand('dismiss-flags', { link, kinds: [f.kind] });
                focusGrid();
              }}
            >
              {t('review.dismiss')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
});
