/**
 * Nothing lost: every change of the open document is written to IndexedDB shortly after
 * it happens, and at start-up the work open last is restored instead of the sample.
 */
import { openBundled, reportError, setDocument } from './actions';
import { fromStoredHistory, toStoredHistory, type StoredHistory } from '../core/historyPatches';
import type { History } from '../core/history';
import type { AlignDocument } from '../core/model';
import { appStore } from './appStore';
import { viewStore, type EditingTarget } from './viewStore';
import { bundledDocuments, DEFAULT_DOCUMENT_ID } from './catalog';
import { fileStore, isDirty, sameDocument } from './fileStore';
import {
  clearSession,
  clearUnkept,
  loadHandle,
  loadDocument,
  loadRecent,
  loadSession,
  loadUnkept,
  markUnkept,
  newDocumentId,
  saveSession,
  type SessionDraft,
  StaleWriteError,
  storeDocument,
  storeHandle,
} from './persistence';
import { message, reasonOf } from './messages';

/** Wait this long after a change before writing, so a burst of edits is one write. */
export const AUTOSAVE_DELAY_MS = 300;

let timer: ReturnType<typeof setTimeout> | null = null;
let writing: Promise<void> = Promise.resolve();

/** What storage holds already, so an unchanged document is not written again (nor its time bumped). */
interface StoredSnapshot {
  readonly docId: string;
  readonly doc: object;
  readonly name: string;
  readonly dirty: boolean;
  /** The segment editor's text as stored with the session (draftKey). */
  readonly draft?: string | null;
}
let stored: StoredSnapshot | null = null;

function isStored(snapshot: StoredSnapshot): boolean {
  return (
    stored !== null &&
    stored.docId === snapshot.docId &&
    stored.doc === snapshot.doc &&
    stored.name === snapshot.name &&
    stored.dirty === snapshot.dirty
  );
}

/** Text typed in the open segment editor that differs from the segment: work too. */
function currentDraft(): SessionDraft | null {
  const editing = viewStore.getState().editing;
  const doc = appStore.getState().doc;
  if (!editing || editing.draft === undefined || !doc) return null;
  const side = editing.side === 'src' ? doc.alignment.source : doc.alignment.target;
  if (side.segments[editing.segment]?.text === editing.draft) return null;
  const { link, side: sideKey, segment, draft: text } = editing;
  return { link, side: sideKey, segment, text };
}

function draftKey(draft: SessionDraft | null): string | null {
  return draft && JSON.stringify(draft);
}

/** The undo steps to store with `doc`, when the history in the store is this document's. */
function storedHistoryOf(doc: AlignDocument): StoredHistory | undefined {
  const state = appStore.getState();
  if (state.doc !== doc) return undefined;
  return toStoredHistory(state.history, doc.alignment);
}

/** Undo reaches back past a reload: the stored steps become the open document's history. */
/** The undo history stored with `doc`, when it still fits it; undefined: start afresh. */
export function storedHistory(
  stored: StoredHistory | undefined,
  doc: AlignDocument,
): History | undefined {
  if (!stored || (stored.undo.length === 0 && !stored.redo?.length)) return undefined;
  try {
    return fromStoredHistory(stored, doc.alignment);
  } catch (error) {
    // The document itself is sound; only going back past the reload is lost.
    console.warn('duilian: the stored undo history does not fit the document', error);
    return undefined;
  }
}

/** Tabs coordination (tabs.ts) decides what a tab whose write came too late does. */
let onStaleWrite: (docId: string, error: StaleWriteError) => void = (_docId, error) => {
  fileStore.setState({ autosave: 'failed', autosaveError: error.message });
};

export function setStaleWriteHandler(handler: (docId: string, error: StaleWriteError) => void) {
  onStaleWrite = handler;
}

/** Told after every write, so other tabs showing the document can follow. */
let onStored: (docId: string, revision: number) => void = () => undefined;

export function setStoredHandler(handler: (docId: string, revision: number) => void) {
  onStored = handler;
}

/** The storage failure in words, for the footer's tooltip (a QuotaExceededError may have no message). */
export function describeStorageError(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError' || /quota/i.test(String(error)))
    return message('store.storageFull');
  if (isStorageBlocked(error)) return message('store.storageBlocked');
  const reason = error instanceof Error ? error.message : String(error ?? '');
  return reason.trim() || name || message('store.storageRefused');
}

