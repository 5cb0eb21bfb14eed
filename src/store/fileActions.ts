/**
 * Files into the app: open (alignment JSON, two text files, pasted texts, imports,
 * revised texts under an alignment) and the recent list. Saving and exporting are in
 * saveActions.ts. Every failure leaves the open document as it was
 * and tells the user, through reportError, what is wrong and what to do.
 */
import type { TextInput } from '../align/alignTexts';
import { detectLang } from '../align/normalize';
import { segmentText, SPLIT_MODES, type SplitMode } from '../align/segment';
import type { AlignDocument, Side } from '../core/model';
import { parseDocument } from '../io/alignmentFile';
import { checkFileSize, decodeText } from '../io/decode';
import { FileFormatError } from '../io/errors';
import { importAlign } from '../io/importers/align';
import type { ImportResult, TextFile } from '../io/importers/common';
import { importInterText } from '../io/importers/intertext';
import { importTmx } from '../io/importers/tmx';
import { reanchorAlignment } from '../io/reanchor';
import { openBundled, reportError, setDocument } from './actions';
import { alignWithProgress, cancelAlignment, isAbort } from './aligning';

export { cancelAlignment } from './aligning';
import { appStore } from './appStore';
import { documentName, pairName, safeName, stripExtension } from './documentNames';
import { DEFAULT_DOCUMENT_ID } from './catalog';
import { fileStore, isDirty } from './fileStore';
import { openOptionsStore } from './openOptions';
import { flushAutosave } from './autosave';
import { confirmReplace } from './replaceGuard';
import { forgetRecent, loadDocument, loadHandle, loadRecent, newDocumentId } from './persistence';

const OPEN_HINT =
  'Open an alignment file saved by duilian (.json) or a TMX file, or select two text files together: the Chinese original and its English translation.';

const TEXT_HINT =
  'Open plain-text files (UTF-8, UTF-16, GB18030/GBK or Big5), or an alignment file saved by duilian (.json).';

const LANG_NAME = { zh: 'Chinese', en: 'English' } as const;

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
}

/**
 * Makes `doc` the open document, once the user has decided about unsaved changes in the
 * one it replaces (replaceGuard.ts); resolves false when they chose to keep it open.
 */
async function adoptDocument(doc: AlignDocument, options: AdoptOptions): Promise<boolean> {
  // The sample still aligning at start-up must not land on top of the file just opened.
  cancelAlignment();
  const kept = keptNotice();
  if (!(await confirmReplace())) {
    keepOpenDocument();
    return false;
  }
  void flushAutosave();
  setDocument(doc);
  const opened = appStore.getState().doc;
  fileStore.setState({
    docId: options.docId ?? newDocumentId(),
    name: options.name,
    savedDoc: options.saved ? opened : null,
    pristineDoc: null,
    handle: options.handle ?? null,
    revision: options.revision ?? null,
    restored: null,
    notice: kept(),
  });
  return true;
}

/** The open document stays: undo the "Aligning…" state a new pair set. */
function keepOpenDocument(): void {
  const hasDoc = appStore.getState().doc !== null;
  appStore.setState({ status: hasDoc ? 'ready' : 'empty', progress: 1 });
  fileStore.setState({ notice: 'Nothing else was opened; your document stays as it was' });
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
    return keptInStorage ? `Your unsaved changes to "${name}" are kept under Recent` : null;
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
  await openBundled(id);
  const state = appStore.getState();
  if (state.bundledId !== id) return;
  fileStore.setState({
    docId: null,
    name: documentName(state.doc!),
    savedDoc: state.doc,
    pristineDoc: state.doc,
    handle: null,
    revision: null,
    restored: null,
    notice: kept(),
  });
}

// ---------------------------------------------------------------- opening files

function extensionOf(file: File): string {
  const match = /\.([^.]+)$/.exec(file.name);
  return match ? match[1].toLowerCase() : '';
}

/** Thrown for a problem the user can fix; the message is shown as it is. */
class OpenError extends Error {}

function quoted(file: File): string {
  return `"${file.name}"`;
}

/** Refuses files over the size limit before reading a byte of them. */
function refuseLargeFiles(files: readonly File[]): void {
  for (const file of files) {
    try {
      checkFileSize(file.size, quoted(file));
    } catch (error) {
      if (!(error instanceof FileFormatError)) throw error;
      throw new OpenError(
        `${error.message}. Split the text into smaller parts (by chapter, say) and open them one pair at a time.`,
      );
    }
  }
}

