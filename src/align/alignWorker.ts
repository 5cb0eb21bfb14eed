/// <reference lib="webworker" />
import dictionaryUrl from '../../generated/cedict.bin?url';
import { runAlignRequest, type AlignResponse, type WorkerRequest } from './alignJob';
import { CompiledDictionary } from './compiledDictionary';
import type { Dictionary } from './dictionary';

let loaded: Promise<{ bytes: Uint8Array; dictionary: Dictionary }> | undefined;

/**
 * The compiled CC-CEDICT (a hashed asset the browser caches) is fetched only here, on the
 * first alignment that wants it (or the page's first request for its bytes).
 */
function load(): Promise<{ bytes: Uint8Array; dictionary: Dictionary }> {
  loaded ??= fetch(dictionaryUrl)
    .then((r) => {
      if (!r.ok) throw new Error(`the dictionary could not be loaded (HTTP ${r.status})`);
      return r.arrayBuffer();
    })
    .then((buffer) => {
      const bytes = new Uint8Array(buffer);
      return { bytes, dictionary: new CompiledDictionary(bytes) };
    });
  // A failed load may be retried by the next alignment.
  loaded.catch(() => (loaded = undefined));
  return loaded;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (response: AlignResponse) => scope.postMessage(response);

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'dictionary-bytes') {
    // Posted without a transfer list: the page gets a copy, the worker keeps its dictionary.
    load().then(
      ({ bytes }) => post({ type: 'dictionary-bytes', id: request.id, bytes }),
      (error: unknown) =>
        post({
          type: 'error',
          id: request.id,
          message: error instanceof Error ? error.message : String(error),
        }),
    );
    return;
  }
  void runAlignRequest(request, () => load().then((d) => d.dictionary), post);
};
