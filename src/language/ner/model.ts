/**
 * The committed tagger model (models/ner/model.bin.gz), read lazily once:
 * a JSON header, feature hashes (Uint32), emission weights quantised to
 * Int16 with one scale, and Float32 transition weights.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { K, type ScoringWeights } from './decode.js';
import { modelDir } from './resources.js';
import { FeatureTable } from './rows.js';

export interface ModelInfo {
  readonly [key: string]: unknown;
}

export interface NerModel extends ScoringWeights {
  readonly rows: FeatureTable;
  readonly info: ModelInfo;
}

export const MODEL_FILE = 'model.bin.gz';
/** The second pass, which also sees the first pass's document-level hints. */
export const SECOND_PASS_FILE = 'model2.bin.gz';

/** Serialises float weights: rows whose largest weight is below `minWeight` are dropped. */
export function encodeModel(hashes: ArrayLike<number>, emission: Float64Array | Float32Array, transition: ArrayLike<number>, info: ModelInfo, minWeight: number): Buffer {
  const keep: number[] = [];
  let maxAbs = 0;
  for (let r = 0; r < hashes.length; r++) {
    let m = 0;
    for (let t = 0; t < K; t++) m = Math.max(m, Math.abs(emission[r * K + t]));
    if (m >= minWeight) {
      keep.push(r);
      maxAbs = Math.max(maxAbs, m);
    }
  }
  const scale = maxAbs / 32767 || 1;
  const order = keep.sort((a, b) => hashes[a] - hashes[b]);
  const hashOut = new Uint32Array(order.length);
  const weightOut = new Int16Array(order.length * K);
  order.forEach((r, i) => {
    hashOut[i] = hashes[r];
    for (let t = 0; t < K; t++) weightOut[i * K + t] = Math.round(emission[r * K + t] / scale);
  });
  const header = Buffer.from(JSON.stringify({ info: { ...info, features: order.length }, rows: order.length, scale }), 'utf8');
  const headerLen = Buffer.alloc(4);
  headerLen.writeUInt32LE(header.length);
  const pad = Buffer.alloc((4 - ((4 + header.length) % 4)) % 4);
  const parts = [headerLen, header, pad, Buffer.from(hashOut.buffer), Buffer.from(weightOut.buffer), Buffer.from(Float32Array.from(transition).buffer)];
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

export function decodeModel(gz: Buffer): NerModel {
  const buf = gunzipSync(gz);
  const headerLen = buf.readUInt32LE(0);
  const header = JSON.parse(buf.subarray(4, 4 + headerLen).toString('utf8')) as { info: ModelInfo; rows: number; scale: number };
  let at = 4 + headerLen;
  at += (4 - (at % 4)) % 4;
  const bytes = new Uint8Array(buf.buffer.slice(buf.byteOffset + at, buf.byteOffset + buf.length));
  const hashes = new Uint32Array(bytes.buffer, 0, header.rows);
  const emission = new Int16Array(bytes.buffer, header.rows * 4, header.rows * K);
  const transition = new Float32Array(bytes.buffer.slice(header.rows * 4 + header.rows * K * 2, header.rows * 4 + header.rows * K * 2 + (K + 1) * K * 4));
  const rows = new FeatureTable(hashes.length);
  for (let r = 0; r < hashes.length; r++) rows.add(hashes[r]);
  // Emissions stay in Int16 units; transitions are divided by the scale instead.
  return { info: header.info, rows, emission, transition: Float64Array.from(transition, (v) => v / header.scale), scale: 1 };
}

let cached: NerModel | null = null;
let cachedSecond: NerModel | null | undefined;

/** The committed first-pass model, read on first use. */
export function loadModel(): NerModel {
  cached ??= decodeModel(readFileSync(join(modelDir(), MODEL_FILE)));
  return cached;
}

/** The committed second-pass model, or null when there is none. */
export function loadSecondPass(): NerModel | null {
  if (cachedSecond === undefined) {
    const path = join(modelDir(), SECOND_PASS_FILE);
    cachedSecond = existsSync(path) ? decodeModel(readFileSync(path)) : null;
  }
  return cachedSecond;
}