async function readText(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    return decodeText(bytes, quoted(file));
  } catch (error) {
    if (error instanceof FileFormatError) throw new OpenError(`${error.message}. ${TEXT_HINT}`);
    throw error;
  }
}

async function openAlignmentFile(file: File, handle: FileSystemFileHandle | null): Promise<void> {
  const text = await readText(file);
  let doc: AlignDocument;
  try {
    doc = parseDocument(text);
  } catch (error) {
    if (error instanceof FileFormatError) {
      throw new OpenError(`Could not open "${file.name}": ${error.message}. ${OPEN_HINT}`);
    }
    throw error;
  }
  // With a handle (File System Access API), Save writes back to this very file.
  await adoptDocument(doc, { name: safeName(stripExtension(file.name)), saved: true, handle });
}

function label(t: TextInput, which: string): string {
  return t.fileName ? `"${t.fileName}"` : `the ${which} pasted text`;
}

function checkTexts(a: TextInput, b: TextInput): { zh: TextInput; en: TextInput } {
  for (const [t, which] of [
    [a, 'first'],
    [b, 'second'],
  ] as const) {
    if (t.text.trim() === '')
      throw new OpenError(`${label(t, which)} is empty: there is no text to align.`);
  }
  const la = detectLang(a.text);
  const lb = detectLang(b.text);
  if (la === lb) {
    throw new OpenError(
      `Both ${label(a, 'first')} and ${label(b, 'second')} look ${LANG_NAME[la]}. ` +
        'Open a Chinese original together with its English translation.',
    );
  }
  const pair = la === 'zh' ? { zh: a, en: b } : { zh: b, en: a };
  checkLengths(
    pair.zh,
    pair.en,
    pair.zh === a ? 'first' : 'second',
    pair.en === a ? 'first' : 'second',
  );
  return pair;
}

/**
 * English runs about three letters to a Chinese character. Texts ten times off that are not
 * an original and its translation (a wrong file, a chapter against a book); short texts vary
 * too much to tell.
 */
const EN_PER_ZH_RANGE = [0.3, 30] as const;
const LENGTH_CHECK_FROM = 2000;

function checkLengths(zh: TextInput, en: TextInput, zhWhich: string, enWhich: string): void {
  const count = (text: string) => text.replace(/\s+/g, '').length;
  const nz = count(zh.text);
  const ne = count(en.text);
  if (Math.max(nz, ne) < LENGTH_CHECK_FROM) return;
  const ratio = ne / Math.max(1, nz);
  if (ratio >= EN_PER_ZH_RANGE[0] && ratio <= EN_PER_ZH_RANGE[1]) return;
  throw new OpenError(
    `The Chinese ${label(zh, zhWhich)} (${nz.toLocaleString('en')} characters) and the English ${label(en, enWhich)} ` +
      `(${ne.toLocaleString('en')} characters) differ too much in length to be a text and its translation. ` +
      'Check that you picked the matching pair of files.',
  );
}

/** What makes two texts unfit to align as a pair, in a sentence; null when they are fine. */
export function textPairProblem(a: TextInput, b: TextInput): string | null {
  try {
    checkTexts(a, b);
    return null;
  } catch (error) {
    if (error instanceof OpenError) return error.message;
    throw error;
  }
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
  const { zh, en } = checkTexts(a, b);
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
      fileStore.setState({ notice: 'Alignment cancelled; the open document is unchanged' });
      return;
    }
    throw new OpenError(
      `Could not align the texts: ${error instanceof Error ? error.message : String(error)}. The open document is unchanged.`,
    );
  }
  if (mine !== generation) return;
  const name = zh.fileName || en.fileName ? pairName(zh.fileName, en.fileName) : 'pasted';
  if (!(await adoptDocument(doc, { name, saved: false }))) return;
  // Freshly aligned texts are reproducible from the files: nothing is at risk yet.
  fileStore.setState({ savedDoc: appStore.getState().doc });
  if (withoutDictionary) {
    reportError(
      'The background aligner could not start, so these texts were aligned without its dictionary: check the rows, or reload and open them again.',
    );
  }
}

