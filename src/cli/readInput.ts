import { readFileSync, statSync } from 'node:fs';
import { checkFileSize } from '../io/decode';
import { decodeInput } from '../io/decodeInput';
import { FileFormatError } from '../io/errors';
import type { TextFile } from '../io/importers/common';
import { CliError, cannotRead } from './errors';

/** Reads and decodes one input file; any problem is a one-line CliError. */
export function readInput(path: string): TextFile {
  let bytes: Uint8Array;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new CliError(`${path} is a folder, not a file`);
    checkFileSize(stat.size, path);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    if (error instanceof FileFormatError) throw new CliError(error.message);
    throw new CliError(cannotRead(path, error));
  }
  try {
    // Characters that could not be decoded are worth a line, though the run goes on.
    const warn = (warning: string) => process.stderr.write(`duilian: warning: ${warning}\n`);
    return { name: path, text: decodeInput(bytes, path, warn) };
  } catch (error) {
    if (error instanceof FileFormatError) throw new CliError(error.message);
    throw error;
  }
}
