/**
 * The trained entity model on disk: feature strings, their averaged weights
 * quantised to 16 bits, the transition weights and the gazetteer, in one
 * gzip'd JSON file under models/. Loaded once, lazily.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Gazetteer } from './gazetteer.js';
import { packWeights, unpackWeights, type PackedWeights } from './packed-weights.js';
import { T, type Weights } from './perceptron.js';

export const MODEL_URL = new URL('../../../../models/tagger/ner.json.gz', import.meta.url);

export interface EntityModel {
  readonly featureIndex: Map<string, number>;
  readonly weights: Weights;
  readonly gazetteer: Gazetteer;
  readonly clusters: Map<string, string>;
  readonly info: Record<string, unknown>;
}

interface ModelFile extends PackedWeights {
  format: 1;
  tags: number;
  transition: number[];
  gazetteer: string;
  /** `word<TAB>path` lines */
  clusters: string;
  info: Record<string, unknown>;
}

/** Keeps features whose weights matter, quantised; writes the file. */
export function saveModel(path: string | URL, names: readonly string[], weights: Weights, gazetteer: Gazetteer, clusters: ReadonlyMap<string, string>, info: Record<string, unknown>, minWeight = 0.05): { features: number; bytes: number } {
  const packed = packWeights(names, weights.emission, T, minWeight);
  const file: ModelFile = {
    format: 1,
    tags: T,
    ...packed,
    transition: [...weights.transition],
    gazetteer: gazetteer.serialise(),
    clusters: [...clusters].map(([w, p]) => `${w}\t${p}`).join('\n'),
    info,
  };
  const bytes = gzipSync(JSON.stringify(file), { level: 9 });
  writeFileSync(path, bytes);
  return { features: packed.features.length, bytes: bytes.length };
}

let cached: EntityModel | null = null;

export class ModelMissingError extends Error {
  constructor(path: string) {
    super(`entity model not found at ${path}; run npm run train:ner`);
    this.name = 'ModelMissingError';
  }
}

export function loadModel(path: string | URL = MODEL_URL): EntityModel {
  if (cached && path === MODEL_URL) return cached;
  if (!existsSync(path)) throw new ModelMissingError(String(path));
  const file = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as ModelFile;
  const { featureIndex, emission } = unpackWeights(file);
  const model: EntityModel = {
    featureIndex,
    weights: { emission, transition: Float32Array.from(file.transition) },
    gazetteer: Gazetteer.parse(file.gazetteer),
    clusters: new Map(file.clusters.split('\n').map((l) => l.split('\t') as [string, string])),
    info: file.info,
  };
  if (path === MODEL_URL) cached = model;
  return model;
}
