// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

describe('duilian align over the segment limit', { timeout: 60_000 }, () => {
  it('refuses with one line on stderr and exit 1, writing nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duilian-limit-'));
    const zh = join(dir, 'zh.txt');
    const en = join(dir, 'en.txt');
    writeFileSync(zh, '第一行。\n'.repeat(200_001));
    writeFileSync(en, 'The first line.\n'.repeat(200_001));
    const r = spawnSync(
      process.execPath,
      [join(ROOT, 'bin/duilian.mjs'), 'align', zh, en, '--split', 'lines', '--format', 'align'],
      { encoding: 'utf8' },
    );
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'duilian: the Chinese text has 200,001 segments; the aligner takes at most 200,000 a side: split the pair into parts (e.g. by chapter)\n',
    );
    expect(r.status).toBe(1);
  });
});
