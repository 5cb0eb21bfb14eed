// @vitest-environment node
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SAMPLE = join(ROOT, 'data/huanqiu-2011-04-28');

interface Aligned {
  readonly source: { segments: { text: string }[] };
  readonly target: { segments: { text: string }[] };
  readonly links: { src: number[]; tgt: number[] }[];
}

function alignJson(zhPath: string, enPath: string): Aligned {
  const r = spawnSync(
    process.execPath,
    [join(ROOT, 'bin/duilian.mjs'), 'align', zhPath, enPath, '--format', 'json'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as Aligned;
}

/** What a user compares: the segment texts of both sides and the links. */
function essence(a: Aligned) {
  return {
    zh: a.source.segments.map((s) => s.text),
    en: a.target.segments.map((s) => s.text),
    links: a.links.map((l) => `${l.src}:${l.tgt}`),
  };
}

/** The system's iconv (glibc) re-encodes our own sample the way Windows editors save Chinese. */
function iconv(bytes: Buffer, to: string): Buffer {
  return execFileSync('iconv', ['-f', 'UTF-8', '-t', to], { input: bytes });
}

describe('the same text in another encoding', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'duilian-enc-'));
  const zhUtf8 = readFileSync(join(SAMPLE, 'zh.txt'));
  const en = join(SAMPLE, 'en.txt');
  const reference = essence(alignJson(join(SAMPLE, 'zh.txt'), en));

  const variants: Record<string, Buffer> = {
    GB18030: iconv(zhUtf8, 'GB18030'),
    'UTF-8 with BOM, CRLF': Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(zhUtf8.toString('utf8').replace(/\n/g, '\r\n')),
    ]),
    'UTF-16 LE with BOM': Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(zhUtf8.toString('utf8'), 'utf16le'),
    ]),
  };

  for (const [name, bytes] of Object.entries(variants)) {
    it(`gives the same segments and alignment: ${name}`, () => {
      expect(bytes.equals(zhUtf8)).toBe(false);
      const path = join(dir, `zh-${name.replace(/\W+/g, '-')}.txt`);
      writeFileSync(path, bytes);
      expect(essence(alignJson(path, en))).toEqual(reference);
    });
  }

  it('reads Big5 (traditional characters) as the same text as its UTF-8', () => {
    const text = '這是我們自己寫的一句話。\n\n第二段：一九九零年，香港。\n';
    const big5 = join(dir, 'zh-big5.txt');
    const utf8 = join(dir, 'zh-utf8.txt');
    writeFileSync(big5, iconv(Buffer.from(text), 'BIG5'));
    writeFileSync(utf8, text);
    const english = join(dir, 'en.txt');
    writeFileSync(
      english,
      'This is a sentence we wrote ourselves.\n\nSecond paragraph: 1990, Hong Kong.\n',
    );
    expect(essence(alignJson(big5, english))).toEqual(essence(alignJson(utf8, english)));
  });
});
