/**
 * Files into the app: open (alignment JSON, two text files, pasted texts, imports,
 * revised texts under an alignment) and the recent list. Saving and exporting are in
 * saveActions.ts. Every failure leaves the open document as it was
 * and tells the user, through reportError, what is wrong and what to do.
 */
import type { TextInput } from '../align/alignTexts';
import { segmentText, type SplitMode } from '../align/segment';
import type { History } from '../core/history';
import type { AlignDocument } from '../core/model';
import { checkFileSize } from '../io/decode';
import { decodeInput } from '../io/decodeInput';
import { FileFormatError } from '../io/errors';
import type { IoMessage } from '../io/messages';
import { openExtensions } from '../io/formats';
import type { TextFile } from '../io/importers/common';
import {
  checkTextPair,
  planFiles,
  readPlan,
  readPlanAsync,
  type OpenedDocument,
} from '../io/planner';
import { openBundled, reportError, setDocument } from './actions';
import { alignWithProgress, cancelAlignment as cancelRunningAlignment, isAbort } from './aligning';

/** The import running in chunks (a large TMX), for Cancel. */
let importing: AbortController | null = null;

/** Cancel: stops the alignment or the import running; the open document stays. */
export function cancelAlignment(): void {
  importing?.abort();
  cancelRunningAlignment();
}

/** Large files read in chunks with progress and Cancel, so the page never freezes. */
async function readWithProgress(plan: Parameters<typeof readPlan>[0]): Promise<OpenedDocument> {
  if (plan.kind !== 'tmx' || plan.file.text.length < 1_000_000) return readPlan(plan, segmentText);
  importing?.abort();
  const controller = new AbortController();
  importing = controller;
  appStore.setState({ status: 'aligning', progress: 0, error: null });
  try {
    const opened = await readPlanAsync(plan, segmentText, {
      signal: controller.signal,
      onProgress: (fraction) => {
        if (importing === controller) appStore.setState({ progress: fraction });
      },
    });
    appStore.setState({ status: appStore.getState().doc ? 'ready' : 'empty', progress: 1 });
    return opened;
  } catch (error) {
    appStore.setState({ status: appStore.getState().doc ? 'ready' : 'empty', progress: 1 });
    throw error;
  } finally {
    if (importing === controller) importing = null;
  }
}
import { appStore } from './appStore';
import { documentName, pairName, safeName, stripExtension } from './documentNames';
import { DEFAULT_DOCUMENT_ID } from './catalog';
import { fileStore, isDirty } from './fileStore';
import { hintsStore, offerLines } from './hints';
import { openOptionsStore } from './openOptions';
import { flushAutosave, storedHistory } from './autosave';
import { confirmReplace } from './replaceGuard';
import {
  forgetRecent,
  inputsDocumentId,
  loadDocument,
  loadHandle,
  loadRecent,
  newDocumentId,
} from './persistence';
import { ioMessage, message, reasonOf } from './messages';

// ---------------------------------------------------------------- adopting a document

interface AdoptOptions {
  readonly name: string;
  /** Id in storage, when reopening a stored document. */
  readonly docId?: string;
  /** The document came from a file exactly as it is (nothing unsaved). */
  readonly saved: boolean;
  readonly handle?: FileSystemFileHandle | null;
  /** The stored revision, when reopening a stored document. */
  readonly revision?: number;
  /** The undo history stored with it, when reopening a stored document. */
  readonly history?: History;
  /** An alert to show with it (a missing dictionary). */
  readonly error?: string | null;
  /** A notice to show with it: what an import changed or left out. */
  readonly warning?: string | null;
}

/**
 * Makes `doc` the open document, once the user has decided about unsaved changes in the
 * one it replaces (replaceGuard.ts); resolves false when they chose to keep it open.
 */
async function adoptDocument(doc: AlignDocument, options: AdoptOptions): Promise<boolean> {
  // The sample still aligning at start-up must not land on top of the file just opened.
  cancelAlignment();
  const kept = keptNotice();
  // The new document is ready: no "Aligning…" behind the question about the open one.
  if (appStore.getState().status === 'aligning') keepOpenDocument(null);
  if (!(await confirmReplace())) {
    keepOpenDocument();
    return false;
  }
  void flushAutosave();
  setDocument(doc, null, {
    history: options.history,
    error: options.error ?? null,
    // What an import changed, characters the files did not decode: the document opened, so
    // these are for checking those rows, not an error (they stay on screen until dismissed).
    warning:
      options.warning || decodeWarnings.length > 0
        ? withDecodeWarnings(options.warning ?? '')
        : null,
    file: {
      docId: options.docId ?? newDocumentId(),
      name: options.name,
      savedDoc: options.saved ? doc : null,
      pristineDoc: null,
      handle: options.handle ?? null,
      revision: options.revision ?? null,
      restored: null,
      notice: kept(),
    },
  });
  return true;
}

