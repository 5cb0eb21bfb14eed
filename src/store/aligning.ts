/**
 * Aligning texts for the app: in the aligner's Web Worker with progress (the dictionary
 * lives there), one alignment at a time, cancellable. Without workers (tests, old
 * browsers) it aligns in the page and says the dictionary was missing.
 */
import { alignInWorker, isWorkerStartFailure, prepareAligner } from '../align/alignInWorker';
import { alignTexts, type TextInput } from '../align/alignTexts';
import type { SplitMode } from '../align/segment';
import type { AlignDocument, DocumentMeta } from '../core/model';
import { appStore } from './appStore';

export interface AlignOutcome {
  readonly doc: AlignDocument;
  /** The worker could not start: aligned in the page by length and numbers only. */
  readonly withoutDictionary: boolean;
}

/**
 * Without a worker, texts up to this size (both sides, in characters) are aligned in the
 * page, which freezes while it runs; longer ones are refused rather than freeze it for long.
 */
export const PAGE_ALIGN_LIMIT_CHARS = 200_000;

/** The alignment running in the worker, for Cancel. */
let running: { cancel(): void } | null = null;

/** A cancelled alignment, or a file picker the user closed. */
export function isAbort(error: unknown): boolean {
  return (error instanceof DOMException || error instanceof Error) && error.name === 'AbortError';
}

/** Texts are about to be aligned (the paste dialog opened): the worker loads its dictionary now. */
export function prepareAligning(): void {
  prepareAligner();
}

/** Aligns two texts (Chinese first), reporting progress to the store; supersedes one still running. */
export function alignWithProgress(
  zh: TextInput,
  en: TextInput,
  meta: DocumentMeta,
  split: SplitMode = 'paragraphs',
): Promise<AlignOutcome> {
  running?.cancel();
  if (typeof Worker === 'undefined') {
    return Promise.resolve({ doc: alignTexts(zh, en, meta, { split }), withoutDictionary: false });
  }
  const task = alignInWorker(zh, en, { meta, split }, (fraction) => {
    if (running === task) appStore.setState({ progress: fraction });
  });
  running = task;
  return task.promise
    .then((doc) => ({ doc, withoutDictionary: false }))
    .catch((error: unknown) => {
      if (isAbort(error)) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      if (!isWorkerStartFailure(error)) {
        // Stopped mid-run, most likely out of memory: running it again here would freeze the
        // page and fail the same way.
        throw new Error(
          `the background aligner stopped while aligning (${reason}); the texts may be too large for this browser's memory: split them into smaller parts`,
        );
      }
      if (zh.text.length + en.text.length > PAGE_ALIGN_LIMIT_CHARS) {
        throw new Error(
          `the background aligner could not start (${reason}), and these texts are too long to align in the page without freezing it: split them into parts of under ${PAGE_ALIGN_LIMIT_CHARS.toLocaleString('en')} characters, or use the command line`,
        );
      }
      // A worker that cannot start (an old browser, a blocked script) should not stop the user
      // on short texts: align here instead, without the dictionary the worker loads, and say so.
      console.warn('duilian: aligning in the page, the worker could not start:', error);
      return { doc: alignTexts(zh, en, meta, { split }), withoutDictionary: true };
    })
    .finally(() => {
      if (running === task) running = null;
    });
}

/** Stops a running alignment; the open document stays as it was. */
export function cancelAlignment(): void {
  running?.cancel();
}
