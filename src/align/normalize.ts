/** Text clean-up shared by every segmenter: BOM, line ends. */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

// Which text is Chinese is decided in one place for the app, the CLI and the importers.
export { detectLang, hanShare } from '../core/language';
