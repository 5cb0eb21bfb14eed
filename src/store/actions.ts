import { createHistory } from '../core/history';
import type { AlignDocument } from '../core/model';
import { alignWithProgress, isAbort } from './aligning';
import { appStore } from './appStore';
import { bundledDocuments } from './catalog';

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
    error: null,
    // Undo never crosses into another document.
    history: createHistory(),
  });
}

export function selectLink(index: number): void {
  const doc = appStore.getState().doc;
  if (!doc) return;
  const last = doc.alignment.links.length - 1;
  appStore.setState({ selectedLink: Math.max(0, Math.min(last, index)) });
}

/** Opens a document bundled under data/, aligning its texts. */
export async function openBundled(id: string): Promise<void> {
  const entry = bundledDocuments.find((d) => d.id === id);
  if (!entry) {
    reportError(`There is no bundled document "${id}".`);
    return;
  }
  const previous = appStore.getState();
  appStore.setState({ status: 'aligning', progress: 0, error: null });
  try {
    const texts = await entry.load();
    // In the worker, with the dictionary: the sample shows what the aligner does.
    const { doc, withoutDictionary } = await alignWithProgress(
      { text: texts.zh, fileName: `${id}/zh.txt` },
      { text: texts.en, fileName: `${id}/en.txt` },
      entry.meta,
    );
    setDocument(doc, id);
    if (withoutDictionary) {
      reportError(
        'The background aligner could not start, so this document was aligned without its dictionary: check the rows.',
      );
    }
  } catch (error) {
    appStore.setState({ status: previous.doc ? 'ready' : 'empty' });
    if (isAbort(error)) return;
    reportError(
      `Could not open "${id}": ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
