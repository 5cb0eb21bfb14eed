import { readFileSync, statSync, writeFileSync } from 'node:fs';
import type { AlignDocument } from '../core/model';
import { parseDocument } from '../io/alignmentFile';
import { checkFileSize, decodeText } from '../io/decode';
import { FileFormatError } from '../io/errors';
import {
  EXPORT_FORMATS,
  exportDocumentAsync,
  isExportFormat,
  type ExportFormat,
  type ExportOptions,
} from '../io/export';
import { CliError } from './errors';

const USAGE_HINT = `expected ${EXPORT_FORMATS.join('|')}`;

interface ExportArgs {
  readonly input: string;
  readonly format: ExportFormat;
  readonly out?: string;
  readonly options: ExportOptions;
}

function parseArgs(args: readonly string[]): ExportArgs {
  const files: string[] = [];
  let format: string | undefined;
  let out: string | undefined;
  let confirmedOnly = false;
  let includeUnpaired = true;
  let segtype: ExportOptions['segtype'];
  const value = (name: string, i: number): string => {
    const v = args[i];
    if (v === undefined || (v.startsWith('-') && v !== '-'))
      throw new CliError(`${name} needs a value`, 2);
    return v;
  };
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].startsWith('--')
      ? args[i].split(/=(.*)/s)
      : [args[i], undefined];
    const take = () => inline ?? value(flag, ++i);
    switch (flag) {
      case '--format':
      case '-f':
        format = take();
        break;
      case '-o':
      case '--output':
        out = take();
        break;
      case '--confirmed-only':
        confirmedOnly = true;
        break;
      case '--no-unpaired':
        includeUnpaired = false;
        break;
      case '--segtype': {
        const v = take();
        if (v !== 'paragraph' && v !== 'sentence')
          throw new CliError(`--segtype must be paragraph or sentence, not "${v}"`, 2);
        segtype = v;
        break;
      }
      default:
        if (flag.startsWith('-') && flag !== '-') {
          throw new CliError(
            `unknown option "${flag}" (expected --format, -o, --confirmed-only, --no-unpaired, --segtype)`,
            2,
          );
        }
        files.push(flag);
    }
  }
  if (files.length !== 1) {
    throw new CliError(
      files.length === 0
        ? 'export needs an alignment file: duilian export ALIGNMENT.json --format FORMAT'
        : `export takes one alignment file, got ${files.length}`,
      2,
    );
  }
  if (format === undefined && out !== undefined) {
    const ext = out.split('.').pop() ?? '';
    if (isExportFormat(ext)) format = ext;
  }
  if (format === undefined) throw new CliError(`choose a format with --format (${USAGE_HINT})`, 2);
  if (!isExportFormat(format)) throw new CliError(`unknown format "${format}" (${USAGE_HINT})`, 2);
  return {
    input: files[0],
    format,
    out,
    options: { confirmedOnly, includeUnpaired, ...(segtype ? { segtype } : {}) },
  };
}

function readAlignment(path: string): AlignDocument {
  let bytes: Uint8Array;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new CliError(`${path} is a folder, not an alignment file`);
    checkFileSize(stat.size, path);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    if (error instanceof FileFormatError) throw new CliError(error.message);
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT'
        ? `cannot read ${path}: no such file`
        : `cannot read ${path} (${code ?? 'error'})`,
    );
  }
  try {
    return parseDocument(decodeText(bytes, path));
  } catch (error) {
    if (!(error instanceof FileFormatError)) throw error;
    const message = error.message.startsWith(path) ? error.message : `${path}: ${error.message}`;
    throw new CliError(message);
  }
}

function write(path: string, data: string | Uint8Array): void {
  try {
    writeFileSync(path, data);
  } catch (error) {
    throw new CliError(
      `cannot write ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
}

/** `duilian export ALIGNMENT.json --format F [-o FILE] [--confirmed-only] [--no-unpaired]`. */
export async function runExport(args: readonly string[]): Promise<void> {
  const { input, format, out, options } = parseArgs(args);
  const doc = readAlignment(input);
  const result = await exportDocumentAsync(doc, format, options);
  if (result.files) {
    const base = (out ?? input.replace(/\.json$/i, '')).replace(/\.(zh|en)$/, '');
    for (const file of result.files) write(`${base}${file.suffix}`, file.data);
    process.stderr.write(`wrote ${result.files.map((f) => `${base}${f.suffix}`).join(' and ')}\n`);
    return;
  }
  if (out !== undefined && out !== '-') {
    write(out, result.data);
    return;
  }
  if (typeof result.data !== 'string' && process.stdout.isTTY) {
    throw new CliError(
      `${format} is a binary format: write it to a file with -o FILE.${result.extension}`,
      2,
    );
  }
  process.stdout.write(result.data);
}
