/**
 * Refiner: a participle used as an adjective names a past state, not an event
 * told now: "jailed opposition leader Fatos Nano", "the convicted sex
 * offender", "a suspected member of ETA". A trigger ending in -ed/-en that
 * opens a noun phrase (after a determiner, a number, a preposition or at the
 * start of the sentence) and is followed by a word of that noun phrase is
 * background. Not after "and" or a comma: "stole cattle and raped women",
 * "Algeria, fighting a war, attacked Britain" are verbs.
 */
const OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'these', 'those', 'of', 'for', 'with', 'about', 'against', "'s", '’s', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'many', 'some', 'other']);
const NOT_A_NOUN = new Set(['by', 'in', 'on', 'at', 'for', 'to', 'with', 'from', 'of', 'after', 'before', 'as', 'and', 'or', 'but', 'that', 'the', 'a', 'an', 'him', 'her', 'them', 'it', 'his', 'their', 'its', 'this', 'these', 'off', 'out', 'up', 'down', 'back', 'over', 'into', 'during', 'since', 'when', 'while', 'last', 'on']);

/** Words in -en that are no participles: adjectives ("green", "open"), verbs in -en ("threaten", "weaken"), nouns. */
const NOT_PARTICIPLE = /(?:een|open|even|often|threaten|strengthen|weaken|tighten|loosen|harden|soften|worsen|deepen|widen|broaden|lessen|listen|happen|citizen|garden|women|children)$/;

export const ATTRIBUTIVE_FACTOR = 0.5;

/** Whether the trigger at `head` (lower-cased words) is a participle used as an adjective. */
export function isAttributive(lower: readonly string[], head: number): boolean {
  const w = lower[head];
  if (!/^[a-z-]+(ed|en)$/.test(w) || NOT_PARTICIPLE.test(w)) return false;
  const before = head === 0 ? null : lower[head - 1];
  if (before !== null && !OPENERS.has(before)) return false;
  const next = lower[head + 1];
  return next !== undefined && /^[\p{L}][\p{L}'-]*$/u.test(next) && !NOT_A_NOUN.has(next);
}
