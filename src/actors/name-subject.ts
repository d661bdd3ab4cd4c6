/**
 * A name the entity tagger missed where a sentence's subject stands: one to
 * three capitalised words that news text does not write in lower case
 * (common-words.ts), opening the sentence or following a short opening phrase
 * ("On Tuesday, Jeffs refused ..."), right before a verb-like word
 * ("Viljoen has hailed ...", "Lebed said ...", "Bernardin steadfastly denied ..."). Taggers trained on long
 * documents miss such names most when a sentence is read alone.
 */
import { commonWords } from './common-words.js';

const NAME = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u;
const MAX_NAME_WORDS = 3;
const MAX_OPENING = 5;
const VERB_LIKE = new Set(['has', 'had', 'have', 'was', 'is', 'will', 'would', 'said', 'says', 'told', 'could', 'can', 'may', 'might', 'must', 'did', 'does', 'also', 'again', 'then', 'later', 'earlier', 'still', 'never', 'already']);
const QUOTE = new Set(['"', '“', "'", '‘', '``']);

function verbLike(w: string | undefined): boolean {
  if (!w || !/^\p{Ll}+$/u.test(w)) return false;
  return VERB_LIKE.has(w) || (w.length > 3 && /(?:ed|es)$/.test(w)) || (w.length > 4 && /[^s]s$/.test(w) && !w.endsWith('ous'));
}

/** The last word index of a name-shaped subject starting at `i`, or -1. `free(k)`: word k is not already claimed (entity, known phrase). */
export function nameShapedSubject(words: readonly string[], i: number, free: (k: number) => boolean): number {
  const opening = i === 0 || (i === 1 && QUOTE.has(words[0])) || (words[i - 1] === ',' && i - 1 <= MAX_OPENING && /^\p{Lu}/u.test(words[0]));
  if (!opening) return -1;
  const common = commonWords();
  let last = i - 1;
  while (last + 1 < words.length && last + 1 - i < MAX_NAME_WORDS && NAME.test(words[last + 1]) && !common.has(words[last + 1].toLowerCase()) && free(last + 1)) last++;
  // "Bernardin steadfastly denied ...": one adverb in -ly may stand between the name and its verb.
  const next = /^\p{Ll}{3,}ly$/u.test(words[last + 1] ?? '') ? last + 2 : last + 1;
  if (last < i || !verbLike(words[next])) return -1;
  return last;
}
