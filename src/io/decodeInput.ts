import { decodeText, type DecodeWarningListener } from './decode';
import { fileError } from './errors';

/** `<?xml version="1.0" encoding="Big5"?>` at the very start, read as ASCII. */
export function declaredXmlEncoding(bytes: Uint8Array): string | null {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (bytes[start] !== 0x3c || bytes[start + 1] !== 0x3f) return null; // "<?"
  let head = '';
  for (let i = start; i < Math.min(bytes.length, start + 200); i++) {
    head += String.fromCharCode(bytes[i]);
    if (bytes[i] === 0x3e) break; // ">"
  }
  const match = /^<\?xml\s[^>]*?encoding\s*=\s*(["'])([A-Za-z][A-Za-z0-9._-]*)\1/.exec(head);
  return match ? match[2] : null;
}

/**
 * The text of an opened file. An XML file that declares a legacy encoding (Big5, GB2312,
 * Shift_JIS …) is decoded as it says, and refused when its bytes do not fit that encoding;
 * every other file goes through decodeText (BOMs, UTF-8, then a guess among GB18030/Big5),
 * which tells `onWarning` about characters it could not decode.
 */
export function decodeInput(
  bytes: Uint8Array,
  name: string,
  onWarning?: DecodeWarningListener,
): string {
  const declared = declaredXmlEncoding(bytes);
  if (declared === null || /^(utf-?8|us-ascii|ascii)$/i.test(declared))
    return decodeText(bytes, name, onWarning);
  // A byte order mark outranks the declaration (XML 1.0 appendix F).
  if (/^utf-?16/i.test(declared) || bytes[0] === 0xff || bytes[0] === 0xfe)
    return decodeText(bytes, name, onWarning);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared, { fatal: true });
  } catch {
    throw fileError('io.declaredUnknown', { name, encoding: declared });
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw fileError('io.declaredWrong', { name, encoding: declared });
  }
}
