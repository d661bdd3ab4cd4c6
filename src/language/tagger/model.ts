/**
 * The trained entity model on disk: feature strings, their averaged weights
 * quantised to 16 bits, the transition weights and the gazetteer, in one
 * gzip'd JSON file under models/. Loaded once, lazily.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Gazetteer } from './gazetteer.js';
import { packSharedRows, packWeights, unpackWeights, type PackedWeights } from './packed-weights.js';
import { T, type Weights } from './perceptron.js';
import { DOCUMENT_FEATURES, documentFeatureNames } from './document-layer.js';

export const MODEL_URL = new URL('../../../../models/tagger/ner.json.gz', import.meta.url);

export interface EntityModel {
  readonly featureIndex: Map<string, number>;
  readonly weights: Weights;
  readonly gazetteer: Gazetteer;
  readonly clusters: Map<string, string>;
  readonly info: Record<string, unknown>;
  /** Second pass: its own weights for the same features, weights of the document features (document-layer.ts) by slot, its transitions. */
  readonly secondPass?: SecondPassWeights;
}

export interface SecondPassWeights extends Weights {
  /** documentFeatures[slot * T + tag] */
  readonly documentFeatures: Float32Array;
}

interface ModelFile extends PackedWeights {
  format: 1;
  tags: number;
  transition: number[];
  gazetteer: string;
  /** `word<TAB>path` lines */
  clusters: string;
  info: Record<string, unknown>;
  /** Emission rows for the same `features` as the first pass, the document features, transitions. */
  secondPass?: { scale: number; emission: string; transition: number[]; documentFeatures: PackedWeights };
}

/** Keeps features whose weights matter, quantised; writes the file. */
export function saveModel(path: string | URL, names: readonly string[], weights: Weights, gazetteer: Gazetteer, clusters: ReadonlyMap<string, string>, info: Record<string, unknown>, secondPass?: SecondPassWeights, minWeight = 0.05): { features: number; bytes: number } {
  const shared = packSharedRows(names, secondPass ? [weights.emission, secondPass.emission] : [weights.emission], T, minWeight);
  const packed = { features: shared.features, ...shared.packed[0] };
  const file: ModelFile = {
    format: 1,
    tags: T,
    ...packed,
    transition: [...weights.transition],
    gazetteer: gazetteer.serialise(),
    clusters: [...clusters].map(([w, p]) => `${w}\t${p}`).join('\n'),
    info,
    ...(secondPass ? { secondPass: { ...shared.packed[1], transition: [...secondPass.transition], documentFeatures: packWeights(documentFeatureNames, secondPass.documentFeatures, T, 0) } } : {}),
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
    ...(file.secondPass ? { secondPass: unpackSecondPass(file) } : {}),
  };
  if (path === MODEL_URL) cached = model;
  return model;
}

/** The second pass's weights: rows of the shared feature list, and dense slot-ordered document-feature weights (names unknown to this code are ignored). */
function unpackSecondPass(file: ModelFile): SecondPassWeights {
  const second = file.secondPass!;
  const { emission } = unpackWeights({ features: [], scale: second.scale, emission: second.emission });
  const { featureIndex, emission: rows } = unpackWeights(second.documentFeatures);
  const documentFeatures = new Float32Array(DOCUMENT_FEATURES * T);
  documentFeatureNames.forEach((name, slot) => {
    const row = featureIndex.get(name);
    if (row !== undefined) documentFeatures.set(rows.subarray(row * T, row * T + T), slot * T);
  });
  return { emission, transition: Float32Array.from(second.transition), documentFeatures };
}
