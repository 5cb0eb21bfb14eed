import { readFileSync, writeFileSync } from 'node:fs';
import { alignTexts } from '../align/alignTexts';
import { decodeBytes } from '../io/decode';
import { exportDocument, type ExportFormat } from '../io/export';
import { CliError } from './errors';

function readText(path: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new CliError(`cannot read ${path}: no such file or not readable`);
  }
  return decodeBytes(bytes);
}

export async function runAlign(args: readonly string[]): Promise<void> {
  const files: string[] = [];
  let format: ExportFormat = 'json';
  let out: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--format') format = args[++i] as ExportFormat;
    else if (a === '-o') out = args[++i];
    else files.push(a);
  }
  if (files.length !== 2) throw new CliError('align needs two text files: ZH_FILE EN_FILE', 2);
  const doc = alignTexts(
    { text: readText(files[0]), fileName: files[0] },
    { text: readText(files[1]), fileName: files[1] },
  );
  const { data } = exportDocument(doc, format);
  if (out) writeFileSync(out, data);
  else process.stdout.write(data);
}
