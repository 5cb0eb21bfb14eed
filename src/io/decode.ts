import chardet from 'chardet';
import { fileError } from './errors';
import type { IoMessage } from './messages';

/** Files larger than this are refused before they are read. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface DecodedText {
  readonly text: string;
  /** The encoding used, as a TextDecoder label: utf-8, utf-16le, utf-16be, gb18030, big5, windows-1252. */
  readonly encoding: string;
  /** The file started with a byte order mark. */
  readonly bom: boolean;
  /**
   * Invalid bytes shown as U+FFFD in a UTF-8 file that is otherwise sound (a file cut
   * mid-character, a stray byte): worth a notice to the user. 0 for clean files.
   */
  readonly replacements: number;
  /** Where the first U+FFFD is, 1-based, when there are replacements. */
  readonly firstReplacement?: TextPosition;
  /**
   * A file whose lines are partly UTF-8 and partly GB18030 (two files pasted together):
   * each line was read in its own encoding. Line numbers are 1-based.
   */
  readonly mixedLines?: readonly number[];
}

export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/** Where the first `char` in `text` is, 1-based; null when it is not there. */
function positionOf(text: string, char: string): TextPosition | null {
  const at = text.indexOf(char);
  if (at < 0) return null;
  const before = text.slice(0, at);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: at - lineStart + 1 };
}

/**
 * What the user should be told about a file that decoded only in part: the count of
 * characters that could not be decoded and where the first is, or the lines read in
 * another encoding. Null for a clean file.
 */
export function decodeWarning(decoded: DecodedText, fileName: string): string | null {
  const parts: string[] = [];
  if (decoded.mixedLines && decoded.mixedLines.length > 0) {
    const n = decoded.mixedLines.length;
    parts.push(
      `${fileName} mixes two encodings: ${n} ${n === 1 ? 'line is' : 'lines are'} GB18030 among UTF-8 lines ` +
        `(the first is line ${decoded.mixedLines[0]}); each line was read in its own encoding, check them`,
    );
  }
  if (decoded.replacements > 0) {
    const where = decoded.firstReplacement
      ? `; the first is on line ${decoded.firstReplacement.line}, column ${decoded.firstReplacement.column}`
      : '';
    const n = decoded.replacements;
    parts.push(
      `${n} ${n === 1 ? 'character' : 'characters'} of ${fileName} could not be decoded and ${n === 1 ? 'shows' : 'show'} as �${where}`,
    );
  }
  return parts.length > 0 ? parts.join('. ') : null;
}

/** Hears a decoding warning: in English, and by key for the app to say in its language. */
export type DecodeWarningListener = (warning: string, said: readonly IoMessage[]) => void;

/** The same warnings as decodeWarning, by key (see ./messages.ts). */
export function decodeWarningMessages(decoded: DecodedText, name: string): IoMessage[] {
  const said: IoMessage[] = [];
  if (decoded.mixedLines && decoded.mixedLines.length > 0) {
    const params = { name, count: decoded.mixedLines.length, line: decoded.mixedLines[0] };
    said.push({ key: 'io.mixedEncodings', params });
  }
  if (decoded.replacements > 0) {
    const at = decoded.firstReplacement;
    const params = {
      name,
      count: decoded.replacements,
      line: at?.line ?? '?',
      column: at?.column ?? '?',
    };
    said.push({ key: 'io.replaced', params });
  }
  return said;
}

function megabytes(size: number): string {
  return `${(size / (1024 * 1024)).toFixed(1)} MB`;
}

/** Throws when a file is too large to open; call it with File.size before reading. */
export function checkFileSize(size: number, name = 'the file'): void {
  if (size > MAX_FILE_BYTES) {
    throw fileError('io.tooBig', {
      name,
      size: megabytes(size),
      limit: megabytes(MAX_FILE_BYTES),
    });
  }
}

// Windows-1252 bytes 0x80-0x9F (WHATWG encoding spec); Node's TextDecoder reads them as C1 controls.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes)
    out += b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  if (label === 'windows-1252') return decodeWindows1252(bytes);
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

// Controls other than tab, LF, VT, FF, CR (and SUB, which old DOS editors leave at the end).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const STRAY_CONTROL = /[\u0000-\u0008\u000e-\u0019\u001b-\u001f\u007f]/g;

function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const controls = text.match(STRAY_CONTROL)?.length ?? 0;
  return controls > 0 && controls / text.length > 0.02;
}

/** Share of characters a Chinese or English text is made of: Han, ASCII, CJK and full-width punctuation. */
function plausibility(text: string): number {
  if (text.length === 0) return 0;
  const good =
    text.match(
      /[\u0020-\u007e\t\n\r\u00a0-\u00ff\u3000-\u303f\u4e00-\u9fff\uff00-\uffef\u2010-\u2027]/g,
    )?.length ?? 0;
  return good / text.length;
}

function legacyCandidates(bytes: Uint8Array): string[] {
  let nonAscii = 0;
  for (const b of bytes) if (b >= 0x80) nonAscii++;
  const chinese = ['gb18030', 'big5'];
  // A Western file is mostly ASCII with a few accented letters or curly quotes; a Chinese
  // one is mostly two-byte characters.
  return nonAscii / bytes.length < 0.05
    ? ['windows-1252', ...chinese]
    : [...chinese, 'windows-1252'];
}

function decodeLegacy(bytes: Uint8Array): { text: string; encoding: string } | null {
  const guesses = new Map(chardet.analyse(bytes).map((m) => [m.name.toLowerCase(), m.confidence]));
  const order = legacyCandidates(bytes);
  let best: { text: string; encoding: string; score: number } | null = null;
  for (const encoding of order) {
    const text = tryDecode(encoding, bytes);
    if (text === null) continue;
    const score = plausibility(text) + (guesses.get(encoding) ?? 0) / 1000;
    // The first candidate wins unless a later one reads clearly better.
    if (!best || score > best.score + 0.02) best = { text, encoding, score };
  }
  // Below this the bytes are no text we know: better refused than shown as gibberish.
  if (!best || best.score < 0.8) return null;
  return { text: best.text, encoding: best.encoding };
}

