/**
 * npm run bench: how fast the built CLI aligns, from process start, and how much memory it takes.
 * - 2,000 and 20,000 paragraphs a side (para-dev documents repeated: real-length text), and a
 *   100,000-line pair (mac-dev, aca and mag lines repeated, --split lines): wall seconds from
 *   process start (min of several runs) and peak RSS of `duilian align`;
 * - phase times of one CLI run of each (`duilian align --timings`: from process start, the
 *   aligner's code still cold) and of the 20,000-paragraph alignment in this process;
 * - `duilian batch --jobs 2` over the dev corpora: documents per second.
 * Inputs are built at run time in a temporary folder from ../shared/corpora (nothing is
 * committed). The machine may be shared: the load average is printed with the figures.
 * Options: --runs N (default 3), --quick (skip the 100k-line pair and the batch).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { alignSegments } from '../src/align/aligner';
import { paramsFor } from '../src/align/alignParams';
import { loadNodeDictionary } from '../src/align/nodeDictionary';
import { splitParagraphs } from '../src/align/paragraphs';
import { splitLines } from '../src/align/sentences';

const ROOT = resolve(import.meta.dirname, '..');
const CORPORA = resolve(ROOT, '../shared/corpora');
const BIN = join(ROOT, 'bin/duilian.mjs');
const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const QUICK = process.argv.includes('--quick');

interface Pair {
  readonly zh: readonly string[];
  readonly en: readonly string[];
}

function paraDocuments(): Pair[] {
  const dir = join(CORPORA, 'para-dev');
  return readdirSync(dir)
    .filter((x) => x.endsWith('.zh.txt'))
    .sort()
    .map((f) => ({
      zh: splitParagraphs(readFileSync(join(dir, f), 'utf8')),
      en: splitParagraphs(readFileSync(join(dir, f.replace('.zh.', '.en.')), 'utf8')),
    }));
}

/** Line-level documents: [zh file, en file] (aca and mag keep English in src/). */
function lineFiles(): [string, string][] {
  const out: [string, string][] = [];
  for (const [name, swapped] of [
    ['mac-dev', false],
    ['aca', true],
    ['mag', true],
  ] as const) {
    const dir = join(CORPORA, name);
    if (!existsSync(dir)) continue;
    for (const id of readdirSync(join(dir, 'src')).sort()) {
      const a = join(dir, 'src', id);
      const b = join(dir, 'tgt', id);
      out.push(swapped ? [b, a] : [a, b]);
    }
  }
  return out;
}

/** Whole documents one after another until the Chinese side has about n segments. */
function repeatTo(docs: readonly Pair[], n: number): { zh: string[]; en: string[] } {
  const zh: string[] = [];
  const en: string[] = [];
  for (let k = 0; zh.length < n; k++) {
    const d = docs[k % docs.length];
    zh.push(...d.zh);
    en.push(...d.en);
  }
  return { zh, en };
}

interface Run {
  readonly wall: number;
  readonly rssMb: number;
  /** User + system CPU seconds: less sensitive than wall time to other processes. */
  readonly cpu: number;
  /** System CPU seconds alone: mostly page faults (memory touched for the first time). */
  readonly sys: number;
  readonly faults: number;
  /** What the command wrote on stderr (e.g. --timings), without /usr/bin/time's line. */
  readonly stderr: string;
}

/** Runs the built CLI under /usr/bin/time: wall seconds from process start and peak RSS. */
function timeCli(args: readonly string[]): Run {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S %R', process.execPath, BIN, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (r.status !== 0) throw new Error(`duilian ${args.join(' ')} failed: ${r.stderr}`);
  const lines = r.stderr.trim().split('\n');
  const [wall, kb, user, sys, faults] = (lines.at(-1) ?? '').split(' ').map(Number);
  return {
    wall,
    rssMb: kb / 1024,
    cpu: user + sys,
    sys,
    faults,
    stderr: lines.slice(0, -1).join('\n'),
  };
}

function best(runs: readonly Run[]): string {
  const wall = Math.min(...runs.map((r) => r.wall));
  const rss = Math.max(...runs.map((r) => r.rssMb));
  const cpu = Math.min(...runs.map((r) => r.cpu));
  const sys = Math.min(...runs.map((r) => r.sys));
  const faults = Math.min(...runs.map((r) => r.faults));
  const all = runs.map((r) => r.wall.toFixed(2)).join(', ');
  return (
    `${wall.toFixed(2)} s wall (min of ${runs.length}: ${all}), ${cpu.toFixed(2)} s CPU ` +
    `(${sys.toFixed(2)} s system; ${faults} page faults), peak RSS ${rss.toFixed(0)} MB`
  );
}