/** What decoding the files being opened had to report (decode.ts decodeWarning). */
let decodeWarnings: string[] = [];

function noteDecodeWarning(warning: string, said: readonly IoMessage[]): void {
  decodeWarnings.push(...(said.length > 0 ? said.map(ioMessage) : [warning]));
}

/** A message with the decoding warnings after it, said once. */
function withDecodeWarnings(message: string): string {
  const warnings = decodeWarnings.map((w) => (/[.。]$/.test(w) ? w : `${w}.`));
  decodeWarnings = [];
  return [message, ...warnings].filter((m) => m !== '').join(' ');
}

/** The open document stays: undo the "Aligning…" state a new pair set. */
function keepOpenDocument(notice: string | null = message('store.nothingOpened')): void {
  const hasDoc = appStore.getState().doc !== null;
  appStore.setState({ status: hasDoc ? 'ready' : 'empty', progress: 1 });
  if (notice !== null) fileStore.setState({ notice });
}

/**
 * Said when another document replaced one with unsaved changes kept in the browser; read
 * after the user's choice, so it is only said when the changes really are kept.
 */
function keptNotice(): () => string | null {
  const { docId, name } = fileStore.getState();
  const wasDirty = docId !== null && isDirty();
  return () => {
    const after = fileStore.getState();
    const keptInStorage =
      wasDirty &&
      after.docId === docId &&
      after.autosave !== 'failed' &&
      after.storage !== 'blocked';
    return keptInStorage ? message('store.keptUnderRecent', { name }) : null;
  };
}

/** Opens a bundled sample; nothing to keep until it is edited. */
export async function openBundledDocument(id: string = DEFAULT_DOCUMENT_ID): Promise<void> {
  const kept = keptNotice();
  if (!(await confirmReplace())) {
    keepOpenDocument();
    return;
  }
  void flushAutosave();
  await openBundled(id, (doc) => ({
    docId: null,
    name: documentName(doc),
    savedDoc: doc,
    pristineDoc: doc,
    handle: null,
    revision: null,
    restored: null,
    notice: kept(),
  }));
}

// ---------------------------------------------------------------- opening files

/** Thrown for a problem the user can fix; the message is shown as it is. */
class OpenError extends Error {}

/** Refuses files over the size limit before reading a byte of them. */
function refuseLargeFiles(files: readonly File[]): void {
  for (const file of files) {
    try {
      checkFileSize(file.size, `"${file.name}"`);
    } catch (error) {
      if (!(error instanceof FileFormatError)) throw error;
      throw new OpenError(message('store.splitLarge', { reason: reasonOf(error) }));
    }
  }
}

async function readTextFile(file: File): Promise<TextFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    return { name: file.name, text: decodeInput(bytes, `"${file.name}"`, noteDecodeWarning) };
  } catch (error) {
    if (error instanceof FileFormatError)
      throw new OpenError(
        message('store.reasonHint', { reason: reasonOf(error), hint: message('store.textHint') }),
      );
    throw error;
  }
}

/** What makes two texts unfit to align as a pair, in a sentence; null when they are fine. */
export function textPairProblem(a: TextInput, b: TextInput): string | null {
  const pair = checkTextPair(asFile(a), asFile(b));
  return pair.ok ? null : pairMessage(pair, a, b);
}

/** The planner's refusal, in the interface language when it is the common "same language" one. */
function pairMessage(
  pair: { readonly said: IoMessage; readonly sameLanguage?: 'zh' | 'en' },
  a: TextInput,
  b: TextInput,
): string {
  if (!pair.sameLanguage) return ioMessage(pair.said);
  const label = (t: TextInput, pasted: 'store.pastedFirst' | 'store.pastedSecond') =>
    t.fileName ? message('store.quotedName', { name: t.fileName }) : message(pasted);
  return message(pair.sameLanguage === 'zh' ? 'store.bothChinese' : 'store.bothEnglish', {
    first: label(a, 'store.pastedFirst'),
    second: label(b, 'store.pastedSecond'),
  });
}

function asFile(t: TextInput): TextFile {
  return { name: t.fileName ?? '', text: t.text };
}

/** Resolves after the browser has painted, so "Aligning…" shows before the aligner takes the main thread. */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'function')
      requestAnimationFrame(() => setTimeout(resolve, 0));
    else setTimeout(resolve, 0);
  });
}

