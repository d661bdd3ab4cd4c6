/**
 * Who did it and to whom: the actor is the nearest actor mention before the
 * trigger in its clause (with any mentions coordinated with it), the
 * recipient the nearest one after it; passives ("was attacked by X") swap
 * them. Places after "in"/"at" are locations, never actors.
 */
import type { ActorMention } from '../actors/mentions.js';

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s"]);
const BREAK = new Set([';', '.', '?', '!', 'but', 'while', 'although', 'whereas', 'because', 'after', 'before', 'since', 'when', 'as', 'said', 'says', 'told', 'according']);
const RECIPIENT_WINDOW = 12;
const ACTOR_WINDOW = 20;

export interface EventArguments {
  actors: ActorMention[];
  recipients: ActorMention[];
  location: ActorMention | null;
  /** Passive voice detected. */
  passive: boolean;
}

const PARTICIPLE = /(ed|en|wn|ght|ck|ld|lt|nt|ut|ot|et|id|un)$/;

export function findArguments(words: readonly string[], head: number, last: number, mentions: readonly ActorMention[], symmetric: boolean): EventArguments {
  const actorsAll = mentions.filter((m) => !m.locative);
  const location = mentions.find((m) => m.locative) ?? null;
  // Nearest mention ending before the trigger, without a clause break between.
  let left: ActorMention | null = null;
  for (const m of actorsAll) {
    if (m.last >= head || head - m.last > ACTOR_WINDOW) continue;
    const between = words.slice(m.last + 1, head);
    if (between.some((w) => BREAK.has(w))) continue;
    left = m;
  }
  const leftGroup: ActorMention[] = [];
  if (left) {
    leftGroup.push(left);
    // "India and Russia held talks": walk back over "and" / "," coordination.
    let cur = left;
    for (let i = actorsAll.indexOf(left) - 1; i >= 0; i--) {
      const between = words.slice(actorsAll[i].last + 1, cur.first);
      if (between.length >= 1 && between.length <= 2 && between.every((w) => w === 'and' || w === ',' || w === 'the')) {
        leftGroup.unshift(actorsAll[i]);
        cur = actorsAll[i];
      } else break;
    }
  }
  const rightGroup: ActorMention[] = [];
  for (const m of actorsAll) {
    if (m.first <= last || m.first - last > RECIPIENT_WINDOW) continue;
    const prev = rightGroup[rightGroup.length - 1];
    const between = words.slice((prev ? prev.last : last) + 1, m.first);
    if (between.some((w) => BREAK.has(w))) break;
    if (prev && !between.every((w) => w === 'and' || w === ',' || w === 'the')) break;
    rightGroup.push(m);
  }
  const beforeHead = words.slice(Math.max(0, head - 3), head);
  const passive = PARTICIPLE.test(words[head]) && beforeHead.some((w) => BE.has(w));
  if (passive) {
    const byIndex = words.indexOf('by', last + 1);
    const agent = byIndex >= 0 && byIndex - last <= 6 ? actorsAll.filter((m) => m.first > byIndex && m.first - byIndex <= 3).slice(0, 1) : [];
    const rest = rightGroup.filter((m) => !agent.includes(m));
    if (leftGroup.length === 0 && rest.length > 0) return { actors: agent, recipients: rest, location, passive };
    return { actors: agent, recipients: leftGroup, location, passive };
  }
  if (symmetric && leftGroup.length > 1 && rightGroup.length === 0) {
    return { actors: [leftGroup[0]], recipients: leftGroup.slice(1), location, passive };
  }
  return { actors: leftGroup, recipients: rightGroup, location, passive };
}
