import { useEffect, type RefObject } from 'react';
import { focusGrid } from './gridFocus';

/**
 * Opens a `<dialog>` modally when it mounts and, when it unmounts (Escape, Close, submit), puts
 * focus back where it was: on the button that opened it, or on the grid when that is gone (the
 * palette). The dialog is unmounted on its `cancel` event, before the browser could restore
 * focus itself, so Escape from Paste texts… or About left focus on <body>: the next Tab started
 * from the top of the page and the single-key shortcuts did nothing.
 */
export function useModalDialog(ref: RefObject<HTMLDialogElement | null>): void {
  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    return () => {
      const active = document.activeElement;
      // Something else took focus meanwhile (a notice, the grid after Paste): leave it there.
      if (active && active !== document.body && !dialog?.contains(active)) return;
      if (previous && previous !== document.body && previous.isConnected) {
        previous.focus({ preventScroll: true });
      } else {
        focusGrid();
      }
    };
    // Once per dialog shown: the ref is stable.
  }, [ref]);
}
