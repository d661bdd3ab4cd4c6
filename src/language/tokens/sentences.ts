/**
 * Sentence splitter over tokens. A sentence ends at ., !, ?, … (with any
 * closing quotes and brackets after it) when the next token can start a
 * sentence: a capital, a digit or an opening quote or bracket. A period
 * kept on an abbreviation ends a sentence only when the abbreviation may
 * end one (U.S., Inc.) and the next word is one that typically starts a
 * sentence ("The", "He"), so "Gen. Smith" and "Dec. 13" stay whole.
 * Paragraph breaks (blank lines) always end a sentence.
 */
import { abbreviationMayEndSentence } from './abbreviations.js';
import type { Token } from './tokenize.js';

export interface Sentence {
  readonly start: number;
  readonly end: number;
  /** Index of the first token and one past the last, in the tokens given. */
  readonly firstToken: number;
  readonly endToken: number;
}

const TERMINAL = /^(?:[.!?]+|\.{2,}|…)$/;
const CLOSING = /^["'”’»›)\]]$/;
const OPENING = /^["'“‘«‹(\[]$/;
/** Words that start sentences far more often than they follow an abbreviation inside one. */
const SENTENCE_STARTERS = new Set(
  'the a an he she it they we i you his her its their our this that these those there here but and or so yet if when while as after before since although though however meanwhile moreover in on at for from with by to of no not some many most all both each one two three officials police authorities according'.split(' '),
);

function startsSentence(word: string): boolean {
  const c = word.codePointAt(0) ?? 0;
  const ch = String.fromCodePoint(c);
  return /\p{Lu}|\p{N}/u.test(ch) || OPENING.test(word) || /\p{Lo}/u.test(ch);
}

export function splitSentences(text: string, tokens: readonly Token[]): Sentence[] {
  const out: Sentence[] = [];
  let first = 0;
  const close = (endToken: number): void => {
    if (endToken <= first) return;
    out.push({ start: tokens[first].start, end: tokens[endToken - 1].end, firstToken: first, endToken });
    first = endToken;
  };
  for (let k = 0; k < tokens.length; k++) {
    const next = tokens[k + 1];
    if (!next) break;
    // A blank line between two tokens is a paragraph break.
    if (hasBlankLine(text, tokens[k].end, next.start)) {
      close(k + 1);
      continue;
    }
    const word = text.slice(tokens[k].start, tokens[k].end);
    const abbreviation = tokens[k].kind === 'word' && word.length > 1 && word.endsWith('.');
    if (!TERMINAL.test(word) && !abbreviation) continue;
    let end = k + 1;
    while (end < tokens.length && CLOSING.test(text.slice(tokens[end].start, tokens[end].end)) && tokens[end].start === tokens[end - 1].end) end++;
    const after = tokens[end];
    if (!after) break;
    const afterWord = text.slice(after.start, after.end);
    if (!startsSentence(afterWord)) continue;
    if (abbreviation && !(abbreviationMayEndSentence(word) && SENTENCE_STARTERS.has(afterWord.toLowerCase()))) continue;
    close(end);
    k = end - 1;
  }
  close(tokens.length);
  return out;
}

function hasBlankLine(text: string, from: number, to: number): boolean {
  if (to - from < 2) return false;
  const gap = text.slice(from, to);
  return /\n[^\S\n]*\n/.test(gap);
}
