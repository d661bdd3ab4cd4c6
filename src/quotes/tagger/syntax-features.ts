/**
 * Attribution features from part-of-speech tags and chunks: what the
 * attribution tagger cannot see from words alone — a verb taking a clause
 * ("conceded that", "warned the …"), the noun phrase standing before a verb
 * phrase (the usual place of a source), and where the token sits among the
 * sentence's phrases. Rare cue verbs share these signals with common ones.
 */
import { phrasesOf, type Phrase } from '../../language/syntax/features.js';
import type { SyntaxTags } from '../../language/syntax/tagger.js';

/**
 * Feature strings made once, found again through a trie of their parts: a
 * reused string keeps its hash for the model lookup, and no string is built
 * per token. Parts are tags (few) and words (bounded by the cache size).
 */
type Trie = Map<string, Trie | string>;
const root: Trie = new Map();
let size = 0;
function str(name: string, ...parts: string[]): string {
  if (size >= 500_000) {
    root.clear();
    size = 0;
  }
  let node = root.get(name) as Trie | undefined;
  if (!node) root.set(name, (node = new Map()));
  for (let k = 0; k < parts.length - 1; k++) {
    let next = node.get(parts[k]) as Trie | undefined;
    if (!next) node.set(parts[k], (next = new Map()));
    node = next;
  }
  const last = parts[parts.length - 1];
  let out = node.get(last) as string | undefined;
  if (out === undefined) {
    node.set(last, (out = `${name}=${parts.join('|')}`));
    size++;
  }
  return out;
}

/** One list of feature strings per token. `low` are the lower-cased words. */
export function syntaxFeatures(low: readonly string[], tags: SyntaxTags, cueShareBucket: (w: string) => string): string[][] {
  const { pos, chunks } = tags;
  const n = low.length;
  const p = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : pos[i]);
  const spans = phrasesOf(chunks);
  const chunkAt = new Int32Array(n).fill(-1);
  spans.forEach((c, k) => { for (let i = c.first; i <= c.last; i++) chunkAt[i] = k; });
  // What follows a chunk: the next chunk's type, or the word right after it when that is outside any chunk (punctuation, quotes).
  const after = (c: Phrase): string => (c.last + 1 >= n ? '</s>' : chunkAt[c.last + 1] >= 0 ? spans[chunkAt[c.last + 1]].type : low[c.last + 1]);
  const before = (c: Phrase): string => (c.first === 0 ? '<s>' : chunkAt[c.first - 1] >= 0 ? spans[chunkAt[c.first - 1]].type : low[c.first - 1]);
  return low.map((w, i) => {
    const f = [str('pt', p(i)), str('pt-1|pt', p(i - 1), p(i)), str('pt|pt+1', p(i), p(i + 1)), str('ck', chunks[i])];
    const k = chunkAt[i];
    if (k < 0) return f;
    const c = spans[k];
    f.push(str('ck|before|after', c.type, before(c), after(c)));
    if (c.type === 'VP') {
      const head = c.last;
      f.push(str('vp-head|after', p(head), after(c)), str('vp-head-cs|after', cueShareBucket(low[head]), after(c)));
      if (i === head) f.push(str('vp-head-word|after', w, after(c)));
    }
    if (c.type === 'NP') {
      const next = k + 1 < spans.length && spans[k + 1].first === c.last + 1 ? spans[k + 1] : undefined;
      if (next?.type === 'VP') f.push(str('np>vp|cs', cueShareBucket(low[next.last]), after(next)), str('np>vp|pt', p(next.last)));
      const prev = k > 0 && spans[k - 1].last === c.first - 1 ? spans[k - 1] : undefined;
      if (prev?.type === 'VP') f.push(str('vp>np|cs', cueShareBucket(low[prev.last])));
      f.push(i === c.last ? 'np-pos=head' : 'np-pos=mod');
    }
    return f;
  });
}
