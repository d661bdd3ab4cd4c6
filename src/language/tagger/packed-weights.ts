/**
 * Emission weights as model files store them: rows of features whose
 * largest weight reaches `minWeight`, quantised to 16 bits with one scale,
 * base64 in JSON. Shared by the entity and attribution models.
 */

export interface PackedWeights {
  features: string[];
  scale: number;
  /** base64 of an Int16Array, features × tags */
  emission: string;
}

export function packWeights(names: readonly string[], emission: Float32Array, tags: number, minWeight: number): PackedWeights {
  let max = 0;
  for (const v of emission) max = Math.max(max, Math.abs(v));
  const scale = max / 32767 || 1;
  const rows: number[] = [];
  for (let f = 0; f < names.length; f++) {
    let big = 0;
    for (let t = 0; t < tags; t++) big = Math.max(big, Math.abs(emission[f * tags + t]));
    if (big >= minWeight) rows.push(f);
  }
  const q = new Int16Array(rows.length * tags);
  rows.forEach((f, k) => {
    for (let t = 0; t < tags; t++) q[k * tags + t] = Math.round(emission[f * tags + t] / scale);
  });
  return { features: rows.map((f) => names[f]), scale, emission: Buffer.from(q.buffer).toString('base64') };
}

export function unpackWeights(packed: PackedWeights): { featureIndex: Map<string, number>; emission: Float32Array } {
  const q = new Int16Array(new Uint8Array(Buffer.from(packed.emission, 'base64')).buffer);
  const emission = new Float32Array(q.length);
  for (let k = 0; k < q.length; k++) emission[k] = q[k] * packed.scale;
  return { featureIndex: new Map(packed.features.map((f, i) => [f, i])), emission };
}

/** Several weight matrices over the same features, stored on one feature list: rows where any matrix reaches `minWeight`, each quantised with its own scale. */
export function packSharedRows(names: readonly string[], matrices: readonly Float32Array[], tags: number, minWeight: number): { features: string[]; packed: { scale: number; emission: string }[] } {
  const rows: number[] = [];
  for (let f = 0; f < names.length; f++) {
    let big = 0;
    for (const m of matrices) for (let t = 0; t < tags; t++) big = Math.max(big, Math.abs(m[f * tags + t]));
    if (big >= minWeight) rows.push(f);
  }
  const packed = matrices.map((m) => {
    let max = 0;
    for (const v of m) max = Math.max(max, Math.abs(v));
    const scale = max / 32767 || 1;
    const q = new Int16Array(rows.length * tags);
    rows.forEach((f, k) => {
      for (let t = 0; t < tags; t++) q[k * tags + t] = Math.round(m[f * tags + t] / scale);
    });
    return { scale, emission: Buffer.from(q.buffer).toString('base64') };
  });
  return { features: rows.map((f) => names[f]), packed };
}
