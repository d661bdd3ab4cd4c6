/**
 * The attribution tagger's model file (models/quotes/attribution.json.gz):
 * feature strings with averaged weights quantised to 16 bits, transitions,
 * and the tag set. Loaded once, lazily; missing model → null (rules only).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { TagSet, type Weights } from '../../language/tagger/perceptron.js';

export const ATTRIBUTION_MODEL_URL = new URL('../../../../models/quotes/attribution.json.gz', import.meta.url);

export interface AttributionModel {
  readonly tags: TagSet;
  readonly featureIndex: Map<string, number>;
  readonly weights: Weights;
  readonly info: Record<string, unknown>;
}

interface ModelFile {
  tags: string[];
  features: string[];
  scale: number;
  emission: string;
  transition: number[];
  info: Record<string, unknown>;
}

export function saveAttributionModel(path: URL | string, tags: readonly string[], names: readonly string[], weights: Weights, info: Record<string, unknown>, minWeight = 0.1): { features: number; bytes: number } {
  const T = tags.length;
  let max = 0;
  for (const v of weights.emission) max = Math.max(max, Math.abs(v));
  const scale = max / 32767 || 1;
  const kept: number[] = [];
  for (let f = 0; f < names.length; f++) {
    let big = 0;
    for (let t = 0; t < T; t++) big = Math.max(big, Math.abs(weights.emission[f * T + t]));
    if (big >= minWeight) kept.push(f);
  }
  const q = new Int16Array(kept.length * T);
  kept.forEach((f, k) => {
    for (let t = 0; t < T; t++) q[k * T + t] = Math.round(weights.emission[f * T + t] / scale);
  });
  const file: ModelFile = { tags: [...tags], features: kept.map((f) => names[f]), scale, emission: Buffer.from(q.buffer).toString('base64'), transition: [...weights.transition], info };
  const bytes = gzipSync(JSON.stringify(file), { level: 9 });
  writeFileSync(path, bytes);
  return { features: kept.length, bytes: bytes.length };
}

let cached: AttributionModel | null | undefined;

export function loadAttributionModel(path: URL | string = ATTRIBUTION_MODEL_URL): AttributionModel | null {
  if (path === ATTRIBUTION_MODEL_URL && cached !== undefined) return cached;
  let model: AttributionModel | null = null;
  if (existsSync(path)) {
    const file = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as ModelFile;
    const q = new Int16Array(new Uint8Array(Buffer.from(file.emission, 'base64')).buffer);
    const emission = new Float32Array(q.length);
    for (let k = 0; k < q.length; k++) emission[k] = q[k] * file.scale;
    model = { tags: new TagSet(file.tags), featureIndex: new Map(file.features.map((f, i) => [f, i])), weights: { emission, transition: Float32Array.from(file.transition) }, info: file.info };
  }
  if (path === ATTRIBUTION_MODEL_URL) cached = model;
  return model;
}
