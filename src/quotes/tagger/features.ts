/**
 * Token features for the attribution tagger (Source / Cue / Content over
 * tokens, as PolNeAR annotates them): the word, whether it is a cue word
 * (the rules' lexicon and one learned from train), where the nearest cue word
 * is, whether the token is inside quotation marks and whether a cue word lies
 * just outside them, whether the sentences before and after hold cue words,
 * and its neighbours. Computed per sentence, with the document's quote spans.
 */
import type { Token } from '../../language/tokens/tokenize.js';
import { isCueWord, isSpeechWord } from '../attributions.js';
import type { QuoteSpan } from '../marks.js';
import { normaliseWord } from '../../language/tagger/clusters.js';
import type { SyntaxTagger } from '../../language/syntax/tagger.js';
import { syntaxFeatures } from './syntax-features.js';

export const ATTRIBUTION_TAGS = ['O', 'B-SRC', 'I-SRC', 'B-CUE', 'I-CUE', 'B-CON', 'I-CON'] as const;

const BUCKETS = ['none', '1', '2', '3-4', '5-8', '9-16', '17+'] as const;
const bucketIndex = (d: number): number => (d <= 0 ? 0 : d === 1 ? 1 : d === 2 ? 2 : d <= 4 ? 3 : d <= 8 ? 4 : d <= 16 ? 5 : 6);
const bucket = (d: number): string => BUCKETS[bucketIndex(d)];
// Feature strings built once: a string used again keeps its hash, so looking it up in the model's index is cheap.
const table = (f: (b: string) => string): string[] => BUCKETS.map(f);
const LC = table((b) => `lc=${b}`);
const RC = table((b) => `rc=${b}`);
const LC_RC = BUCKETS.flatMap((l) => BUCKETS.map((r) => `lc|rc=${l}|${r}`));
const Q_LC = [false, true].map((q) => table((b) => `q|lc=${q}|${b}`));
const Q_RC = [false, true].map((q) => table((b) => `q|rc=${q}|${b}`));
const Q = ['q=false', 'q=true'];
const POS = ['pos=first', 'pos=last', 'pos=early', 'pos=mid'];
const SHARES = ['u', '0', '1', '2', '3', '4', '5'];
const CS_PREV = SHARES.flatMap((a) => SHARES.map((b) => `cs-1|cs=${a}|${b}`));
const CS_NEXT = SHARES.flatMap((a) => SHARES.map((b) => `cs|cs+1=${a}|${b}`));
/** A word's neighbour features ("w-1=said", …), built once per word. */
const neighbourCache = new Map<string, readonly string[]>();
function neighbourStrings(w: string): readonly string[] {
  let out = neighbourCache.get(w);
  if (!out) {
    if (neighbourCache.size >= 200_000) neighbourCache.clear();
    out = [`w-1=${w}`, `w+1=${w}`, `w-2=${w}`, `w+2=${w}`];
    neighbourCache.set(w, out);
  }
  return out;
}
/** A neighbour's cluster features ("c2-1=3.5", "c2+1=3.5"), built once per cluster. */
const clusterStringCache = new Map<string, readonly string[]>();
function clusterStrings(c: string): readonly string[] {
  let out = clusterStringCache.get(c);
  if (!out) clusterStringCache.set(c, (out = [`c2-1=${c}`, `c2+1=${c}`]));
  return out;
}

/** What the tagger sees beyond the sentence: the cue lexicon learned from train, the sentences around it. */
export interface FeatureContext {
  /** Lower-cased words often marked Cue in the training data. */
  readonly cues?: ReadonlySet<string>;
  readonly previous?: readonly Token[];
  readonly next?: readonly Token[];
  /**
   * How often words and word stems are marked Cue in the training data
   * (lower-cased word, or "~" + stem → share of occurrences), for words seen
   * often enough; and the word pairs often marked Cue together ("w1 w2").
   */
  readonly cueShare?: ReadonlyMap<string, number>;
  readonly cuePairs?: ReadonlySet<string>;
  /** Word clusters (the entity tagger's), normalised word → path "3.5.1.7". */
  readonly clusters?: ReadonlyMap<string, string>;
  /** Part-of-speech and chunk tagger, when the model was trained with its features. */
  readonly syntax?: SyntaxTagger;
}

const isCue = (ctx: FeatureContext, w: string): boolean => isCueWord(w) || (ctx.cues?.has(w) ?? false);
const hasCue = (text: string, ctx: FeatureContext, tokens: readonly Token[] | undefined): string => (!tokens ? 'none' : tokens.some((t) => isCue(ctx, text.slice(t.start, t.end).toLowerCase())) ? 'cue' : 'nocue');
const CUE_NEAR = 48;

