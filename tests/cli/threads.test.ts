// @vitest-environment node
// `duilian align` (the built CLI, bin/duilian.mjs) reads the English side in a worker thread for
// large inputs: the output is the same as with one thread. Real documents from ../shared/corpora,
// written to a temporary folder at test time (never copied into the repository).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/align/paragraphs';

const ROOT = resolve(import.meta.dirname, '../..');
const CORPORA = resolve(ROOT, '../shared/corpora');

function align(threads: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/duilian.mjs'), 'align', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, DUILIAN_THREADS: threads },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** Every para-dev document's paragraphs one after another, `times` times (4: ~1,800 a side, 1.2 MB). */
function paraDevFiles(times = 4): [string, string] {
  const dir = join(CORPORA, 'para-dev');
  const names = readdirSync(dir)
    .filter((x) => x.endsWith('.zh.txt'))
    .sort();
  const side = (f: (name: string) => string) =>
    Array.from({ length: times }, () => names)
      .flat()
      .flatMap((n) => splitParagraphs(readFileSync(join(dir, f(n)), 'utf8')))
      .join('\n\n');
  const out = mkdtempSync(join(tmpdir(), 'duilian-threads-'));
  made.push(out);
  const zh = join(out, 'zh.txt');
  const en = join(out, 'en.txt');
  writeFileSync(
    zh,
    side((n) => n),
  );
  writeFileSync(
    en,
    side((n) => n.replace('.zh.', '.en.')),
  );
  return [zh, en];
}

/**
 * The --timings note of what the worker did (how many Chinese chunks it read in time, and
 * whether the quote and mark counts and the second search's parameters came in time, is for a
 * busy machine to decide; the last rows
 * only for large enough bands; a search takes them only if they come before it has done them
 * itself).
 */
const THREAD_NOTE =
  /; in a worker thread: the English side's units, \d+ of \d+ chunks of the Chinese side(, the quote and mark counts)?(, the second search's parameters)?(, the last rows' pair evidence and bead costs in \d+ of \d+ searches)?\n$/;
const ROWS_NOTE = /, the last rows' pair evidence and bead costs in \d+ of [1-9]\d* searches\n$/;

describe('duilian align with a worker thread', { timeout: 180_000 }, () => {
  const [zh, en] = paraDevFiles();

  it('writes the same alignment as one thread, paragraphs and sentences', () => {
    for (const split of ['paragraphs', 'sentences']) {
      const args = [zh, en, '--split', split, '--format', 'align', '--timings'];
      const one = align('0', ...args);
      const two = align('2', ...args);
      expect(one.code).toBe(0);
      expect(two.code).toBe(0);
      expect(one.stderr).not.toMatch(THREAD_NOTE);
      expect(two.stderr).toMatch(THREAD_NOTE);
      expect(two.stdout).toBe(one.stdout);
      // ~8,000 sentences a side: their bands are large enough to share.
      if (split === 'sentences') expect(two.stderr).toMatch(ROWS_NOTE);
      expect(one.stdout.split('\n').length).toBeGreaterThan(1000);
    }
  });

  it('by default uses the thread for inputs of 4 MiB or more only, and the same JSON comes out', () => {
    const strip = (s: string) => s.replace(/"createdAt": *"[^"]*"/, '');
    const small = align('', zh, en, '--timings', '--format', 'align');
    expect(small.code).toBe(0);
    expect(small.stderr).not.toMatch(THREAD_NOTE);
    const [bigZh, bigEn] = paraDevFiles(16);
    const auto = align('', bigZh, bigEn, '--timings');
    const one = align('0', bigZh, bigEn);
    expect(auto.code).toBe(0);
    expect(auto.stderr).toMatch(THREAD_NOTE);
    // ~7,000 paragraphs a side: both searches' bands are large enough to share.
    expect(auto.stderr).toMatch(ROWS_NOTE);
    expect(strip(auto.stdout)).toBe(strip(one.stdout));
  });

  it('a refused pair still ends at once with its message', () => {
    const r = align('2', en, en);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^duilian: /);
  });
});
