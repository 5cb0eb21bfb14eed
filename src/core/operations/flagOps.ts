/** Dismissing review flags ("this is fine") and bringing them back: undoable edits of links. */
import { FLAG_KINDS, type Alignment, type FlagKind, type Link } from '../model';
import { checkLinkIndex, type OpResult } from './result';

function withDismissed(link: Link, kinds: readonly FlagKind[]): Link {
  const { dismissed: _old, ...rest } = link;
  return kinds.length === 0 ? rest : { ...rest, dismissed: kinds };
}

function sameKinds(a: readonly FlagKind[] | undefined, b: readonly FlagKind[]): boolean {
  const x = a ?? [];
  return x.length === b.length && x.every((k, i) => k === b[i]);
}

function setDismissed(
  alignment: Alignment,
  linkIndex: number,
  change: (current: readonly FlagKind[]) => FlagKind[],
): OpResult {
  const bad = checkLinkIndex(alignment, linkIndex);
  if (bad) return bad;
  const link = alignment.links[linkIndex];
  const current = link.dismissed ?? [];
  const chosen = new Set(change(current));
  const next = FLAG_KINDS.filter((k) => chosen.has(k));
  if (sameKinds(link.dismissed, next)) return alignment;
  const links = alignment.links.slice();
  links[linkIndex] = withDismissed(link, next);
  return { ...alignment, links };
}

export function canDismissFlags(
  alignment: Alignment,
  linkIndex: number,
  kinds: readonly FlagKind[],
): boolean {
  if (checkLinkIndex(alignment, linkIndex) !== null) return false;
  const current = alignment.links[linkIndex].dismissed ?? [];
  return kinds.some((k) => !current.includes(k));
}

/** Marks flag kinds on a link as looked at and fine: the checks leave them out from now on. */
export function dismissFlags(
  alignment: Alignment,
  linkIndex: number,
  kinds: readonly FlagKind[],
): OpResult {
  return setDismissed(alignment, linkIndex, (current) => [...current, ...kinds]);
}

export function canRestoreFlags(
  alignment: Alignment,
  linkIndex: number,
  kinds?: readonly FlagKind[],
): boolean {
  if (checkLinkIndex(alignment, linkIndex) !== null) return false;
  const current = alignment.links[linkIndex].dismissed ?? [];
  return kinds === undefined ? current.length > 0 : kinds.some((k) => current.includes(k));
}

/** Brings dismissed flags back (all of them when `kinds` is not given). */
export function restoreFlags(
  alignment: Alignment,
  linkIndex: number,
  kinds?: readonly FlagKind[],
): OpResult {
  return setDismissed(alignment, linkIndex, (current) =>
    kinds === undefined ? [] : current.filter((k) => !kinds.includes(k)),
  );
}
