import type { ConfidenceBand } from './confidence';
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
        Edited by hand
      </li>
      <li>
        <span className="swatch swatch-empty" aria-hidden="true" />
        {t('legend.unpaired')}
      </li>
    </ul>
  );
}
