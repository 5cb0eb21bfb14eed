import { SPLIT_MODES, type SplitMode } from '../core/model';
import { setOpenSplit, useOpenSplit } from '../store/openOptions';

const NAMES: Record<SplitMode, string> = {
  paragraphs: 'Paragraphs',
  sentences: 'Sentences',
  lines: 'Lines',
};

/** Beside Open…: whether two opened text files are aligned by paragraphs, sentences or lines. */
export function OpenSplitSelect() {
  const split = useOpenSplit();
  return (
    <select
      className="open-split"
      aria-label="Align opened texts by"
      title="How Open… and dropped text files are cut before aligning"
      value={split}
      onChange={(e) => setOpenSplit(e.target.value as SplitMode)}
    >
      {SPLIT_MODES.map((mode) => (
        <option key={mode} value={mode}>
          {NAMES[mode]}
        </option>
      ))}
    </select>
  );
}
