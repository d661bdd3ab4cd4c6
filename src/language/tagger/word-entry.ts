/**
 * What the tagger's inference keeps about each distinct word: its forms,
 * case facts, and the summed weights of every feature that depends on the
 * word alone, in each role it can play (itself, a neighbour at -2..+2, a
 * headline word, a sentence's first word). Made once per word by
 * EmissionScorer (emission-scorer.ts).
 */
import { aggregateFeatureName, norm, positionFeatureName as name, shape, type WordFeatures } from './features.js';

/** Role offsets (in units of the scorer's width) inside a word's summed weights. */
export const OWN = 0;
export const LEFT1 = 1;
export const RIGHT1 = 2;
export const LEFT2 = 3;
export const RIGHT2 = 4;
export const HEADLINE = 5;
export const FIRST = 6;
const ROLES = 7;

export interface WordEntry {
  /** Small integer naming the word in pair keys; never reused. */
  readonly id: number;
  readonly shapeId: number;
  /** norm(): lower case, digits as 0 */
  readonly low: string;
  readonly shape: string;
  /** toLowerCase(), and a number for it (document facts are keyed by it) */
  readonly lower: string;
  readonly lowerId: number;
  /** A number for `low` (neighbour lists compare by it). */
  readonly lowId: number;
  readonly capitalised: boolean;
  readonly lowerInitial: boolean;
  readonly allUpper: boolean;
  readonly hasLetter: boolean;
  /** No lower-case letter: counts as upper case in headline detection. */
  readonly noLowercase: boolean;
  /** May start a name-list match (capital or digit first). */
  readonly gazetteerStart: boolean;
  /** Whether the word is the left / right word of some bigram feature the model knows (else pairs need no lookup). */
  readonly bigramLeft: boolean;
  readonly bigramRight: boolean;
  /** Ids of agg-1= / agg+1= features naming this word as a capitalised word's neighbour. */
  readonly aggregateBefore: number;
  readonly aggregateAfter: number;
  /** ROLES × width summed weights. */
  readonly sums: Float64Array;
  /** Bigram cache: right neighbour's id → packed feature ids (see EmissionScorer.pair). */
  next: Map<number, number> | null;
  /** Name-list lookup of the word alone: its entry's types, and whether longer entries start with it (made on first need). */
  gazetteer: { readonly types: readonly string[] | undefined; readonly continues: boolean } | null;
  /** Document-feature sums, valid while docStamp is the current document's. */
  docStamp: number;
  docSums: Float64Array | null;
}

export interface EntryContext {
  /** Scores per feature. */
  readonly width: number;
  id(feature: string): number;
  addAll(out: Float64Array, at: number, features: readonly string[]): void;
  add(out: Float64Array, at: number, feature: number): void;
  number(table: 'shape' | 'lower' | 'low', value: string): number;
  nextId(): number;
  /** Whether `low` is a left / right word of some known bigram feature. */
  bigramSide(side: 'left' | 'right', low: string): boolean;
}

export function fillRoles(ctx: EntryContext, sums: Float64Array, f: WordFeatures): void {
  const T = ctx.width;
  ctx.addAll(sums, OWN * T, f.own);
  ctx.addAll(sums, LEFT1 * T, f.left1);
  ctx.addAll(sums, RIGHT1 * T, f.right1);
  ctx.addAll(sums, LEFT2 * T, f.left2);
  ctx.addAll(sums, RIGHT2 * T, f.right2);
}

/** An entry for a real word (`features` from wordFeatures) or a sentence boundary (`mark` "<s>" or "</s>"). */
export function makeEntry(ctx: EntryContext, word: string, features: WordFeatures, mark?: string): WordEntry {
  const low = mark ?? norm(word);
  const sh = mark ?? shape(word);
  const sums = new Float64Array(ROLES * ctx.width);
  fillRoles(ctx, sums, features);
  if (!mark) {
    ctx.add(sums, HEADLINE * ctx.width, ctx.id(name.headlineWord(low)));
    ctx.add(sums, FIRST * ctx.width, ctx.id(name.sentenceFirst(sh)));
  }
  const lower = mark ?? word.toLowerCase();
  const capitalised = !mark && /^\p{Lu}/u.test(word);
  return {
    id: ctx.nextId(),
    shapeId: ctx.number('shape', sh),
    low,
    shape: sh,
    lower,
    lowerId: ctx.number('lower', lower),
    lowId: ctx.number('low', low),
    capitalised,
    lowerInitial: !mark && /^\p{Ll}/u.test(word),
    allUpper: !mark && /^\p{Lu}+$/u.test(word),
    hasLetter: !mark && /\p{L}/u.test(word),
    noLowercase: !mark && /^[^\p{Ll}]+$/u.test(word),
    gazetteerStart: !mark && /^[\p{Lu}\p{N}]/u.test(word),
    bigramLeft: ctx.bigramSide('left', low),
    bigramRight: ctx.bigramSide('right', low),
    aggregateBefore: ctx.id(aggregateFeatureName.before(low)),
    aggregateAfter: ctx.id(aggregateFeatureName.after(low)),
    sums,
    next: null,
    gazetteer: null,
    docStamp: -1,
    docSums: null,
  };
}