/** Whether a cue word lies just after the quotation (`…," he said`) or just before it (`he said: "…`). */
function cueAround(text: string, ctx: FeatureContext, q: QuoteSpan): string {
  const words = (s: string) => [...s.matchAll(/\p{L}+/gu)].map((m) => m[0].toLowerCase());
  const after = words(text.slice(q.end, q.end + CUE_NEAR).split(/[.!?\n]/)[0]).some((w) => isCue(ctx, w));
  const beforeText = text.slice(Math.max(0, q.start - CUE_NEAR), q.start).split(/[.!?\n]/);
  const before = words(beforeText[beforeText.length - 1]).some((w) => isCue(ctx, w));
  return `${after ? 'A' : ''}${before ? 'B' : ''}` || 'none';
}

/** A crude stem: the word without an inflectional ending ("criticized", "criticizes" → "criticiz"). */
export const cueStem = (w: string): string => (w.length > 4 ? w.replace(/(?:ing|ed|es|s|e|d)$/, '') : w);
const shareIndex = (x: number | undefined): number => (x === undefined ? 0 : x < 0.02 ? 1 : x < 0.08 ? 2 : x < 0.2 ? 3 : x < 0.4 ? 4 : x < 0.7 ? 5 : 6);
const shareBucket = (x: number | undefined): string => SHARES[shareIndex(x)];
const NO_CLUSTER = ['none', 'none', 'none'] as const;
const prefixCache = new WeakMap<ReadonlyMap<string, string>, Map<string, readonly string[]>>();
/** A lower-cased word's cluster path cut at levels 2, 3 and 4 ("3.5", "3.5.1", "3.5.1.7"), cached per word (up to 200,000). */
function clusterPrefixes(clusters: ReadonlyMap<string, string>, word: string): readonly string[] {
  let cache = prefixCache.get(clusters);
  if (!cache) prefixCache.set(clusters, (cache = new Map()));
  let out = cache.get(word);
  if (out) return out;
  const path = clusters.get(normaliseWord(word));
  if (path === undefined) out = NO_CLUSTER;
  else {
    const parts = path.split('.');
    out = [parts.slice(0, 2).join('.'), parts.slice(0, 3).join('.'), parts.slice(0, 4).join('.')];
  }
  if (cache.size >= 200_000) cache.clear();
  cache.set(word, out);
  return out;
}
/** Features of the word alone, the same wherever it occurs (the tagger caches their ids per word): the word, its shape, clusters and cue shares. */
export function wordFeatures(word: string, ctx: FeatureContext): string[] {
  const lw = word.toLowerCase();
  const f = ['b', `w=${lw}`, `cap=${/^\p{Lu}/u.test(word)}`, `s3=${lw.slice(-3)}`];
  const p = ctx.clusters ? clusterPrefixes(ctx.clusters, lw) : null;
  if (p) f.push(`c2=${p[0]}`, `c4=${p[2]}`);
  if (ctx.cueShare) {
    const ws = shareBucket(ctx.cueShare.get(lw));
    const ss = shareBucket(ctx.cueShare.get(`~${cueStem(lw)}`));
    f.push(`cs=${ws}`, `cst=${ss}`, `cs|cst=${ws}|${ss}`);
  }
  return f;
}

/** Each token's features: its word's (wordFeatures) and its context's (contextFeatures). */
export function attributionFeatures(text: string, tokens: readonly Token[], quotes: readonly QuoteSpan[], ctx: FeatureContext = {}): string[][] {
  return contextFeatures(text, tokens, quotes, ctx).map((f, i) => [...wordFeatures(text.slice(tokens[i].start, tokens[i].end), ctx), ...f]);
}

