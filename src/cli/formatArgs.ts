/**
 * What `export`, `convert` and `align` share: the output format (from --format or the -o
 * file's extension), the export options, their help text (all read from the io format
 * registry), and writing one or several output files.
 */
import { writeFileSync } from 'node:fs';
import type { AlignDocument } from '../core/model';
import type { ExportOptions } from '../io/exporters/common';
import {
  EXPORT_OPTIONS,
  findFormat,
  formatOfOutputName,
  writableFormats,
  writeDocument,
  type FileFormat,
} from '../io/formats';
import { eachArg } from './eachArg';
import { CliError, cannotWrite } from './errors';

export const FORMAT_CHOICES = writableFormats()
  .map((f) => f.id)
  .join('|');

/** The lines of --help that list formats and options. */
export function formatHelp(): string {
  const formats = writableFormats().map(
    (f) => `  ${f.id.padEnd(10)} ${f.hint}${f.options.length === 0 ? ' (always every link)' : ''}`,
  );
  const options = [
    ...EXPORT_OPTIONS.map((o) => `  ${o.flag.padEnd(20)} ${o.help}`),
    `  ${'--segtype T'.padEnd(20)} TMX: paragraph|sentence (default from the document's level)`,
  ];
  return ['formats (--format):', ...formats, 'export options:', ...options].join('\n');
}

export interface FormatArgs {
  readonly files: readonly string[];
  readonly format?: FileFormat;
  readonly out?: string;
  readonly options: ExportOptions;
  /** Flags the command itself handles (e.g. align's --split), with their values. */
  readonly extra: ReadonlyMap<string, string | true>;
}

/**
 * Reads arguments: files, --format/-f, -o/--output, the export option flags, --segtype, and
 * the command's own flags (`valued` take a value, `switches` do not). Throws CliError (exit 2).
 */
export function parseFormatArgs(
  args: readonly string[],
  own: { valued?: readonly string[]; switches?: readonly string[] } = {},
): FormatArgs {
  const files: string[] = [];
  const extra = new Map<string, string | true>();
  let formatName: string | undefined;
  let out: string | undefined;
  const options: Record<string, unknown> = {};
  eachArg(args, ({ flag, arg, take }) => {
    const option = EXPORT_OPTIONS.find((o) => o.flag === flag);
    if (flag === '--format' || flag === '-f') formatName = take();
    else if (flag === '-o' || flag === '--output') out = take();
    else if (option) options[option.id] = !option.default;
    // Pairs only is the default now; the old flag still says what it always meant.
    else if (flag === '--no-unpaired') options.includeUnpaired = false;
    else if (flag === '--segtype') {
      const v = take();
      if (v !== 'paragraph' && v !== 'sentence')
        throw new CliError(`--segtype must be paragraph or sentence, not "${v}"`, 2);
      options.segtype = v;
    } else if (own.valued?.includes(flag)) extra.set(flag, take());
    else if (own.switches?.includes(flag)) extra.set(flag, true);
    else if (arg.startsWith('-') && arg !== '-') {
      throw new CliError(`unknown option "${arg}" (see duilian --help)`, 2);
    } else files.push(arg);
  });
  let format: FileFormat | undefined;
  if (formatName !== undefined) {
    format = findFormat(formatName);
    if (format && !format.write)
      throw new CliError(
        `${format.label} is read, not written: --format takes ${FORMAT_CHOICES}`,
        2,
      );
    if (!format?.write)
      throw new CliError(`unknown format "${formatName}" (expected ${FORMAT_CHOICES})`, 2);
  } else if (out !== undefined) {
    format = formatOfOutputName(out);
  }
  return { files, format, out, options: options as ExportOptions, extra };
}

function write(path: string, data: string | Uint8Array): void {
  try {
    writeFileSync(path, data);
  } catch (error) {
    throw new CliError(cannotWrite(path, error));
  }
}

/**
 * Writes a document: to -o FILE, or stdout; formats of several files (Moses, InterText) to
 * files named after -o (less its extension) or after `defaultBase`.
 */
export async function writeOutput(
  doc: AlignDocument,
  format: FileFormat,
  options: ExportOptions,
  out: string | undefined,
  defaultBase: string,
): Promise<void> {
  const toStdout = out === undefined || out === '-';
  const base = toStdout ? defaultBase : out.replace(/\.[^./\\]+$/, '');
  const files = await writeDocument(doc, format, options, base);
  if (files.length > 1) {
    for (const file of files) write(file.name, file.data);
    process.stderr.write(`wrote ${files.map((f) => f.name).join(', ')}\n`);
    return;
  }
  const [only] = files;
  if (!toStdout) {
    write(out, only.data);
    return;
  }
  if (typeof only.data !== 'string' && process.stdout.isTTY) {
    throw new CliError(
      `${format.id} is a binary format: write it to a file with -o FILE${format.extensions[0]}`,
      2,
    );
  }
  process.stdout.write(only.data);
}
