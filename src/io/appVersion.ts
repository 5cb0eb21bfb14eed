import { version } from '../../package.json';

/** The version written into saved files and TMX headers. */
export const APP_VERSION: string = version;