/** The features that depend on where the token stands: neighbours, cue words around, quotation, sentence. */
export function contextFeatures(text: string, tokens: readonly Token[], quotes: readonly QuoteSpan[], ctx: FeatureContext = {}): string[][] {
  const n = tokens.length;
  const words = tokens.map((t) => text.slice(t.start, t.end));
  const low = words.map((w) => w.toLowerCase());
  const cue = low.map((w, i) => isCue(ctx, w) || (w === 'according' && low[i + 1] === 'to'));
  const enclosing = tokens.map((t) => quotes.find((q) => q.start < t.start && t.end <= q.end - 1));
  const inQuote = enclosing.map((q) => q !== undefined);
  const around = new Map<QuoteSpan, string>();
  for (const q of enclosing) if (q && !around.has(q)) around.set(q, cueAround(text, ctx, q));
  const sentence = `ps=${hasCue(text, ctx, ctx.previous)}|s=${cue.some(Boolean) ? 'cue' : 'nocue'}|ns=${hasCue(text, ctx, ctx.next)}`;
  const w = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : low[i]);
  // Cluster path prefixes (levels 2, 3 and 4), computed once per token.
  const prefixes = ctx.clusters ? low.map((x) => clusterPrefixes(ctx.clusters!, x)) : [];
  const c = (i: number, level: 2 | 3 | 4): string => (i < 0 || i >= n ? 'edge' : prefixes[i][level - 2]);
  let lastCue = -1;
  const leftCue: number[] = [];
  for (let i = 0; i < n; i++) {
    leftCue.push(lastCue);
    if (cue[i]) lastCue = i;
  }
  const rightCue: number[] = new Array(n).fill(-1);
  let nextCue = -1;
  for (let i = n - 1; i >= 0; i--) {
    rightCue[i] = nextCue;
    if (cue[i]) nextCue = i;
  }
  const SENT_LC = [`sent|lc=${sentence}|false|false`, `sent|lc=${sentence}|false|true`, `sent|lc=${sentence}|true|false`, `sent|lc=${sentence}|true|true`];
  const bySentence = new Map<string, string[]>();
  const firstQuoteEnd = quotes.find((q) => q.end > tokens[0]?.start && q.end <= (tokens[n - 1]?.end ?? 0));
  const syntactic = ctx.syntax ? syntaxFeatures(low, ctx.syntax.tag(words, text), (x) => shareBucket(ctx.cueShare?.get(x))) : undefined;
  return tokens.map((t, i) => {
    const lw = low[i];
    const f = [neighbourStrings(w(i - 1))[0], neighbourStrings(w(i + 1))[1], neighbourStrings(w(i - 2))[2], neighbourStrings(w(i + 2))[3], `bg=${w(i - 1)}|${lw}`];
    if (ctx.clusters) f.push(clusterStrings(c(i - 1, 2))[0], clusterStrings(c(i + 1, 2))[1], `c3|c3+1=${c(i, 3)}|${c(i + 1, 3)}`);
    if (cue[i]) f.push('cue', `cue|speech=${isSpeechWord(lw)}`, `cue|prev=${w(i - 1)}`, `cue|next=${w(i + 1)}`);
    if (ctx.cueShare) {
      const ws = shareIndex(ctx.cueShare.get(lw));
      f.push(CS_PREV[shareIndex(ctx.cueShare.get(w(i - 1))) * 7 + ws], CS_NEXT[ws * 7 + shareIndex(ctx.cueShare.get(w(i + 1)))]);
    }
    if (ctx.cuePairs) {
      if (i + 1 < n && ctx.cuePairs.has(`${lw} ${low[i + 1]}`)) f.push('pair=B');
      if (i > 0 && ctx.cuePairs.has(`${low[i - 1]} ${lw}`)) f.push('pair=I');
    }
    const l = leftCue[i] < 0 ? 0 : i - leftCue[i];
    const r = rightCue[i] < 0 ? 0 : rightCue[i] - i;
    const bl = bucketIndex(l);
    const br = bucketIndex(r);
    const q = inQuote[i] ? 1 : 0;
    f.push(LC[bl], RC[br], LC_RC[bl * 7 + br]);
    if (l > 0) f.push(`lcw=${low[leftCue[i]]}|${bucket(l)}`);
    if (r > 0) f.push(`rcw=${low[rightCue[i]]}|${bucket(r)}`);
    f.push(Q[q], Q_LC[q][bl], Q_RC[q][br]);
    const qa = enclosing[i] ? around.get(enclosing[i]!)! : 'out';
    let qaStrings = bySentence.get(qa);
    if (!qaStrings) bySentence.set(qa, (qaStrings = [`qa=${qa}`, `qa|sent=${qa}|${sentence}`]));
    f.push(qaStrings[0], qaStrings[1], SENT_LC[(l > 0 ? 2 : 0) + (r > 0 ? 1 : 0)]);
    if (firstQuoteEnd && t.start >= firstQuoteEnd.end) f.push('afterQuote');
    f.push(POS[i === 0 ? 0 : i === n - 1 ? 1 : i < 3 ? 2 : 3]);
    if (i > 0 && /^[,;:]$/.test(words[i - 1])) f.push(`afterPunct=${words[i - 1]}`);
    if (syntactic) f.push(...syntactic[i]);
    return f;
  });
}

/**
 * Features for the second, stacked pass: the first pass's tags around the
 * token, the distance to the nearest predicted cue on either side, which
 * roles the sentence holds, and how the sentences before and after end and
 * begin (content running over sentence boundaries).
 */
export function stackedFeatures(tags: readonly string[], previous?: readonly string[], next?: readonly string[]): string[][] {
  const n = tags.length;
  const role = (t: string | undefined): string => (t === undefined ? '-' : t === 'O' ? 'O' : t.slice(2));
  const p = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : tags[i]);
  const roles = ['SRC', 'CUE', 'CON'].filter((r) => tags.some((t) => role(t) === r)).join('+') || 'none';
  const edges = `pe=${role(previous?.[previous.length - 1])}|ne=${role(next?.[0])}`;
  const cueAt = tags.map((t, i) => (role(t) === 'CUE' ? i : -1)).filter((i) => i >= 0);
  return tags.map((t, i) => {
    const left = cueAt.filter((c) => c < i).pop();
    const right = cueAt.find((c) => c > i);
    const l = left === undefined ? 'none' : bucket(i - left);
    const r = right === undefined ? 'none' : bucket(right - i);
    return [`p=${t}`, `p-1=${p(i - 1)}`, `p+1=${p(i + 1)}`, `p-1|p|p+1=${p(i - 1)}|${t}|${p(i + 1)}`, `p|pc=${t}|${l}|${r}`, `p|roles=${t}|${roles}`, `p|edges=${t}|${edges}`, `edges|roles=${edges}|${roles}`];
  });
}
