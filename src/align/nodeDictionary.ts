import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CompiledDictionary } from './compiledDictionary';
import type { Dictionary } from './dictionary';

let cached: Dictionary | undefined;

/**
 * Where the compiled dictionary is: beside the CLI bundle (dist-cli/cedict.bin, with its
 * look-up index), or in generated/ when running from the sources (scripts and tests).
 */
const CANDIDATES = [
  './cedict.bin',
  '../../generated/cedict-node.bin',
  '../../generated/cedict.bin',
];

/** Loads the compiled CC-CEDICT (Node only: the CLI, scripts and tests). */
export function loadNodeDictionary(): Dictionary {
  if (!cached) {
    const path = CANDIDATES.map((c) => fileURLToPath(new URL(c, import.meta.url))).find((p) =>
      existsSync(p),
    );
    if (!path)
      throw new Error(
        'the dictionary is not built: run `npm install` (or node scripts/buildCli.mjs)',
      );
    cached = new CompiledDictionary(readFileSync(path));
  }
  return cached;
}
