import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { isSplitMode, SPLIT_MODES, type SplitMode } from '../align/segment';
import type { ExportOptions } from '../io/exporters/common';
import { findFormat, type FileFormat } from '../io/formats';
import type { BatchJob, BatchResult, BatchWorkerData } from './batchWorker';
import { CliError } from './errors';
import { parseFormatArgs } from './formatArgs';

interface BatchArgs {
  readonly manifest: string;
  readonly outDir: string;
  readonly format: FileFormat;
  readonly options: ExportOptions;
  readonly jobs: number;
  readonly split: SplitMode;
  readonly dictionary: boolean;
}

function parseBatchArgs(args: readonly string[]): BatchArgs {
  const parsed = parseFormatArgs(args, {
    valued: ['--out-dir', '--jobs', '--split'],
    switches: ['--no-dictionary'],
  });
  if (parsed.out !== undefined)
    throw new CliError('batch writes one file per pair: name the folder with --out-dir DIR', 2);
  if (parsed.files.length !== 1)
    throw new CliError('batch needs one manifest: duilian batch MANIFEST.tsv --out-dir DIR', 2);
  const outDir = parsed.extra.get('--out-dir');
  if (typeof outDir !== 'string')
    throw new CliError('batch needs --out-dir DIR for its output files', 2);
  const jobsArg = parsed.extra.get('--jobs');
  const jobs = jobsArg === undefined ? availableParallelism() : Number(jobsArg);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256)
    throw new CliError(`--jobs must be a whole number from 1 to 256, not "${String(jobsArg)}"`, 2);
  const split = parsed.extra.get('--split') ?? 'paragraphs';
  if (typeof split !== 'string' || !isSplitMode(split))
    throw new CliError(`unknown split "${String(split)}" (expected ${SPLIT_MODES.join(', ')})`, 2);
  return {
    manifest: parsed.files[0],
    outDir,
    format: parsed.format ?? findFormat('json')!,
    options: parsed.options,
    jobs,
    split,
    dictionary: !parsed.extra.has('--no-dictionary'),
  };
}

interface Entry {
  readonly line: number;
  readonly id: string;
  readonly zh: string;
  readonly en: string;
}

/**
 * Manifest lines: id, zh path, en path, separated by tabs; paths relative to the manifest.
 * Blank lines, lines starting with # and a header line (first field "id", its paths no
 * files) are skipped; a bad line is reported, not fatal.
 */
function readManifest(path: string): { entries: Entry[]; problems: string[] } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new CliError(`cannot read manifest ${path}: no such file or not readable`);
  }
  const base = dirname(resolve(path));
  const entries: Entry[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  let first = true;
  text.split(/\r?\n/).forEach((raw, k) => {
    const line = k + 1;
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const fields = raw.split('\t');
    const [id, zh, en] = fields.map((f) => f.trim());
    const header = first && id?.toLowerCase() === 'id' && !!zh && !existsSync(resolve(base, zh));
    first = false;
    // A spreadsheet's manifest starts with its column names (id, zh, en): not a pair.
    if (header) return;
    if (fields.length !== 3 || !id || !zh || !en) {
      problems.push(
        `${path}:${line}: expected id<TAB>zh path<TAB>en path, got ${fields.length} field(s)`,
      );
    } else if (!/^[\w.-]+$/.test(id) || id.startsWith('.')) {
      problems.push(
        `${path}:${line}: id "${id}" must be letters, digits, '.', '_' or '-' (it names the output file)`,
      );
    } else if (seen.has(id)) {
      problems.push(`${path}:${line}: id "${id}" is used twice; the second pair is skipped`);
    } else {
      seen.add(id);
      entries.push({ line, id, zh: resolve(base, zh), en: resolve(base, en) });
    }
  });
  return { entries, problems };
}

/** `duilian batch MANIFEST.tsv --out-dir DIR [--format F] [--jobs N] [--split S] [--no-dictionary]`. */
export async function runBatch(args: readonly string[]): Promise<void> {
  const parsed = parseBatchArgs(args);
  const started = performance.now();
  const { entries, problems } = readManifest(parsed.manifest);
  for (const p of problems) process.stderr.write(`duilian: ${p}\n`);
  try {
    mkdirSync(parsed.outDir, { recursive: true });
  } catch {
    throw new CliError(`cannot create the output folder ${parsed.outDir}`);
  }
  const failed: string[] = [];
  let done = 0;
  const tty = process.stderr.isTTY === true;
  const progress = () => {
    if (tty)
      process.stderr.write(
        `\raligned ${done - failed.length} of ${entries.length}, ${failed.length} failed`,
      );
  };
  const workerData: BatchWorkerData = {
    settings: { split: parsed.split, dictionary: parsed.dictionary },
    format: parsed.format.id,
    options: parsed.options,
    outDir: resolve(parsed.outDir),
  };
  let next = 0;
  const workers = Math.max(1, Math.min(parsed.jobs, entries.length));
  await Promise.all(
    Array.from({ length: entries.length === 0 ? 0 : workers }, () => {
      const worker = new Worker(new URL('./batchWorker.mjs', import.meta.url), { workerData });
      return new Promise<void>((resolveWorker, rejectWorker) => {
        let current: Entry | undefined;
        const feed = () => {
          if (next >= entries.length) {
            void worker.terminate().then(() => resolveWorker());
            return;
          }
          const index = next++;
          current = entries[index];
          const job: BatchJob = { index, id: current.id, zh: current.zh, en: current.en };
          worker.postMessage(job);
        };
        worker.on('message', (r: BatchResult) => {
          done++;
          if (!r.ok) {
            const e = entries[r.index];
            failed.push(e.id);
            if (tty) process.stderr.write('\n');
            process.stderr.write(`duilian: ${e.id} (manifest line ${e.line}): ${r.message}\n`);
          }
          progress();
          feed();
        });
        worker.on('error', (error) => {
          // A crashed worker (out of memory…) fails its pair; the others carry on.
          if (current) {
            done++;
            failed.push(current.id);
            process.stderr.write(`duilian: ${current.id}: the aligner stopped: ${error.message}\n`);
          }
          rejectWorker(error);
        });
        feed();
      }).catch(() => undefined);
    }),
  );
  if (tty) process.stderr.write('\n');
  const seconds = (performance.now() - started) / 1000;
  const ok = done - failed.length;
  process.stderr.write(
    `aligned ${ok} of ${entries.length} pairs into ${parsed.outDir} in ${seconds.toFixed(1)} s ` +
      `(${(ok / Math.max(seconds, 1e-3)).toFixed(1)} pairs/s, ${count(workers, 'job')})` +
      (failed.length + problems.length > 0
        ? `; ${failed.length} failed${problems.length ? `, ${count(problems.length, 'manifest line')} skipped` : ''}`
        : '') +
      '\n',
  );
  if (failed.length + problems.length > 0)
    throw new CliError(
      `batch finished with ${count(failed.length, 'failed pair')} and ${count(problems.length, 'bad manifest line')}`,
    );
}

/** "1 job", "2 jobs": the summary is read by people. */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