/** Aligns two texts (either order) and opens the result; throws when they cannot be a pair. */
export async function openTexts(
  a: TextInput,
  b: TextInput,
  split: SplitMode = 'paragraphs',
): Promise<void> {
  const pair = checkTextPair(asFile(a), asFile(b));
  if (!pair.ok) throw new OpenError(pairMessage(pair, a, b));
  const input = (t: TextFile): TextInput =>
    t.name ? { text: t.text, fileName: t.name } : { text: t.text };
  const zh = input(pair.zh);
  const en = input(pair.en);
  const docId = inputsDocumentId(`texts:${split}`, [zh.text, en.text]);
  if (await reopenEarlierWork(docId)) return;
  // A newer pair supersedes one still aligning (alignWithProgress cancels it).
  const mine = ++generation;
  appStore.setState({ status: 'aligning', progress: 0, error: null });
  fileStore.setState({ notice: null });
  await nextPaint();
  const meta = { createdAt: new Date().toISOString() };
  let doc: AlignDocument;
  let withoutDictionary: boolean;
  try {
    ({ doc, withoutDictionary } = await alignWithProgress(zh, en, meta, split));
  } catch (error) {
    if (mine !== generation) return;
    appStore.setState({ status: appStore.getState().doc ? 'ready' : 'empty', progress: 1 });
    if (isAbort(error)) {
      fileStore.setState({ notice: message('store.alignCancelled') });
      return;
    }
    throw new OpenError(message('store.couldNotAlign', { reason: reasonOf(error) }));
  }
  if (mine !== generation) return;
  const name = zh.fileName || en.fileName ? pairName(zh.fileName, en.fileName) : 'pasted';
  // One paragraph a line, cut only at a few blank lines (whole chapters a row): offer lines.
  const lines = split === 'paragraphs' ? offerLines(zh.text, en.text) : null;
  hintsStore.setState({ lines: lines ? { docId, zh, en, ...lines } : null });
  // Freshly aligned texts are reproducible from the files: nothing is at risk yet.
  await adoptDocument(doc, {
    name,
    docId,
    saved: true,
    error: withoutDictionary ? message('store.noDictionary') : null,
  });
}

/**
 * Opening inputs opened before: the document they gave is reopened with the work done on it
 * since (from storage, like Recent), rather than a second copy aligned afresh. Resolves true
 * when the inputs are open now or were handled here; false: open them as new.
 */
async function reopenEarlierWork(docId: string): Promise<boolean> {
  const { docId: openId } = fileStore.getState();
  if (docId === openId && appStore.getState().doc) {
    fileStore.setState({ notice: message('store.alreadyOpen') });
    return true;
  }
  const stored = await loadDocument(docId).catch(() => null);
  if (!stored) return false;
  if (await openRecent(docId)) {
    // After "your unsaved changes to … are kept under Recent", when that was said.
    const kept = fileStore.getState().notice;
    const reopened = message('store.reopenedEarlier', { name: stored.name });
    fileStore.setState({ notice: kept ? `${kept}. ${reopened}` : reopened });
  }
  return true;
}

/** Counts alignments started, so only the latest one touches the store. */
let generation = 0;

/** What the user must read after an import: what the importer changed, or what re-anchoring did. */
function openedMessage(opened: OpenedDocument): string | null {
  const { report, name } = opened;
  if (report) {
    const { unchanged, changed, added, removed, confirmedKept, confirmedLost } = report;
    return message('store.carriedOver', {
      name,
      unchanged,
      changed,
      added,
      removed,
      confirmedKept,
      confirmedLost,
    });
  }
  const changes = opened.said ? opened.said.map(ioMessage) : opened.warnings;
  return changes.length > 0
    ? message('store.openedWithChanges', {
        name,
        changes: changes.join(message('store.changesSeparator')),
      })
    : null;
}

/**
 * Opens what the user picked or dropped, as the io planner reads it: an alignment file, a
 * TMX, two text files, a .align with its two texts, an InterText alignment with its two
 * documents, or an alignment with revised texts. On any problem the open document stays as
 * it was and an alert says what is wrong and what to do.
 */
