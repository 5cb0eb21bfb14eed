// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addCounts,
  emptyCounts,
  formatScores,
  parseAlignFile,
  scoresOf,
  type Bead,
} from '../../scripts/alignScore';

describe('scoring like score.py', () => {
  const gold = parseAlignFile('[0]:[0]\n[1,2]:[1]\n[]:[2]\n[3]:[3,4]\n');

  it('parses .align lines, empty sides included', () => {
    expect(gold).toEqual([
      [[0], [0]],
      [[1, 2], [1]],
      [[], [2]],
      [[3], [3, 4]],
    ]);
  });

  it('counts exact beads for strict and overlapping non-null beads for lax', () => {
    const pred = parseAlignFile('[0]:[0]\n[1]:[1]\n[2]:[]\n[]:[2]\n[3]:[3]\n[]:[4]\n');
    const s = scoresOf(addCounts(emptyCounts(), gold, pred));
    expect(s.strictP).toBeCloseTo(2 / 6);
    expect(s.strictR).toBeCloseTo(2 / 4);
    // Non-null predicted: [0]:[0], [1]:[1], [3]:[3], all overlap gold; gold non-null: 3, all hit.
    expect(s.laxP).toBe(1);
    expect(s.laxR).toBe(1);
  });

  it('scores a perfect prediction 1', () => {
    const s = scoresOf(addCounts(emptyCounts(), gold, gold));
    expect([s.strictF1, s.laxF1]).toEqual([1, 1]);
  });
});

describe('scripts/alignScore.ts against ../shared/tools/score.py', () => {
  it('prints the same figures as the reference scorer on the same files', () => {
    const corpora = resolve(import.meta.dirname, '../../../shared/corpora');
    const golds = [
      ...['001', '002', '006'].map((n) => join(corpora, 'mac-dev/gold', `${n}.align`)),
      join(corpora, 'para-dev/mac-dev-001.gold.align'),
    ];
    const dir = mkdtempSync(join(tmpdir(), 'duilian-score-'));
    const pairs: [string, string][] = golds.map((gold, g) => {
      // A damaged prediction: every fourth bead merged with the next, some split into nulls.
      const beads = parseAlignFile(readFileSync(gold, 'utf8'));
      const pred: Bead[] = [];
      beads.forEach((b, i) => {
        const last = pred[pred.length - 1];
        if (i % 4 === 1 && last)
          pred[pred.length - 1] = [
            [...last[0], ...b[0]],
            [...last[1], ...b[1]],
          ];
        else if (i % 7 === 3) pred.push([b[0], []], [[], b[1]]);
        else pred.push(b);
      });
      const file = join(dir, `pred${g}.align`);
      writeFileSync(file, pred.map((b) => `[${b[0].join(',')}]:[${b[1].join(',')}]\n`).join(''));
      return [gold, file];
    });
    let counts = emptyCounts();
    for (const [gold, pred] of pairs) {
      counts = addCounts(
        counts,
        parseAlignFile(readFileSync(gold, 'utf8')),
        parseAlignFile(readFileSync(pred, 'utf8')),
      );
    }
    const reference = execFileSync(
      'python3',
      [join(corpora, '../tools/score.py'), ...pairs.flat()],
      { encoding: 'utf8' },
    ).trim();
    expect(formatScores(scoresOf(counts))).toBe(reference);
    // The damage shows: the check would catch a scorer that ignores it.
    expect(scoresOf(counts).strictF1).toBeLessThan(0.9);
  });
});
