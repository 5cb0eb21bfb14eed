import {
  formatIoMessage,
  type IoMessage,
  type IoMessageKey,
  type IoMessageParams,
} from './messages';

/**
 * A file the user gave us cannot be read: the message is one sentence meant for the
 * user (shown in an alert or printed by the CLI), naming the file or field at fault.
 * Made from a key (see ./messages.ts), it keeps that key too, so the app can say it in
 * its own language.
 */
export class FileFormatError extends Error {
  override readonly name = 'FileFormatError';
  readonly said?: IoMessage;

  constructor(message: string | IoMessage) {
    super(typeof message === 'string' ? message : formatIoMessage(message));
    if (typeof message !== 'string') this.said = message;
  }
}

/** A FileFormatError from a key of ./messages.ts. */
export function fileError(key: IoMessageKey, params: IoMessageParams = {}): FileFormatError {
  return new FileFormatError({ key, params });
}
