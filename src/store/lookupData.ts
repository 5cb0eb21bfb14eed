/**
 * The data word look-up needs, fetched on the first look-up only (never at start-up; the
 * dictionary part also once a document is open, for the review checks, see checksStore): the
 * aligner's compiled dictionary (a copy of the bytes the align worker loaded: one download
 * per tab) and the glosses file (gzipped by the build,
 * inflated here). Both are precached by the service worker (vite.config.ts), so look-up works
 * offline.
 */
import dictionaryUrl from '../../generated/cedict.bin?url';
import glossesUrl from '../../generated/glosses.bin?url';
import { dictionaryBytesFromWorker } from '../align/alignInWorker';
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

interface LoadedDictionary {
  readonly dictionary: CompiledDictionary;
  readonly bytes: Uint8Array;
}

let compiled: Promise<LoadedDictionary> | undefined;

/**
 * The dictionary's bytes: a copy of the aligner worker's (one download per tab), or fetched
 * here where no worker can run.
 */
async function dictionaryBytes(): Promise<Uint8Array> {
  try {
    return await dictionaryBytesFromWorker();
  } catch {
    const response = await fetchBytes(dictionaryUrl);
    return new Uint8Array(await response.arrayBuffer());
  }
}

/**
 * The compiled dictionary in the page, loaded once (the review checks and the word look-up
 * share it); a failed load is tried again on the next call.
 */
export function loadCompiledDictionary(): Promise<LoadedDictionary> {
  compiled ??= dictionaryBytes()
    .then((bytes) => ({ dictionary: new CompiledDictionary(bytes), bytes }))
    .catch((error: unknown) => {
      compiled = undefined;
      throw error;
    });
  return compiled;
}

/** Fetches and decodes both files (about 5 MB in memory, 1 MB of glosses on the wire). */
export async function fetchLookupData(): Promise<LookupData> {
  const [{ dictionary, bytes: dictionaryBytes }, glossBytes] = await Promise.all([
    loadCompiledDictionary(),
    fetchBytes(glossesUrl).then(inflate),
  ]);
  return {
    lexicon: new LookupLexicon(dictionary),
    glosses: new Glosses(glossBytes, dictionary, dictionaryBytes),
  };
}