/** Storage refused outright (not full): nothing will be kept in this browser. */
function isStorageBlocked(error: unknown): boolean {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  return (
    name === 'SecurityError' ||
    name === 'InvalidStateError' ||
    name === 'UnknownError' ||
    (typeof indexedDB === 'undefined' && !(error instanceof StaleWriteError))
  );
}

/** Writes the open document now (if it is worth keeping); resolves when written. */
export function flushAutosave(): Promise<void> {
  if (timer !== null) {
    clearTimeout(timer);
    timer = null;
  }
  const doc = appStore.getState().doc;
  const file = fileStore.getState();
  // Another tab writes this document (tabs.ts); this one only shows it.
  if (!doc || file.readOnly !== null) return writing;
  const draft = currentDraft();
  // An untouched bundled sample is not work: nothing to restore at the next start.
  const pristine = sameDocument(doc, file.pristineDoc) && draft === null;
  const docId = file.docId ?? (pristine ? null : newDocumentId());
  if (docId !== file.docId) fileStore.setState({ docId });
  const dirty = isDirty();
  const name = file.name;
  const at = Date.now();
  if (!pristine && docId !== null && isStored({ docId, doc, name, dirty })) {
    if (stored?.draft !== draftKey(draft)) {
      // Only the editor's text changed: the small session record carries it.
      const previous = stored!;
      writing = writing.then(async () => {
        try {
          await saveSession({
            docId,
            name,
            savedAt: at,
            dirty,
            ...(draft ? { draft } : {}),
          });
          stored = { ...previous, draft: draftKey(draft) };
          fileStore.setState({ autosave: 'saved', autosavedAt: at });
        } catch (error) {
          fileStore.setState({ autosave: 'failed', autosaveError: describeStorageError(error) });
        }
      });
      return writing;
    }
    if (file.autosave === 'pending') fileStore.setState({ autosave: 'saved' });
    return writing;
  }
  // Writes run one after another, so an older snapshot never lands after a newer one.
  writing = writing.then(async () => {
    try {
      if (pristine || docId === null) {
        await clearSession();
        fileStore.setState({ autosave: 'off', autosaveError: null });
        return;
      }
      // The revision this tab knows, unless the document changed under it meanwhile.
      const current = fileStore.getState();
      const baseRevision = current.docId === docId ? current.revision : null;
      const history = storedHistoryOf(doc);
      const revision = await storeDocument(docId, name, doc, at, { dirty, baseRevision, history });
      await saveSession({ docId, name, savedAt: at, dirty, ...(draft ? { draft } : {}) });
      stored = { docId, doc, name, dirty, draft: draftKey(draft) };
      clearUnkept(docId);
      onStored(docId, revision);
      fileStore.setState({
        ...(fileStore.getState().docId === docId ? { revision } : {}),
        recent: await loadRecent(),
        autosave: 'saved',
        autosavedAt: at,
        autosaveError: null,
        storage: 'ok',
      });
    } catch (error) {
      if (error instanceof StaleWriteError && docId !== null) {
        onStaleWrite(docId, error);
        return;
      }
      if (docId !== null) markUnkept(docId, at);
      fileStore.setState({
        autosave: 'failed',
        autosaveError: describeStorageError(error),
        ...(isStorageBlocked(error) ? { storage: 'blocked' as const } : {}),
      });
    }
  });
  return writing;
}

function schedule(): void {
  if (timer !== null) clearTimeout(timer);
  if (fileStore.getState().readOnly !== null) return;
  // A failure stays on screen until a write succeeds.
  if (fileStore.getState().autosave !== 'failed') fileStore.setState({ autosave: 'pending' });
  timer = setTimeout(() => {
    timer = null;
    void flushAutosave();
  }, AUTOSAVE_DELAY_MS);
}

function onBeforeUnload(event: BeforeUnloadEvent): void {
  if (timer !== null) void flushAutosave();
  // A read-only tab holds nothing the writing tab does not.
  if (fileStore.getState().readOnly !== null) return;
  // Text still in a segment editor is not applied yet: leaving would lose it elsewhere.
  if (!isDirty() && currentDraft() === null) return;
  event.preventDefault();
  // Older browsers show the prompt only when returnValue is set.
  event.returnValue = '';
}

function onPageHide(): void {
  if (timer !== null) void flushAutosave();
}

