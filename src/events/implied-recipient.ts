/**
 * Refiner: "police arrested the driver", "the corporal was arrested", "students
 * protested", "Ruritania hanged two smugglers", "the Chamber welcomed the rule change":
 * the people an arrest, an attack, a conviction, a charge, a release, a demand or a protest
 * is aimed at, and the measure support or agreement is given to, are, unless named otherwise,
 * of the actor's own country (expert coders code them so). The recipient is implied, not stated: an empty
 * span at the trigger with the rule `implied-domestic`, so readers can tell it
 * from one the text names.
 */
import type { ActorMention } from '../actors/mentions.js';
import type { PloverType } from './lexicon.js';

/**
 * Types whose unnamed target is the actor's own people: every type but aid, cooperation and
 * mobilization, whose unnamed partner or beneficiary is as often abroad. "The students were
 * demanding grants", "Iran said it regretted the incident", "refuse to go home": coders give
 * a demand, a rejection, a threat or a concession with no one named the actor's own country.
 */
const FOREIGN_AS_OFTEN = new Set<PloverType>(['AID', 'COOPERATE', 'MOBILIZE']);

const NO_OBJECT = new Set(['.', ',', ';', ':', '?', '!', 'on', 'in', 'at', 'for', 'over', 'against', 'after', 'before', 'during', 'to', 'from', 'with', 'by', 'and', 'but', 'said', 'says', 'that']);

/** An implied recipient for an event whose target is unnamed, or null. `last` is the trigger phrase's last word. */
export function impliedDomesticRecipient(
  type: PloverType,
  actors: readonly ActorMention[],
  recipients: readonly ActorMention[],
  passive: boolean,
  lower: readonly string[],
  trigger: { start: number; index: number; last: number },
  place: string | null = null,
): ActorMention | null {
  if (recipients.length > 0 || FOREIGN_AS_OFTEN.has(type)) return null;
  // The victims of an attack are the people of the place attacked ("fired into Ruritania, wounding a baby").
  const country = (type === 'ASSAULT' ? place : null) ?? actors.find((a) => a.country && !a.locative)?.country;
  if (!country) return null;
  // Someone must be acted on: a passive subject, an object after the verb, or a protest (aimed at the actor's government).
  const next = lower[trigger.last + 1];
  if (type !== 'PROTEST' && !passive && trigger.last <= trigger.index && (next === undefined || NO_OBJECT.has(next))) return null;
  return { start: trigger.start, end: trigger.start, first: trigger.index, last: trigger.index, country, sector: null, otherSectors: [], entity: null, entityType: null, locative: false, rule: 'implied-domestic' };
}
