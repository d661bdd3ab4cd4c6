/**
 * Builds the tagger's word-cluster table (npm run build:clusters) from the
 * unlabelled news-like text of tools/unlabelled-text.ts: for each word seen
 * at least 4 times, its hierarchical path from spherical k-means over PPMI
 * context vectors (src/language/tagger/clusters.ts) and its classes in two flat
 * class-bigram clusterings by the exchange algorithm (tools/exchange-clusters.ts),
 * 256 and 64 classes (a fine and a coarse grain, as Brown-cluster path prefixes give).
 * Writes models/tagger/clusters.tsv.gz, `word<TAB>path x<class> y<class>` lines, which
 * npm run train:ner reads. Only words and cluster ids are kept, no text.
 * Deterministic; a few minutes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { induceClusters } from '../src/language/tagger/clusters.js';
import { exchangeClusters } from './exchange-clusters.js';
import { unlabelledSentences } from './unlabelled-text.js';
import { PROJECT_ROOT } from '../bench/shared-data.js';

const CLUSTER_TABLE = join(PROJECT_ROOT, 'models', 'tagger', 'clusters.tsv.gz');
/** Mark and number of classes of each flat clustering. */
const EXCHANGE: [string, number][] = [['x', 256], ['y', 64]];
const EXCHANGE_ITERATIONS = 12;

const t0 = performance.now();
const sentences = [...unlabelledSentences()];
const tokens = sentences.reduce((n, s) => n + s.length, 0);
console.log(`${sentences.length} sentences, ${tokens} tokens of unlabelled text`);
const paths = induceClusters(sentences);
console.log(`k-means paths for ${paths.size} words (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
const flat = EXCHANGE.map(([mark, classes]) => {
  const byWord = exchangeClusters(sentences, [...paths.keys()], classes, EXCHANGE_ITERATIONS, (line) => console.log(`${classes} classes: ${line} (${((performance.now() - t0) / 1000).toFixed(0)} s)`));
  return { mark, byWord };
});
const lines = [...paths].map(([w, p]) => `${w}\t${[p, ...flat.map(({ mark, byWord }) => `${mark}${byWord.get(w)}`)].join(' ')}`);
const out = process.env.NER_CLUSTER_OUT ?? CLUSTER_TABLE;
writeFileSync(out, gzipSync(`${lines.join('\n')}\n`, { level: 9 }));
console.log(`wrote ${out}: ${lines.length} words from ${tokens} tokens`);
