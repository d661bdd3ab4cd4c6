/**
 * Refiners of visits (mode "visit"): the place visited stands for the host
 * ("arrived in Moscow", "a visit to Rwanda"), and a visit to a place of the
 * visitor's own country is travel, not a meeting of two parties.
 */
import type { ActorMention } from '../actors/mentions.js';
import type { EventArguments } from './arguments.js';

/** Confidence kept by a visit to a place of the visitor's own country. */
export const DOMESTIC_TRAVEL_FACTOR = 0.6;

/** Makes the place visited the recipient: a place right after the trigger phrase, else the event's location. */
export function visitHost(mentions: readonly ActorMention[], last: number, args: EventArguments): void {
  const host = mentions.find((x) => x.locative && x.country && x.first > last && x.first - last <= 3) ?? (args.recipients.length === 0 && args.location?.country ? args.location : null);
  if (host) args.recipients.splice(0, args.recipients.length, host);
}

/** Whether every recipient is a place of an actor's own country (a country only lent by that place does not count). */
export function isDomesticTravel(args: EventArguments): boolean {
  const ownCountry = (a: ActorMention): string | null => (a.country && !/\+(?:sentence-country|location)/.test(a.rule) ? a.country : null);
  return args.recipients.length > 0 && args.recipients.every((r) => (r.locative || /kb-(?:place|capital)/.test(r.rule)) && r.country && args.actors.some((a) => ownCountry(a) === r.country));
}
