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
      {/* Where the footer is short of room the labels hide, and the tooltip says them. */}
      {BANDS.map((band) => (
        <li key={band} title={t(BAND_KEYS[band])}>
          <span className={`swatch band-${band}`} aria-hidden="true" />
          <span className="legend-label">{t(BAND_KEYS[band])}</span>
        </li>
      ))}
      <li title={t('legend.edited')}>
        <span className="swatch band-edited" aria-hidden="true" />
        <span className="legend-label">{t('legend.edited')}</span>
      </li>
      <li title={t('legend.unpaired')}>
        <span className="swatch swatch-empty" aria-hidden="true" />
        <span className="legend-label">{t('legend.unpaired')}</span>
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
