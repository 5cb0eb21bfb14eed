import { dirname } from 'node:path';

/** An error the CLI reports as one line on stderr, with a non-zero exit. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** Why a file could not be read or written, in words rather than an errno code. */
function reason(error: unknown, path: string, writing: boolean): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return writing ? `the folder ${dirname(path)} does not exist` : 'no such file';
    case 'ENOTDIR':
      return `a part of the path is a file, not a folder`;
    case 'EISDIR':
      return 'it is a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOSPC':
      return 'the disk is full';
    default:
      return code ?? (error instanceof Error ? error.message : String(error));
  }
}

/** "cannot write out/x.tmx: the folder out does not exist" */
export function cannotWrite(path: string, error: unknown): string {
  return `cannot write ${path}: ${reason(error, path, true)}`;
}

/** "cannot read zh.txt: no such file" */
export function cannotRead(path: string, error: unknown): string {
  return `cannot read ${path}: ${reason(error, path, false)}`;
}