const load = () => loadavg()[0].toFixed(1);
const dir = mkdtempSync(join(tmpdir(), 'duilian-bench-'));
try {
  if (!existsSync(join(CORPORA, 'para-dev'))) throw new Error(`no corpora at ${CORPORA}`);
  // Time the CLI as it is now: rebuild the bundle if the sources changed.
  spawnSync(process.execPath, [join(ROOT, 'scripts/buildCli.mjs')], { stdio: 'inherit' });
  console.log(`load average at start: ${load()} (2 cores shared; figures are noisy)`);
  const bare = Array.from({ length: RUNS }, () => {
    const t = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    return (performance.now() - t) / 1000;
  });
  const help: Run[] = Array.from({ length: RUNS }, () => timeCli(['--help']));
  console.log(`duilian --help: ${best(help)} (node -e 0 alone: ${Math.min(...bare).toFixed(2)} s)`);

  const para = paraDocuments();
  for (const n of [2000, 20000]) {
    const { zh, en } = repeatTo(para, n);
    const zf = join(dir, `p${n}.zh.txt`);
    const ef = join(dir, `p${n}.en.txt`);
    writeFileSync(zf, zh.join('\n\n'));
    writeFileSync(ef, en.join('\n\n'));
    const runs = Array.from({ length: RUNS }, () =>
      timeCli(['align', zf, ef, '--format', 'align']),
    );
    console.log(
      `${String(n).padStart(6)} paragraphs a side (${zh.length} zh, ${en.length} en): ${best(runs)}; load ${load()}`,
    );
    const timed = timeCli(['align', zf, ef, '--format', 'align', '--timings']);
    console.log(`  one run with --timings: ${timed.stderr.replace(/^duilian: /, '')}`);
  }

  // Phase times of the 20k case, in this process (the dictionary is loaded first).
  const dictionary = loadNodeDictionary();
  const { zh, en } = repeatTo(para, 20000);
  const timings: Record<string, number> = {};
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  alignSegments(zh, en, { dictionary, params: paramsFor('paragraphs'), timings });
  const cpu = process.cpuUsage(c0);
  console.log(
    `  phases of the 20,000-paragraph alignment (in-process, ${((performance.now() - t0) / 1000).toFixed(2)} s wall, ` +
      `${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU): ` +
      Object.entries(timings)
        .map(([k, v]) => `${k} ${(v / 1000).toFixed(2)} s`)
        .join(', '),
  );

  if (!QUICK) {
    const lines = lineFiles().map(([a, b]) => ({
      zh: splitLines(readFileSync(a, 'utf8')),
      en: splitLines(readFileSync(b, 'utf8')),
    }));
    const big = repeatTo(lines, 100_000);
    const zf = join(dir, 'l100k.zh.txt');
    const ef = join(dir, 'l100k.en.txt');
    writeFileSync(zf, big.zh.join('\n'));
    writeFileSync(ef, big.en.join('\n'));
    const run = timeCli(['align', zf, ef, '--split', 'lines', '--format', 'align']);
    console.log(
      `100,000-line pair (${big.zh.length} zh, ${big.en.length} en lines, --split lines): ${best([run])}; load ${load()}`,
    );

    const manifest = [...lineFiles().map(([a, b], k) => `l${k}\t${a}\t${b}`)].join('\n');
    writeFileSync(join(dir, 'lines.tsv'), `${manifest}\n`);
    const paraDir = join(CORPORA, 'para-dev');
    const paraManifest = readdirSync(paraDir)
      .filter((f) => f.endsWith('.zh.txt'))
      .map((f, k) => `p${k}\t${join(paraDir, f)}\t${join(paraDir, f.replace('.zh.', '.en.'))}`)
      .join('\n');
    writeFileSync(join(dir, 'para.tsv'), `${paraManifest}\n`);
    for (const [name, split] of [
      ['para.tsv', 'paragraphs'],
      ['lines.tsv', 'lines'],
    ] as const) {
      const docs = readFileSync(join(dir, name), 'utf8').trim().split('\n').length;
      const r = timeCli([
        'batch',
        join(dir, name),
        '--out-dir',
        join(dir, `out-${split}`),
        '--format',
        'align',
        '--split',
        split,
        '--jobs',
        '2',
      ]);
      console.log(
        `batch --jobs 2, ${docs} dev documents (${split}): ${(docs / r.wall).toFixed(1)} documents/s ` +
          `(${r.wall.toFixed(2)} s wall from process start, peak RSS ${r.rssMb.toFixed(0)} MB); load ${load()}`,
      );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
