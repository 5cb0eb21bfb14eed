// @vitest-environment node
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SAMPLE = join(ROOT, 'data/huanqiu-2011-04-28');

interface OutLine {
  readonly id: string | number | null;
  readonly links?: { zh: number[]; en: number[]; confidence: number }[];
  readonly segments?: { zh: string[]; en: string[] };
  readonly line?: number;
  readonly error?: string;
}

/**
 * Feeds lines to `duilian align --jsonl` through a real pipe, one at a time, reading each
 * answer before sending the next: what a Hadoop Streaming or Spark pipe() mapper does.
 */
async function converse(lines: readonly string[], args: readonly string[] = []) {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'bin/duilian.mjs'), 'align', '--jsonl', ...args],
    {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const answers = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const out: OutLine[] = [];
  for (const line of lines) {
    child.stdin.write(`${line}\n`);
    const next = await answers.next();
    out.push(JSON.parse(next.value as string) as OutLine);
  }
  child.stdin.end();
  const code = await new Promise<number | null>((r) => child.on('close', r));
  return { out, stderr, code };
}

describe('duilian align --jsonl', { timeout: 90_000 }, () => {
  it('answers each line as it comes, in order; a malformed line gets an error line and the stream goes on', async () => {
    const zh = readFileSync(join(SAMPLE, 'zh.txt'), 'utf8');
    const en = readFileSync(join(SAMPLE, 'en.txt'), 'utf8');
    const { out, stderr, code } = await converse([
      JSON.stringify({ id: 'doc-1', zh, en }),
      '{"id": "doc-2", "zh": "老虎',
      JSON.stringify({ id: 'doc-3', zh: '老虎在森林里睡觉。' }),
      JSON.stringify({
        id: 4,
        zh: '老虎在森林里睡觉。\n\n孩子们去学校。',
        en: 'The tiger sleeps.\n\nThe children go to school.',
      }),
    ]);
    expect(out.map((o) => o.id)).toEqual(['doc-1', null, 'doc-3', 4]);
    expect(out[1]).toEqual({
      id: null,
      line: 2,
      error: 'not a JSON object: expected {"id", "zh", "en"}',
    });
    expect(out[2]).toEqual({ id: 'doc-3', line: 3, error: '"zh" and "en" must both be strings' });
    // The links cover every segment of each side exactly once, in order.
    const first = out[0];
    expect(first.links!.flatMap((l) => l.zh)).toEqual(first.segments!.zh.map((_, k) => k));
    expect(first.links!.flatMap((l) => l.en)).toEqual(first.segments!.en.map((_, k) => k));
    expect(first.segments!.zh[0]).toContain('中美人权对话');
    expect(out[3].links!.map((l) => [l.zh, l.en])).toEqual([
      [[0], [0]],
      [[1], [1]],
    ]);
    expect(out[3].links!.every((l) => l.confidence >= 0 && l.confidence <= 1)).toBe(true);
    expect(code).toBe(0);
    expect(stderr).toBe('duilian: 2 of 4 lines could not be aligned (see their "error" lines)\n');
  });

  it('answers a record that is not UTF-8, and says so on stderr', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/duilian.mjs'), 'align', '--jsonl'], {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    // 老虎 in GBK, inside an otherwise good line; then a good UTF-8 line.
    child.stdin.write(Buffer.from('{"id":1,"zh":"', 'utf8'));
    child.stdin.write(Buffer.from([0xc0, 0xcf, 0xbb, 0xa2]));
    child.stdin.write(
      Buffer.from('。","en":"The tiger."}\n{"id":2,"zh":"老虎。","en":"The tiger."}\n'),
    );
    child.stdin.end();
    const code = await new Promise<number | null>((r) => child.on('close', r));
    expect(code).toBe(0);
    expect(stdout.trimEnd().split('\n')).toHaveLength(2);
    expect(stderr).toBe(
      'duilian: warning: 1 of 2 lines hold \uFFFD, the mark of bytes that are not UTF-8 (line 1): write the JSON lines in UTF-8\n',
    );
  });

  it('takes --split and refuses file arguments with a one-line usage error', async () => {
    const { out } = await converse(
      [JSON.stringify({ id: 'l', zh: '一。\n二。', en: 'One.\nTwo.' })],
      ['--split', 'lines'],
    );
    expect(out[0].links).toHaveLength(2);
    const child = spawn(
      process.execPath,
      [join(ROOT, 'bin/duilian.mjs'), 'align', '--jsonl', 'zh.txt'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const code = await new Promise<number | null>((r) => child.on('close', r));
    expect(code).toBe(2);
    expect(stderr).toMatch(/^duilian: align --jsonl reads pairs from stdin .*"zh\.txt"\n$/);
  });
});
