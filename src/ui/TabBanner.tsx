import { useFileState } from '../store/fileStore';
import { takeOver } from '../store/tabs';
import './safety.css';

const MESSAGES = {
  'other-tab':
    'This document is open in another tab, which edits it. This tab is read-only and shows that tab’s changes as they are stored.',
  'taken-over':
    'Another tab took over this document; your changes up to then are stored. This tab is read-only now.',
  stale:
    'This document was changed in another tab, so this tab stopped storing it (its latest change was not kept). This tab is read-only.',
} as const;

/** Says why this tab cannot edit its document, and offers to edit here instead. */
export function TabBanner() {
  const readOnly = useFileState((s) => s.readOnly);
  if (readOnly === null) return null;
  return (
    <div role="status" className="tab-banner" aria-label="Read-only">
      <span>
        <strong>Read-only. </strong>
        {MESSAGES[readOnly]}
      </span>
      <button type="button" onClick={() => void takeOver()}>
        Take over
      </button>
    </div>
  );
}
