/**
 * The attribution tagger's model file (models/quotes/attribution.json.gz):
 * feature strings with averaged weights quantised to 16 bits, transitions,
 * and the tag set. Loaded once, lazily; missing model → null (rules only).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { packWeights, type PackedWeights } from '../../language/tagger/packed-weights.js';
import { TagSet, type Weights } from '../../language/tagger/perceptron.js';
import { loadModel } from '../../language/tagger/model.js';
import { loadSyntaxTagger, type SyntaxTagger } from '../../language/syntax/tagger.js';

export const ATTRIBUTION_MODEL_URL = new URL('../../../../models/quotes/attribution.json.gz', import.meta.url);
/** The second pass, over the first pass's tags (stackedFeatures); optional. */
export const STACKED_MODEL_URL = new URL('../../../../models/quotes/attribution-stacked.json.gz', import.meta.url);

export interface AttributionModel {
  readonly tags: TagSet;
  /** The first pass's transitions (its emissions are in `joint`). */
  readonly weights: Weights;
  readonly info: Record<string, unknown>;
  /** The cue lexicon learned from the training data (info.cues). */
  readonly cues: ReadonlySet<string>;
  /** How often words and stems are marked Cue in train, and word pairs marked Cue together (info.cueShare, info.cuePairs), when trained with them. */
  readonly cueShare?: ReadonlyMap<string, number>;
  readonly cuePairs?: ReadonlySet<string>;
  /** The entity tagger's word clusters, when the model was trained with them (info.clusters). */
  readonly clusters?: ReadonlyMap<string, string>;
  /** The part-of-speech and chunk tagger, when the model was trained with its features (info.syntax). */
  readonly syntax?: SyntaxTagger;
  /** The second pass, when its file is there. */
  readonly stacked?: { readonly weights: Weights };
  /**
   * Both passes' emission weights on one feature list, side by side (rows of
   * `width` = T for the first pass then T for the stacked one), so one lookup per
   * feature string serves both passes.
   */
  readonly joint: { readonly index: Map<string, number>; readonly emission: Float32Array; readonly width: number };
}

/** Model file contents: feature names with their T-wide emission rows, transitions. */
interface Pass { names: readonly string[]; weights: Weights }

/** The union of the passes' features, each row the first pass's T weights then the stacked pass's (zeros where a pass lacks the feature). */
export function joinPasses(T: number, first: Pass, stacked?: Pass): AttributionModel['joint'] {
  const index = new Map<string, number>();
  for (const f of first.names) index.set(f, index.size);
  if (!stacked) return { index, emission: first.weights.emission, width: T };
  const rows = stacked.names.map((f) => {
    let id = index.get(f);
    if (id === undefined) index.set(f, (id = index.size));
    return id;
  });
  const width = 2 * T;
  const emission = new Float32Array(index.size * width);
  const e1 = first.weights.emission;
  const e2 = stacked.weights.emission;
  for (let i = 0; i < first.names.length; i++) for (let t = 0; t < T; t++) emission[i * width + t] = e1[i * T + t];
  rows.forEach((id, i) => {
    for (let t = 0; t < T; t++) emission[id * width + T + t] = e2[i * T + t];
  });
  return { index, emission, width };
}

/**
 * The word clusters the attribution model was trained with: a frozen copy of
 * the entity tagger's k-means paths (models/quotes/word-clusters.tsv.gz), so
 * that retraining the entity tagger does not change this model's features;
 * without it, the entity tagger's current paths (flat classes left out); none
 * when neither is there.
 */
export const WORD_CLUSTERS_URL = new URL('../../../../models/quotes/word-clusters.tsv.gz', import.meta.url);
let frozen: Map<string, string> | undefined;
export function wordClusters(): ReadonlyMap<string, string> | undefined {
  if (existsSync(WORD_CLUSTERS_URL)) {
    frozen ??= new Map(gunzipSync(readFileSync(WORD_CLUSTERS_URL)).toString('utf8').split('\n').filter((l) => l.includes('\t')).map((l) => l.split('\t') as [string, string]));
    return frozen;
  }
  try {
    return new Map([...loadModel().clusters].map(([w, p]) => [w, p.split(' ')[0]] as [string, string]).filter(([, p]) => p !== ''));
  } catch {
    return undefined;
  }
}

interface ModelFile extends PackedWeights {
  tags: string[];
  transition: number[];
  info: Record<string, unknown>;
}

export function saveAttributionModel(path: URL | string, tags: readonly string[], names: readonly string[], weights: Weights, info: Record<string, unknown>, minWeight = 0.1): { features: number; bytes: number } {
  const packed = packWeights(names, weights.emission, tags.length, minWeight);
  const file: ModelFile = { tags: [...tags], ...packed, transition: [...weights.transition], info };
  const bytes = gzipSync(JSON.stringify(file), { level: 9 });
  writeFileSync(path, bytes);
  return { features: packed.features.length, bytes: bytes.length };
}

let cached: AttributionModel | null | undefined;

function readModelFile(path: URL | string): { file: ModelFile; names: string[]; weights: Weights } {
  const file = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as ModelFile;
  const q = new Int16Array(new Uint8Array(Buffer.from(file.emission, 'base64')).buffer);
  const emission = new Float32Array(q.length);
  for (let k = 0; k < q.length; k++) emission[k] = q[k] * file.scale;
  return { file, names: file.features, weights: { emission, transition: Float32Array.from(file.transition) } };
}

export function loadAttributionModel(path: URL | string = ATTRIBUTION_MODEL_URL, stackedPath: URL | string | null = path === ATTRIBUTION_MODEL_URL ? STACKED_MODEL_URL : null): AttributionModel | null {
  if (path === ATTRIBUTION_MODEL_URL && cached !== undefined) return cached;
  let model: AttributionModel | null = null;
  if (existsSync(path)) {
    const { file, names, weights } = readModelFile(path);
    const stacked = stackedPath && existsSync(stackedPath) && process.env.QUOTES_STACKED !== '0' ? readModelFile(stackedPath) : null;
    const joint = joinPasses(file.tags.length, { names, weights }, stacked ?? undefined);
    model = { tags: new TagSet(file.tags), weights, joint, ...(stacked ? { stacked: { weights: stacked.weights } } : {}), info: file.info, cues: new Set((file.info.cues as string[] | undefined) ?? []), ...(file.info.cueShare ? { cueShare: new Map(file.info.cueShare as [string, number][]), cuePairs: new Set(file.info.cuePairs as string[]) } : {}), ...(file.info.clusters ? { clusters: wordClusters() } : {}), ...(file.info.syntax ? { syntax: loadSyntaxTagger() } : {}) };
  }
  if (path === ATTRIBUTION_MODEL_URL) cached = model;
  return model;
}
