/**
 * The data word look-up needs, fetched on the first look-up only (never at start-up): the
 * aligner's compiled dictionary (the same hashed asset the align worker loads, so usually
 * already in the HTTP and service-worker caches) and the glosses file (gzipped by the build,
 * inflated here). Both are precached by the service worker (vite.config.ts), so look-up works
 * offline.
 */
import dictionaryUrl from '../../generated/cedict.bin?url';
import glossesUrl from '../../generated/glosses.bin?url';
import { CompiledDictionary } from '../align/compiledDictionary';
import { LookupLexicon } from '../lookup/evidence';
import { Glosses } from '../lookup/glossFile';

export interface LookupData {
  readonly lexicon: LookupLexicon;
  readonly glosses: Glosses;
}

async function fetchBytes(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response;
}

async function inflate(response: Response): Promise<Uint8Array> {
  if (typeof DecompressionStream === 'undefined' || !response.body)
    throw new Error('this browser cannot inflate the glosses (no DecompressionStream)');
  const stream = response.body.pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Fetches and decodes both files (about 5 MB in memory, 1 MB of glosses on the wire). */
export async function fetchLookupData(): Promise<LookupData> {
  const [dictionaryResponse, glossesResponse] = await Promise.all([
    fetchBytes(dictionaryUrl),
    fetchBytes(glossesUrl),
  ]);
  const [dictionaryBytes, glossBytes] = await Promise.all([
    dictionaryResponse.arrayBuffer().then((b) => new Uint8Array(b)),
    inflate(glossesResponse),
  ]);
  const dictionary = new CompiledDictionary(dictionaryBytes);
  return {
    lexicon: new LookupLexicon(dictionary),
    glosses: new Glosses(glossBytes, dictionary, dictionaryBytes),
  };
}
