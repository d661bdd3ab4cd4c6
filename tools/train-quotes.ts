/**
 * Trains the attribution tagger (npm run train:quotes) on PolNeAR train: the
 * cue lexicon is learned from train, the epoch is picked on a tenth of the
 * train articles held out (token F1 averaged over Source, Cue and Content),
 * and the model is then retrained on all of train for that many epochs. Dev
 * is only scored for the record. Cue statistics are learned out of fold for
 * train's own features (QUOTE_FOLDS). Writes models/quotes/attribution.json.gz and
 * models/quotes/TRAINING.md. Deterministic (fixed shuffle seed).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../src/language/tokens/sentences.js';
import { tokenize, type Token } from '../src/language/tokens/tokenize.js';
import { PerceptronTrainer, TagSet, viterbi, type Weights } from '../src/language/tagger/perceptron.js';
import { findQuotes } from '../src/quotes/marks.js';
import { ATTRIBUTION_TAGS, attributionFeatures, cueStem, stackedFeatures, type FeatureContext } from '../src/quotes/tagger/features.js';
import { ATTRIBUTION_MODEL_URL, STACKED_MODEL_URL, saveAttributionModel, wordClusters } from '../src/quotes/tagger/model.js';
import { loadSyntaxTagger } from '../src/language/syntax/tagger.js';
import { PROJECT_ROOT, requireShared, seededRandom } from '../bench/shared-data.js';
import { articleOf } from '../bench/polnear.js';

const EPOCHS = Number(process.env.QUOTE_EPOCHS ?? 30);
/** Parts of train (articles this many apart) whose first-pass tags for the stacked pass come from models trained on the other parts. */
const STACK_FOLDS = Number(process.env.QUOTE_STACK_FOLDS ?? 2);
/** A word joins the learned cue lexicon when it is marked Cue this often, and in this share of its occurrences. */
const CUE_MIN = Number(process.env.QUOTE_CUE_MIN ?? 3);
const CUE_SHARE = Number(process.env.QUOTE_CUE_SHARE ?? 0.3);
const ROLE_TAG: Record<string, string> = { Source: 'SRC', Cue: 'CUE', Content: 'CON' };
const tagSet = new TagSet(ATTRIBUTION_TAGS);
const tagIndex = new Map(ATTRIBUTION_TAGS.map((t, i) => [t as string, i]));

interface Sentence { features: string[][]; gold: Uint8Array; tokens: Token[]; text: string; doc: number }
/** One annotation file; `article` numbers the article text, which several annotators' files may share. */
interface Doc { text: string; role: Map<number, string>; starts: Set<number>; article: number }

function readDocs(split: string): Doc[] {
  const root = requireShared('bench', 'quotes', 'polnear', 'data', split);
  const docs: Doc[] = [];
  const articles = new Map<string, number>();
  for (const f of readdirSync(join(root, 'attributions')).filter((x) => x.endsWith('.ann')).sort()) {
    const article = articleOf(f);
    const text = readFileSync(join(root, 'text', `${article}.txt`), 'utf8');
    if (!articles.has(article)) articles.set(article, articles.size);
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
    docs.push({ text, role, starts, article: articles.get(article)! });
  }
  return docs;
}

/** Share of the words two annotations of one text label alike, over the words either labels. */
function labelAgreement(a: Doc, b: Doc): number {
  let same = 0;
  let either = 0;
  for (const m of a.text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const x = a.role.get(m.index!);
    const y = b.role.get(m.index!);
    if (!x && !y) continue;
    either++;
    if (x === y) same++;
  }
  return either ? same / either : 1;
}

/**
 * PolNeAR had some articles annotated by five or six annotators to measure agreement. Their
 * labels disagree, and six copies weigh one article six times: training keeps (QUOTE_ONE_ANNOTATION=0: all), of
 * each such article, the annotation that agrees best with the others (the medoid).
 */
function oneAnnotationPerArticle(docs: readonly Doc[]): Doc[] {
  const byArticle = new Map<number, Doc[]>();
  for (const d of docs) byArticle.set(d.article, [...(byArticle.get(d.article) ?? []), d]);
  return [...byArticle.values()].map((copies) => {
    if (copies.length === 1) return copies[0];
    const score = (d: Doc) => copies.reduce((sum, o) => (o === d ? sum : sum + labelAgreement(d, o)), 0);
    return copies.reduce((best, d) => (score(d) > score(best) ? d : best));
  });
}

