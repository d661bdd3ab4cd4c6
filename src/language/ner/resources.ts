/**
 * The tagger's lexical resources, read once from models/ner/: gazetteer
 * tables (name lists built from npm packages by scripts/ner) and word
 * clusters (induced from unlabelled news text by scripts/ner).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Gazetteer, type GazetteerTables } from './gazetteer.js';

/** models/ner/ (from dist/src/language/ner or src/language/ner). */
export function modelDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const up of [['..', '..', '..', '..'], ['..', '..', '..']]) {
    const dir = resolve(here, ...up, 'models', 'ner');
    if (existsSync(dir)) return dir;
  }
  return resolve(here, '..', '..', '..', '..', 'models', 'ner');
}

export function readGz(path: string): string {
  return gunzipSync(readFileSync(path)).toString('utf8');
}

export interface Resources {
  readonly gazetteer: Gazetteer;
  /** Normalised word → cluster path (digits, one per level, coarse first). */
  readonly clusters: ReadonlyMap<string, string>;
}

export function parseClusters(tsv: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of tsv.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) out.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return out;
}

let cached: Resources | null = null;

export function loadResources(dir: string = modelDir()): Resources {
  if (cached && dir === modelDir()) return cached;
  const tables = JSON.parse(readGz(join(dir, 'gazetteers.json.gz'))) as GazetteerTables;
  const clustersPath = join(dir, 'clusters.tsv.gz');
  const clusters = existsSync(clustersPath) ? parseClusters(readGz(clustersPath)) : new Map<string, string>();
  const res = { gazetteer: new Gazetteer(tables), clusters };
  if (dir === modelDir()) cached = res;
  return res;
}
