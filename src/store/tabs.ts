/**
 * One writer per document. A tab holds a Web Lock named after the stored document it has
 * open; a second tab on the same document opens read-only and says so, until the user
 * takes over there: the first tab then stores its last change, lets go and turns read-only.
 * Tabs tell each other over a BroadcastChannel (take-over requests, new revisions), and
 * the revision check in persistence.ts refuses a stale write should anything slip through.
 */
import { appStore } from './appStore';
import { flushAutosave, setStaleWriteHandler, setStoredHandler } from './autosave';
import { fileStore, type ReadOnlyReason } from './fileStore';
import { loadDocument } from './persistence';
import { message } from './messages';

const CHANNEL_NAME = 'duilian:tabs';

type TabMessage =
  | { readonly type: 'take-over'; readonly docId: string }
  | { readonly type: 'stored'; readonly docId: string; readonly revision: number };

let channel: BroadcastChannel | null = null;
/** The lock held for the open document, and how to let it go. */
let held: { docId: string; release: () => void } | null = null;
/** Bumped whenever the open document changes, so a late lock answer is ignored. */
let attempt = 0;

function lockName(docId: string): string {
  return `duilian:doc:${docId}`;
}

function locks(): LockManager | null {
  return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null;
}

function setReadOnly(readOnly: ReadOnlyReason | null): void {
  if (fileStore.getState().readOnly !== readOnly) fileStore.setState({ readOnly });
}

function release(): void {
  held?.release();
  held = null;
}

/**
 * Asks for the lock of `docId`: at once (`wait` false: read-only when another tab has it)
 * or waiting for the holder to let go (take over).
 */
function acquire(docId: string, wait: boolean): Promise<boolean> {
  const manager = locks();
  // Without Web Locks (old browsers, tests) every tab writes; the revision check still
  // refuses a stale write.
  if (!manager) return Promise.resolve(true);
  const mine = ++attempt;
  return new Promise((resolve) => {
    void manager
      .request(lockName(docId), wait ? {} : { ifAvailable: true }, (lock) => {
        if (!lock || mine !== attempt || fileStore.getState().docId !== docId) {
          resolve(false);
          return undefined;
        }
        return new Promise<void>((let_go) => {
          held = { docId, release: let_go };
          resolve(true);
        });
      })
      .catch(() => resolve(false));
  });
}

async function onDocumentChanged(docId: string | null): Promise<void> {
  if (held?.docId === docId) return;
  release();
  attempt++;
  if (docId === null) {
    setReadOnly(null);
    return;
  }
  const granted = await acquire(docId, false);
  if (fileStore.getState().docId !== docId) return;
  setReadOnly(granted ? null : 'other-tab');
}

/** The document as storage holds it now, shown in place of this tab's copy. */
async function showStoredVersion(docId: string): Promise<void> {
  const stored = await loadDocument(docId).catch(() => null);
  if (!stored || fileStore.getState().docId !== docId) return;
  const { selectedLink } = appStore.getState();
  const last = Math.max(0, stored.doc.alignment.links.length - 1);
  appStore.setState({ doc: stored.doc, selectedLink: Math.min(selectedLink, last) });
  // What storage holds is what the other tab saved: this copy is not a change of ours.
  fileStore.setState({ revision: stored.revision, savedDoc: appStore.getState().doc });
}

/** Edits here from now on: the tab that has the document stores its work and lets go. */
export async function takeOver(): Promise<void> {
  const docId = fileStore.getState().docId;
  if (docId === null) return;
  channel?.postMessage({ type: 'take-over', docId } satisfies TabMessage);
  const granted = await acquire(docId, true);
  if (!granted || fileStore.getState().docId !== docId) return;
  await showStoredVersion(docId);
  setReadOnly(null);
  fileStore.setState({ notice: message('store.editHere') });
}

async function onMessage(message: TabMessage): Promise<void> {
  const { docId, readOnly } = fileStore.getState();
  if (message.docId !== docId) return;
  if (message.type === 'take-over' && held?.docId === docId) {
    // Our last change goes to storage before the other tab reads it.
    await flushAutosave();
    release();
    setReadOnly('taken-over');
  } else if (message.type === 'stored' && readOnly !== null) {
    await showStoredVersion(docId);
  }
}

/** After each write of ours, so read-only tabs show the new version. */
function announceStored(docId: string, revision: number): void {
  channel?.postMessage({ type: 'stored', docId, revision } satisfies TabMessage);
}

/** Starts coordinating with other tabs; returns the function that stops it. */
export function startTabCoordination(): () => void {
  if (typeof BroadcastChannel !== 'undefined') {
    channel = new BroadcastChannel(CHANNEL_NAME);
    channel.onmessage = (event: MessageEvent<TabMessage>) => void onMessage(event.data);
  }
  setStoredHandler(announceStored);
  setStaleWriteHandler(() => {
    // Another tab stored a newer version: this one stops writing rather than overwrite it.
    release();
    setReadOnly('stale');
  });
  void onDocumentChanged(fileStore.getState().docId);
  const stop = fileStore.subscribe((state, previous) => {
    if (state.docId !== previous.docId) void onDocumentChanged(state.docId);
  });
  return () => {
    stop();
    release();
    channel?.close();
    channel = null;
  };
}
