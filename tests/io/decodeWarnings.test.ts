import { describe, expect, it } from 'vitest';
import { decodeBytes, decodeFile, decodeWarning } from '../../src/io/decode';
import { encodeLegacy } from '../fixtures/encodings';

const UTF8_PART = [
  '春天来了，山上的桃花一夜之间全都开了。',
  '村里的孩子们每天早上沿着小河走去学校。',
];
const GB_PART = [
  '老师常说，读书要慢，想得要深，写字要端正。',
  '到了傍晚，炊烟从家家户户的屋顶上升起来。',
];

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('honest decoding', () => {
  it('reads a file half UTF-8 and half GB18030 line by line, and says which lines', () => {
    const bytes = concat(
      utf8(`${UTF8_PART.join('\n\n')}\n\n`),
      encodeLegacy(GB_PART.join('\n\n'), 'gb18030'),
    );
    const decoded = decodeFile(bytes, 'zh.txt');
    expect(decoded.text).toBe([...UTF8_PART, ...GB_PART].join('\n\n'));
    expect(decoded.mixedLines).toEqual([5, 7]);
    expect(decodeWarning(decoded, 'zh.txt')).toBe(
      'zh.txt mixes two encodings: 2 lines are GB18030 among UTF-8 lines (the first is line 5); each line was read in its own encoding, check them',
    );
  });

  it('counts the characters it could not decode and says where the first is', () => {
    // Two stray bytes in an otherwise sound UTF-8 file: a cut character and a lone 0xFF.
    const bytes = concat(
      utf8(`${UTF8_PART[0]}\n`),
      utf8('村里的孩子们'),
      new Uint8Array([0xe5, 0x9c]),
      utf8(`每天早上沿着小河走去学校。\n${GB_PART[0]}`),
      new Uint8Array([0xff]),
      utf8('\n'),
    );
    const warnings: string[] = [];
    const text = decodeBytes(bytes, 'zh.txt', (w) => warnings.push(w));
    expect(text.split('\uFFFD')).toHaveLength(3);
    expect(warnings).toEqual([
      '2 characters of zh.txt could not be decoded and show as �; the first is on line 2, column 7',
    ]);
  });

  it('says nothing about a clean file', () => {
    const warnings: string[] = [];
    decodeBytes(utf8(UTF8_PART.join('\n')), 'zh.txt', (w) => warnings.push(w));
    decodeBytes(encodeLegacy(GB_PART.join('\n'), 'gb18030'), 'gb.txt', (w) => warnings.push(w));
    expect(warnings).toEqual([]);
  });
});
