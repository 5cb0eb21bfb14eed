/**
 * A second thread for `duilian align` on large inputs: the English side's units are read in a
 * worker (featureWorker.ts) while the main thread reads the Chinese side, which cuts the
 * features phase, the largest, by about its English share on a machine with two cores. The
 * aligner is synchronous, so the main thread waits for the answer with Atomics.wait and takes
 * it with receiveMessageOnPort. The result is the same as reading both sides in one thread
 * (englishSide.ts says why); when the worker fails, the main thread reads the side itself.
 * Node only: the pure align layer sees just the EnglishSideReader function.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { EnglishSide, EnglishSideReader } from '../align/englishSide';

/** The worker's flag: 0 while it works, DONE once it answered (or gave up). */
export const DONE = 1;

export interface FeatureWorkerData {
  readonly signal: Int32Array;
}

export interface FeatureRequest {
  readonly texts: readonly string[];
  readonly edges: boolean;
}

type FeatureReply = { readonly side: EnglishSide } | { readonly error: string };

/**
 * Inputs (both files together) from which `align` reads the English side in a worker (~7,000
 * paragraphs a side): below this, no gain was shown (docs/aligner.md has the figures).
 */
export const THREAD_MIN_BYTES = 4 << 20;

/**
 * Whether `align` reads the English side in a worker thread for inputs of `bytes` (both files):
 * DUILIAN_THREADS=0 never, DUILIAN_THREADS=2 always (tests), otherwise from THREAD_MIN_BYTES
 * on a machine with two cores or more.
 */
export function threadsWanted(bytes: number): boolean {
  const setting = process.env.DUILIAN_THREADS;
  if (setting === '0') return false;
  if (setting === '2') return true;
  return bytes >= THREAD_MIN_BYTES && availableParallelism() >= 2;
}

/**
 * How long the main thread waits for the worker's English side: far longer than the worker
 * takes (under a second for 20,000 paragraphs), short enough that a dead worker is not a hang.
 */
const WAIT_LIMIT_MS = 60_000;

/** The worker's reader for the aligner, and whether the worker gave the side (for --timings). */
export interface FeatureThread {
  readonly reader: EnglishSideReader;
  answered(): boolean;
}

/**
 * Starts the worker at once (it loads while the main thread reads and segments the texts) and
 * returns the reader to pass to the aligner; undefined outside the built CLI (no worker file).
 * One use: the worker answers one request.
 */
export function englishSideThread(): FeatureThread | undefined {
  const file = new URL('./featureWorker.mjs', import.meta.url);
  // A worker file that cannot load would leave the main thread waiting: check it is there.
  if (file.protocol !== 'file:' || !existsSync(fileURLToPath(file))) return undefined;
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(file, {
    workerData: { signal, port: port2 },
    transferList: [port2],
  });
  // Never keeps the process alive; a worker that fails leaves the work to the main thread.
  worker.unref();
  worker.on('error', () => {});
  let used = false;
  let answered = false;
  const reader: EnglishSideReader = (texts, edges) => {
    if (used) return () => undefined;
    used = true;
    const request: FeatureRequest = { texts, edges };
    port1.postMessage(request);
    return () => {
      // A worker that died without answering (out of memory, say) never sets the flag: after
      // WAIT_LIMIT_MS the main thread stops waiting and reads the side itself.
      const deadline = performance.now() + WAIT_LIMIT_MS;
      while (Atomics.load(signal, 0) !== DONE) {
        const left = deadline - performance.now();
        if (left <= 0) {
          void worker.terminate();
          port1.close();
          return undefined;
        }
        Atomics.wait(signal, 0, 0, left);
      }
      const reply = receiveMessageOnPort(port1)?.message as FeatureReply | undefined;
      port1.close();
      if (!reply || !('side' in reply)) return undefined;
      answered = true;
      return reply.side;
    };
  };
  return { reader, answered: () => answered };
}
