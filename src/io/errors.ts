/**
 * A file the user gave us cannot be read: the message is one sentence meant for the
 * user (shown in an alert or printed by the CLI), naming the file or field at fault.
 */
export class FileFormatError extends Error {
  override readonly name = 'FileFormatError';

  constructor(message: string) {
    super(message);
  }
}
