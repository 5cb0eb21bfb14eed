// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument, serializeDocument } from '../../src/io/alignmentFile';
import { exportDocument } from '../../src/io/export';
import { OPEN_HINT } from '../../src/io/planner';
import { importInterText } from '../../src/io/importers/intertext';
import { trickyDocument } from '../io/fixtures';
import { pythonCsvRows, pythonZipEntry } from '../io/readers';

const ROOT = resolve(import.meta.dirname, '../..');
const INTERTEXT = resolve(ROOT, '../shared/corpora/mac-dev-intertext');

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/duilian.mjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'duilian-convert-'));
}

describe('duilian convert', { timeout: 60_000 }, () => {
  it('turns a TMX into TSV, pairs only, in either direction of the languages', () => {
    const dir = tempDir();
    const tmx = join(dir, 'memory.tmx');
    writeFileSync(tmx, exportDocument(trickyDocument(), 'tmx', { includeUnpaired: true }).data);
    const r = run('convert', tmx, '--format', 'tsv', '--no-formula-guard');
    expect(r.code).toBe(0);
    const rows = pythonCsvRows(r.stdout, 'excel-tab');
    expect(rows[0]).toEqual(['Chinese', 'English']);
    expect(rows.slice(1).map((row) => row[0])).toEqual([
      '他说：“<b>你好</b> & 再见”',
      '引号 \' 和 " 都在',
      '第三段第四段，带表情 😀',
    ]);
  });

  it('reads back the .align that `align --split lines` wrote for texts with blank lines', () => {
    const dir = tempDir();
    const zh = join(dir, 'zh.txt');
    const en = join(dir, 'en.txt');
    writeFileSync(zh, '第一句。\n\n第二句很长，长得多的一句话。\n\n第三句。\n');
    writeFileSync(en, 'First.\r\n\r\nThe second sentence is a much longer one.\r\n\r\nThird.\r\n');
    const gold = join(dir, 'pairs.align');
    expect(run('align', zh, en, '--split', 'lines', '--format', 'align', '-o', gold).code).toBe(0);
    const r = run('convert', gold, zh, en, '--format', 'tsv');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(pythonCsvRows(r.stdout, 'excel-tab')).toEqual([
      ['Chinese', 'English'],
      ['第一句。', 'First.'],
      ['第二句很长，长得多的一句话。', 'The second sentence is a much longer one.'],
      ['第三句。', 'Third.'],
    ]);
  });

  it('refuses one text, or files that go nowhere together, in the words of the command line', () => {
    const dir = tempDir();
    const zh = join(dir, 'zh.txt');
    const en = join(dir, 'en.txt');
    writeFileSync(zh, '第一句。\n');
    writeFileSync(en, 'First.\n');
    const one = run('convert', zh, '--format', 'tsv');
    expect(one.code).toBe(1);
    expect(one.stderr).toBe(
      `duilian: "${zh}" is one text file: give the Chinese original and its English translation together (duilian align ZH_FILE EN_FILE)\n`,
    );
    expect(run('check', zh).stderr).toBe(one.stderr);
    const three = run('convert', zh, en, zh, '--format', 'tsv');
    expect(three.code).toBe(1);
    expect(three.stderr).toBe(
      `duilian: cannot read these 3 files together (${zh}, ${en}, ${zh}). ${OPEN_HINT}\n`,
    );
    for (const r of [one, three]) {
      expect(r.stderr).not.toMatch(/Ctrl|drop|duilian: duilian/);
      expect(r.stderr.split('\n')).toHaveLength(2);
    }
  });

  it('turns a spreadsheet’s TSV of pairs into a TMX that validates against the TMX 1.4b DTD', () => {
    const dir = tempDir();
    const tsv = join(dir, 'pairs.tsv');
    writeFileSync(
      tsv,
      'English\tChinese\r\nFirst & last.\t第一句和最后一句。\r\n"Two\nlines"\t两行。\r\n',
    );
    const out = join(dir, 'pairs.tmx');
    const r = run('convert', tsv, '--format', 'tmx', '-o', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const valid = spawnSync('xmllint', [
      '--noout',
      '--nonet',
      '--dtdvalid',
      join(ROOT, 'tests/io/dtd/tmx14-structure.dtd'),
      out,
    ]);
    expect(valid.status).toBe(0);
    const segs = [...readFileSync(out, 'utf8').matchAll(/<seg>([^<]*)<\/seg>/g)].map((m) => m[1]);
    expect(segs).toEqual(['第一句和最后一句。', 'First &amp; last.', '两行。', 'Two\nlines']);
  });

  it('turns a CAT tool’s XLIFF into a TMX that validates against the TMX 1.4b DTD', () => {
    const dir = tempDir();
    const xlf = join(dir, 'job.xlf');
    writeFileSync(
      xlf,
      '<?xml version="1.0"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">' +
        '<file original="a" source-language="zh-CN" target-language="en" datatype="plaintext"><body>' +
        '<trans-unit id="1"><source>共有<x id="1"/>个文件。</source><target>There are files.</target></trans-unit>' +
        '<trans-unit id="2"><source>未译。</source></trans-unit>' +
        '</body></file></xliff>\n',
    );
    const out = join(dir, 'job.tmx');
    const r = run('convert', xlf, '--format', 'tmx', '--include-unpaired', '-o', out);
    expect([r.code, r.stderr]).toEqual([
      0,
      `duilian: warning: ${xlf}: inline codes (placeholders and tags of the original document) left out of 1 segment\n`,
    ]);
    const back = run('convert', out, '--format', 'xliff');
    expect([back.code, back.stderr]).toEqual([
      2,
      'duilian: XLIFF is read, not written: --format takes tmx|tsv|csv|xlsx|html|docx|intertext|align|moses|json\n',
    ]);
    const dtd = join(ROOT, 'tests/io/dtd/tmx14-structure.dtd');
    expect(spawnSync('xmllint', ['--noout', '--nonet', '--dtdvalid', dtd, out]).status).toBe(0);
    const segs = [...readFileSync(out, 'utf8').matchAll(/<seg>([^<]*)<\/seg>/g)].map((m) => m[1]);
    expect(segs).toEqual(['共有个文件。', 'There are files.', '未译。']);
  });

  it('turns an InterText triple into InterText again, keeping its sentence ids', () => {
    const dir = tempDir();
    const files = ['dev-anno.001_zh.001_en.xml', 'dev-anno.001_zh.xml', 'dev-anno.001_en.xml'].map(
      (f) => join(INTERTEXT, f),
    );
    const out = join(dir, 'again.xml');
    const r = run('convert', ...files, '--format', 'intertext', '-o', out);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      `wrote ${join(dir, 'again_zh.xml')}, ${join(dir, 'again_en.xml')}, ${join(dir, 'again_zh.again_en.xml')}\n`,
    );
    const read = (name: string) => ({ name, text: readFileSync(join(dir, name), 'utf8') });
    const back = importInterText(read('again_zh.again_en.xml'), [
      read('again_zh.xml'),
      read('again_en.xml'),
    ]).doc;
    const original = importInterText(
      { name: 'l', text: readFileSync(files[0], 'utf8') },
      [1, 2].map((i) => ({ name: files[i], text: readFileSync(files[i], 'utf8') })),
    ).doc;
    expect(back.alignment).toEqual({
      ...original.alignment,
      source: { ...original.alignment.source, fileName: 'again_zh.xml' },
      target: { ...original.alignment.target, fileName: 'again_en.xml' },
    });
    expect(back.alignment.source.segments[0].id).toBe('1:1');
  });

  it('turns a .align with its two texts into a DOCX two-column table', () => {
    const dir = tempDir();
    const align = join(dir, 'gold.align');
    const zh = join(dir, 'zh.txt');
    const en = join(dir, 'en.txt');
    writeFileSync(align, '[0]:[0]\n[1,2]:[1]\n[]:[2]\n');
    writeFileSync(zh, '第一句。\n第二句，\n接着说。\n');
    writeFileSync(en, 'The first.\nThe second, continued.\nAn addition.\n');
    const out = join(dir, 'review.docx');
    // Either order of the files: the planner finds the .align and which text is Chinese.
    const r = run('convert', en, align, zh, '--format', 'docx', '-o', out);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const xml = pythonZipEntry(readFileSync(out), 'word/document.xml');
    const rows = [...xml.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((m) =>
      [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]),
    );
    expect(rows).toEqual([
      ['中文', 'English'],
      ['第一句。', 'The first.'],
      ['第二句，接着说。', 'The second, continued.'],
    ]);
  });

  it('turns a saved alignment into HTML and reads it back the same as JSON', () => {
    const dir = tempDir();
    const input = join(dir, 'work.duilian.json');
    writeFileSync(input, serializeDocument(trickyDocument()));
    const json = run('convert', input, '--format', 'json');
    expect(parseDocument(json.stdout)).toEqual(trickyDocument());
    const html = run('convert', input, '--format', 'html');
    expect(html.code).toBe(0);
    expect(html.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(html.stdout).toContain('<td lang="zh">他说：“&lt;b&gt;你好&lt;/b&gt; &amp; 再见”</td>');
    expect(html.stdout).not.toMatch(/<script|<link |src=/);
  });

  it('refuses what it cannot convert, in one line', () => {
    const dir = tempDir();
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    writeFileSync(a, '第一段。\n');
    writeFileSync(b, 'The first paragraph.\n');
    const texts = run('convert', a, b, '--format', 'tmx');
    expect([texts.code, texts.stderr]).toEqual([
      1,
      `duilian: ${a} and ${b} are two texts, not an alignment: align them with duilian align\n`,
    ]);
    const links = join(INTERTEXT, 'dev-anno.001_zh.001_en.xml');
    const lone = run('convert', links, '--format', 'tmx');
    expect(lone.code).toBe(1);
    expect(lone.stderr).toBe(
      `duilian: "${links}" is an InterText alignment: select it together with the two documents it aligns.\n`,
    );
    const noFormat = run('convert', a);
    expect(noFormat.code).toBe(2);
    expect(noFormat.stderr).toMatch(/^duilian: choose a format with --format \(expected tmx\|/);
  });

  it('lists every format and option of the registry in --help', () => {
    const help = run('--help');
    expect(help.code).toBe(0);
    for (const word of [
      'convert',
      'intertext',
      'docx',
      'html',
      '--include-unpaired',
      '--no-formula-guard',
    ])
      expect(help.stdout).toContain(word);
  });
});
