/**
 * Files out of the app: Save / Save as (File System Access API, else a download) and
 * Export in the standard formats. Failures leave the document as it is and say why.
 */
import type { AlignDocument } from '../core/model';
import { serializeDocument } from '../io/alignmentFile';
import { APP_VERSION } from '../io/appVersion';
import { selectLinks } from '../io/exporters/common';
import type { ExportFormat, ExportOptions } from '../io/export';
import { findFormat, writeDocument } from '../io/formats';
import { reportError } from './actions';
import { isAbort } from './aligning';
import { appStore } from './appStore';
import { safeName, stripExtension } from './documentNames';
import { fileStore } from './fileStore';
import { message, reasonOf } from './messages';

interface SaveFilePickerWindow {
  showSaveFilePicker?: (options: {
    suggestedName?: string;
    types?: { description: string; accept: Record<string, string[]> }[];
  }) => Promise<FileSystemFileHandle>;
}

/** Offers `data` as a download named `fileName` (the fallback without the File System Access API). */
export function downloadFile(fileName: string, data: string | Uint8Array, mime: string): void {
  const blob = new Blob([data as BlobPart], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

interface PermissionHandle {
  queryPermission?: (options: { mode: 'readwrite' }) => Promise<PermissionState>;
  requestPermission?: (options: { mode: 'readwrite' }) => Promise<PermissionState>;
}

/** A handle kept from an earlier visit needs the user's leave again before Save writes to it. */
async function mayWrite(handle: FileSystemFileHandle): Promise<boolean> {
  const h = handle as unknown as PermissionHandle;
  if (!h.queryPermission) return true;
  const options = { mode: 'readwrite' as const };
  try {
    if ((await h.queryPermission(options)) === 'granted') return true;
    return (await h.requestPermission?.(options)) === 'granted';
  } catch {
    return false;
  }
}

/** The document as written to a file: times and the app version filled in. */
function documentForFile(doc: AlignDocument): AlignDocument {
  const now = new Date().toISOString();
  return {
    ...doc,
    meta: {
      ...doc.meta,
      createdAt: doc.meta.createdAt ?? now,
      modifiedAt: now,
      appVersion: APP_VERSION,
    },
  };
}

/**
 * Saves the alignment JSON: to the file chosen before (File System Access API), to a new
 * file (`saveAs`), or as a download where the API is missing. Resolves true once saved.
 */
export async function saveDocument({
  saveAs = false,
}: { saveAs?: boolean } = {}): Promise<boolean> {
  const doc = appStore.getState().doc;
  if (!doc) {
    reportError(message('store.noDocToSave'));
    return false;
  }
  const state = fileStore.getState();
  const text = serializeDocument(documentForFile(doc));
  const suggestedName = `${state.name}.duilian.json`;
  const picker = (window as unknown as SaveFilePickerWindow).showSaveFilePicker;
  try {
    if (picker) {
      const reuse = !saveAs && state.handle !== null && (await mayWrite(state.handle));
      const handle =
        reuse && state.handle
          ? state.handle
          : await picker({
              suggestedName,
              types: [
                { description: 'duilian alignment', accept: { 'application/json': ['.json'] } },
              ],
            });
      const writable = await handle.createWritable();
      await writable.write(text);
      await writable.close();
      fileStore.setState({
        handle,
        name: safeName(stripExtension(handle.name)),
        savedDoc: doc,
        notice: message('store.saved', { name: handle.name }),
      });
    } else {
      downloadFile(suggestedName, text, 'application/json');
      fileStore.setState({
        savedDoc: doc,
        notice: message('store.savedDownload', { name: suggestedName }),
      });
    }
    return true;
  } catch (error) {
    if (isAbort(error)) return false;
    reportError(message('store.couldNotSave', { reason: reasonOf(error) }));
    return false;
  }
}

// ---------------------------------------------------------------- exporting

/** Downloads the document in an export format; Moses gives two files, InterText three. */
export async function exportAs(format: ExportFormat, options: ExportOptions = {}): Promise<void> {
  const doc = appStore.getState().doc;
  if (!doc) {
    reportError(message('store.noDocToExport'));
    return;
  }
  const spec = findFormat(format);
  if (!spec?.write) {
    reportError(message('store.cannotExport', { format }));
    return;
  }
  // Formats with link options hold the links they select; the others the whole alignment.
  if (spec.options.length > 0 && selectLinks(doc, options).length === 0) {
    reportError(message(options.confirmedOnly ? 'store.noneConfirmed' : 'store.noneLeft'));
    return;
  }
  const name = fileStore.getState().name;
  try {
    // A long document takes seconds to write (Word: ~5 s for 18,000 rows) and the page cannot
    // paint meanwhile: say so first, and let that be painted before the work starts.
    fileStore.setState({
      notice: message('store.exporting', {
        name,
        format: spec.label.replace(/\s*\(.*\)$/, ''),
        rows: doc.alignment.links.length.toLocaleString('en'),
      }),
    });
    await nextPaint();
    // JSON is the saved file by another name ("same as Save"): times and app version included.
    const written = spec.id === 'json' ? documentForFile(doc) : doc;
    const files = await writeDocument(written, spec, options, name);
    for (const file of files) downloadFile(file.name, file.data, spec.mime);
    fileStore.setState({
      notice: message('store.exported', { names: joinNames(files.map((f) => f.name)) }),
    });
  } catch (error) {
    reportError(message('store.couldNotExport', { reason: reasonOf(error) }));
  }
}

/** Resolves once the browser has painted a frame (or after 100 ms, in a tab that paints none). */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    if (typeof requestAnimationFrame !== 'function') return;
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

function joinNames(names: readonly string[]): string {
  const and = message('store.and');
  return names.length <= 2
    ? names.join(and)
    : `${names.slice(0, -1).join(', ')}${and}${names.at(-1)}`;
}

export function dismissNotice(): void {
  fileStore.setState({ notice: null });
}
