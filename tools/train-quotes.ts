/**
 * Trains the attribution tagger (npm run train:quotes) on PolNeAR train and
 * picks the epoch on PolNeAR dev (token-overlap F1 averaged over Source,
 * Cue and Content). Writes models/quotes/attribution.json.gz and
 * models/quotes/TRAINING.md. Deterministic (fixed shuffle seed).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../src/language/tokens/sentences.js';
import { tokenize, type Token } from '../src/language/tokens/tokenize.js';
import { PerceptronTrainer, TagSet, viterbi, type Weights } from '../src/language/tagger/perceptron.js';
import { findQuotes } from '../src/quotes/marks.js';
import { ATTRIBUTION_TAGS, attributionFeatures } from '../src/quotes/tagger/features.js';
import { ATTRIBUTION_MODEL_URL, saveAttributionModel } from '../src/quotes/tagger/model.js';
import { PROJECT_ROOT, requireShared, seededRandom } from '../bench/shared-data.js';

const EPOCHS = Number(process.env.QUOTE_EPOCHS ?? 8);
const ROLE_TAG: Record<string, string> = { Source: 'SRC', Cue: 'CUE', Content: 'CON' };
const tagSet = new TagSet(ATTRIBUTION_TAGS);
const tagIndex = new Map(ATTRIBUTION_TAGS.map((t, i) => [t as string, i]));

interface Sentence { features: string[][]; gold: Uint8Array; tokens: Token[]; text: string }

function readSplit(split: string): Sentence[] {
  const root = requireShared('bench', 'quotes', 'polnear', 'data', split);
  const out: Sentence[] = [];
  for (const f of readdirSync(join(root, 'attributions')).filter((x) => x.endsWith('.ann')).sort()) {
    const text = readFileSync(join(root, 'text', `${f.replace(/_[0-9a-f]{4}\.ann$/, '')}.txt`), 'utf8');
    const role = new Map<number, string>(); // char offset → role tag
    const starts = new Set<number>();
    for (const line of readFileSync(join(root, 'attributions', f), 'utf8').split('\n')) {
      const [id, info] = line.split('\t');
      if (!id?.startsWith('T') || !info) continue;
      const [name, ...ranges] = info.split(' ');
      if (!ROLE_TAG[name]) continue;
      for (const r of ranges.join(' ').split(';')) {
        const [a, b] = r.trim().split(' ').map(Number);
        starts.add(a);
        for (let c = a; c < b; c++) role.set(c, ROLE_TAG[name]);
      }
    }
    const tokens = tokenize(text);
    const quotes = findQuotes(text);
    for (const s of splitSentences(text, tokens)) {
      const st = tokens.slice(s.firstToken, s.endToken);
      const gold = Uint8Array.from(st.map((t, i) => {
        const r = role.get(t.start);
        if (!r) return 0;
        const begins = starts.has(t.start) || i === 0 || role.get(st[i - 1].start) !== r;
        return tagIndex.get(`${begins ? 'B' : 'I'}-${r}`) ?? 0;
      }));
      out.push({ features: attributionFeatures(text, st, quotes), gold, tokens: st, text });
    }
  }
  return out;
}

const t0 = performance.now();
const train = readSplit('train');
const dev = readSplit('dev');
const counts = new Map<string, number>();
for (const s of train) for (const tok of s.features) for (const f of tok) counts.set(f, (counts.get(f) ?? 0) + 1);
const names: string[] = [];
const index = new Map<string, number>();
for (const [f, c] of counts) if (c >= 2) index.set(f, names.push(f) - 1);
const encode = (s: Sentence): Int32Array[] => s.features.map((tok) => Int32Array.from(tok.map((f) => index.get(f) ?? -1)));
const trainIds = train.map(encode);
const devIds = dev.map(encode);
console.log(`${train.length} train and ${dev.length} dev sentences, ${names.length} features (${((performance.now() - t0) / 1000).toFixed(0)} s)`);

/** Token-overlap F1 per role, over tokens of the sentences (word tokens only, as the benchmark counts). */
function evaluate(w: Weights): Record<string, number> {
  const tally: Record<string, { tp: number; gold: number; pred: number }> = { SRC: { tp: 0, gold: 0, pred: 0 }, CUE: { tp: 0, gold: 0, pred: 0 }, CON: { tp: 0, gold: 0, pred: 0 } };
  dev.forEach((s, k) => {
    const pred = viterbi(w, devIds[k], tagSet);
    s.tokens.forEach((t, i) => {
      if (!/[\p{L}\p{N}]/u.test(s.text.slice(t.start, t.end))) return;
      const g = s.gold[i] ? ATTRIBUTION_TAGS[s.gold[i]].slice(2) : null;
      const p = pred[i] ? ATTRIBUTION_TAGS[pred[i]].slice(2) : null;
      if (g) tally[g].gold++;
      if (p) tally[p].pred++;
      if (g && g === p) tally[g].tp++;
    });
  });
  return Object.fromEntries(Object.entries(tally).map(([r, x]) => [r, x.tp ? (2 * x.tp) / (x.gold + x.pred) : 0]));
}

const trainer = new PerceptronTrainer(names.length, tagSet);
const random = seededRandom(1957);
const order = train.map((_, i) => i);
let best = { epoch: 0, mean: -1, scores: {} as Record<string, number>, weights: null as Weights | null };
for (let epoch = 1; epoch <= EPOCHS; epoch++) {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  for (const i of order) trainer.learn(trainIds[i], train[i].gold);
  const avg = trainer.averaged();
  const scores = evaluate(avg);
  const mean = (scores.SRC + scores.CUE + scores.CON) / 3;
  console.log(`epoch ${epoch}: dev token F1 ${JSON.stringify(Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, +v.toFixed(3)])))}`);
  if (mean > best.mean) best = { epoch, mean, scores, weights: avg };
}
const saved = saveAttributionModel(ATTRIBUTION_MODEL_URL, ATTRIBUTION_TAGS, names, best.weights!, { trainedOn: 'PolNeAR train', epoch: best.epoch, devTokenF1: best.scores });
console.log(`best epoch ${best.epoch}; saved ${saved.features} features, ${(saved.bytes / 1e6).toFixed(1)} MB`);
writeFileSync(
  join(PROJECT_ROOT, 'models', 'quotes', 'TRAINING.md'),
  `# Attribution tagger: how models/quotes/attribution.json.gz was made

Command: \`npm run train:quotes\` (tools/train-quotes.ts), deterministic.

- Model: structured averaged perceptron over BIO tags for Source, Cue and Content (PolNeAR's
  univocal token labels), Viterbi with the BIO constraint, one sentence at a time.
- Features: word and neighbours, cue-lexicon membership and distance to the nearest cue word on
  either side, inside/outside quotation marks, sentence position, preceding punctuation.
- Data: PolNeAR train (${train.length} sentences); epoch ${best.epoch} of ${EPOCHS} chosen on dev.
- Features kept: ${saved.features}; file ${(saved.bytes / 1e6).toFixed(1)} MB.

Dev token F1 (tagger alone): Source ${best.scores.SRC.toFixed(3)}, Cue ${best.scores.CUE.toFixed(3)}, Content ${best.scores.CON.toFixed(3)}.
Trained in ${((performance.now() - t0) / 1000).toFixed(0)} s.
`,
);
