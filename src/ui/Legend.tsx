import { FLAG_KINDS } from '../checks';
import type { ConfidenceBand } from './confidence';
import { FLAG_LOOK } from './flagKinds';
import { useT, type MessageKey } from './i18n';

const BANDS: readonly ConfidenceBand[] = ['high', 'medium', 'low', 'confirmed'];
const BAND_KEYS: Record<ConfidenceBand, MessageKey> = {
  high: 'legend.high',
  medium: 'legend.medium',
  low: 'legend.low',
  confirmed: 'legend.confirmed',
};

/** What the row colours mean. */
export function Legend() {
  const t = useT();
  return (
    <ul className="legend" aria-label={t('legend.label')}>
      {BANDS.map((band) => (
        <li key={band}>
          <span className={`swatch band-${band}`} aria-hidden="true" />
          {t(BAND_KEYS[band])}
        </li>
      ))}
      <li>
        <span className="swatch band-edited" aria-hidden="true" />
        {t('legend.edited')}
      </li>
      <li>
        <span className="swatch swatch-empty" aria-hidden="true" />
        {t('legend.unpaired')}
      </li>
      {/* Badges by symbol only, named in their tooltip: the footer has one line. */}
      <li className="legend-flags">
        {FLAG_KINDS.map((kind) => (
          <span
            key={kind}
            role="img"
            className={`flag-badge flag-${kind}`}
            aria-label={t(FLAG_LOOK[kind].name)}
            title={t(FLAG_LOOK[kind].name)}
          >
            {FLAG_LOOK[kind].symbol}
          </span>
        ))}
      </li>
    </ul>
  );
}