/** Starts watching the store; returns the function that stops it. */
export function startAutosave(): () => void {
  const stopDoc = appStore.subscribe((state, previous) => {
    if (state.doc !== previous.doc && state.doc !== null) schedule();
  });
  // Typing in a segment editor, or closing it, changes what a reload should bring back.
  const stopDraft = viewStore.subscribe((state, previous) => {
    if (
      state.editing !== previous.editing &&
      (state.editing?.draft !== undefined || previous.editing?.draft !== undefined)
    )
      schedule();
  });
  // Saving to a file changes what "unsaved" means: the stored session says so too.
  const stopSaved = fileStore.subscribe((state, previous) => {
    if (state.savedDoc !== previous.savedDoc && state.docId !== null) schedule();
    if (
      state.docId !== null &&
      state.handle !== null &&
      (state.handle !== previous.handle || state.docId !== previous.docId)
    ) {
      // Best effort: without it, Save after a reload asks where to save.
      storeHandle(state.docId, state.handle).catch(() => undefined);
    }
  });
  window.addEventListener('beforeunload', onBeforeUnload);
  window.addEventListener('pagehide', onPageHide);
  return () => {
    stopDoc();
    stopDraft();
    stopSaved();
    window.removeEventListener('beforeunload', onBeforeUnload);
    window.removeEventListener('pagehide', onPageHide);
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
  };
}

/** The editor to reopen with the text being typed when the tab went away, if it still fits. */
function restoredDraft(draft: SessionDraft | undefined, doc: AlignDocument): EditingTarget | null {
  if (!draft || typeof draft.text !== 'string') return null;
  const link = doc.alignment.links[draft.link];
  if (
    !link ||
    (draft.side !== 'src' && draft.side !== 'tgt') ||
    !link[draft.side].includes(draft.segment)
  )
    return null;
  return { link: draft.link, side: draft.side, segment: draft.segment, draft: draft.text };
}

async function openSample(): Promise<void> {
  if (!bundledDocuments.some((d) => d.id === DEFAULT_DOCUMENT_ID)) return;
  if (appStore.getState().doc !== null) return;
  await openBundled(DEFAULT_DOCUMENT_ID);
  const state = appStore.getState();
  if (state.doc && state.bundledId === DEFAULT_DOCUMENT_ID) {
    fileStore.setState({ docId: null, savedDoc: state.doc, pristineDoc: state.doc, handle: null });
  }
}

/**
 * At start-up: the work open when the tab went away, else the bundled sample. A stored
 * document that no longer reads is reported, and the sample opens instead.
 */
export async function restoreOrOpenSample(): Promise<void> {
  // "Opening…" rather than "No document open" while storage is read.
  if (appStore.getState().status === 'empty') appStore.setState({ status: 'loading' });
  let session = null;
  let recent = fileStore.getState().recent;
  try {
    [session, recent] = await Promise.all([loadSession(), loadRecent()]);
    fileStore.setState({ storage: 'ok' });
  } catch (error) {
    // No IndexedDB (private mode, blocked, old browser): start without stored work, and say so.
    fileStore.setState({
      storage: 'blocked',
      autosaveError: describeStorageError(error),
    });
  }
  fileStore.setState({ recent });
  if (session) {
    try {
      const restoredDoc = await loadDocument(session.docId);
      if (restoredDoc) {
        // Something opened meanwhile (a file picked at once, or StrictMode's second run).
        if (appStore.getState().doc !== null) return;
        const doc = restoredDoc.doc;
        // Storage holds this already: no write, so the notice keeps the time of the last change.
        stored = {
          docId: session.docId,
          doc,
          name: restoredDoc.name,
          dirty: session.dirty,
          draft: draftKey(session.draft ?? null),
        };
        const draft = restoredDraft(session.draft, doc);
        const unkept = loadUnkept();
        setDocument(doc, null, {
          history: storedHistory(restoredDoc.history, doc),
          editing: draft,
          file: {
            docId: session.docId,
            name: restoredDoc.name,
            savedDoc: session.dirty ? null : doc,
            pristineDoc: null,
            handle: null,
            revision: restoredDoc.revision,
            restored: {
              name: restoredDoc.name,
              savedAt: session.savedAt,
              dirty: session.dirty,
              ...(unkept?.docId === session.docId ? { unkeptSince: unkept.since } : {}),
              ...(draft ? { draft: { side: draft.side, segment: draft.segment } } : {}),
            },
          },
        });
        const handle = await loadHandle(session.docId).catch(() => null);
        if (handle && fileStore.getState().docId === session.docId) fileStore.setState({ handle });
        return;
      }
    } catch (error) {
      await openSample();
      reportError(message('store.restoreFailed', { reason: reasonOf(error) }));
      return;
    }
  }
  await openSample();
  if (appStore.getState().doc === null && appStore.getState().status === 'loading') {
    appStore.setState({ status: 'empty' });
  }
}
