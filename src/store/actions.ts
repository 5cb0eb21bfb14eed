import { createHistory, type History } from '../core/history';
import type { AlignDocument } from '../core/model';
import { parseDocument } from '../io/alignmentFile';
import { alignWithProgress, isAbort } from './aligning';
import { appStore } from './appStore';
import { adoptedChecks } from './checksStore';
import type { FileState } from './fileStore';
import { initialReviewViewState } from './reviewStore';
import { setSlices } from './rootStore';
import type { EditingTarget } from './viewStore';
import { bundledDocuments } from './catalog';
import { message, reasonOf } from './messages';

/** Shows an error and leaves the current document as it is. */
export function reportError(message: string): void {
  appStore.setState({ error: message });
}

export function dismissError(): void {
  appStore.setState({ error: null });
}

export function dismissWarning(): void {
  appStore.setState({ warning: null });
}

/** What else comes with a document being adopted, in the same state change. */
export interface AdoptExtras {
  /** Undo history restored with the document (autosave); default: none. */
  readonly history?: History;
  /** Where the document lives: its storage id, name, saved copy… */
  readonly file?: Partial<FileState>;
  /** A segment editor reopened with the text that was being typed. */
  readonly editing?: EditingTarget | null;
  /** Said at once (e.g. characters the files did not decode); default: no error. */
  readonly error?: string | null;
  /** Said at once, as a notice: what to check though the document opened; default: none. */
  readonly warning?: string | null;
}

/**
 * Makes `doc` the open document: the document, its history and selection, where it lives,
 * its review flags and a fresh view (no editor, menu, filter or expanded rows of the old one)
 * change together, in one state change.
 */
export function setDocument(
  doc: AlignDocument,
  bundledId: string | null = null,
  extras: AdoptExtras = {},
): void {
  setSlices({
    app: {
      doc,
      bundledId,
      status: 'ready',
      progress: 1,
      selectedLink: 0,
      selectedSide: null,
      selectionAnchor: null,
      error: extras.error ?? null,
      warning: extras.warning ?? null,
      // Undo never crosses into another document.
      history: extras.history ?? createHistory(),
    },
    ...(extras.file ? { file: extras.file } : {}),
    view: { editing: extras.editing ?? null, rowMenu: null, searchIndex: 0 },
    // The flags panel stays as the user left it; rows and filter belong to the old document.
    review: { expanded: initialReviewViewState.expanded, filter: initialReviewViewState.filter },
    checks: { checks: adoptedChecks(doc) },
    // A word of the old document is no longer looked up (the loaded glosses stay).
    lookup: { target: null, view: null, highlights: null },
  });
}

export function selectLink(index: number): void {
  const doc = appStore.getState().doc;
  if (!doc) return;
  const last = doc.alignment.links.length - 1;
  appStore.setState({ selectedLink: Math.max(0, Math.min(last, index)), selectionAnchor: null });
}

/**
 * Opens a document bundled under data/, aligning its texts; `fileFor` says where the opened
 * document lives (adopted with it, in one state change).
 */
export async function openBundled(
  id: string,
  fileFor: (doc: AlignDocument) => Partial<FileState> = () => ({}),
): Promise<void> {
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
      const doc = { ...curated, meta: { ...curated.meta, ...entry.meta } };
      setDocument(doc, id, { file: fileFor(doc) });
      return;
    }
    // In the worker, with the dictionary: the sample shows what the aligner does.
    const { doc, withoutDictionary } = await alignWithProgress(
      { text: texts.zh, fileName: `${id}/zh.txt` },
      { text: texts.en, fileName: `${id}/en.txt` },
      entry.meta,
    );
    setDocument(doc, id, {
      file: fileFor(doc),
      error: withoutDictionary ? message('store.noDictionarySample') : null,
    });
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
