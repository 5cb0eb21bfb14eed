// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFileSize, decodeBytes, decodeFile, MAX_FILE_BYTES } from '../../src/io/decode';
import { FileFormatError } from '../../src/io/errors';

const hex = (h: string) => Uint8Array.from(h.match(/../g)!.map((b) => parseInt(b, 16)));
const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

function utf16(s: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < s.length; i++) view.setUint16(2 + i * 2, s.charCodeAt(i), littleEndian);
  return out;
}

function errorOf(bytes: Uint8Array, name: string): string {
  try {
    decodeFile(bytes, name);
  } catch (error) {
    expect(error).toBeInstanceOf(FileFormatError);
    return (error as Error).message;
  }
  throw new Error('expected the bytes to be refused');
}

const SIMPLIFIED = '我们今天去公园散步，天气很好。';
const TRADITIONAL = '我們今天去公園散步，天氣很好。';

describe('decodeFile', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const text = '第一段。\r\n\r\nSecond 😀 paragraph.';
    expect(decodeFile(utf8(text))).toEqual({
      text,
      encoding: 'utf-8',
      bom: false,
      replacements: 0,
    });
    expect(decodeFile(concat(hex('efbbbf'), utf8(text)))).toEqual({
      text,
      encoding: 'utf-8',
      bom: true,
      replacements: 0,
    });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    const text = '你好 hello 😀';
    expect(decodeFile(utf16(text, true))).toEqual({
      text,
      encoding: 'utf-16le',
      bom: true,
      replacements: 0,
    });
    expect(decodeFile(utf16(text, false))).toEqual({
      text,
      encoding: 'utf-16be',
      bom: true,
      replacements: 0,
    });
  });

  it('reads GB18030/GBK and Big5', () => {
    const gb = hex('ced2c3c7bdf1ccecc8a5b9abd4b0c9a2b2bda3acccecc6f8badcbac3a1a3');
    expect(decodeFile(gb)).toEqual({
      text: SIMPLIFIED,
      encoding: 'gb18030',
      bom: false,
      replacements: 0,
    });
    const big5 = hex('a7daadcca4b5a4d1a568a4bdb6e9b4b2a842a141a4d1aef0abdca66ea143');
    expect(decodeFile(big5)).toEqual({
      text: TRADITIONAL,
      encoding: 'big5',
      bom: false,
      replacements: 0,
    });
    // Several lines, with ASCII mixed in, as real files have.
    const lines = concat(gb, hex('0d0a'), utf8('Chapter 1'), hex('0d0a'), gb);
    expect(decodeFile(lines).text).toBe(`${SIMPLIFIED}\r\nChapter 1\r\n${SIMPLIFIED}`);
  });

  it('reads a UTF-8 file with a few bad bytes as UTF-8, counting them', () => {
    const text = '这是一个被截断的文件，最后一个字符只剩下一半。';
    const bytes = utf8(text);
    const cut = bytes.subarray(0, bytes.length - 1);
    const decoded = decodeFile(cut);
    expect(decoded).toMatchObject({ encoding: 'utf-8', replacements: 1 });
    expect(decoded.text).toBe(`${text.slice(0, -1)}\uFFFD`);
    const stray = concat(utf8('第一段。'.repeat(5)), hex('ff'), utf8('第二段。'.repeat(5)));
    expect(decodeFile(stray)).toMatchObject({ encoding: 'utf-8', replacements: 1 });
  });

  it('reads a Western Windows-1252 file', () => {
    const bytes = hex('48652073616964209368656c6c6f9420746f2074686520636166e92e');
    expect(decodeFile(bytes)).toMatchObject({
      text: 'He said “hello” to the café.',
      encoding: 'windows-1252',
    });
  });

  it('refuses empty files by name', () => {
    expect(errorOf(new Uint8Array(0), 'zh.txt')).toBe('zh.txt is empty');
    expect(errorOf(hex('efbbbf'), 'zh.txt')).toBe('zh.txt is empty');
    expect(errorOf(utf8(' \n\r\n\t '), 'en.txt')).toBe('en.txt is empty');
  });

  it('refuses binary files by name', () => {
    const png = hex('89504e470d0a1a0a0000000d49484452');
    expect(errorOf(png, 'picture.txt')).toBe('picture.txt looks like a binary file, not text');
    const controls = utf8('\u0001\u0002\u0003abc\u0004\u0005');
    expect(errorOf(controls, 'x.txt')).toBe('x.txt looks like a binary file, not text');
  });

  it('refuses bytes in no encoding it knows', () => {
    expect(errorOf(hex('80818283848586878889'), 'odd.txt')).toBe(
      'odd.txt is not in a text encoding duilian reads (UTF-8, UTF-16 with BOM, GB18030/GBK, Big5)',
    );
  });

  it('refuses files over the size limit before reading them', () => {
    expect(() => checkFileSize(MAX_FILE_BYTES, 'big.txt')).not.toThrow();
    expect(() => checkFileSize(MAX_FILE_BYTES + 1, 'big.txt')).toThrow(
      new FileFormatError({
        key: 'io.tooBig',
        params: { name: 'big.txt', size: '50.0 MB', limit: '50.0 MB' },
      }),
    );
    expect(() => checkFileSize(MAX_FILE_BYTES + 1, 'big.txt')).toThrow(
      'big.txt is 50.0 MB; duilian opens files up to 50.0 MB',
    );
    expect(() => checkFileSize(80 * 1024 * 1024, 'big.txt')).toThrow(/big\.txt is 80\.0 MB/);
  });

  it('keeps the text-only decodeBytes for existing callers', () => {
    expect(decodeBytes(utf8('abc'))).toBe('abc');
    expect(() => decodeBytes(new Uint8Array(0), 'a.txt')).toThrow('a.txt is empty');
  });

  it('never crashes on random bytes: text or a FileFormatError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        try {
          expect(typeof decodeFile(bytes, 'r.txt').text).toBe('string');
        } catch (error) {
          expect(error).toBeInstanceOf(FileFormatError);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('decodes any UTF-8 text exactly', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (text) => {
        // Texts with stray control characters are refused as binary.
        const stray = [...text].some((c) => c < '\t' || (c > '\r' && c < ' ') || c === '\u007f');
        fc.pre(text.trim() !== '' && !stray && !text.startsWith('\uFEFF'));
        expect(decodeFile(utf8(text)).text).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
