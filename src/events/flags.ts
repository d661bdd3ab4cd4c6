/**
 * Auxiliary flags of an event, read from the words before its trigger in the
 * same clause: negated ("did not sign", "never attacked"), future ("will
 * visit", "plans to deliver") and hypothetical ("could impose", "if ...").
 * PLOVER asks that events the text says did not happen are not coded as
 * having happened; these flags are how the coder knows.
 */

const NEGATION = new Set(['not', "n't", 'never', 'no', 'without', 'neither', 'nor', 'cannot', "didn't", "don't", "doesn't", "won't", "wouldn't", "hasn't", "haven't", "hadn't", "isn't", "wasn't", "weren't", "aren't", "couldn't", 'refused', 'refuses', 'refuse', 'failed', 'fails', 'fail', 'declined', 'declines', 'denied', 'denies', 'deny']);
const FUTURE = new Set(['will', 'shall', "'ll", 'plans', 'planned', 'plan', 'planning', 'intends', 'intend', 'intended', 'expected', 'scheduled', 'set', 'going', 'aims', 'aim', 'seeks', 'seek', 'wants', 'want', 'ready', 'prepared', 'prepares', 'preparing', 'agreed', 'agree', 'agrees', 'pledged', 'promised', 'vowed', 'decided', 'offered', 'upcoming', 'proposed', 'would', 'poised', 'about']);
/** Future cues only when "to" follows within three words: "about to strike", "poised on Friday to sign"; not "about 200 activists protested". */
const ONLY_BEFORE_TO = new Set(['about', 'set', 'going', 'poised', 'ready', 'prepared']);
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

/**
 * `words` lower-cased; looks back from `head` up to `window` words within the clause. Words for which
 * `inName` is true belong to a name and set no flag ("Nippon Ishin no Kai").
 */
export function eventFlags(words: readonly string[], head: number, window = 5, inName: (k: number) => boolean = () => false): EventFlags {
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
    if (inName(k)) continue;
    if (NEGATION.has(w)) {
      flags.negated = true;
      flags.cues.push(w);
    } else if (HYPOTHETICAL.has(w)) {
      flags.hypothetical = true;
      flags.cues.push(w);
    } else if (FUTURE.has(w) && (!ONLY_BEFORE_TO.has(w) || words.slice(k + 1, Math.min(head, k + 4)).includes('to'))) {
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

/** Auxiliaries of an outcome that a condition governs ("X would sanction India if it buys ..."). */
const CONDITIONAL_OUTCOME = new Set(['would', 'will', "'ll", 'could', 'might', 'may']);

/**
 * Flags an event takes from the sentence around its clause: what is denied or refused ("denied
 * that it had attacked", "rejected calls to withdraw") did not happen by its teller's account
 * (negated); what is asked for or threatened has not happened (hypothetical); an outcome with
 * "would"/"will" under an if-clause ("If India buys the S-400, Washington would sanction New
 * Delhi") is hypothetical. `outer` is the event whose content it is, if any.
 */
export function embeddedFlags(flags: EventFlags, outer: { type: string; negated: boolean; head: number } | null, words: readonly string[], head: number): EventFlags {
  const out: EventFlags = { ...flags, cues: [...flags.cues] };
  // "had not ruled out a possible attack": a negation before the outer event's trigger is that event's, not its content's.
  if (outer && out.negated && outer.head < head && !eventFlags(words, head, head - outer.head - 1).negated) {
    out.negated = false;
    out.cues = out.cues.filter((c) => !NEGATION.has(c));
  }
  if (outer?.type === 'REJECT' && !outer.negated && !out.negated) {
    out.negated = true;
    out.cues.push('in-rejection');
  } else if (outer && (outer.type === 'REQUEST' || outer.type === 'THREATEN' || outer.type === 'REJECT') && !out.hypothetical && !out.negated) {
    // Asked for, threatened, or not ruled out ("had not ruled out a possible attack"): not (yet) done.
    out.hypothetical = true;
    out.cues.push(outer.type === 'REQUEST' ? 'requested' : outer.type === 'THREATEN' ? 'threatened' : 'not-ruled-out');
  }
  if (!out.hypothetical && out.cues.some((c) => CONDITIONAL_OUTCOME.has(c)) && words.some((w, k) => (w === 'if' || w === 'unless') && !ownCondition(words, k, head))) {
    out.hypothetical = true;
    out.cues.push('if-clause');
  }
  return out;
}

/** Whether the if-clause opened at word `k` holds the event at `head` itself (then it is the condition, flagged by "if" already). */
function ownCondition(words: readonly string[], k: number, head: number): boolean {
  if (head < k) return false;
  for (let i = k + 1; i < head; i++) if (words[i] === ',' || words[i] === ';') return false;
  return true;
}
