// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeLegacy } from '../fixtures/encodings';

const ROOT = resolve(import.meta.dirname, '../..');

const ZH_UTF8 =
  '春天来了，山上的桃花一夜之间全都开了。\n\n村里的孩子们每天早上沿着小河走去学校。\n\n';
const ZH_GB = '老师常说，读书要慢，想得要深，写字要端正。';
const EN = [
  'Spring has come, and overnight the peach blossoms on the hill have all opened.',
  'Every morning the village children walk to school along the little river.',
  'The teacher often says: read slowly, think deeply, and write your characters neatly.',
].join('\n\n');

describe('CLI decoding warnings', () => {
  it('a half UTF-8, half GB18030 file is read line by line, with one warning line on stderr', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duilian-mixed-'));
    const zh = join(dir, 'zh.txt');
    const en = join(dir, 'en.txt');
    const utf8 = new TextEncoder().encode(ZH_UTF8);
    const gb = encodeLegacy(ZH_GB, 'gb18030');
    const bytes = new Uint8Array(utf8.length + gb.length);
    bytes.set(utf8);
    bytes.set(gb, utf8.length);
    writeFileSync(zh, bytes);
    writeFileSync(en, EN);
    const r = spawnSync(
      process.execPath,
      [join(ROOT, 'bin/duilian.mjs'), 'align', zh, en, '--format', 'json'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(
      `duilian: warning: ${zh} mixes two encodings: 1 line is GB18030 among UTF-8 lines (the first is line 5); each line was read in its own encoding, check them\n`,
    );
    const doc = JSON.parse(r.stdout) as { source: { segments: { text: string }[] } };
    expect(doc.source.segments.map((s) => s.text)).toContain(ZH_GB);
  });
});
