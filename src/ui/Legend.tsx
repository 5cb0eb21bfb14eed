import { BAND_LABELS, type ConfidenceBand } from './confidence';

const BANDS: readonly ConfidenceBand[] = ['high', 'medium', 'low', 'confirmed'];

/** What the row colours mean. */
export function Legend() {
  return (
    <ul className="legend" aria-label="Row colours">
      {BANDS.map((band) => (
        <li key={band}>
          <span className={`swatch band-${band}`} aria-hidden="true" />
          {BAND_LABELS[band]}
        </li>
      ))}
      <li>
        <span className="swatch band-edited" aria-hidden="true" />
        Edited by hand
      </li>
      <li>
        <span className="swatch swatch-empty" aria-hidden="true" />
        Unpaired segment
      </li>
    </ul>
  );
}
