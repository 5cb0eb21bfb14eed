// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { Reliability } from '../../scripts/reliability';

describe('the reliability table of npm run eval', () => {
  it('puts links in confidence bands and weighs each band’s gap by its share (ECE)', () => {
    const r = new Reliability();
    // 10 links at 0.6, 8 of them right; 30 at 0.995, all right.
    for (let k = 0; k < 10; k++) r.add(0.6, k < 8);
    for (let k = 0; k < 30; k++) r.add(0.995, true);
    expect(r.links).toBe(40);
    expect(r.accuracy).toBeCloseTo(38 / 40);
    // (10/40)·|0.6 − 0.8| + (30/40)·|0.995 − 1| = 0.05 + 0.00375
    expect(r.ece).toBeCloseTo(0.05375);
    const table = r.table().join('\n');
    expect(table).toMatch(/\[0\.50, 0\.70\)\s+10\s+25\.0%\s+0\.600\s+0\.800/);
    expect(table).toMatch(/\[0\.99, 1\.00\]\s+30\s+75\.0%\s+0\.995\s+1\.000/);
  });
});
