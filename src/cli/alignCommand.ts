import { statSync } from 'node:fs';
import { alignTexts } from '../align/alignTexts';
import { loadNodeDictionary } from '../align/nodeDictionary';
import { isSplitMode, SPLIT_MODES, type SplitMode } from '../align/segment';
import type { ExportOptions } from '../io/exporters/common';
import { findFormat, type FileFormat } from '../io/formats';
import { checkTextPair } from '../io/textPair';
import { CliError } from './errors';
import { englishSideThread, threadsWanted, type FeatureThread } from './featureThread';
import { parseFormatArgs, writeOutput } from './formatArgs';
import { readInput } from './readInput';

export interface AlignArgs {
  readonly files: readonly [string, string];
  readonly split: SplitMode;
  readonly format: FileFormat;
  readonly out?: string;
  readonly options: ExportOptions;
  readonly dictionary: boolean;
  /** Print where the time went (milliseconds from process start, per phase) on stderr. */
  readonly timings: boolean;
}

/** Reads `align` arguments; throws a CliError (exit 2) on anything it does not know. */
export function parseAlignArgs(args: readonly string[]): AlignArgs {
  const parsed = parseFormatArgs(args, {
    valued: ['--split'],
    switches: ['--no-dictionary', '--timings'],
  });
  const split = parsed.extra.get('--split') ?? 'paragraphs';
  if (typeof split !== 'string' || !isSplitMode(split))
    throw new CliError(`unknown split "${String(split)}" (expected ${SPLIT_MODES.join(', ')})`, 2);
  if (parsed.files.length !== 2)
    throw new CliError('align needs two text files: ZH_FILE EN_FILE', 2);
  return {
    files: [parsed.files[0], parsed.files[1]],
    split,
    format: parsed.format ?? findFormat('json')!,
    out: parsed.out,
    options: parsed.options,
    dictionary: !parsed.extra.has('--no-dictionary'),
    timings: parsed.extra.has('--timings'),
  };
}

/** Whether to read the English side in a worker thread: files (not stdin) large enough. */
function largeInput(files: readonly string[]): boolean {
  let bytes = 0;
  for (const f of files) {
    if (f === '-') return false;
    try {
      bytes += statSync(f).size;
    } catch {
      return false; // reading it will say what is wrong
    }
  }
  return threadsWanted(bytes);
}

/** What the worker thread did, for --timings ('' when it did nothing). */
function workerNote(thread: FeatureThread): string {
  const did = [
    ...(thread.answered() ? ["the English side's units"] : []),
    ...(thread.chineseChunks() > 0
      ? [`${thread.chineseTaken()} of ${thread.chineseChunks()} chunks of the Chinese side`]
      : []),
    ...(thread.markedAnswered() ? ['the quote and mark counts'] : []),
    ...(thread.tuneAnswered() ? ["the second search's parameters"] : []),
    // The search takes the worker's rows only if they come before it has done them itself.
    ...(thread.rowsAsked() > 0
      ? [
          `the last rows' pair evidence and bead costs in ${thread.rowsAnswered()} of ${thread.rowsAsked()} searches`,
        ]
      : []),
  ];
  return did.length > 0 ? `; in a worker thread: ${did.join(', ')}` : '';
}

export async function runAlign(args: readonly string[]): Promise<void> {
  if (args.includes('--jsonl')) return (await import('./jsonlCommand')).runJsonl(args);
  // performance.now() counts from process start: the first phase is Node's start-up and loading.
  const started = performance.now();
  const parsed = parseAlignArgs(args);
  const timings: Record<string, number> = { 'start-up': started };
  // Large inputs: a worker thread starts now and reads the English side's units (and the
  // texts' quote states and mark counts) later.
  const thread = largeInput(parsed.files) ? englishSideThread() : undefined;
  let last = performance.now();
  const phase = (name: string) => {
    const t = performance.now();
    timings[name] = t - last;
    last = t;
  };
  // The same check as the app: two texts of one language, an empty one, or lengths far apart are refused.
  const pair = checkTextPair(readInput(parsed.files[0]), readInput(parsed.files[1]));
  if (!pair.ok) throw new CliError(pair.message);
  phase('read');
  const dictionary = parsed.dictionary ? loadNodeDictionary() : undefined;
  phase('dictionary');
  const aligner: Record<string, number> = {};
  const doc = alignTexts(
    { text: pair.zh.text, fileName: pair.zh.name },
    { text: pair.en.text, fileName: pair.en.name },
    { createdAt: new Date().toISOString() },
    {
      split: parsed.split,
      dictionary,
      timings: parsed.timings ? aligner : undefined,
      englishSide: thread?.reader,
      chineseShare: thread?.chinese,
      textMarks: thread?.marks,
      pairRows: thread?.pairs,
    },
  );
  thread?.close();
  const aligned = performance.now() - last;
  const inAligner = Object.values(aligner).reduce((a, b) => a + b, 0);
  timings.segment = aligned - inAligner;
  Object.assign(timings, aligner);
  last = performance.now();
  const base = pair.zh.name.replace(/\.[^./\\]+$/, '');
  await writeOutput(doc, parsed.format, parsed.options, parsed.out, base);
  phase('write');
  if (parsed.timings) {
    const cpu = process.cpuUsage();
    process.stderr.write(
      `duilian: ${(performance.now() / 1000).toFixed(2)} s from process start, ` +
        `${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU; ms per phase: ` +
        Object.entries(timings)
          .map(([k, v]) => `${k} ${v.toFixed(0)}`)
          .join(', ') +
        (thread ? workerNote(thread) : '') +
        '\n',
    );
  }
}
