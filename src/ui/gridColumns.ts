/**
 * The grid's columns, as assistive technology sees them: every cell says its column
 * (aria-colindex), so a row is read the same way whatever it holds. The flag details of the
 * current flagged row are a column of their own (drawn under the texts), present only on
 * that row, which aria-colindex allows: the grid declares all four.
 */
export const GRID_COLUMNS = { number: 1, src: 2, tgt: 3, flags: 4 } as const;
export const GRID_COLUMN_COUNT = 4;
