import type { AlignDocument, Alignment } from '../core/model';
import type { AlignResponse, WorkerAlignOptions, WorkerRequest } from './alignJob';
import type { TextInput } from './alignTexts';

export type { WorkerAlignOptions } from './alignJob';

export interface AlignTask<T> {
  readonly promise: Promise<T>;
  /** Stops the work; the promise rejects with an error named "AbortError". */
  cancel(): void;
}

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<
  number,
  {
    resolve: (r: AlignResponse) => void;
    reject: (e: Error) => void;
    onProgress?: (f: number) => void;
  }
>();

/**
 * The worker never answered: its script could not load or run (an old browser, a blocked
 * script). Unlike a worker that stopped mid-run, nothing suggests the input is too big.
 */
export function isWorkerStartFailure(error: unknown): boolean {
  return error instanceof Error && error.name === 'WorkerStartError';
}

/** Workers that have sent at least one message: they started. */
const started = new WeakSet<Worker>();

function abortError(message: string): Error {
  const e = new Error(message);
  e.name = 'AbortError';
  return e;
}

/** One long-lived worker, so the dictionary is loaded once per session. */
function getWorker(): Worker {
  if (!worker) {
    const w = new Worker(new URL('./alignWorker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<AlignResponse>) => {
      started.add(w);
      const r = event.data;
      const job = pending.get(r.id);
      if (!job) return;
      if (r.type === 'progress') {
        job.onProgress?.(r.fraction);
        return;
      }
      pending.delete(r.id);
      job.resolve(r);
    };
    w.onerror = (event) => {
      const error = new Error(event.message || 'the aligner stopped unexpectedly');
      if (!started.has(w)) error.name = 'WorkerStartError';
      for (const job of pending.values()) job.reject(error);
      pending.clear();
      w.terminate();
      if (worker === w) worker = undefined;
    };
    worker = w;
  }
  return worker;
}

function start<T>(
  make: (id: number) => WorkerRequest,
  unwrap: (r: AlignResponse) => T,
  onProgress?: (fraction: number) => void,
): AlignTask<T> {
  const id = nextId++;
  let settled = false;
  let rejectTask: (e: Error) => void = () => {};
  const promise = new Promise<T>((resolve, reject) => {
    rejectTask = reject;
    pending.set(id, {
      onProgress,
      reject: (e) => {
        settled = true;
        reject(e);
      },
      resolve: (r) => {
        settled = true;
        if (r.type === 'error') {
          reject(new Error(r.message));
          return;
        }
        try {
          resolve(unwrap(r));
        } catch (e) {
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      },
    });
    let w: Worker;
    try {
      w = getWorker();
    } catch (error) {
      // The browser refused to create the worker at all (a policy, no module workers).
      pending.delete(id);
      const e = new Error(error instanceof Error ? error.message : String(error));
      e.name = 'WorkerStartError';
      reject(e);
      return;
    }
    w.postMessage(make(id));
  });
  return {
    promise,
    cancel() {
      if (settled || !pending.has(id)) return;
      pending.delete(id);
      settled = true;
      // A running DP cannot be interrupted from outside: end the worker. Other jobs fail too.
      worker?.terminate();
      worker = undefined;
      for (const job of pending.values()) job.reject(abortError('alignment cancelled'));
      pending.clear();
      rejectTask(abortError('alignment cancelled'));
    },
  };
}

/**
 * Starts the worker and has it load the dictionary, when an alignment is likely to follow (the
 * paste dialog is open): the first alignment then does not wait for them (about 1 s of a first
 * alignment of a short text in a fresh tab). Does nothing where workers cannot start; a worker
 * that fails is reported by the alignment that needs it.
 */
export function prepareAligner(): void {
  if (typeof Worker === 'undefined') return;
  try {
    getWorker().postMessage({ type: 'prepare', id: 0 } satisfies WorkerRequest);
  } catch {
    // The alignment itself reports a worker the browser refuses.
  }
}

/**
 * Segments and aligns two texts in a Web Worker (either order; the Chinese goes left).
 * `onProgress` receives fractions in [0, 1], the first alignment including the dictionary load.
 */
export function alignInWorker(
  a: TextInput,
  b: TextInput,
  options: WorkerAlignOptions = {},
  onProgress?: (fraction: number) => void,
): AlignTask<AlignDocument> {
  return start(
    (id) => ({ type: 'align', id, a, b, options }),
    (r) => {
      if (r.type !== 'aligned') throw new Error(`unexpected aligner reply ${r.type}`);
      return r.doc;
    },
    onProgress,
  );
}

/** Re-aligns the unconfirmed stretches of an alignment in the worker (see realignBetweenConfirmed). */
export function realignInWorker(
  alignment: Alignment,
  options: WorkerAlignOptions = {},
  onProgress?: (fraction: number) => void,
): AlignTask<Alignment> {
  return start(
    (id) => ({ type: 'realign', id, alignment, options }),
    (r) => {
      if (r.type !== 'realigned') throw new Error(`unexpected aligner reply ${r.type}`);
      return r.alignment;
    },
    onProgress,
  );
}

/**
 * The compiled dictionary's bytes, as the aligner's worker loaded them (loading them if it has
 * not yet): the page's review checks and word look-up share the worker's one download.
 */
export function dictionaryBytesFromWorker(): Promise<Uint8Array> {
  return start(
    (id) => ({ type: 'dictionary-bytes', id }),
    (r) => {
      if (r.type !== 'dictionary-bytes') throw new Error(`unexpected aligner reply ${r.type}`);
      return r.bytes;
    },
  ).promise;
}
