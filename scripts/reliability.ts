/**
 * Reliability of the aligner's confidences: links grouped by confidence band, with the share of
 * links in each band, their mean confidence and how many are exactly right (strict: the same
 * segments on both sides as a gold link), and the expected calibration error over those bands
 * (ECE: the link-weighted mean gap between mean confidence and accuracy).
 */

/** Band edges: finer at the top, where most links are. */
export const BANDS = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 1];

export class Reliability {
  private readonly n = new Array<number>(BANDS.length - 1).fill(0);
  private readonly right = new Array<number>(BANDS.length - 1).fill(0);
  private readonly sum = new Array<number>(BANDS.length - 1).fill(0);

  add(confidence: number, correct: boolean): void {
    let b = 0;
    while (b < BANDS.length - 2 && confidence >= BANDS[b + 1]) b++;
    this.n[b]++;
    this.sum[b] += confidence;
    if (correct) this.right[b]++;
  }

  merge(other: Reliability): this {
    for (let b = 0; b < this.n.length; b++) {
      this.n[b] += other.n[b];
      this.right[b] += other.right[b];
      this.sum[b] += other.sum[b];
    }
    return this;
  }

  get links(): number {
    return this.n.reduce((a, b) => a + b, 0);
  }

  /** Strict accuracy over all links. */
  get accuracy(): number {
    return this.right.reduce((a, b) => a + b, 0) / Math.max(1, this.links);
  }

  /** Expected calibration error over the bands. */
  get ece(): number {
    const total = this.links;
    if (total === 0) return 0;
    let e = 0;
    for (let b = 0; b < this.n.length; b++)
      if (this.n[b] > 0)
        e += (this.n[b] / total) * Math.abs(this.sum[b] / this.n[b] - this.right[b] / this.n[b]);
    return e;
  }

  /** The table, one line per band (empty bands shown with dashes). */
  table(): string[] {
    const total = Math.max(1, this.links);
    const lines = ['  confidence     links   share  mean conf  strict accuracy'];
    for (let b = 0; b < this.n.length; b++) {
      const label = `[${BANDS[b].toFixed(2)}, ${BANDS[b + 1].toFixed(2)}${b === this.n.length - 1 ? ']' : ')'}`;
      const n = this.n[b];
      lines.push(
        `  ${label.padEnd(13)} ${String(n).padStart(6)}  ${((100 * n) / total).toFixed(1).padStart(5)}%` +
          `  ${n ? (this.sum[b] / n).toFixed(3) : '    -'}      ${n ? (this.right[b] / n).toFixed(3) : '-'}`,
      );
    }
    return lines;
  }
}
