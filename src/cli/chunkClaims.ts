/**
 * Claims on a document's Chinese chunks, shared by the main thread (featureThread.ts) and the
 * worker (featureWorker.ts), which reads the chunks it claims (src/align/chineseShare.ts).
 * One shared word holds both claims, so that one compare-and-swap claims a chunk: the main
 * thread's next chunk (from the front) in the low 16 bits, the worker's last claim (from the
 * back) in the high ones; they meet when the two are equal. Neither ever waits for the other.
 */

/** The main thread's claim on the next chunk from the front; false once the worker has the rest. */
export function claimFront(state: Int32Array): boolean {
  for (;;) {
    const s = Atomics.load(state, 0);
    const lo = s & 0xffff;
    const hi = s >>> 16;
    if (lo >= hi) return false;
    if (Atomics.compareExchange(state, 0, s, (lo + 1) | (hi << 16)) === s) return true;
  }
}

/** The worker's claim: the last chunk not yet claimed, or -1. */
export function claimBack(state: Int32Array): number {
  for (;;) {
    const s = Atomics.load(state, 0);
    const lo = s & 0xffff;
    const hi = s >>> 16;
    if (lo >= hi) return -1;
    if (Atomics.compareExchange(state, 0, s, lo | ((hi - 1) << 16)) === s) return hi - 1;
  }
}

/** Chunks of Chinese segments shared with the worker: about 64 a document, at least 64 segments. */
export function chunkSize(segments: number): number {
  return Math.max(64, Math.ceil(segments / 64));
}
