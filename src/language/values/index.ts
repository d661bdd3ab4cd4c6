/**
 * Values in text: MONEY, PERCENT, QUANTITY, CARDINAL and ORDINAL with
 * normalised numbers, units, ranges, hedges and direction of change.
 * See docs/values.md. One left-to-right pass over the tokens, each step
 * looking at a bounded neighbourhood, so time is linear in the text.
 */
import { mentionAt } from './mentions.js';
import { tokenize } from './tokens.js';
import type { ValueMention } from './types.js';

export type { Bound, ValueMention, ValueType } from './types.js';

export function findValues(text: string): ValueMention[] {
  const tokens = tokenize(text);
  const out: ValueMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const step = mentionAt(tokens, i);
    if (!step) {
      i++;
      continue;
    }
    if (step.mention) out.push(step.mention);
    i = Math.max(step.next, i + 1);
  }
  return out;
}
