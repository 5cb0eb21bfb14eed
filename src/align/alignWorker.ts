/// <reference lib="webworker" />
import dictionaryUrl from '../../generated/cedict.bin?url';
import { runAlignRequest, type AlignRequest } from './alignJob';
import { CompiledDictionary } from './compiledDictionary';
import type { Dictionary } from './dictionary';

let dictionary: Promise<Dictionary> | undefined;

/**
 * The compiled CC-CEDICT (a hashed asset the browser caches) is fetched only here, on the
 * first alignment that wants it.
 */
function loadDictionary(): Promise<Dictionary> {
  dictionary ??= fetch(dictionaryUrl)
    .then((r) => {
      if (!r.ok) throw new Error(`the dictionary could not be loaded (HTTP ${r.status})`);
      return r.arrayBuffer();
    })
    .then((buffer) => new CompiledDictionary(new Uint8Array(buffer)));
  // A failed load may be retried by the next alignment.
  dictionary.catch(() => (dictionary = undefined));
  return dictionary;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<AlignRequest>) => {
  void runAlignRequest(event.data, loadDictionary, (response) => scope.postMessage(response));
};
