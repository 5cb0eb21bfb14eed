import { useEffect, type RefObject } from 'react';

/** While `active`, a pointer press outside every given element calls `onOutside` (closes a menu). */
export function useOutsidePointer(
  active: boolean,
  refs: readonly RefObject<HTMLElement | null>[],
  onOutside: () => void,
): void {
  useEffect(() => {
    if (!active) return;
    function onPointerDown(event: PointerEvent) {
      const target = event.target as Node;
      if (!refs.some((ref) => ref.current?.contains(target))) onOutside();
    }
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
    // refs are stable ref objects; onOutside only closes the menu.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active]);
}