/** Counts alignments started, so only the latest one touches the store. */
let generation = 0;

async function openTextFiles(a: File, b: File): Promise<void> {
  const [ta, tb] = await Promise.all([readText(a), readText(b)]);
  const { split } = openOptionsStore.getState();
  await openTexts({ text: ta, fileName: a.name }, { text: tb, fileName: b.name }, split);
}

/** Files that hold an alignment; anything else is read as text (.txt, .zh, .en, .snt …) and checked. */
const ALIGNMENT_EXTENSIONS = new Set(['json', 'tmx', 'xml', 'align']);

function isTextKind(kind: string): boolean {
  return !ALIGNMENT_EXTENSIONS.has(kind);
}

async function readTextFile(file: File): Promise<TextFile> {
  return { name: file.name, text: await readText(file) };
}

/** Segments a revised text the way the alignment's side was cut (the mode closest in count). */
function segmentLike(text: string, side: Side): string[] {
  const candidates = SPLIT_MODES.map((mode) => segmentText(text, side.lang, mode));
  const distance = (c: string[]) => Math.abs(c.length - side.segments.length);
  return candidates.reduce((best, c) => (distance(c) < distance(best) ? c : best));
}

/**
 * An alignment opened with revised versions of its two texts: the links are carried over
 * onto the new segments; confirmed links whose text did not change stay confirmed, the
 * rest are marked for review, and an alert says what changed.
 */
async function openRevisedTexts(alignmentFile: File, textFiles: readonly File[]): Promise<void> {
  const text = await readText(alignmentFile);
  let old: AlignDocument;
  try {
    old = parseDocument(text);
  } catch (error) {
    if (error instanceof FileFormatError) {
      throw new OpenError(`Could not open "${alignmentFile.name}": ${error.message}. ${OPEN_HINT}`);
    }
    throw error;
  }
  const [a, b] = await Promise.all(textFiles.map(readTextFile));
  const [zh, en] = detectLang(a.text) === 'zh' || detectLang(b.text) === 'en' ? [a, b] : [b, a];
  const { source, target } = old.alignment;
  const { doc, report } = reanchorAlignment(
    old,
    segmentLike(zh.text, source),
    segmentLike(en.text, target),
  );
  if (
    !(await adoptDocument(doc, {
      name: safeName(stripExtension(alignmentFile.name)),
      saved: false,
    }))
  )
    return;
  reportError(
    `Carried "${alignmentFile.name}" over to the revised texts ${zh.name} and ${en.name}: ` +
      `${report.unchanged} segments unchanged, ${report.changed} changed, ${report.added} added, ` +
      `${report.removed} removed; ${report.confirmedKept} confirmed links kept, ` +
      `${report.confirmedLost} set back to review.`,
  );
}

/** Runs an importer; its FileFormatError becomes a message naming the file. */
async function imported(run: () => ImportResult, name: string): Promise<void> {
  let result: ImportResult;
  try {
    result = run();
  } catch (error) {
    if (error instanceof FileFormatError)
      throw new OpenError(`Could not import: ${error.message}.`);
    throw error;
  }
  if (!(await adoptDocument(result.doc, { name: safeName(stripExtension(name)), saved: false })))
    return;
  // An import is reproducible from its files, like freshly aligned texts.
  fileStore.setState({ savedDoc: appStore.getState().doc });
  // What the importer had to change must stay on screen until read, not fade like a notice.
  if (result.warnings.length > 0) {
    reportError(`Opened "${name}" with changes: ${result.warnings.join('; ')}. Check those rows.`);
  }
}

async function openSingle(
  file: File,
  kind: string,
  handle: FileSystemFileHandle | null,
): Promise<void> {
  if (kind === 'json') return openAlignmentFile(file, handle);
  if (kind === 'align') {
    throw new OpenError(
      `"${file.name}" holds only the links: select it together with its two text files (one segment per line), Chinese and English.`,
    );
  }
  if (kind === 'tmx' || kind === 'xml') {
    const tf = await readTextFile(file);
    if (kind === 'xml' && /<linkGrp[\s>]/.test(tf.text)) {
      throw new OpenError(
        `"${file.name}" is an InterText alignment: select it together with the two documents it aligns.`,
      );
    }
    return imported(() => importTmx(tf), file.name);
  }
  // Not text at all (a .docx, a picture) is worth saying before asking for a second file.
  await readText(file);
  throw new OpenError(
    `"${file.name}" is one text file; aligning needs two. Select the Chinese and the English file together (hold Ctrl or ⌘), or drop both at once.`,
  );
}

