import type { AlignDocument, Alignment, DocumentMeta } from '../core/model';
import { alignTexts, type TextInput } from './alignTexts';
import type { Dictionary } from './dictionary';
import { realignBetweenConfirmed } from './realign';
import type { SplitMode } from './segment';

/** What the app asks of the aligner (in a worker, or directly). */
export interface WorkerAlignOptions {
  /** Segment level; paragraphs by default. */
  readonly split?: SplitMode;
  /** Use the CC-CEDICT dictionary (loaded once, on first use); true by default. */
  readonly dictionary?: boolean;
  readonly meta?: DocumentMeta;
}

export type AlignRequest =
  | {
      readonly type: 'align';
      readonly id: number;
      readonly a: TextInput;
      readonly b: TextInput;
      readonly options: WorkerAlignOptions;
    }
  | {
      readonly type: 'realign';
      readonly id: number;
      readonly alignment: Alignment;
      readonly options: WorkerAlignOptions;
    }
  /** Load the dictionary now, ahead of an alignment the user is about to ask for; no answer. */
  | { readonly type: 'prepare'; readonly id: number };

/**
 * Everything the worker answers: alignments, plus a copy of the dictionary's bytes for the page
 * (the review checks and word look-up), so the asset is downloaded once per tab, not twice.
 */
export type WorkerRequest =
  AlignRequest | { readonly type: 'dictionary-bytes'; readonly id: number };

export type AlignResponse =
  | { readonly type: 'progress'; readonly id: number; readonly fraction: number }
  | { readonly type: 'aligned'; readonly id: number; readonly doc: AlignDocument }
  | { readonly type: 'realigned'; readonly id: number; readonly alignment: Alignment }
  | { readonly type: 'dictionary-bytes'; readonly id: number; readonly bytes: Uint8Array }
  | { readonly type: 'error'; readonly id: number; readonly message: string };

/** Share of the progress bar given to loading the dictionary, when it has to be loaded. */
const DICTIONARY_SHARE = 0.25;

/**
 * Runs one request: the worker's whole logic, kept free of worker globals so it can be
 * tested in Node. `loadDictionary` is called only when the dictionary is wanted.
 */
export async function runAlignRequest(
  request: AlignRequest,
  loadDictionary: () => Promise<Dictionary>,
  post: (response: AlignResponse) => void,
): Promise<void> {
  const { id } = request;
  if (request.type === 'prepare') {
    // A failed load is not reported here: the alignment that needs it tries again and says so.
    await loadDictionary().catch(() => undefined);
    return;
  }
  try {
    const wantDictionary = request.options.dictionary !== false;
    post({ type: 'progress', id, fraction: 0 });
    const dictionary = wantDictionary ? await loadDictionary() : undefined;
    const base = wantDictionary ? DICTIONARY_SHARE : 0;
    let last = -1;
    const onProgress = (f: number) => {
      const fraction = base + (1 - base) * f;
      // Throttle: a message per percent is plenty.
      if (fraction - last >= 0.01 || f === 1) {
        last = fraction;
        post({ type: 'progress', id, fraction });
      }
    };
    if (request.type === 'align') {
      const doc = alignTexts(request.a, request.b, request.options.meta ?? {}, {
        split: request.options.split,
        dictionary,
        onProgress,
      });
      post({ type: 'aligned', id, doc });
    } else {
      const alignment = realignBetweenConfirmed(request.alignment, {
        dictionary,
        onProgress,
        split: request.options.split,
      });
      post({ type: 'realigned', id, alignment });
    }
  } catch (error) {
    post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
  }
}
