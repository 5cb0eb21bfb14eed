import { createHistory } from '../core/history';
import type { AlignDocument } from '../core/model';
import { parseDocument } from '../io/alignmentFile';
import { alignWithProgress, isAbort } from './aligning';
import { appStore } from './appStore';
import { bundledDocuments } from './catalog';
import { message, reasonOf } from './messages';

/** Shows an error and leaves the current document as it is. */
export function reportError(message: string): void {
  appStore.setState({ error: message });
}

export function dismissError(): void {
  appStore.setState({ error: null });
}

export function setDocument(doc: AlignDocument, bundledId: string | null = null): void {
  appStore.setState({
    doc,
    bundledId,
    status: 'ready',
    progress: 1,
    selectedLink: 0,
    selectedSide: null,
    selectionAnchor: null,
    error: null,
    // Undo never crosses into another document.
    history: createHistory(),
  });
}

export function selectLink(index: number): void {
  const doc = appStore.getState().doc;
  if (!doc) return;
  const last = doc.alignment.links.length - 1;
  appStore.setState({ selectedLink: Math.max(0, Math.min(last, index)), selectionAnchor: null });
}

/** Opens a document bundled under data/, aligning its texts. */
export async function openBundled(id: string): Promise<void> {
  const entry = bundledDocuments.find((d) => d.id === id);
  if (!entry) {
    reportError(message('store.noBundled', { id }));
    return;
  }
  const previous = appStore.getState();
  appStore.setState({ status: 'aligning', progress: 0, error: null });
  try {
    const texts = await entry.load();
    const curated = texts.alignmentJson ? curatedAlignment(texts.alignmentJson, texts, id) : null;
    if (curated) {
      setDocument({ ...curated, meta: { ...curated.meta, ...entry.meta } }, id);
      return;
    }
    // In the worker, with the dictionary: the sample shows what the aligner does.
    const { doc, withoutDictionary } = await alignWithProgress(
      { text: texts.zh, fileName: `${id}/zh.txt` },
      { text: texts.en, fileName: `${id}/en.txt` },
      entry.meta,
    );
    setDocument(doc, id);
    if (withoutDictionary) {
      reportError(message('store.noDictionarySample'));
    }
  } catch (error) {
    appStore.setState({ status: previous.doc ? 'ready' : 'empty' });
    if (isAbort(error)) return;
    reportError(message('store.couldNotOpenBundled', { id, reason: reasonOf(error) }));
  }
}

/** Text content without whitespace: what segmentation must keep. */
function content(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * A bundled folder's checked alignment.json, used only while it still matches the folder's
 * texts; a stale or broken one is reported on the console and the texts are aligned afresh.
 */
function curatedAlignment(json: string, texts: { zh: string; en: string }, id: string) {
  try {
    const doc = parseDocument(json);
    const { source, target } = doc.alignment;
    const matches =
      content(source.segments.map((s) => s.text).join('')) === content(texts.zh) &&
      content(target.segments.map((s) => s.text).join('')) === content(texts.en);
    if (matches) return doc;
    console.warn(`duilian: data/${id}/alignment.json no longer matches its texts; aligning afresh`);
  } catch (error) {
    console.warn(`duilian: data/${id}/alignment.json cannot be read; aligning afresh`, error);
  }
  return null;
}
