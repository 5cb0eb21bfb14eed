import { readFileSync, writeFileSync } from 'node:fs';
import { alignTexts } from '../align/alignTexts';
import { loadNodeDictionary } from '../align/nodeDictionary';
import { isSplitMode, SPLIT_MODES, type SplitMode } from '../align/segment';
import { decodeBytes } from '../io/decode';
import { exportDocument, type ExportFormat } from '../io/export';
import { CliError } from './errors';

/** Formats `duilian align` writes (the ones DESIGN.md promises; xlsx is for `export`). */
export const ALIGN_FORMATS = ['json', 'align', 'tsv', 'csv', 'tmx'] as const;
type AlignFormat = (typeof ALIGN_FORMATS)[number];

function isAlignFormat(value: string): value is AlignFormat {
  return (ALIGN_FORMATS as readonly string[]).includes(value);
}

function readText(path: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new CliError(`cannot read ${path}: no such file or not readable`);
  }
  try {
    return decodeBytes(bytes, path);
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : `cannot decode ${path}`);
  }
}

export interface AlignArgs {
  readonly files: readonly [string, string];
  readonly split: SplitMode;
  readonly format: AlignFormat;
  readonly out?: string;
  readonly dictionary: boolean;
}

/** Reads `align` arguments; throws a CliError (exit 2) on anything it does not know. */
export function parseAlignArgs(args: readonly string[]): AlignArgs {
  const files: string[] = [];
  let split: SplitMode = 'paragraphs';
  let format: AlignFormat = 'json';
  let out: string | undefined;
  let dictionary = true;
  const value = (i: number, flag: string): string => {
    const v = args[i];
    if (v === undefined || (v.startsWith('-') && v !== '-'))
      throw new CliError(`${flag} needs a value`, 2);
    return v;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const eq = a.indexOf('=');
    const [flag, inline] =
      a.startsWith('--') && eq > 0 ? [a.slice(0, eq), a.slice(eq + 1)] : [a, undefined];
    const take = () => inline ?? value(++i, flag);
    if (flag === '--split') {
      const v = take();
      if (!isSplitMode(v))
        throw new CliError(`unknown split "${v}" (expected ${SPLIT_MODES.join(', ')})`, 2);
      split = v;
    } else if (flag === '--format' || flag === '-f') {
      const v = take();
      if (!isAlignFormat(v))
        throw new CliError(`unknown format "${v}" (expected ${ALIGN_FORMATS.join(', ')})`, 2);
      format = v;
    } else if (flag === '-o' || flag === '--output') {
      out = take();
    } else if (flag === '--no-dictionary') {
      dictionary = false;
    } else if (a.startsWith('-') && a !== '-') {
      throw new CliError(`unknown option "${a}"`, 2);
    } else {
      files.push(a);
    }
  }
  if (files.length !== 2) throw new CliError('align needs two text files: ZH_FILE EN_FILE', 2);
  return { files: [files[0], files[1]], split, format, out, dictionary };
}

export async function runAlign(args: readonly string[]): Promise<void> {
  const parsed = parseAlignArgs(args);
  const [fa, fb] = parsed.files;
  const a = { text: readText(fa), fileName: fa };
  const b = { text: readText(fb), fileName: fb };
  const doc = alignTexts(
    a,
    b,
    { createdAt: new Date().toISOString() },
    { split: parsed.split, dictionary: parsed.dictionary ? loadNodeDictionary() : undefined },
  );
  // TMX's segtype comes from the document's level.
  const { data } = exportDocument(doc, parsed.format as ExportFormat);
  if (parsed.out) {
    try {
      writeFileSync(parsed.out, data);
    } catch {
      throw new CliError(`cannot write ${parsed.out}`);
    }
  } else {
    process.stdout.write(data);
  }
}