/** A .align file with its two texts, or an InterText alignment with its two documents. */
async function openTriple(files: readonly File[], kinds: readonly string[]): Promise<boolean> {
  const jsonAt = kinds.indexOf('json');
  if (jsonAt >= 0 && kinds.filter((k, i) => i !== jsonAt && isTextKind(k)).length === 2) {
    await openRevisedTexts(
      files[jsonAt],
      files.filter((_, i) => i !== jsonAt),
    );
    return true;
  }
  const alignAt = kinds.indexOf('align');
  if (alignAt >= 0 && kinds.filter((k, i) => i !== alignAt && isTextKind(k)).length === 2) {
    const [align, a, b] = await Promise.all(
      [files[alignAt], ...files.filter((_, i) => i !== alignAt)].map(readTextFile),
    );
    const aIsZh = detectLang(a.text) === 'zh' || detectLang(b.text) === 'en';
    const [zh, en] = aIsZh ? [a, b] : [b, a];
    await imported(() => importAlign(align, zh, en), align.name);
    return true;
  }
  if (kinds.every((k) => k === 'xml')) {
    const texts = await Promise.all(files.map(readTextFile));
    const alignment = texts.find((t) => /<linkGrp[\s>]/.test(t.text));
    if (!alignment) {
      throw new OpenError(
        'None of these XML files is an InterText alignment (none has a <linkGrp>).',
      );
    }
    await imported(
      () =>
        importInterText(
          alignment,
          texts.filter((t) => t !== alignment),
        ),
      alignment.name,
    );
    return true;
  }
  return false;
}

/**
 * Opens what the user picked or dropped: an alignment file, a TMX, two text files, a .align
 * with its two texts, or an InterText alignment with its two documents. On any problem the
 * open document stays as it was and an alert says what is wrong and what to do.
 */
export async function openFiles(
  files: readonly File[],
  handles: readonly FileSystemFileHandle[] = [],
): Promise<void> {
  if (files.length === 0) return;
  try {
    refuseLargeFiles(files);
    const kinds = files.map(extensionOf);
    if (files.length === 1) return await openSingle(files[0], kinds[0], handles[0] ?? null);
    if (files.length === 2 && kinds.every(isTextKind)) {
      return await openTextFiles(files[0], files[1]);
    }
    if (files.length === 3 && (await openTriple(files, kinds))) return;
    throw new OpenError(
      `duilian cannot open these ${files.length} files together (${files.map((f) => f.name).join(', ')}). ${OPEN_HINT}`,
    );
  } catch (error) {
    if (error instanceof OpenError) reportError(error.message);
    else
      reportError(
        `Could not open the file: ${error instanceof Error ? error.message : String(error)}`,
      );
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
          accept: {
            'text/plain': ['.txt'],
            'application/json': ['.json'],
            'application/xml': ['.tmx', '.xml'],
            'application/octet-stream': ['.align'],
          },
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
    reportError(
      `Could not read the chosen file: ${error instanceof Error ? error.message : String(error)}.`,
    );
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
    reportError(
      `Could not clear the list: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  await refreshRecent();
}

export async function openRecent(id: string): Promise<void> {
  if (id === fileStore.getState().docId && appStore.getState().doc) return;
  await flushAutosave();
  try {
    const stored = await loadDocument(id);
    if (!stored) {
      await forgetRecent(id);
      await refreshRecent();
      reportError(
        'That document is no longer stored in this browser; it has been removed from the list.',
      );
      return;
    }
    const adopted = await adoptDocument(stored.doc, {
      name: stored.name,
      docId: id,
      saved: false,
      revision: stored.revision,
    });
    if (!adopted) return;
    const handle = await loadHandle(id).catch(() => null);
    if (handle && fileStore.getState().docId === id) fileStore.setState({ handle });
  } catch (error) {
    reportError(
      `Could not reopen the stored document: ${error instanceof Error ? error.message : String(error)}. Open the file you saved instead.`,
    );
  }
}
