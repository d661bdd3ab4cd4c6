/**
 * Names that look like time expressions: "This Week" (a television show),
 * "60 Minutes", "High Noon", "the Spring of Life rallies", "VOA Today".
 * Time words are written in lower case inside a sentence; capitalised
 * ones away from a sentence start belong to a title or a name. Months,
 * weekdays and holidays are always capitalised and are not judged here.
 */
import type { Candidate } from './parsers.js';

/** Rules whose words are common nouns and adverbs, lower case inside a sentence. */
const COMMON_WORD_RULES = new Set([
  'relative-unit', 'duration', 'clock', 'season', 'deictic-day', 'reference-word', 'this-part-of-day', 'plural-unit', 'set', 'current',
  'anaphoric', 'within-period', 'ago', 'weekend', 'period-end', 'half-duration', 'clock-words',
]);

/** Before a sentence start: nothing, or an end mark, colon or dash, then spaces and opening quotes. */
const SENTENCE_START = /(?:^|[.!?:;\n]|--|\b_)[\s"'`‘“(]*$/;

export function isTitle(text: string, c: Pick<Candidate, 'start' | 'end' | 'rule'>): boolean {
  if (!COMMON_WORD_RULES.has(c.rule)) return false;
  const words = text.slice(c.start, c.end).split(/[\s-]+/);
  const last = words[words.length - 1];
  // Only a capitalised last word counts ("Noon", "Week", "Minutes"); all capitals is a headline.
  if (!/^\p{Lu}\p{Ll}/u.test(last)) return false;
  return !SENTENCE_START.test(text.slice(Math.max(0, c.start - 20), c.start));
}
