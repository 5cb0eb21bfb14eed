/**
 * The worker thread of `duilian align` for large inputs: reads the English side's units
 * (src/align/englishSide.ts) while the main thread reads the Chinese side, then computes the
 * quote states and mark counts of both sides (src/align/textMarks.ts), and the last rows of each
 * search's pair evidence and bead costs (src/align/pairRows.ts). Requests come in order on
 * the port it was given; each gets one answer there, then a count the main thread waits on goes
 * up by one (featureThread.ts).
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import type { FeatureReply, FeatureRequest, FeatureWorkerData } from './featureThread';

const { port, signal } = workerData as FeatureWorkerData & { port: MessagePort };

function answered(): void {
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

/** No more answers: featureThread's DEAD (not imported: this file loads alone). */
function dead(): void {
  Atomics.store(signal, 0, 1 << 20);
  Atomics.notify(signal, 0);
  port.close();
}

try {
  // Loaded here, not imported at the top: a chunk that fails to load still ends in `dead`,
  // and the main thread does the work itself.
  const { readEnglishSide, transferables } = await import('../align/englishSide');
  const { readTextMarks, textMarksTransferables } = await import('../align/textMarks');
  const { computePairRows, pairRowsTransferables } = await import('../align/pairRows');
  const { chunkTransferables, readChineseChunks } = await import('../align/chineseShare');
  const { loadNodeDictionary } = await import('../align/nodeDictionary');
  const { claimBack } = await import('./chunkClaims');
  const { computeTuning } = await import('../align/tuneJob');
  const shared = (bytes: number) => new SharedArrayBuffer(bytes);
  let english: readonly string[] = [];
  let chinese: readonly string[] = [];
  port.on('message', (request: FeatureRequest) => {
    let reply: FeatureReply;
    let transfer: ArrayBuffer[] = [];
    try {
      if (request.kind === 'english') {
        english = request.texts;
        const side = readEnglishSide(
          request.texts,
          request.edges,
          request.shared ? shared : undefined,
        );
        reply = { side };
        transfer = transferables(side);
      } else if (request.kind === 'chinese') {
        // Chunks from the back until the main thread, reading from the front, has the rest.
        chinese = request.texts;
        const { state, port: chunks } = request;
        try {
          const done = readChineseChunks(
            request.texts,
            request.edges,
            request.size,
            loadNodeDictionary,
            () => claimBack(state),
            (chunk) => {
              chunks.postMessage(chunk, chunkTransferables(chunk));
              Atomics.store(state, 1 + chunk.chunk, 1);
            },
            shared,
          );
          reply = { chunks: done };
        } finally {
          chunks.close();
        }
      } else if (request.kind === 'tune') {
        reply = { tuned: computeTuning(request.job) };
      } else if (request.kind === 'marks') {
        const marks = readTextMarks(request.src ?? chinese, request.tgt ?? english, request.want);
        reply = { marks };
        transfer = textMarksTransferables(marks);
      } else {
        const rows = computePairRows(request.job);
        reply = { rows };
        transfer = pairRowsTransferables(rows);
      }
    } catch (error) {
      reply = { error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply, transfer);
    answered();
  });
  // The main thread closes its end when it is done: so does the worker.
  port.on('close', () => port.close());
} catch {
  dead();
}
