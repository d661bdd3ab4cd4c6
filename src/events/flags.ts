/**
 * Auxiliary flags of an event, read from the words before its trigger in the
 * same clause: negated ("did not sign", "never attacked"), future ("will
 * visit", "plans to deliver") and hypothetical ("could impose", "if ...").
 * PLOVER asks that events the text says did not happen are not coded as
 * having happened; these flags are how the coder knows.
 */

const NEGATION = new Set(['not', "n't", 'never', 'no', 'without', 'neither', 'nor', 'cannot', "didn't", "don't", "doesn't", "won't", "wouldn't", "hasn't", "haven't", "hadn't", "isn't", "wasn't", "weren't", "aren't", "couldn't", 'refused', 'refuses', 'refuse', 'failed', 'fails', 'fail', 'declined', 'declines', 'denied', 'denies', 'deny']);
const FUTURE = new Set(['will', 'shall', "'ll", 'plans', 'planned', 'plan', 'planning', 'intends', 'intend', 'intended', 'expected', 'scheduled', 'set', 'going', 'aims', 'aim', 'seeks', 'seek', 'wants', 'want', 'ready', 'prepared', 'prepares', 'preparing', 'agreed', 'agree', 'agrees', 'pledged', 'promised', 'vowed', 'decided', 'offered', 'upcoming', 'proposed', 'would', 'poised', 'about']);
const HYPOTHETICAL = new Set(['could', 'might', 'may', 'should', 'can', 'capable', 'able', 'designed', 'meant', 'if', 'unless', 'possible', 'possibly', 'likely', 'whether', 'consider', 'considering', 'considers', 'mulls', 'mulling', 'threatened', 'threatens', 'threaten', 'warned', 'warns', 'warn']);
/** Words that close the clause the trigger is in: flags before them belong to another verb. */
const CLAUSE_BREAK = new Set([';', ':', '.', ',', 'but', 'while', 'although', 'after', 'before', 'when', 'as', 'because', 'and', 'which', 'who', 'that', '"', '“', '”']);

/** Two words of the same verb form: both -ing or both -ed (past or participle). */
function sameVerbForm(a: string, b: string): boolean {
  return (a.endsWith('ing') && b.endsWith('ing') && a.length > 4 && b.length > 4) || (a.endsWith('ed') && b.endsWith('ed') && a.length > 3 && b.length > 3);
}

export interface EventFlags {
  negated: boolean;
  future: boolean;
  hypothetical: boolean;
  /** The words that set the flags, for the explanation. */
  cues: string[];
}

/** `words` lower-cased; looks back from `head` up to `window` words within the clause. */
export function eventFlags(words: readonly string[], head: number, window = 5): EventFlags {
  const flags: EventFlags = { negated: false, future: false, hypothetical: false, cues: [] };
  let from = Math.max(0, head - window);
  for (let k = head - 1; k >= from; k--) {
    const w = words[k];
    // "capable of intercepting and destroying", "could arrest and deport": coordinated verbs of one form share the first one's flags.
    if (w === 'and' && k > 0 && sameVerbForm(words[k - 1], words[head])) {
      from = Math.max(0, from - 2);
      continue;
    }
    if (CLAUSE_BREAK.has(w)) break;
    if (NEGATION.has(w)) {
      flags.negated = true;
      flags.cues.push(w);
    } else if (HYPOTHETICAL.has(w)) {
      flags.hypothetical = true;
      flags.cues.push(w);
    } else if (FUTURE.has(w)) {
      flags.future = true;
      flags.cues.push(w);
    }
  }
  // "was due to go": a plan, unlike "due to the rain".
  if (head > 2 && words[head - 1] === 'to' && words[head - 2] === 'due' && ['is', 'was', 'are', 'were', 'be'].includes(words[head - 3])) {
    flags.future = true;
    flags.cues.push('due to');
  }
  // "to" right before the trigger after a verb of intent is future ("agreed to deliver").
  // Not "confessed to killing", "admitted to having": a gerund after "to" is what was done.
  if (head > 0 && words[head - 1] === 'to' && flags.cues.length === 0 && head > 1 && !words[head].endsWith('ing') && !['due', 'according', 'close'].includes(words[head - 2])) {
    flags.future = true;
    flags.cues.push('to');
  }
  return flags;
}