/** Words marked Cue at least CUE_MIN times and in at least CUE_SHARE of their occurrences. */
function learnCues(docs: readonly Doc[]): Set<string> {
  const marked = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const d of docs) {
    for (const t of tokenize(d.text)) {
      const w = d.text.slice(t.start, t.end).toLowerCase();
      if (!/^\p{L}+$/u.test(w)) continue;
      seen.set(w, (seen.get(w) ?? 0) + 1);
      if (d.role.get(t.start) === 'CUE') marked.set(w, (marked.get(w) ?? 0) + 1);
    }
  }
  return new Set([...marked].filter(([w, c]) => c >= CUE_MIN && c / seen.get(w)! >= CUE_SHARE).map(([w]) => w).sort());
}

/** Share of occurrences marked Cue for words (and "~stem"s) seen at least SHARE_MIN times, and word pairs marked Cue together at least CUE_MIN times in CUE_SHARE of their occurrences. */
const SHARE_MIN = Number(process.env.QUOTE_SHARE_MIN ?? 5);
function learnCueStats(docs: readonly Doc[]): { share: Map<string, number>; pairs: Set<string> } {
  const marked = new Map<string, number>();
  const seen = new Map<string, number>();
  const count = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const d of docs) {
    const tokens = tokenize(d.text);
    tokens.forEach((t, i) => {
      const w = d.text.slice(t.start, t.end).toLowerCase();
      const cue = d.role.get(t.start) === 'CUE';
      for (const k of [w, `~${cueStem(w)}`]) {
        count(seen, k);
        if (cue) count(marked, k);
      }
      const next = tokens[i + 1];
      if (!next || !/^\p{L}+$/u.test(w)) return;
      const pair = `${w} ${d.text.slice(next.start, next.end).toLowerCase()}`;
      count(seen, `pair:${pair}`);
      if (cue && d.role.get(next.start) === 'CUE') count(marked, `pair:${pair}`);
    });
  }
  const share = new Map<string, number>();
  const pairs = new Set<string>();
  for (const [k, n] of [...seen].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const m = marked.get(k) ?? 0;
    if (k.startsWith('pair:')) {
      if (m >= CUE_MIN && m / n >= CUE_SHARE) pairs.add(k.slice(5));
    } else if (n >= SHARE_MIN && m > 0) share.set(k, +(m / n).toFixed(3));
  }
  return { share, pairs };
}

/** The cue statistics a document's features see. */
interface CueStats { cues: ReadonlySet<string>; share?: ReadonlyMap<string, number>; pairs?: ReadonlySet<string> }

function sentencesOf(docs: readonly Doc[], statsOf: (doc: number) => CueStats): Sentence[] {
  const out: Sentence[] = [];
  docs.forEach(({ text, role, starts }, doc) => {
    const tokens = tokenize(text);
    const quotes = findQuotes(text);
    const split = splitSentences(text, tokens).map((s) => tokens.slice(s.firstToken, s.endToken));
    const stats = statsOf(doc);
    for (const [k, st] of split.entries()) {
      const ctx: FeatureContext = { cues: stats.cues, cueShare: stats.share, cuePairs: stats.pairs, previous: split[k - 1], next: split[k + 1], clusters, syntax };
      const gold = Uint8Array.from(st.map((t, i) => {
        const r = role.get(t.start);
        if (!r) return 0;
        const begins = starts.has(t.start) || i === 0 || role.get(st[i - 1].start) !== r;
        return tagIndex.get(`${begins ? 'B' : 'I'}-${r}`) ?? 0;
      }));
      out.push({ features: attributionFeatures(text, st, quotes, ctx), gold, tokens: st, text, doc });
    }
  });
  return out;
}

const t0 = performance.now();
const clusters = process.env.QUOTE_CLUSTERS === '0' ? undefined : wordClusters();
const syntax = process.env.QUOTE_SYNTAX === '0' ? undefined : loadSyntaxTagger();
const trainDocs = process.env.QUOTE_ONE_ANNOTATION === '0' ? readDocs('train') : oneAnnotationPerArticle(readDocs('train'));
const cues = learnCues(trainDocs);
const cueStats = process.env.QUOTE_CUE_STATS === '0' ? { share: undefined, pairs: undefined } : learnCueStats(trainDocs);
const fullStats: CueStats = { cues, share: cueStats.share, pairs: cueStats.pairs };
/**
 * Train's own cue statistics would tell the tagger each train token's answer (a word marked Cue
 * once in train has a cue share only because of that token), so a train article's features see
 * the statistics learned from the other folds (QUOTE_FOLDS articles apart; 0: all of train, as before).
 */
