import { createInterface } from 'node:readline';
import { isSplitMode, SPLIT_MODES, type SplitMode } from '../align/segment';
import { eachArg } from './eachArg';
import { CliError } from './errors';
import { alignTextPair, type PairSettings } from './pairAligner';

/**
 * `duilian align --jsonl [--split …] [--no-dictionary]`: a streaming mapper. Each input line
 * `{"id", "zh", "en"}` gives exactly one output line, in order: `{"id", "links", "segments"}`,
 * or `{"id", "line", "error"}` when that line cannot be aligned (malformed JSON, missing
 * fields, too many segments). Processing always continues; see docs/batch.md.
 */
export function parseJsonlArgs(args: readonly string[]): PairSettings {
  let split: SplitMode = 'paragraphs';
  let dictionary = true;
  eachArg(args, ({ flag, arg, take }) => {
    if (arg === '--jsonl') return;
    if (arg === '--no-dictionary') dictionary = false;
    else if (flag === '--split') {
      const v = take();
      if (!isSplitMode(v))
        throw new CliError(`unknown split "${v}" (expected ${SPLIT_MODES.join(', ')})`, 2);
      split = v;
    } else {
      throw new CliError(
        `align --jsonl reads pairs from stdin and takes only --split and --no-dictionary, not "${arg}"`,
        2,
      );
    }
  });
  return { split, dictionary };
}

type Parsed =
  | { readonly id: unknown; readonly zh: string; readonly en: string }
  | { readonly id: unknown; readonly error: string };

function parseLine(line: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { id: null, error: 'not a JSON object: expected {"id", "zh", "en"}' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { id: null, error: 'not a JSON object: expected {"id", "zh", "en"}' };
  const record = value as Record<string, unknown>;
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? record.id : null;
  if (id === null) return { id: null, error: '"id" must be a string or a number' };
  if (typeof record.zh !== 'string' || typeof record.en !== 'string')
    return { id, error: '"zh" and "en" must both be strings' };
  return { id, zh: record.zh, en: record.en };
}

/** Handles one input line; returns the output line and whether it was an error. */
export function processJsonlLine(
  line: string,
  lineNumber: number,
  settings: PairSettings,
): { readonly out: string; readonly failed: boolean } {
  const parsed = parseLine(line);
  if ('error' in parsed)
    return {
      out: JSON.stringify({ id: parsed.id, line: lineNumber, error: parsed.error }),
      failed: true,
    };
  try {
    const { links, segments } = alignTextPair(parsed.zh, parsed.en, settings);
    return { out: JSON.stringify({ id: parsed.id, links, segments }), failed: false };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      out: JSON.stringify({ id: parsed.id, line: lineNumber, error: message }),
      failed: true,
    };
  }
}

export async function runJsonl(args: readonly string[]): Promise<void> {
  const settings = parseJsonlArgs(args);
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  let failed = 0;
  let done = 0;
  const undecoded: number[] = [];
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    // Bytes that are not UTF-8 (a GBK or Big5 record) come through as U+FFFD: the line is still
    // answered, but the stream's owner must hear of it.
    if (line.includes('\uFFFD')) undecoded.push(lineNumber);
    const result = processJsonlLine(line, lineNumber, settings);
    done++;
    if (result.failed) failed++;
    // Wait for the pipe when it is full, so memory stays flat on long streams.
    if (!process.stdout.write(`${result.out}\n`))
      await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
  }
  if (failed > 0)
    process.stderr.write(
      `duilian: ${failed} of ${done} lines could not be aligned (see their "error" lines)\n`,
    );
  if (undecoded.length > 0) {
    const shown = undecoded.slice(0, 5).join(', ') + (undecoded.length > 5 ? ', …' : '');
    process.stderr.write(
      `duilian: warning: ${undecoded.length} of ${done} lines hold \uFFFD, the mark of bytes that are not UTF-8 (${undecoded.length === 1 ? 'line' : 'lines'} ${shown}): write the JSON lines in UTF-8\n`,
    );
  }
}
