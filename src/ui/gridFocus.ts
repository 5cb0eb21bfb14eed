/** Where the single-key shortcuts work: the grid, and the ways back to it. */

/** The grid's element id: the skip link and the toolbar send focus here. */
export const GRID_ID = 'alignment-grid';

/** Puts keyboard focus on the grid, where the single-key shortcuts work. */
export function focusGrid(): void {
  document.getElementById(GRID_ID)?.focus({ preventScroll: true });
}

/**
 * After a document opens from the header (Open…, a sample, Recent, pasted texts, a drop), the
 * keys go to its rows: focus moves to the grid, unless the user has gone on meanwhile to a field
 * or a dialog elsewhere. Left on Open…, n and f did nothing until a row was clicked; left on the
 * samples' list, a letter picked another sample.
 */
export function focusGridAfterOpen(): void {
  setTimeout(() => {
    const active = document.activeElement;
    if (active && active !== document.body && !active.closest('.app-header')) return;
    focusGrid();
  }, 0);
}

/**
 * After a control removes itself (a notice's dismiss button, Align by lines), focus would fall
 * to <body>: the next Tab starts at the top of the page. It goes to the grid instead, unless
 * something else has taken it meanwhile.
 */
export function focusGridIfLost(): void {
  setTimeout(() => {
    const active = document.activeElement;
    if (active && active !== document.body) return;
    focusGrid();
  }, 0);
}