const FOLDS = Number(process.env.QUOTE_FOLDS ?? 10);
const foldStats: CueStats[] = FOLDS > 1
  ? Array.from({ length: FOLDS }, (_, f) => {
      const rest = trainDocs.filter((d) => d.article % FOLDS !== f);
      const st = process.env.QUOTE_CUE_STATS === '0' ? { share: undefined, pairs: undefined } : learnCueStats(rest);
      return { cues: learnCues(rest), share: st.share, pairs: st.pairs };
    })
  : [];
const train = sentencesOf(trainDocs, (d) => (FOLDS > 1 ? foldStats[trainDocs[d].article % FOLDS] : fullStats));
const dev = sentencesOf(readDocs('dev'), () => fullStats);
// Every tenth train article is held out to choose the epoch. Folds go by article, so that the
// annotations several annotators made of one article all fall on the same side.
const articleIndex = (s: Sentence): number => trainDocs[s.doc].article;
const heldOut = (s: Sentence): boolean => articleIndex(s) % 10 === 9;
/** A feature space: names with their ids, and each sentence's ids. */
interface Layer { names: string[]; trainIds: Int32Array[][]; devIds: Int32Array[][] }

/** Features seen at least twice in train; `extra` adds per-token features (the stacked pass's) to the sentences'. */
function layer(extra?: { train: string[][][]; dev: string[][][] }): Layer {
  const feats = (s: Sentence, k: number, which: 'train' | 'dev'): string[][] => (extra ? s.features.map((f, i) => [...f, ...extra[which][k][i]]) : s.features);
  const counts = new Map<string, number>();
  train.forEach((s, k) => {
    for (const tok of feats(s, k, 'train')) for (const f of tok) counts.set(f, (counts.get(f) ?? 0) + 1);
  });
  const names: string[] = [];
  const index = new Map<string, number>();
  for (const [f, c] of counts) if (c >= 2) index.set(f, names.push(f) - 1);
  const encode = (which: 'train' | 'dev') => (s: Sentence, k: number): Int32Array[] => feats(s, k, which).map((tok) => Int32Array.from(tok.map((f) => index.get(f) ?? -1)));
  return { names, trainIds: train.map(encode('train')), devIds: dev.map(encode('dev')) };
}

/** Token F1 per role over some sentences (word tokens only, as the benchmark counts). */
function evaluate(w: Weights, which: readonly number[], data: readonly Sentence[], ids: readonly Int32Array[][]): Record<string, number> {
  const tally: Record<string, { tp: number; gold: number; pred: number }> = { SRC: { tp: 0, gold: 0, pred: 0 }, CUE: { tp: 0, gold: 0, pred: 0 }, CON: { tp: 0, gold: 0, pred: 0 } };
  for (const k of which) {
    const s = data[k];
    const pred = viterbi(w, ids[k], tagSet);
    s.tokens.forEach((t, i) => {
      if (!/[\p{L}\p{N}]/u.test(s.text.slice(t.start, t.end))) return;
      const g = s.gold[i] ? ATTRIBUTION_TAGS[s.gold[i]].slice(2) : null;
      const p = pred[i] ? ATTRIBUTION_TAGS[pred[i]].slice(2) : null;
      if (g) tally[g].gold++;
      if (p) tally[p].pred++;
      if (g && g === p) tally[g].tp++;
    });
  }
  return Object.fromEntries(Object.entries(tally).map(([r, x]) => [r, x.tp ? (2 * x.tp) / (x.gold + x.pred) : 0]));
}
const mean = (x: Record<string, number>): number => (x.SRC + x.CUE + x.CON) / 3;
const show = (x: Record<string, number>): string => JSON.stringify(Object.fromEntries(Object.entries(x).map(([k, v]) => [k, +v.toFixed(3)])));

