/**
 * Names that look like time expressions: "This Week" (a television show),
 * "60 Minutes", "High Noon", "the Spring of Life rallies", "VOA Today".
 * Time words are written in lower case inside a sentence; capitalised
 * ones away from a sentence start belong to a title or a name. Months,
 * weekdays and holidays are always capitalised and are not judged here,
 * and neither are headlines, where every word is capitalised.
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
  if (SENTENCE_START.test(text.slice(Math.max(0, c.start - 20), c.start))) return false;
  return !inHeadline(text, c.start);
}

/** A line in title case ("Obama To Visit Israel Next Week") is a headline: its time words are times. */
function inHeadline(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at) + 1;
  const to = text.indexOf('\n', at);
  const line = text.slice(Math.max(from, at - 200), to < 0 ? at + 200 : Math.min(to, at + 200));
  const words = line.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.7 * words.length;
}
