import type { Alignment } from '../core/model';

/** Counts a reviewer wants at a glance. */
export function StatusBar({ alignment }: { alignment: Alignment }) {
  const links = alignment.links;
  const confirmed = links.filter((l) => l.status === 'confirmed').length;
  const unpaired = links.filter((l) => l.src.length === 0 || l.tgt.length === 0).length;
  return (
    <p className="status-bar" aria-live="polite">
      {links.length} links · {alignment.source.segments.length} Chinese /{' '}
      {alignment.target.segments.length} English segments · {unpaired} unpaired · {confirmed} of{' '}
      {links.length} confirmed
    </p>
  );
}
