/**
 * Compiles the `hanzi` package's CC-CEDICT text into the aligner's compact dictionary asset
 * (src/align/compiledDictionary.ts) and, beside it, the glosses word look-up shows
 * (src/lookup/glossFile.ts, gzipped) and the same dictionary with its look-up index for Node
 * (what the CLI ships: larger, but it loads without building its hash tables). Run by
 * scripts/buildCli.mjs, which bundles this file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { CompiledDictionary, encodeDictionary } from '../src/align/compiledDictionary';
import { cedictFromModuleSource, parseCedict } from '../src/align/dictionary';
import { encodeGlosses } from '../src/lookup/glossFile';

/** Where CC-CEDICT comes from: the `hanzi` package (a build-time dependency). */
export function cedictSourcePath(): string {
  return createRequire(import.meta.url).resolve('hanzi/lib/data/cedict_ts.u8.js');
}

export function compileDictionary(
  outPath: string,
  glossesPath?: string,
  indexedPath?: string,
): number {
  const text = cedictFromModuleSource(readFileSync(cedictSourcePath(), 'utf8'));
  const bytes = encodeDictionary(parseCedict(text));
  writeFileSync(outPath, bytes);
  if (indexedPath) writeFileSync(indexedPath, CompiledDictionary.withLookupIndex(bytes));
  if (glossesPath) {
    const glosses = encodeGlosses(text, new CompiledDictionary(bytes), bytes);
    // Compressed here, not by the server: the browser inflates it (DecompressionStream).
    writeFileSync(glossesPath, gzipSync(glosses, { level: 9 }));
  }
  return bytes.byteLength;
}
