import { SPLIT_MODES, type SplitMode } from '../core/model';
import { setOpenSplit, useOpenSplit } from '../store/openOptions';
import { useT } from './i18n';

/** Beside Open…: whether two opened text files are aligned by paragraphs, sentences or lines. */
export function OpenSplitSelect() {
  const t = useT();
  const split = useOpenSplit();
  return (
    <select
      className="open-split"
      aria-label={t('openSplit.label')}
      title={t('openSplit.title')}
      value={split}
      onChange={(e) => setOpenSplit(e.target.value as SplitMode)}
    >
      {SPLIT_MODES.map((mode) => (
        <option key={mode} value={mode}>
          {t(`status.level.${mode}`)}
        </option>
      ))}
    </select>
  );
}
