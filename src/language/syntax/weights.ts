/**
 * Trained weights of a multiclass perceptron: for each feature string, the
 * classes it votes for and how much. Stored sparse in three flat arrays
 * (most features touch two or three of the 45 classes), so the model costs a
 * few megabytes in memory rather than one typed array per feature.
 */

export interface WeightsJson {
  classes: string[];
  /** feature → [class, weight × 1000, class, weight × 1000, …] */
  weights: Record<string, number[]>;
}

export class PerceptronWeights {
  private readonly rows = new Map<string, number>();
  private readonly rowStart: Int32Array;
  private readonly cls: Uint8Array;
  private readonly val: Float32Array;

  /** From sparse rows: feature → [class, weight, class, weight, …]. */
  constructor(readonly classes: readonly string[], sparse: Iterable<[string, ArrayLike<number>]>) {
    const entries = [...sparse];
    const nnz = entries.reduce((n, [, p]) => n + p.length / 2, 0);
    this.rowStart = new Int32Array(entries.length + 1);
    this.cls = new Uint8Array(nnz);
    this.val = new Float32Array(nnz);
    let k = 0;
    entries.forEach(([f, pairs], r) => {
      this.rows.set(f, r);
      this.rowStart[r] = k;
      for (let j = 0; j < pairs.length; j += 2) {
        this.cls[k] = pairs[j];
        this.val[k++] = pairs[j + 1];
      }
    });
    this.rowStart[entries.length] = k;
  }

  /** From dense vectors (training): only the non-zero weights are kept. */
  static fromDense(classes: readonly string[], dense: ReadonlyMap<string, Float32Array>): PerceptronWeights {
    const sparse: [string, number[]][] = [];
    for (const [f, w] of dense) {
      const pairs: number[] = [];
      w.forEach((x, c) => {
        if (x !== 0) pairs.push(c, x);
      });
      if (pairs.length > 0) sparse.push([f, pairs]);
    }
    return new PerceptronWeights(classes, sparse);
  }

  get size(): number {
    return this.rows.size;
  }

  /** The row of a feature, or -1 when the model does not know it. */
  row(feature: string): number {
    return this.rows.get(feature) ?? -1;
  }

  /** Adds a row's weights into `scores` (any numeric array of one entry per class). */
  addRow(row: number, scores: { [c: number]: number }): void {
    if (row < 0) return;
    for (let k = this.rowStart[row], end = this.rowStart[row + 1]; k < end; k++) scores[this.cls[k]] += this.val[k];
  }

  /** Adds a feature's weights into `scores`; false when the model does not know it. */
  add(feature: string, scores: { [c: number]: number }): boolean {
    const r = this.row(feature);
    this.addRow(r, scores);
    return r >= 0;
  }

  /** Index of the best class for these features (ties go to the lower index); `scores` is scratch space. */
  predict(features: readonly string[], scores: Float64Array = new Float64Array(this.classes.length)): number {
    scores.fill(0);
    for (const f of features) this.add(f, scores);
    let best = 0;
    for (let c = 1; c < scores.length; c++) if (scores[c] > scores[best]) best = c;
    return best;
  }

  /** Sparse, rounded form for a model file. */
  toJSON(): WeightsJson {
    const out: Record<string, number[]> = {};
    for (const [f, r] of this.rows) {
      const pairs: number[] = [];
      for (let k = this.rowStart[r]; k < this.rowStart[r + 1]; k++) {
        const q = Math.round(this.val[k] * 1000);
        if (q !== 0) pairs.push(this.cls[k], q);
      }
      if (pairs.length > 0) out[f] = pairs;
    }
    return { classes: [...this.classes], weights: out };
  }

  static fromJSON(json: WeightsJson): PerceptronWeights {
    return new PerceptronWeights(json.classes, (function* () {
      for (const [f, pairs] of Object.entries(json.weights)) yield [f, pairs.map((x, i) => (i % 2 === 0 ? x : x / 1000))] as [string, number[]];
    })());
  }
}
