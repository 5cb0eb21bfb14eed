// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runExport } from '../../src/cli/exportCommand';
import { CliError } from '../../src/cli/errors';
import { serializeDocument } from '../../src/io/alignmentFile';
import { trickyDocument } from '../io/fixtures';
import { readZip } from '../io/zip';

const CHOICES = 'tmx|tsv|csv|xlsx|html|docx|intertext|align|moses|json';

let dir: string;
let stdout: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'duilian-export-'));
  stdout = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout.push(String(chunk));
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => vi.restoreAllMocks());

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function failure(args: string[]): Promise<CliError> {
  try {
    await runExport(args);
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    expect((error as Error).message).not.toContain('\n');
    return error as CliError;
  }
  throw new Error('expected the export to fail');
}

describe('duilian export', () => {
  it('writes each text format to stdout or a file', async () => {
    const input = file('a.json', serializeDocument(trickyDocument()));
    await runExport([input, '--format', 'align']);
    expect(stdout.join('')).toBe('[0]:[0]\n[1]:[1,2]\n[2,3]:[3]\n[]:[4]\n[4]:[]\n[]:[5]\n');
    const out = join(dir, 'a.tsv');
    await runExport([input, '--format=tsv', '-o', out, '--confirmed-only']);
    // Header and the two confirmed pairs (the confirmed English-only link is left out).
    expect(readFileSync(out, 'utf8').split('\r\n')).toHaveLength(4);
    await runExport([input, '--format=tsv', '-o', out, '--confirmed-only', '--include-unpaired']);
    expect(readFileSync(out, 'utf8').split('\r\n')).toHaveLength(5);
    await runExport([input, '-o', join(dir, 'a.tmx')]);
    expect(readFileSync(join(dir, 'a.tmx'), 'utf8')).toContain('<tmx version="1.4">');
  });

  it('writes XLSX and the two moses files', async () => {
    const input = file('b.json', serializeDocument(trickyDocument()));
    await runExport([input, '--format', 'xlsx', '-o', join(dir, 'b.xlsx')]);
    expect(readZip(readFileSync(join(dir, 'b.xlsx'))).get('xl/sharedStrings.xml')).toContain(
      '第三段第四段',
    );
    await runExport([input, '--format', 'moses']);
    expect(readFileSync(join(dir, 'b.zh'), 'utf8').split('\n')).toHaveLength(4);
    expect(readFileSync(join(dir, 'b.en'), 'utf8').split('\n')).toHaveLength(4);
  });

  it('explains bad input in one line', async () => {
    const good = serializeDocument(trickyDocument());
    const missing = join(dir, 'missing.json');
    expect((await failure([missing, '--format', 'tsv'])).message).toBe(
      `cannot read ${missing}: no such file`,
    );
    const empty = file('empty.json', '');
    expect((await failure([empty, '--format', 'tsv'])).message).toBe(`${empty} is empty`);
    const binary = file('bin.json', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    expect((await failure([binary, '--format', 'tsv'])).message).toBe(
      `${binary} looks like a binary file, not text`,
    );
    const cut = file('cut.json', good.slice(0, 300));
    expect((await failure([cut, '--format', 'tsv'])).message).toMatch(
      new RegExp(
        `^${cut}: not JSON: unexpected end of file at line \\d+ — the file looks truncated$`,
      ),
    );
    const raw = JSON.parse(good);
    raw.links[0].tgt = [99];
    const outside = file('outside.json', JSON.stringify(raw));
    expect((await failure([outside, '--format', 'tsv'])).message).toBe(
      `${outside}: link 1: target index 99 is outside the 6 English segments`,
    );
    const other = file('other.json', '{"hello": "world"}');
    expect((await failure([other, '--format', 'tsv'])).message).toBe(
      `${other}: this is not a duilian alignment file (no format field)`,
    );
    expect((await failure([dir, '--format', 'tsv'])).message).toBe(
      `${dir} is a folder, not a file`,
    );
    const tmx = file('x.tmx', '<tmx version="1.4"><body/></tmx>');
    expect((await failure([tmx, '--format', 'tsv'])).message).toBe(
      `${tmx} is not an alignment file saved by duilian: use duilian convert for other inputs`,
    );
  });

  it('refuses unknown formats and options with usage errors', async () => {
    const input = file('c.json', serializeDocument(trickyDocument()));
    const format = await failure([input, '--format', 'pdf']);
    expect(format.message).toBe(`unknown format "pdf" (expected ${CHOICES})`);
    expect(format.exitCode).toBe(2);
    expect((await failure([input, '--format', 'tsv', '--fast'])).message).toMatch(
      /^unknown option "--fast"/,
    );
    expect((await failure([input])).message).toBe(
      `choose a format with --format (expected ${CHOICES})`,
    );
    expect((await failure([input, '--format'])).message).toBe('--format needs a value');
    expect((await failure(['--format', 'tsv'])).message).toMatch(/^export needs an alignment file/);
  });

  it('runs from the bin: output on stdout, one-line errors with exit codes, no stack traces', () => {
    const bin = new URL('../../bin/duilian.mjs', import.meta.url).pathname;
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [bin, 'export', ...args], { encoding: 'utf8' });
    const input = file('bin.json', serializeDocument(trickyDocument()));
    const ok = run(input, '--format', 'align', '--confirmed-only');
    // .align holds every link: the options narrow pair formats only.
    expect([ok.status, ok.stdout, ok.stderr]).toEqual([
      0,
      '[0]:[0]\n[1]:[1,2]\n[2,3]:[3]\n[]:[4]\n[4]:[]\n[]:[5]\n',
      '',
    ]);
    const cut = file('cut.json', serializeDocument(trickyDocument()).slice(0, 200));
    const bad = run(cut, '--format', 'tsv');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(
      /^duilian: .*cut\.json: not JSON: unexpected end of file at line \d+ — the file looks truncated\n$/,
    );
    const usage = run(input, '--format', 'pdf');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toBe(`duilian: unknown format "pdf" (expected ${CHOICES})\n`);
  }, 60_000); // three Node processes on a possibly busy machine
});
