/** The `format` field every alignment file carries. */
export const FILE_FORMAT = 'duilian-alignment';
/** The newest file format version this build reads and the one it writes. */
export const CURRENT_VERSION = 2;
