/**
 * Builds the command-line tool: bundles src/cli into dist-cli/ (one ESM entry plus lazily
 * loaded chunks), so `duilian` starts without compiling TypeScript. Runs at `prepare`
 * (npm install / npm ci / npm pack) and from the test setup when the bundle is stale.
 * Plain JavaScript on purpose: it must run before anything else is built.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
export const CLI_DIR = join(ROOT, 'dist-cli');
const STAMP = join(CLI_DIR, 'build.stamp');

function filesUnder(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path));
    else if (/\.(ts|tsx|json|mjs)$/.test(entry.name)) out.push(path);
  }
  return out;
}

/** A hash of everything the bundle is made from (sources and the lock file). */
function inputsHash() {
  const hash = createHash('sha1');
  const files = [
    ...filesUnder(join(ROOT, 'src')),
    join(ROOT, 'package-lock.json'),
    fileURLToPath(import.meta.url),
  ].sort();
  for (const f of files) {
    hash.update(relative(ROOT, f));
    hash.update(statSync(f).size.toString());
    hash.update(readFileSync(f));
  }
  return hash.digest('hex');
}

/** Bundles the CLI unless dist-cli already holds a bundle of the same sources. */
export async function buildCli({ force = false } = {}) {
  const stamp = inputsHash();
  if (!force && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === stamp) return false;
  rmSync(CLI_DIR, { recursive: true, force: true });
  await build({
    entryPoints: { duilian: join(ROOT, 'src/cli/main.ts') },
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
  writeFileSync(STAMP, stamp);
  return true;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const built = await buildCli({ force: process.argv.includes('--force') });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(built ? `built dist-cli in ${seconds} s\n` : 'dist-cli is up to date\n');
}
