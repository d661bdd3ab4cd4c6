/**
 * Refiner: "police arrested the driver", "the corporal was arrested", "students
 * protested", "Ruritania hanged two smugglers", "the Chamber welcomed the rule change":
 * the people an arrest, an attack, a conviction, a charge, a release or a protest is aimed
 * at, and the measure support or agreement is given to, are, unless named otherwise, of the actor's own country
 * (expert coders code them so). The recipient is implied, not stated: an empty
 * span at the trigger with the rule `implied-domestic`, so readers can tell it
 * from one the text names.
 */
import type { ActorMention } from '../actors/mentions.js';
import type { PloverType } from './lexicon.js';

/** Types (with the modes or contexts that make them domestic) whose unnamed target is the actor's own people. */
function domesticTarget(type: PloverType, mode: string | null, context: string | null): boolean {
  if (type === 'COERCE' || type === 'PROTEST' || type === 'ASSAULT') return true;
  if (type === 'SANCTION') return mode === 'convict';
  if (type === 'ACCUSE' || type === 'CONCEDE') return context === 'legal' || mode === 'allege' || mode === 'investigate';
  if (type === 'RETREAT') return mode === 'release' || mode === 'resign';
  // "The Chamber of Commerce welcomed the rule change", "the government endorsed the plan": support for or
  // agreement on a measure no actor is named for is coded with the actor's own country as recipient.
  return type === 'SUPPORT' || type === 'AGREE';
}

const NO_OBJECT = new Set(['.', ',', ';', ':', '?', '!', 'on', 'in', 'at', 'for', 'over', 'against', 'after', 'before', 'during', 'to', 'from', 'with', 'by', 'and', 'but', 'said', 'says', 'that']);

/** An implied recipient for an event whose target is unnamed, or null. `last` is the trigger phrase's last word. */
export function impliedDomesticRecipient(
  type: PloverType,
  mode: string | null,
  context: string | null,
  actors: readonly ActorMention[],
  recipients: readonly ActorMention[],
  passive: boolean,
  lower: readonly string[],
  trigger: { start: number; index: number; last: number },
  place: string | null = null,
): ActorMention | null {
  if (recipients.length > 0 || !domesticTarget(type, mode, context)) return null;
  // The victims of an attack are the people of the place attacked ("fired into Ruritania, wounding a baby").
  const country = (type === 'ASSAULT' ? place : null) ?? actors.find((a) => a.country && !a.locative)?.country;
  if (!country) return null;
  // Someone must be acted on: a passive subject, an object after the verb, or a protest (aimed at the actor's government).
  const next = lower[trigger.last + 1];
  if (type !== 'PROTEST' && !passive && trigger.last <= trigger.index && (next === undefined || NO_OBJECT.has(next))) return null;
  return { start: trigger.start, end: trigger.start, first: trigger.index, last: trigger.index, country, sector: null, otherSectors: [], entity: null, entityType: null, locative: false, rule: 'implied-domestic' };
}
