/**
 * Compiles the `hanzi` package's CC-CEDICT text into the aligner's compact dictionary asset
 * (src/align/compiledDictionary.ts). Run by scripts/buildCli.mjs, which bundles this file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { encodeDictionary } from '../src/align/compiledDictionary';
import { cedictFromModuleSource, parseCedict } from '../src/align/dictionary';

/** Where CC-CEDICT comes from: the `hanzi` package (a build-time dependency). */
export function cedictSourcePath(): string {
  return createRequire(import.meta.url).resolve('hanzi/lib/data/cedict_ts.u8.js');
}

export function compileDictionary(outPath: string): number {
  const text = cedictFromModuleSource(readFileSync(cedictSourcePath(), 'utf8'));
  const bytes = encodeDictionary(parseCedict(text));
  writeFileSync(outPath, bytes);
  return bytes.byteLength;
}
