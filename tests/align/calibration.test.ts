// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, paramsFor } from '../../src/align/alignParams';
import { calibratedConfidence } from '../../src/align/calibration';

describe('confidence from the posterior', () => {
  const sentences = { ...DEFAULT_PARAMS, ...paramsFor('lines') };
  const paragraphs = { ...DEFAULT_PARAMS, ...paramsFor('paragraphs') };

  it('raises the middle and lowers the very top for sentence links, as measured on mac-dev', () => {
    // A posterior of 0.6 was right 75% of the time, one of 0.999 99.6% of the time.
    expect(calibratedConfidence(0.6, sentences)).toBeGreaterThan(0.68);
    expect(calibratedConfidence(0.999, sentences)).toBeLessThan(0.999);
    expect(calibratedConfidence(0.999, sentences)).toBeGreaterThan(0.99);
  });

  it('keeps the order of links, and 0 and 1', () => {
    const grid = Array.from({ length: 101 }, (_, k) => k / 100);
    const mapped = grid.map((p) => calibratedConfidence(p, sentences));
    for (let k = 1; k < mapped.length; k++) expect(mapped[k]).toBeGreaterThan(mapped[k - 1]);
    expect(mapped[0]).toBe(0);
    expect(mapped[100]).toBe(1);
  });

  it('leaves paragraph links as they are (already within 0.012 of their accuracy)', () => {
    for (const p of [0.3, 0.8, 0.97]) expect(calibratedConfidence(p, paragraphs)).toBe(p);
  });
});
