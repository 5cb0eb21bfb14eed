/**
 * The worker thread of `duilian align` for large inputs: reads the English side's units
 * (src/align/englishSide.ts) while the main thread reads the Chinese side. One request, one
 * answer on the port it was given, then a flag the main thread waits on (featureThread.ts).
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import type { FeatureRequest, FeatureWorkerData } from './featureThread';

const { port, signal } = workerData as FeatureWorkerData & { port: MessagePort };

function done(): void {
  Atomics.store(signal, 0, 1); // featureThread's DONE (not imported: this file loads alone)
  Atomics.notify(signal, 0);
}

try {
  // Loaded here, not imported at the top: a chunk that fails to load still ends in `done`,
  // and the main thread reads the side itself.
  const { readEnglishSide, transferables } = await import('../align/englishSide');
  port.once('message', (request: FeatureRequest) => {
    try {
      const side = readEnglishSide(request.texts, request.edges);
      port.postMessage({ side }, transferables(side));
    } catch (error) {
      port.postMessage({ error: error instanceof Error ? error.message : String(error) });
    }
    done();
    port.close();
  });
} catch {
  done();
  port.close();
}