/**
 * A UTF-8 file with a few bad bytes (cut mid-character, one stray byte) is still UTF-8:
 * reading it as GB18030 would turn every Chinese character into gibberish. It counts as
 * damaged UTF-8 when valid multi-byte characters far outnumber the bad bytes; a
 * Windows-1252 file has isolated high bytes and no valid multi-byte characters.
 */
function damagedUtf8(bytes: Uint8Array): DecodedText | null {
  const { text, replacements, multibyte } = utf8Counts(bytes);
  if (replacements === 0 || multibyte < 10 * replacements) return null;
  const bom = text.startsWith('\uFEFF');
  return {
    text: bom ? text.slice(1) : text,
    encoding: 'utf-8',
    bom,
    replacements,
    ...withPosition(text, replacements),
  };
}

/** Valid multi-byte characters and replacements when `bytes` are read as UTF-8. */
function utf8Counts(bytes: Uint8Array): { text: string; multibyte: number; replacements: number } {
  const text = new TextDecoder('utf-8').decode(bytes);
  let replacements = 0;
  let multibyte = 0;
  for (const ch of text) {
    if (ch === '\uFFFD') replacements++;
    else if (ch > '\u007f') multibyte++;
  }
  return { text, multibyte, replacements };
}

/**
 * A file made of UTF-8 lines and GB18030 lines (two files pasted together, an editor that
 * saved part of it in another encoding): read line by line, each line in the encoding its
 * bytes fit. Null unless both kinds are there.
 */
function mixedUtf8Gb18030(bytes: Uint8Array): DecodedText | null {
  const lines: string[] = [];
  const gbLines: number[] = [];
  let utf8Lines = 0;
  let replacements = 0;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    const line = bytes.subarray(start, i);
    start = i + 1;
    const utf8 = utf8Counts(line);
    if (utf8.replacements === 0 || utf8.multibyte >= utf8.replacements) {
      // Clean UTF-8, or UTF-8 with a stray byte.
      if (utf8.multibyte > 0) utf8Lines++;
      replacements += utf8.replacements;
      lines.push(utf8.text);
      continue;
    }
    const gb = tryDecode('gb18030', line);
    if (gb === null || plausibility(gb) < 0.8) return null;
    gbLines.push(lines.length + 1);
    lines.push(gb);
  }
  if (utf8Lines === 0 || gbLines.length === 0) return null;
  const text = lines.join('\n');
  // TextDecoder has already dropped a leading byte order mark.
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return {
    text,
    encoding: 'utf-8',
    bom,
    replacements,
    mixedLines: gbLines,
    ...withPosition(text, replacements),
  };
}

function withPosition(text: string, replacements: number): { firstReplacement?: TextPosition } {
  const at = replacements > 0 ? positionOf(text, '\uFFFD') : null;
  return at ? { firstReplacement: at } : {};
}

function readAs(bytes: Uint8Array): DecodedText | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = tryDecode('utf-8', bytes);
    return text === null
      ? (mixedUtf8Gb18030(bytes) ?? damagedUtf8(bytes))
      : { text, encoding: 'utf-8', bom: true, replacements: 0 };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = tryDecode('utf-16le', bytes);
    return text === null ? null : { text, encoding: 'utf-16le', bom: true, replacements: 0 };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = tryDecode('utf-16be', bytes);
    return text === null ? null : { text, encoding: 'utf-16be', bom: true, replacements: 0 };
  }
  if (bytes.includes(0)) return { text: '\u0000', encoding: 'binary', bom: false, replacements: 0 };
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', bom: false, replacements: 0 };
  const mixed = mixedUtf8Gb18030(bytes);
  if (mixed) return mixed;
  const damaged = damagedUtf8(bytes);
  if (damaged) return damaged;
  const legacy = decodeLegacy(bytes);
  return legacy && { ...legacy, bom: false, replacements: 0 };
}

/**
 * Turns the bytes of a text file into text: UTF-8 with or without a BOM, UTF-16 LE/BE
 * with a BOM, GB18030/GBK, Big5 (and Windows-1252 for Western files). Throws a
 * FileFormatError naming the file when it is too big, empty, binary or undecodable.
 */
export function decodeFile(bytes: Uint8Array, fileName = 'the file'): DecodedText {
  checkFileSize(bytes.length, fileName);
  if (bytes.length === 0) throw fileError('io.empty', { name: fileName });
  const decoded = readAs(bytes);
  if (decoded === null) {
    throw fileError('io.encoding', { name: fileName });
  }
  if (looksBinary(decoded.text)) throw fileError('io.binary', { name: fileName });
  if (decoded.text.trim() === '') throw fileError('io.empty', { name: fileName });
  return decoded;
}

/**
 * Just the text, with the same checks and errors as decodeFile. `onWarning` hears about
 * characters that could not be decoded and mixed encodings (decodeWarning).
 */
export function decodeBytes(
  bytes: Uint8Array,
  fileName?: string,
  onWarning?: DecodeWarningListener,
): string {
  const decoded = decodeFile(bytes, fileName);
  const warning = onWarning ? decodeWarning(decoded, fileName ?? 'the file') : null;
  if (warning) onWarning!(warning, decodeWarningMessages(decoded, fileName ?? 'the file'));
  return decoded.text;
}

/** The same as decodeBytes. */
export const decodeText = decodeBytes;
