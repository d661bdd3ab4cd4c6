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
import { DOCUMENT_FEATURES, documentFeatureNames } from './document-layer.js';

export const MODEL_URL = new URL('../../../../models/tagger/ner.json.gz', import.meta.url);

export interface EntityModel {
  readonly featureIndex: Map<string, number>;
  readonly weights: Weights;
  readonly gazetteer: Gazetteer;
  readonly clusters: Map<string, string>;
  readonly info: Record<string, unknown>;
  /** Second pass (document-layer.ts): weights of the document features by slot, and its transitions. */
  readonly documentLayer?: Weights;
}

interface ModelFile extends PackedWeights {
  format: 1;
  tags: number;
  transition: number[];
  gazetteer: string;
  /** `word<TAB>path` lines */
  clusters: string;
  info: Record<string, unknown>;
  documentLayer?: PackedWeights & { transition: number[] };
}

/** Keeps features whose weights matter, quantised; writes the file. */
export function saveModel(path: string | URL, names: readonly string[], weights: Weights, gazetteer: Gazetteer, clusters: ReadonlyMap<string, string>, info: Record<string, unknown>, documentLayer?: Weights, minWeight = 0.05): { features: number; bytes: number } {
  const packed = packWeights(names, weights.emission, T, minWeight);
  const file: ModelFile = {
    format: 1,
    tags: T,
    ...packed,
    transition: [...weights.transition],
    gazetteer: gazetteer.serialise(),
    clusters: [...clusters].map(([w, p]) => `${w}\t${p}`).join('\n'),
    info,
    ...(documentLayer ? { documentLayer: { ...packWeights(documentFeatureNames, documentLayer.emission, T, 0), transition: [...documentLayer.transition] } } : {}),
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
    ...(file.documentLayer ? { documentLayer: unpackDocumentLayer(file.documentLayer) } : {}),
  };
  if (path === MODEL_URL) cached = model;
  return model;
}

/** Dense slot-ordered weights from the file's named rows (rows unknown to this code are ignored). */
function unpackDocumentLayer(packed: PackedWeights & { transition: number[] }): Weights {
  const { featureIndex, emission: rows } = unpackWeights(packed);
  const emission = new Float32Array(DOCUMENT_FEATURES * T);
  documentFeatureNames.forEach((name, slot) => {
    const row = featureIndex.get(name);
    if (row !== undefined) emission.set(rows.subarray(row * T, row * T + T), slot * T);
  });
  return { emission, transition: Float32Array.from(packed.transition) };
}
