/**
 * PolNeAR attributions (npm run bench:quotes): for Source, Cue and Content,
 * exact-span precision/recall/F1 and token-overlap precision/recall/F1 (each
 * token of a gold span found inside a predicted span of the same role counts),
 * on dev (default) or train (`--split train`), with the trained tagger
 * (QUOTES_RULES=1: the rules alone; QUOTES_TAGGER_ONLY=1: the tagger alone). Articles per second for the
 * quote stage. Writes bench/results/quotes.json. `--verbose` prints misses.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAttributionModel } from '../src/quotes/tagger/model.js';
import { articleOf, goldSpans, newTallies, predictAttributions, predictedSpans, ROLES, summarize, tallyArticle, type RoleSpans } from './polnear.js';
import { PROJECT_ROOT, requireShared } from './shared-data.js';

const split = process.argv.includes('--split') ? process.argv[process.argv.indexOf('--split') + 1] : 'dev';
const verbose = process.argv.includes('--verbose');
const root = requireShared('bench', 'quotes', 'polnear', 'data', split);

const tallies = newTallies();
const hash = createHash('sha256');
let seconds = 0;
// Models load before the clock starts: the speed is the stage's on articles, not the one-off load.
const loadStarted = performance.now();
if (process.env.QUOTES_RULES !== '1') loadAttributionModel();
const loadSeconds = (performance.now() - loadStarted) / 1000;
const files = readdirSync(join(root, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
const predicted = new Map<string, RoleSpans>();
for (const f of files) {
  const text = readFileSync(join(root, 'text', `${articleOf(f)}.txt`), 'utf8');
  const ann = readFileSync(join(root, 'attributions', f), 'utf8');
  hash.update(f).update(ann);
  const gold = goldSpans(ann);
  // An article several annotators annotated is run once and timed once.
  let pred = predicted.get(text);
  if (!pred) {
    const t0 = performance.now();
    pred = predictedSpans(predictAttributions(text));
    seconds += (performance.now() - t0) / 1000;
    predicted.set(text, pred);
  }
  tallyArticle(tallies, text, gold, pred);
  if (verbose) for (const x of pred.Content) if (!gold.Content.some((y) => y.start < x.end && x.start < y.end)) console.log(`fp  ${f}: ${text.slice(x.start, x.end).slice(0, 120)}`);
}
const summary = summarize(tallies);
const corpusHash = hash.digest('hex').slice(0, 16);
console.log(`PolNeAR ${split}: ${files.length} annotation files of ${predicted.size} articles (corpus ${corpusHash}); ${(predicted.size / seconds).toFixed(0)} articles/s (models loaded first, in ${loadSeconds.toFixed(1)} s)`);
for (const role of ROLES) {
  const s = summary[role];
  console.log(`${role.padEnd(8)} exact P ${s.exactP.toFixed(3)} R ${s.exactR.toFixed(3)} F1 ${s.exactF1.toFixed(3)} | overlap P ${s.overlapP.toFixed(3)} R ${s.overlapR.toFixed(3)} F1 ${s.overlapF1.toFixed(3)} (gold ${s.gold}, found ${s.predicted})`);
}
mkdirSync(join(PROJECT_ROOT, 'bench', 'results'), { recursive: true });
writeFileSync(join(PROJECT_ROOT, 'bench', 'results', `quotes-${split}.json`), `${JSON.stringify({ corpusHash, articles: files.length, articlesPerSec: predicted.size / seconds, ...summary }, null, 2)}\n`);
