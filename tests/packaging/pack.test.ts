// @vitest-environment node
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

interface PackedFile {
  readonly path: string;
}

/**
 * What a user gets from `npm install duilian-x.y.z.tgz`: the packed tarball installed into an
 * empty folder, with no network (the package has no runtime dependencies to fetch).
 */
describe('the packed package', { timeout: 180_000 }, () => {
  it('installs from its tarball into an empty folder and runs `duilian align` and `duilian convert` there', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duilian-pack-'));
    const packed = JSON.parse(
      execFileSync(NPM, ['pack', '--json', '--pack-destination', dir], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    )[0] as { filename: string; files: PackedFile[] };
    const paths = packed.files.map((f) => f.path);
    // Only what the CLI needs to run (and its documentation): no sources, tests or CI scripts.
    expect(paths).toContain('bin/duilian.mjs');
    expect(paths).toContain('dist-cli/duilian.mjs');
    expect(paths).toContain('dist-cli/cedict.bin');
    expect(paths.filter((p) => /^(src|tests|scripts|\.ci|node_modules)\//.test(p))).toEqual([]);

    const app = join(dir, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), '{"name":"probe","private":true}\n');
    execFileSync(
      NPM,
      ['install', '--offline', '--no-audit', '--no-fund', join(dir, packed.filename)],
      { cwd: app, stdio: 'ignore' },
    );
    expect(readdirSync(join(app, 'node_modules')).sort()).toEqual([
      '.bin',
      '.package-lock.json',
      'duilian',
    ]);

    writeFileSync(join(app, 'zh.txt'), '老虎在森林里睡觉。\n\n孩子们在学校读书，老师看着他们。\n');
    writeFileSync(
      join(app, 'en.txt'),
      'The tiger sleeps in the forest.\n\nThe children read books at school while the teacher watches.\n',
    );
    const bin = join(app, 'node_modules/.bin/duilian');
    const align = spawnSync(bin, ['align', 'en.txt', 'zh.txt', '--format', 'align'], {
      cwd: app,
      encoding: 'utf8',
    });
    expect(align.stderr).toBe('');
    expect(align.status).toBe(0);
    expect(align.stdout).toBe('[0]:[0]\n[1]:[1]\n');
    const json = spawnSync(bin, ['align', 'zh.txt', 'en.txt'], { cwd: app, encoding: 'utf8' });
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout).links).toHaveLength(2);
    // convert: the saved alignment JSON becomes pairs-only TSV (header + one row per pair).
    writeFileSync(join(app, 'work.json'), json.stdout);
    const convert = spawnSync(bin, ['convert', 'work.json', '--format', 'tsv'], {
      cwd: app,
      encoding: 'utf8',
    });
    expect(convert.stderr).toBe('');
    expect(convert.status).toBe(0);
    const rows = convert.stdout
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n'); // excel-tab: CRLF rows
    expect(rows).toHaveLength(3);
    expect(rows[1].split('\t')).toEqual(['老虎在森林里睡觉。', 'The tiger sleeps in the forest.']);
    const missing = spawnSync(bin, ['align', 'zh.txt', 'nope.txt'], { cwd: app, encoding: 'utf8' });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^duilian: cannot read nope\.txt.*\n$/);
  });
});
