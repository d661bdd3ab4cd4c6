/**
 * Refiners for the countries a sentence leaves unsaid on one side of a
 * domestic event, as expert coders fill them (PLOVER codes the actors of
 * arrests, killings, trials and protests inside one country with that
 * country on both sides):
 *   - "Police detained 26 members of Egypt's largest militant group": an
 *     actor of unknown country (not itself a place) takes the recipient's.
 *   - "Six soldiers were killed": an agentless passive whose victims have a
 *     country gets an implied actor of that country, an empty span at the
 *     trigger with the rule `implied-domestic`, never mistaken for a stated one.
 */
import type { ActorMention } from '../actors/mentions.js';
import { isStateCode } from '../actors/kb.js';
import type { PloverType } from './lexicon.js';

/**
 * Types whose two sides are, unless the text says otherwise, of one country. Meetings, agreements
 * and support count too: news names the foreign side of an international one by its country, so a
 * party the knowledge base does not know, meeting or backing a national one, is most often its
 * compatriot ("Lebed said he had a telephone conversation with Yeltsin").
 */
export const DOMESTIC_SIDES = new Set<PloverType>(['COERCE', 'ASSAULT', 'SANCTION', 'REJECT', 'ACCUSE', 'PROTEST', 'REQUEST', 'RETREAT', 'CONCEDE', 'THREATEN', 'CONSULT', 'AGREE', 'SUPPORT']);

function recipientCountry(recipients: readonly ActorMention[]): string | null {
  // Only a state: police raiding a company's offices are not of the company.
  return recipients.find((r) => isStateCode(r.country) && r.rule !== 'implied-domestic')?.country ?? null;
}

/** Words naming someone sent from abroad: an envoy meeting officials is not their compatriot. */
const FOREIGN_ROLE = /\b(envoys?|ambassadors?|diplomats?|emissar(y|ies)|delegations?|delegates?|visitors?|mediators?|negotiators?|foreign)\b/i;

/**
 * Actors of unknown country (not places) take the recipient's country; returns how many were
 * filled. `textOf` (an actor's words) keeps an envoy or a delegation out of it.
 */
export function lendRecipientCountry(type: PloverType, actors: ActorMention[], recipients: readonly ActorMention[], textOf: (a: ActorMention) => string = () => ''): number {
  if (!DOMESTIC_SIDES.has(type)) return 0;
  const country = recipientCountry(recipients);
  if (!country) return 0;
  let n = 0;
  for (const a of actors) {
    if (a.country || a.entityType === 'GPE' || a.rule === 'pronoun') continue;
    if (FOREIGN_ROLE.test(textOf(a))) continue;
    a.country = country;
    a.rule += '+recipient-country';
    n++;
  }
  return n;
}

/** Types whose unsaid agent, in a passive, is taken to be domestic. */
const AGENTLESS = new Set<PloverType>(['ASSAULT', 'COERCE', 'SANCTION', 'RETREAT', 'ACCUSE']);

/** An implied actor for an agentless passive whose recipient has a country, or null. */
export function impliedDomesticActor(type: PloverType, passive: boolean, actors: readonly ActorMention[], recipients: readonly ActorMention[], trigger: { start: number; index: number }): ActorMention | null {
  if (!passive || actors.length > 0 || !AGENTLESS.has(type)) return null;
  const country = recipientCountry(recipients);
  if (!country) return null;
  return { start: trigger.start, end: trigger.start, first: trigger.index, last: trigger.index, country, sector: null, otherSectors: [], entity: null, entityType: null, locative: false, rule: 'implied-domestic' };
}
