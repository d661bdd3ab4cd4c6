/**
 * Refiner: pressure named in a concessive phrase. "India will buy the
 * missiles despite US pressure", "Moscow went ahead amid pressure from
 * Washington": the pressure's source is the party written next to it (a
 * modifier before the noun, or after "from", "by", "of"), and its target is
 * the clause's subject, which stands before "despite"/"amid"/"under". The
 * plain argument finder stops at "despite" and so finds neither.
 */
import type { ActorMention } from '../actors/mentions.js';
import type { EventArguments } from './arguments.js';

const CONCESSIVE = new Set(['despite', 'amid', 'under', 'defying', 'resisting', 'against']);
const SOURCE_AFTER = new Set(['from', 'by', 'of']);
/** Words that may stand between the concessive word and the trigger: "despite the growing US pressure". */
const WINDOW = 5;

export interface ConcessiveArguments {
  source: ActorMention | null;
  target: ActorMention | null;
}

/** The source and target of a trigger in a concessive phrase, or null when the trigger is not in one. */
export function concessiveArguments(words: readonly string[], head: number, last: number, mentions: readonly ActorMention[]): ConcessiveArguments | null {
  let cue = -1;
  for (let k = head - 1; k >= Math.max(0, head - WINDOW); k--) {
    if (CONCESSIVE.has(words[k])) {
      cue = k;
      break;
    }
    if (/^[,;:.]$/.test(words[k])) break;
  }
  if (cue < 0) return null;
  const actors = mentions.filter((m) => !m.locative && (m.country || m.entity));
  // Source: a mention between the cue and the trigger ("US pressure"), else one right after "from"/"by"/"of" in the trigger phrase or the three words after the trigger.
  let source = actors.find((m) => m.first > cue && m.last < head) ?? null;
  if (!source) {
    for (let k = head + 1; k < Math.min(words.length, Math.max(last, head + 3) + 1) && !source; k++) {
      // "from Germany" reads as a place to the mention finder; here it is who presses.
      if (SOURCE_AFTER.has(words[k])) source = mentions.find((m) => (m.country || m.entity) && m.first > k && m.first <= k + 3) ?? null;
    }
  }
  // Target: the first party of the clause before the cue, other than the source.
  const target = actors.find((m) => m.last < cue && m !== source && m.country !== source?.country) ?? null;
  return { source, target };
}

/** Types whose trigger in a concessive phrase ("despite US pressure", "amid warnings from Washington") is aimed at the clause's subject. */
const CONCESSIVE_TYPES = new Set(['REQUEST', 'THREATEN', 'COERCE', 'SANCTION']);

/** Replaces the arguments of a trigger in a concessive phrase with its source and target, when found. */
export function applyConcessive(type: string, words: readonly string[], head: number, last: number, mentions: readonly ActorMention[], args: EventArguments): void {
  if (!CONCESSIVE_TYPES.has(type)) return;
  const c = concessiveArguments(words, head, last, mentions);
  if (c?.source) args.actors.splice(0, args.actors.length, { ...c.source, rule: `${c.source.rule}+concessive-source` });
  if (c?.target) args.recipients.splice(0, args.recipients.length, { ...c.target, rule: `${c.target.rule}+concessive-target` });
}