/** Trains on the given sentences; after each epoch, `onEpoch` sees the averaged weights. */
function trainOn(l: Layer, which: readonly number[], epochs: number, onEpoch: (epoch: number, w: Weights) => void = () => {}): Weights {
  const trainer = new PerceptronTrainer(l.names.length, tagSet);
  const random = seededRandom(1957);
  const order = [...which];
  let avg: Weights | null = null;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) trainer.learn(l.trainIds[i], train[i].gold);
    avg = trainer.averaged();
    onEpoch(epoch, avg);
  }
  return avg!;
}

const all = train.map((_, i) => i);
const fit = all.filter((i) => !heldOut(train[i]));
const held = all.filter((i) => heldOut(train[i]));

/** The epoch chosen on held-out train, then the model retrained on all of train (QUOTE_FULL=0: kept without the held-out tenth). */
function fitLayer(l: Layer, label: string): { weights: Weights; epoch: number; held: Record<string, number>; dev: Record<string, number> } {
  let best = { epoch: 0, mean: -1, scores: {} as Record<string, number>, weights: null as Weights | null };
  trainOn(l, fit, EPOCHS, (epoch, w) => {
    const scores = evaluate(w, held, train, l.trainIds);
    console.log(`${label} epoch ${epoch}: held-out train token F1 ${show(scores)}`);
    if (mean(scores) > best.mean) best = { epoch, mean: mean(scores), scores, weights: w };
  });
  const weights = process.env.QUOTE_FULL === '0' ? best.weights! : trainOn(l, all, best.epoch);
  const devScores = evaluate(weights, dev.map((_, i) => i), dev, l.devIds);
  console.log(`${label}: best epoch ${best.epoch}; dev token F1 ${show(devScores)}`);
  return { weights, epoch: best.epoch, held: best.scores, dev: devScores };
}

const tagsOf = (w: Weights, ids: Int32Array[]): string[] => [...viterbi(w, ids, tagSet)].map((t) => ATTRIBUTION_TAGS[t]);
/** Stacked features from each sentence's first-pass tags, with its neighbours in the same article. */
function stackOn(data: readonly Sentence[], tags: readonly string[][]): string[][][] {
  return data.map((s, k) => stackedFeatures(tags[k], data[k - 1]?.doc === s.doc ? tags[k - 1] : undefined, data[k + 1]?.doc === s.doc ? tags[k + 1] : undefined));
}

const first = layer();
console.log(`${train.length} train and ${dev.length} dev sentences, ${first.names.length} features (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
const one = fitLayer(first, 'first pass');
const saved = saveAttributionModel(ATTRIBUTION_MODEL_URL, ATTRIBUTION_TAGS, first.names, one.weights, { trainedOn: 'PolNeAR train', epoch: one.epoch, heldOutTokenF1: one.held, devTokenF1: one.dev, cues: [...cues], ...(cueStats.share ? { cueShare: [...cueStats.share], cuePairs: [...cueStats.pairs!] } : {}), clusters: clusters !== undefined, syntax: syntax !== undefined });
console.log(`saved ${saved.features} features, ${(saved.bytes / 1e6).toFixed(1)} MB; ${cues.size} learned cue words, ${cueStats.share?.size ?? 0} cue shares, ${cueStats.pairs?.size ?? 0} cue pairs`);
let two: ReturnType<typeof fitLayer> | null = null;
let savedStacked: { features: number; bytes: number } | null = null;
if (process.env.QUOTE_STACKED !== '0') {
  // The second pass learns from first-pass tags as they are on unseen text: train's come from STACK_FOLDS parts, each tagged by a model trained on the others.
  const jack: string[][] = new Array(train.length);
  for (let part = 0; part < STACK_FOLDS; part++) {
    const w = trainOn(first, all.filter((i) => articleIndex(train[i]) % STACK_FOLDS !== part), one.epoch);
    for (const i of all) if (articleIndex(train[i]) % STACK_FOLDS === part) jack[i] = tagsOf(w, first.trainIds[i]);
  }
  const devTags = dev.map((_, k) => tagsOf(one.weights, first.devIds[k]));
  const second = layer({ train: stackOn(train, jack), dev: stackOn(dev, devTags) });
  two = fitLayer(second, 'stacked pass');
  savedStacked = saveAttributionModel(STACKED_MODEL_URL, ATTRIBUTION_TAGS, second.names, two.weights, { trainedOn: 'PolNeAR train, over first-pass tags from two-fold training', epoch: two.epoch, heldOutTokenF1: two.held, devTokenF1: two.dev });
  console.log(`stacked: saved ${savedStacked.features} features, ${(savedStacked.bytes / 1e6).toFixed(1)} MB`);
}
const stackedNote = two && savedStacked
  ? `- Stacked second pass (models/quotes/attribution-stacked.json.gz): the same features plus the first
  pass's tags around each token, the distance to the nearest predicted cue, the roles the sentence
  holds and how the neighbouring sentences end and begin. Train's first-pass tags come from ${STACK_FOLDS === 2 ? 'two\n  halves of train, each tagged by a model trained on the other half' : `${STACK_FOLDS}\n  parts of train, each tagged by a model trained on the other ${STACK_FOLDS - 1}`}. Epoch ${two.epoch} (held-out token F1
  ${show(two.held)}); ${savedStacked.features} features, ${(savedStacked.bytes / 1e6).toFixed(1)} MB.

