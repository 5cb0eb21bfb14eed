// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SAMPLE = join(ROOT, 'data/huanqiu-2011-04-28');

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/duilian.mjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'duilian-cli-'));
}

// Each case starts Node and (for real alignments) loads the dictionary: allow for a busy machine.
describe('duilian align', { timeout: 90_000 }, () => {
  it('writes .align links with the Chinese on the left, whatever the file order', () => {
    const dir = tempDir();
    const zh = join(dir, 'a.txt');
    const en = join(dir, 'b.txt');
    writeFileSync(zh, '第一段，有1990年。\n\n第二段，说到21个人。\n');
    writeFileSync(en, 'The first paragraph, from 1990.\n\nThe second one, about 21 people.\n');
    const forward = run('align', zh, en, '--format', 'align', '--no-dictionary');
    const backward = run('align', en, zh, '--format', 'align', '--no-dictionary');
    expect(forward.code).toBe(0);
    expect(forward.stdout).toBe('[0]:[0]\n[1]:[1]\n');
    expect(backward.stdout).toBe(forward.stdout);
  });

  it('with --timings, says on stderr where the time went and writes the same links', () => {
    const dir = tempDir();
    const zh = join(dir, 'a.txt');
    const en = join(dir, 'b.txt');
    writeFileSync(zh, '第一段，有1990年。\n\n第二段，说到21个人。\n');
    writeFileSync(en, 'The first paragraph, from 1990.\n\nThe second one, about 21 people.\n');
    const plain = run('align', zh, en, '--format', 'align');
    const timed = run('align', zh, en, '--format', 'align', '--timings');
    expect(timed.code).toBe(0);
    expect(timed.stdout).toBe(plain.stdout);
    expect(plain.stderr).toBe('');
    expect(timed.stderr).toMatch(
      /^duilian: [\d.]+ s from process start, [\d.]+ s CPU; ms per phase: start-up \d+, read \d+, dictionary \d+, .*features \d+.*pass 2 \d+.*write \d+\n$/,
    );
  });

  it('writes a self-contained JSON document to -o', () => {
    const dir = tempDir();
    const out = join(dir, 'out.json');
    const r = run('align', join(SAMPLE, 'zh.txt'), join(SAMPLE, 'en.txt'), '-o', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    const text = JSON.stringify(doc);
    expect(text).toContain('中美人权对话');
    expect(text).toContain('Sino-U.S.');
  });

  it('splits by lines and by sentences when asked', () => {
    const dir = tempDir();
    const zh = join(dir, 'zh.txt');
    const en = join(dir, 'en.txt');
    writeFileSync(zh, '我来了。你走了。\n他笑了。\n');
    writeFileSync(en, 'I came. You left.\nHe laughed.\n');
    const lines = run('align', zh, en, '--split', 'lines', '--format', 'align');
    const sentences = run('align', zh, en, '--split=sentences', '--format', 'align');
    expect(lines.code).toBe(0);
    expect(lines.stdout.trim().split('\n')).toHaveLength(2);
    expect(sentences.code).toBe(0);
    expect(sentences.stdout.trim().split('\n')).toEqual(['[0]:[0]', '[1]:[1]', '[2]:[2]']);
    // TMX says what its units are.
    const tmx = run('align', zh, en, '--split', 'sentences', '--format', 'tmx', '--no-dictionary');
    expect(tmx.stdout).toMatch(/segtype="sentence"/);
  });

  it('writes TSV with the pair texts', () => {
    const r = run('align', join(SAMPLE, 'zh.txt'), join(SAMPLE, 'en.txt'), '--format', 'tsv');
    expect(r.code).toBe(0);
    const first = r.stdout.split('\r\n')[1];
    expect(first).toContain('中美人权对话');
    expect(first).toContain('Human Rights Dialogue');
  });

  it('writes CSV (UTF-8 with BOM) and TMX', () => {
    const zh = join(SAMPLE, 'zh.txt');
    const en = join(SAMPLE, 'en.txt');
    const csv = run('align', zh, en, '--format', 'csv', '--no-dictionary');
    expect(csv.code).toBe(0);
    expect(csv.stdout.charCodeAt(0)).toBe(0xfeff);
    expect(csv.stdout).toContain('中美人权对话');
    const tmx = run('align', zh, en, '--format', 'tmx', '--no-dictionary');
    expect(tmx.code).toBe(0);
    expect(tmx.stdout).toMatch(/<tmx version="1.4"/);
    expect(tmx.stdout).toMatch(/segtype="paragraph"/);
    expect(tmx.stdout).toContain(
      '<seg>Sino-U.S. Human Rights Dialogue Should Not Be a Negotiation</seg>',
    );
  });

  it('writes pairs only unless asked to include unpaired segments', () => {
    const zh = join(SAMPLE, 'zh.txt');
    const en = join(SAMPLE, 'en.txt');
    const rows = (...extra: string[]) =>
      run('align', zh, en, '--format', 'tsv', ...extra)
        .stdout.trim()
        .split('\r\n')
        .slice(1)
        .map((line) => line.split('\t'));
    // The sample: the titles and ten body paragraphs pair 1-1; a Chinese source line and the
    // English page trailer are unpaired.
    const pairs = rows();
    expect(pairs.every(([z, e]) => z !== '' && e !== '')).toBe(true);
    const all = rows('--include-unpaired');
    expect(all.length).toBeGreaterThan(pairs.length);
    expect(all.some(([z, e]) => z === '' || e === '')).toBe(true);
  });

  it('refuses two texts in the same language, like the app', () => {
    const dir = tempDir();
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    writeFileSync(a, 'The first paragraph.\n\nThe second.\n');
    writeFileSync(b, 'Another English text.\n');
    const r = run('align', a, b);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `duilian: Both "${a}" and "${b}" look English. Open a Chinese original together with its English translation.\n`,
    );
  });

  it('refuses an empty input file with one line', () => {
    const dir = tempDir();
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const r = run('align', empty, join(SAMPLE, 'en.txt'));
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/empty/);
  });

  it.each([
    [['align', 'only-one.txt'], /two text files/],
    [['align', 'missing-a.txt', 'missing-b.txt'], /cannot read/],
    [['align', 'a', 'b', '--format', 'pdf'], /unknown format "pdf"/],
    [['align', 'a', 'b', '--split', 'words'], /unknown split "words"/],
    [['align', 'a', 'b', '--frobnicate'], /unknown option "--frobnicate"/],
    [['align', 'a', 'b', '--format'], /--format needs a value/],
    [['dance'], /unknown command "dance"/],
  ])('fails with one line on stderr and no stack trace: %j', (args, message) => {
    const r = run(...args);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('files that cannot be written or read', { timeout: 60_000 }, () => {
  it('says why in words, not an errno code', () => {
    const dir = tempDir();
    const zh = join(SAMPLE, 'zh.txt');
    const en = join(SAMPLE, 'en.txt');
    const missing = join(dir, 'no-such-folder', 'out.tmx');
    const intoMissing = run('align', zh, en, '--format', 'tmx', '-o', missing, '--no-dictionary');
    expect([intoMissing.code, intoMissing.stderr]).toEqual([
      1,
      `duilian: cannot write ${missing}: the folder ${join(dir, 'no-such-folder')} does not exist\n`,
    ]);
    const ontoFolder = run('align', zh, en, '--format', 'tmx', '-o', dir, '--no-dictionary');
    expect([ontoFolder.code, ontoFolder.stderr]).toEqual([
      1,
      `duilian: cannot write ${dir}: it is a folder\n`,
    ]);
    const report = run('check', zh, en, '--format', 'tsv', '-o', missing, '--no-dictionary');
    expect(report.stderr).toBe(intoMissing.stderr);
    const gone = join(dir, 'gone.txt');
    expect(run('align', gone, en).stderr).toBe(`duilian: cannot read ${gone}: no such file\n`);
  });
});
