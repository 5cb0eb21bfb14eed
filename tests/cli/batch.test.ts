// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAlignFile } from '../../scripts/alignScore';

const ROOT = resolve(import.meta.dirname, '../..');
const SAMPLE = join(ROOT, 'data/huanqiu-2011-04-28');

describe('duilian batch', { timeout: 90_000 }, () => {
  it('aligns every good pair with worker threads; a bad line and a missing file are reported and skipped', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duilian-batch-'));
    writeFileSync(join(dir, 'tiger.zh.txt'), '老虎在森林里睡觉。\n\n孩子们去学校。\n');
    writeFileSync(join(dir, 'tiger.en.txt'), 'The tiger sleeps.\n\nThe children go to school.\n');
    const manifest = join(dir, 'manifest.tsv');
    writeFileSync(
      manifest,
      [
        '# id\tzh\ten',
        `huanqiu\t${join(SAMPLE, 'zh.txt')}\t${join(SAMPLE, 'en.txt')}`,
        'tiger\ttiger.zh.txt\ttiger.en.txt', // relative to the manifest
        'broken line without tabs',
        'lost\tmissing.zh.txt\ttiger.en.txt',
        `swapped\t${join(SAMPLE, 'en.txt')}\t${join(SAMPLE, 'zh.txt')}`,
        '',
      ].join('\n'),
    );
    const out = join(dir, 'out');
    const r = spawnSync(
      process.execPath,
      [
        join(ROOT, 'bin/duilian.mjs'),
        'batch',
        manifest,
        '--out-dir',
        out,
        '--format',
        'align',
        '--jobs',
        '2',
      ],
      { encoding: 'utf8' },
    );
    expect(readdirSync(out).sort()).toEqual(['huanqiu.align', 'swapped.align', 'tiger.align']);
    const read = (id: string) => parseAlignFile(readFileSync(join(out, `${id}.align`), 'utf8'));
    expect(read('tiger')).toEqual([
      [[0], [0]],
      [[1], [1]],
    ]);
    // Either file order: the Chinese is the left side.
    expect(read('swapped')).toEqual(read('huanqiu'));
    expect(read('huanqiu').length).toBeGreaterThan(10);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toContain(
      `duilian: ${manifest}:4: expected id<TAB>zh path<TAB>en path, got 1 field(s)`,
    );
    expect(lines).toContain(
      `duilian: lost (manifest line 5): cannot read ${join(dir, 'missing.zh.txt')}: no such file`,
    );
    expect(
      lines.some((l) =>
        /^aligned 3 of 4 pairs into .* in [\d.]+ s \([\d.]+ pairs\/s, 2 jobs\); 1 failed, 1 manifest line skipped$/.test(
          l,
        ),
      ),
    ).toBe(true);
    expect(lines.at(-1)).toBe('duilian: batch finished with 1 failed pair and 1 bad manifest line');
    expect(r.status).toBe(1);
  });

  it('exits 0 when every pair aligns, and refuses a missing --out-dir with a usage error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duilian-batch-'));
    const manifest = join(dir, 'm.tsv');
    // As a spreadsheet saves it: a header row, CRLF line ends.
    writeFileSync(
      manifest,
      `id\tzh\ten\r\none\t${join(SAMPLE, 'zh.txt')}\t${join(SAMPLE, 'en.txt')}\r\n`,
    );
    const bin = join(ROOT, 'bin/duilian.mjs');
    const ok = spawnSync(
      process.execPath,
      [bin, 'batch', manifest, '--out-dir', join(dir, 'o'), '--format', 'tmx', '--jobs', '1'],
      {
        encoding: 'utf8',
      },
    );
    expect(ok.status).toBe(0);
    expect(ok.stderr).toMatch(/^aligned 1 of 1 pairs into .* \([\d.]+ pairs\/s, 1 job\)\n$/);
    expect(readFileSync(join(dir, 'o', 'one.tmx'), 'utf8')).toContain('<tmx version="1.4">');
    const usage = spawnSync(process.execPath, [bin, 'batch', manifest], { encoding: 'utf8' });
    expect([usage.status, usage.stderr]).toEqual([
      2,
      'duilian: batch needs --out-dir DIR for its output files\n',
    ]);
  });
});