Dev token F1 after the stacked pass: Source ${two.dev.SRC.toFixed(3)}, Cue ${two.dev.CUE.toFixed(3)}, Content ${two.dev.CON.toFixed(3)}.
`
  : '';
writeFileSync(
  join(PROJECT_ROOT, 'models', 'quotes', 'TRAINING.md'),
  `# Attribution tagger: how models/quotes/attribution*.json.gz were made

Command: \`npm run train:quotes\` (tools/train-quotes.ts), deterministic.

- Model: structured averaged perceptron over BIO tags for Source, Cue and Content (PolNeAR's
  univocal token labels), Viterbi with the BIO constraint, one sentence at a time.
- Features: word and neighbours, the entity tagger's word clusters, cue-lexicon membership (the
  rules' lexicon and ${cues.size} words learned from train: marked Cue at least ${CUE_MIN} times and in ${CUE_SHARE} of
  their occurrences) and distance to the nearest cue word on either side; how often the word, its
  neighbours and its stem (inflection cut off) are marked Cue in train, in six bands, for the
  ${cueStats.share?.size ?? 0} words and stems seen at least ${SHARE_MIN} times and marked at least once; whether the
  word begins or ends one of the ${cueStats.pairs?.size ?? 0} word pairs marked Cue together at least ${CUE_MIN} times and
  in ${CUE_SHARE} of their occurrences (multi-word cues: "according to", "pointed out"); inside/outside quotation
  marks, whether a cue word lies just after or before the enclosing quotation, whether the sentences
  before and after hold cue words, sentence position, preceding punctuation${syntax ? `; part-of-speech tags and
  chunks from the syntax tagger (models/syntax): the tag and its neighbours, the chunk, what stands
  before and after the token's phrase, a verb phrase's last verb with what follows it ("conceded that"),
  and for a noun phrase the verb phrase after it with that verb's cue share (a source before its cue)` : ''}.
- Out of fold: ${FOLDS > 1 ? `each train article's features see the cue lexicon, shares and pairs learned from the
  other ${FOLDS - 1} of ${FOLDS} folds of train (articles ${FOLDS} apart), so that a word's share does not carry the token's own
  label; the model file keeps those learned from all of train, which dev and new text see` : 'none: train articles see the cue statistics learned from all of train, their own labels included'}.
- Data: PolNeAR train, ${trainDocs.length} annotation files (${process.env.QUOTE_ONE_ANNOTATION === '0' ? 'every annotator\'s file of the articles annotated several times' : 'one per article: of the articles several annotators annotated to measure agreement, the annotation that agrees best with the others'}), ${train.length} sentences; folds and the held-out tenth go by article, so that
  the annotations of one article never fall on both sides. Epoch ${one.epoch} of ${EPOCHS} chosen on a tenth of the
  train articles held out (token F1 there ${show(one.held)}), then retrained on all of train.
- Features kept: ${saved.features}; file ${(saved.bytes / 1e6).toFixed(1)} MB.
${stackedNote}
Dev token F1 of the first pass alone (per sentence, before linking): Source ${one.dev.SRC.toFixed(3)}, Cue ${one.dev.CUE.toFixed(3)}, Content ${one.dev.CON.toFixed(3)}.
Trained in ${((performance.now() - t0) / 1000).toFixed(0)} s.
`,
);
