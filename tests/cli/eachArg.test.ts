import { describe, expect, it } from 'vitest';
import { eachArg } from '../../src/cli/eachArg';
import { parseCheckArgs } from '../../src/cli/checkCommand';
import { parseJsonlArgs } from '../../src/cli/jsonlCommand';

function read(args: readonly string[], valued: readonly string[]): [string, string][] {
  const seen: [string, string][] = [];
  eachArg(args, ({ flag, arg, take }) => {
    seen.push([flag, valued.includes(flag) ? take() : arg]);
  });
  return seen;
}

describe('eachArg', () => {
  it('reads --flag=value inline and --flag value from the next argument', () => {
    expect(read(['--split=lines', 'zh.txt', '-o', 'out.tsv', 'en.txt'], ['--split', '-o'])).toEqual(
      [
        ['--split', 'lines'],
        ['zh.txt', 'zh.txt'],
        ['-o', 'out.tsv'],
        ['en.txt', 'en.txt'],
      ],
    );
  });

  it('takes "-" (stdout, stdin) as a value but not another option or nothing', () => {
    expect(read(['-o', '-'], ['-o'])).toEqual([['-o', '-']]);
    expect(() => read(['-o', '--split'], ['-o'])).toThrow('-o needs a value');
    expect(() => read(['--format'], ['--format'])).toThrow('--format needs a value');
  });

  it('keeps an "=" inside a file name that is not an option', () => {
    expect(read(['a=b.txt'], [])).toEqual([['a=b.txt', 'a=b.txt']]);
  });
});

describe('the commands that read their arguments with it', () => {
  it('check: --split=lines and --format tsv, then the files', () => {
    const parsed = parseCheckArgs(['zh.txt', '--split=lines', 'en.txt', '--format', 'tsv']);
    expect(parsed).toMatchObject({ files: ['zh.txt', 'en.txt'], split: 'lines', format: 'tsv' });
    expect(() => parseCheckArgs(['zh.txt', 'en.txt', '-o'])).toThrow('-o needs a value');
  });

  it('align --jsonl: --split with or without "=", and a clear refusal of anything else', () => {
    expect(parseJsonlArgs(['--jsonl', '--split', 'sentences'])).toEqual({
      split: 'sentences',
      dictionary: true,
    });
    expect(parseJsonlArgs(['--jsonl', '--split=lines', '--no-dictionary'])).toEqual({
      split: 'lines',
      dictionary: false,
    });
    expect(() => parseJsonlArgs(['--jsonl', '--split', 'words'])).toThrow('unknown split "words"');
    expect(() => parseJsonlArgs(['--jsonl', '--split'])).toThrow('--split needs a value');
    expect(() => parseJsonlArgs(['--jsonl', 'zh.txt'])).toThrow('not "zh.txt"');
  });
});