export async function openFiles(
  files: readonly File[],
  handles: readonly FileSystemFileHandle[] = [],
): Promise<void> {
  if (files.length === 0) return;
  decodeWarnings = [];
  try {
    refuseLargeFiles(files);
    const texts = await Promise.all(files.map(readTextFile));
    const plan = planFiles(texts);
    if (plan.kind === 'refuse') throw new OpenError(ioMessage(plan.said));
    if (plan.kind === 'texts') {
      const { split } = openOptionsStore.getState();
      await openTexts(
        { text: plan.zh.text, fileName: plan.zh.name },
        { text: plan.en.text, fileName: plan.en.name },
        split,
      );
      return;
    }
    const docId = inputsDocumentId(plan.kind, texts.map((t) => t.text).sort());
    if (await reopenEarlierWork(docId)) return;
    let opened: OpenedDocument;
    try {
      opened = await readWithProgress(plan);
    } catch (error) {
      if (isAbort(error)) {
        appStore.setState({ status: appStore.getState().doc ? 'ready' : 'empty', progress: 1 });
        fileStore.setState({ notice: message('store.importCancelled') });
        return;
      }
      if (!(error instanceof FileFormatError)) throw error;
      throw new OpenError(
        plan.kind === 'alignment'
          ? message('store.couldNotOpenAlignment', {
              reason: message('store.reasonHint', {
                reason: reasonOf(error),
                hint: message('io.openHint'),
              }),
            })
          : message('store.couldNotImport', { reason: reasonOf(error) }),
      );
    }
    // With a handle (File System Access API), Save writes back to the opened alignment file.
    const handle = plan.kind === 'alignment' ? (handles[0] ?? null) : null;
    // Imports are reproducible from their files, like freshly aligned texts; revised texts are new work.
    // What the importer had to change must stay on screen until read, not fade like a notice.
    const changes = openedMessage(opened);
    await adoptDocument(opened.doc, {
      name: safeName(stripExtension(opened.name)),
      docId,
      saved: plan.kind !== 'revised',
      handle,
      warning: changes,
    });
  } catch (error) {
    if (error instanceof OpenError) reportError(withDecodeWarnings(error.message));
    else reportError(message('store.couldNotOpenFile', { reason: reasonOf(error) }));
  }
}

/** Whether "Open…" can use the File System Access API (Chromium) rather than the file input. */
export function canPickFiles(): boolean {
  return typeof (window as unknown as OpenFilePickerWindow).showOpenFilePicker === 'function';
}

interface OpenFilePickerWindow {
  showOpenFilePicker?: (options: {
    multiple?: boolean;
    types?: { description: string; accept: Record<string, string[]> }[];
  }) => Promise<FileSystemFileHandle[]>;
}

/**
 * Opens files through the File System Access API where there is one, keeping the handle so
 * Save writes back to an opened alignment file. Returns false where there is none: the
 * caller then uses the <input type="file">.
 */
export async function pickAndOpenFiles(): Promise<boolean> {
  const picker = (window as unknown as OpenFilePickerWindow).showOpenFilePicker;
  if (!picker) return false;
  let handles: FileSystemFileHandle[];
  try {
    handles = await picker({
      multiple: true,
      types: [
        {
          description: 'Alignment files and texts',
          accept: { 'application/octet-stream': openExtensions() },
        },
      ],
    });
  } catch (error) {
    if (isAbort(error)) return true;
    return false;
  }
  let files: File[];
  try {
    files = await Promise.all(handles.map((h) => h.getFile()));
  } catch (error) {
    reportError(message('store.couldNotRead', { reason: reasonOf(error) }));
    return true;
  }
  await openFiles(files, handles);
  return true;
}

// ---------------------------------------------------------------- recent documents

export async function refreshRecent(): Promise<void> {
  try {
    fileStore.setState({ recent: await loadRecent() });
  } catch {
    fileStore.setState({ recent: [] });
  }
}

/** Deletes the stored documents other than the open one (a shared computer, say). */
export async function forgetOtherDocuments(): Promise<void> {
  const current = fileStore.getState().docId;
  try {
    for (const entry of await loadRecent()) {
      if (entry.id !== current) await forgetRecent(entry.id);
    }
  } catch (error) {
    reportError(message('store.couldNotClear', { reason: reasonOf(error) }));
  }
  await refreshRecent();
}

/** Reopens a document kept in this browser; resolves true when it is open. */
export async function openRecent(id: string): Promise<boolean> {
  if (id === fileStore.getState().docId && appStore.getState().doc) return true;
  await flushAutosave();
  try {
    const stored = await loadDocument(id);
    if (!stored) {
      await forgetRecent(id);
      await refreshRecent();
      reportError(message('store.noLongerStored'));
      return false;
    }
    const adopted = await adoptDocument(stored.doc, {
      name: stored.name,
      docId: id,
      saved: false,
      revision: stored.revision,
      history: storedHistory(stored.history, stored.doc),
    });
    if (!adopted) return false;
    const handle = await loadHandle(id).catch(() => null);
    if (handle && fileStore.getState().docId === id) fileStore.setState({ handle });
    return true;
  } catch (error) {
    reportError(message('store.couldNotReopen', { reason: reasonOf(error) }));
    return false;
  }
}
