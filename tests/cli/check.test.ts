// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FLAG_KINDS } from '../../src/checks';

const ROOT = resolve(import.meta.dirname, '../..');
const SAMPLE = join(ROOT, 'data/huanqiu-2011-04-28');

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/duilian.mjs'), 'check', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Report {
  links: {
    zh: number[];
    en: number[];
    confidence: number;
    flags: { kind: string; message: string }[];
  }[];
}

/** Checks the JSON contract: every link in order, covering both sides once. */
function checkContract(report: Report, zhCount: number, enCount: number): void {
  const zh = report.links.flatMap((l) => l.zh);
  const en = report.links.flatMap((l) => l.en);
  expect(zh).toEqual(Array.from({ length: zhCount }, (_, i) => i));
  expect(en).toEqual(Array.from({ length: enCount }, (_, i) => i));
  for (const l of report.links) {
    expect(l.confidence).toBeGreaterThanOrEqual(0);
    expect(l.confidence).toBeLessThanOrEqual(1);
    for (const f of l.flags) {
      expect(FLAG_KINDS).toContain(f.kind);
      expect(f.message).toMatch(/\S/);
      expect(Object.keys(f).sort()).toEqual(['kind', 'message']);
    }
  }
}

// Each case starts Node and loads the dictionary: allow for a busy machine.
describe('duilian check', { timeout: 90_000 }, () => {
  it('reports a changed year and a missing paragraph in the JSON contract', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duilian-check-'));
    const zh = join(dir, 'zh.txt');
    const en = join(dir, 'en.txt');
    writeFileSync(
      zh,
      '一九九〇年，他们搬到了上海，在一家工厂工作。\n\n他们在那里住了很多年，认识了很多朋友。\n\n后来，他们回到了北方的老家。\n',
    );
    writeFileSync(
      en,
      'In 1992 they moved to Shanghai and worked in a factory.\n\nLater they went back to their old home in the north.\n',
    );
    const r = run(en, zh);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    checkContract(report, 3, 2);
    expect(report.links[0].flags).toContainEqual({
      kind: 'numbers',
      message: 'The Chinese has 1990, the English 1992.',
    });
    const unpaired = report.links.find((l) => l.en.length === 0);
    expect(unpaired?.zh).toEqual([1]);
    expect(unpaired?.flags.map((f) => f.kind)).toContain('unpaired');
  });

  it('names a Chinese place the English leaves out, from the compiled dictionary', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duilian-check-'));
    const zh = join(dir, 'zh.txt');
    const en = join(dir, 'en.txt');
    writeFileSync(
      zh,
      '去年夏天，我们坐火车去南京住了一个星期。\n\n后来我们又去了上海，看了很多老房子。\n',
    );
    writeFileSync(
      en,
      'Last summer we took the train and stayed in the city for a week.\n\nLater we went on to Shanghai and saw many old houses.\n',
    );
    const r = run(en, zh);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    checkContract(report, 2, 2);
    const names = report.links.map((l) => l.flags.filter((f) => f.kind === 'names'));
    expect(names[0]).toHaveLength(1);
    expect(names[0][0].message).toContain('南京');
    // Shanghai is spelled in the English: no flag.
    expect(names[1]).toEqual([]);
  });

  it('gives the same report for two texts as for their saved alignment, confidences to 3 decimals', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duilian-check-'));
    const zh = join(SAMPLE, 'zh.txt');
    const en = join(SAMPLE, 'en.txt');
    const saved = join(dir, 'saved.json');
    const align = spawnSync(
      process.execPath,
      [join(ROOT, 'bin/duilian.mjs'), 'align', zh, en, '--format', 'json', '-o', saved],
      { encoding: 'utf8' },
    );
    expect(align.status).toBe(0);
    const fromTexts = JSON.parse(run(zh, en).stdout) as Report;
    const fromSaved = JSON.parse(run(saved).stdout) as Report;
    for (const l of fromTexts.links) expect(String(l.confidence)).toMatch(/^(0|1)(\.\d{1,3})?$/);
    expect(fromTexts).toEqual(fromSaved);
  });

  it('checks a saved alignment, and writes TSV and HTML reports to -o', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duilian-check-'));
    const json = run(join(SAMPLE, 'alignment.json'));
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as Report;
    const saved = JSON.parse(readFileSync(join(SAMPLE, 'alignment.json'), 'utf8'));
    checkContract(report, saved.source.segments.length, saved.target.segments.length);
    expect(report.links).toHaveLength(saved.links.length);

    const tsv = join(dir, 'r.tsv');
    expect(
      run(join(SAMPLE, 'zh.txt'), join(SAMPLE, 'en.txt'), '--format', 'tsv', '-o', tsv).code,
    ).toBe(0);
    const lines = readFileSync(tsv, 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe('\uFEFFrow\tkind\tchinese\tenglish\tmessage');
    for (const line of lines.slice(1)) expect(line.split('\t')).toHaveLength(5);

    const html = join(dir, 'r.html');
    expect(
      run(join(SAMPLE, 'zh.txt'), join(SAMPLE, 'en.txt'), '--format=html', '-o', html).code,
    ).toBe(0);
    const text = readFileSync(html, 'utf8');
    expect(text).toMatch(/^<!doctype html>/);
    expect(text).not.toMatch(/<script|<link|(?:src|href)=/);
  });

  it('refuses bad input with one line on stderr and a non-zero exit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duilian-check-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"format": "duilian-alignment", "version": 2, "links": [');
    for (const args of [
      [join(dir, 'missing.txt'), join(dir, 'missing2.txt')],
      [bad],
      ['a', 'b', 'c'],
      [join(SAMPLE, 'zh.txt'), join(SAMPLE, 'en.txt'), '--format', 'pdf'],
      [join(SAMPLE, 'zh.txt'), join(SAMPLE, 'en.txt'), '--split'],
    ]) {
      const r = run(...args);
      expect(r.code, args.join(' ')).not.toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n'), r.stderr).toHaveLength(1);
      expect(r.stderr).toMatch(/^duilian: /);
      expect(r.stderr).not.toMatch(/\bat .*:\d+:\d+/);
    }
  });
});
