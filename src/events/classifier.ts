/**
 * A sentence-level event-type classifier: an averaged multiclass perceptron
 * over the sentence's common words, word pairs and the trigger lexicon's
 * candidates. It does not find events on its own (the lexicon and the
 * actors do); it weighs the types of the candidates a sentence offers and
 * names the features behind each decision, so a coded type stays explainable.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { PLOVER_TYPES, type PloverType, type TriggerMatch } from './lexicon.js';
import { splitSentences } from '../language/tokens/sentences.js';
import { tokenize } from '../language/tokens/tokenize.js';

export const CLASSIFIER_URL = new URL('../../../models/events/type-classifier.json.gz', import.meta.url);

const STOP = new Set('a an the of to in on at for and or but by with from as is was were are be been being has have had it its this that these those he she they his her their said says will would after over about into than also which who while more most some other up out new one two'.split(' '));

/** A story's lead: the sentences the classifier reads to label a whole story. */
export const LEAD_SENTENCES = 2;

/** Words of a story's first sentences, as the coder sees them. */
export function leadWords(text: string, n = LEAD_SENTENCES): string[] {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens).slice(0, n);
  return sentences.flatMap((s) => tokens.slice(s.firstToken, s.endToken).map((t) => text.slice(t.start, t.end)));
}

/** Features of a sentence: lower-cased common words, their pairs, the lexicon's candidates. */
export function sentenceFeatures(words: readonly string[], matches: readonly TriggerMatch[]): string[] {
  const out: string[] = ['bias'];
  const kept: string[] = [];
  words.forEach((w, i) => {
    // Names say who, not what happened: capitalised words inside the sentence are left out.
    if (i > 0 && /^\p{Lu}/u.test(w)) return;
    const l = w.toLowerCase();
    if (!/\p{L}/u.test(l) || STOP.has(l)) return;
    kept.push(l);
  });
  for (const w of kept) out.push(`w=${w}`);
  for (let i = 1; i < kept.length; i++) out.push(`b=${kept[i - 1]}_${kept[i]}`);
  for (const m of matches) {
    if (m.rule.type === 'NONE') continue;
    out.push(`lex=${m.rule.type}`, `lexmode=${m.rule.type}/${m.rule.mode ?? ''}`, `pat=${m.rule.pattern}`);
  }
  return out;
}

export interface TypeScores {
  readonly scores: Record<PloverType, number>;
}

export class TypeClassifier {
  constructor(
    private readonly index: Map<string, number>,
    /** features × types */
    private readonly weights: Float32Array,
  ) {}

  score(features: readonly string[]): Record<PloverType, number> {
    const T = PLOVER_TYPES.length;
    const s = new Float64Array(T);
    for (const f of features) {
      const i = this.index.get(f);
      if (i === undefined) continue;
      for (let t = 0; t < T; t++) s[t] += this.weights[i * T + t];
    }
    return Object.fromEntries(PLOVER_TYPES.map((t, k) => [t, s[k]])) as Record<PloverType, number>;
  }

  /** The features that pushed `type` up most, for explanations. */
  explain(features: readonly string[], type: PloverType, n = 3): string[] {
    const T = PLOVER_TYPES.length;
    const k = PLOVER_TYPES.indexOf(type);
    return features
      .map((f) => ({ f, w: this.index.has(f) ? this.weights[(this.index.get(f) as number) * T + k] : 0 }))
      .filter((x) => x.w > 0 && x.f !== 'bias')
      .sort((a, b) => b.w - a.w)
      .slice(0, n)
      .map((x) => `${x.f}:${x.w.toFixed(2)}`);
  }

  static train(examples: ReadonlyArray<{ features: string[]; label: PloverType }>, epochs: number, shuffle: (n: number) => number[]): TypeClassifier {
    const T = PLOVER_TYPES.length;
    const index = new Map<string, number>();
    for (const e of examples) for (const f of e.features) if (!index.has(f)) index.set(f, index.size);
    const w = new Float32Array(index.size * T);
    const total = new Float64Array(index.size * T);
    const stamp = new Float64Array(index.size * T);
    let step = 0;
    const ids = examples.map((e) => e.features.map((f) => index.get(f) as number));
    for (let epoch = 0; epoch < epochs; epoch++) {
      for (const n of shuffle(examples.length)) {
        step++;
        const gold = PLOVER_TYPES.indexOf(examples[n].label);
        const s = new Float64Array(T);
        for (const i of ids[n]) for (let t = 0; t < T; t++) s[t] += w[i * T + t];
        let guess = 0;
        for (let t = 1; t < T; t++) if (s[t] > s[guess]) guess = t;
        if (guess === gold) continue;
        for (const i of ids[n]) {
          for (const [t, d] of [[gold, 1], [guess, -1]] as const) {
            const k = i * T + t;
            total[k] += (step - stamp[k]) * w[k];
            stamp[k] = step;
            w[k] += d;
          }
        }
      }
    }
    const avg = new Float32Array(w.length);
    for (let k = 0; k < w.length; k++) avg[k] = (total[k] + (step - stamp[k]) * w[k]) / step;
    return new TypeClassifier(index, avg);
  }

  save(path: URL | string, info: Record<string, unknown>, minWeight = 0.01): number {
    const T = PLOVER_TYPES.length;
    const features: string[] = [];
    const rows: number[] = [];
    for (const [f, i] of this.index) {
      let big = 0;
      for (let t = 0; t < T; t++) big = Math.max(big, Math.abs(this.weights[i * T + t]));
      if (big >= minWeight) {
        features.push(f);
        for (let t = 0; t < T; t++) rows.push(Math.round(this.weights[i * T + t] * 1000) / 1000);
      }
    }
    const bytes = gzipSync(JSON.stringify({ format: 1, types: PLOVER_TYPES, features, weights: rows, info }), { level: 9 });
    writeFileSync(path, bytes);
    return bytes.length;
  }

  static load(path: URL | string): TypeClassifier {
    const file = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as { types: string[]; features: string[]; weights: number[] };
    if (file.types.join() !== PLOVER_TYPES.join()) throw new Error(`event type classifier ${String(path)} was trained for other types`);
    return new TypeClassifier(new Map(file.features.map((f, i) => [f, i])), Float32Array.from(file.weights));
  }
}

let cached: TypeClassifier | null | undefined;

/** The committed classifier, or null when it has not been trained (the lexicon then decides alone). */
export function loadTypeClassifier(): TypeClassifier | null {
  if (cached === undefined) cached = existsSync(CLASSIFIER_URL) && !process.env.DATELINE_NO_EVENT_CLASSIFIER ? TypeClassifier.load(CLASSIFIER_URL) : null;
  return cached;
}
