/**
 * Refiners that look at a sentence's events together, after each has its
 * arguments and confidence: a participle or coordinated verb shares the
 * previous event's actor; an agentless domestic passive gets an implied actor
 * of the victims' country; an attack on a person with no violence around it
 * is criticism, and so is a warning about what another party does; violence
 * by protesters is a riot and a joint drill cooperation; a promised or planned
 * cooperative act is AGREE, an announced withdrawal CONCEDE, an announced
 * strike or boycott and a conflictual act a party says it will or may do
 * THREATEN (PLOVER manual).
 */
import { NO_AGENT_FACTOR, type CodedEvent } from './coder.js';
import { impliedDomesticActor } from './domestic-fill.js';
import type { PloverType } from './lexicon.js';
import { isVerbalAttack } from './verbal-attack.js';

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']);
const PROMISABLE = new Set<PloverType>(['SUPPORT', 'COOPERATE', 'AID', 'CONSULT']);
/** Acts of yielding or cooperating whose refusal PLOVER codes as REJECT. */
const REFUSABLE = new Set<PloverType>(['SUPPORT', 'COOPERATE', 'AID', 'CONSULT', 'AGREE', 'CONCEDE', 'RETREAT']);
/** Negations that state what one will not do, as against what did not happen. */
const REFUSAL = new Set(['never', "won't", "wouldn't", 'will', 'would', 'refused', 'refuses', 'refuse', 'declined', 'declines']);

/** Heads of actor phrases that name protesters. */
const RIOTERS = /^(?:rioters?|protesters?|protestors?|demonstrators?)$/;

/** Acts that, said as what one will or may do, are threats. */
const CONFLICTUAL = new Set<PloverType>(['ASSAULT', 'COERCE', 'SANCTION', 'MOBILIZE']);
/** Verbs by which a party says what it will do. */
const SPEAKING = /^(?:said|says|say|vowed|vows|vow|pledged|pledges|promised|promises|warned|warns|threatened|threatens|told|tells|signalled|signaled|signals|hinted|hints|cautioned|cautions|declared|declares|announced|announces|insisted|insists|stated|added)$/;

/** A verb of saying or promising stands before the trigger in its sentence, with no sentence break between. */
function spokenBefore(lower: readonly string[], head: number): boolean {
  for (let k = head - 1; k >= Math.max(0, head - 15); k--) {
    if (lower[k] === '.' || lower[k] === ';') return false;
    if (SPEAKING.test(lower[k])) return true;
  }
  return false;
}

/** The threat's content (PLOVER THREATEN modes) from the act threatened. */
function threatMode(type: PloverType, mode: string | null): string {
  if (type === 'ASSAULT' || type === 'MOBILIZE') return 'violence';
  if (type === 'COERCE') return mode === 'arrest' ? 'arrest' : mode === 'seize' ? 'territory' : mode === 'deport' ? 'expel' : 'restrict';
  return mode === 'expel' ? 'expel' : 'relations';
}

/** Said to come, by a word other than a bare "to", and neither denied nor only possible: "will withdraw", "plans to strike". */
const announced = (f: CodedEvent['flags']): boolean => f.future && !f.negated && !f.hypothetical && f.cues.some((c) => c !== 'to');

/** Rewrites `events` (in sentence order, with their trigger word index) in place; `lower` are the sentence's lower-cased words. */
export function refineAcrossEvents(events: Array<Omit<CodedEvent, 'embedded'> & { head: number }>, lower: readonly string[]): void {
  // Refiner 8b: ", killing ..." — a participle after a comma shares the main clause's actor.
  for (let i = 1; i < events.length; i++) {
    const e = events[i];
    if (e.actors.length === 0 && lower[e.head - 1] === ',' && lower[e.head].endsWith('ing') && events[i - 1].actors.length > 0) {
      events[i] = { ...e, actors: [...events[i - 1].actors], confidence: Math.min(1, e.confidence / NO_AGENT_FACTOR), rule: `${e.rule} participle` };
    } else if (e.actors.length === 0 && !e.passive && lower[e.head - 1] === 'and' && events[i - 1].actors.length > 0 && !events[i - 1].passive) {
      // "troops raided the farms and destroyed the barns": a coordinated verb shares its subject.
      events[i] = { ...e, actors: [...events[i - 1].actors], confidence: Math.min(1, e.confidence / NO_AGENT_FACTOR), rule: `${e.rule} coordinated` };
    }
  }
  // "Six soldiers were killed": the unsaid agent of a domestic passive is of the victims' country
  // (after confidence, which still counts the event as agentless).
  for (const e of events) {
    const implied = impliedDomesticActor(e.type, e.passive, e.actors, e.recipients, { start: e.trigger.start, index: e.head });
    if (implied) e.actors.push(implied);
  }
  // Refiner 8d: an attack on a person with no violence around it is criticism (verbal-attack.ts).
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (e.type === 'ASSAULT' && isVerbalAttack(lower, e.head, e.recipients)) events[i] = { ...e, type: 'ACCUSE', mode: 'disapprove', context: null, rule: `${e.rule} verbal-attack` };
    // "Trump warned that Clinton opposes the Second Amendment": a warning about what another party does is criticism, not a threat.
    else if (e.type === 'THREATEN' && /^warn/.test(lower[e.head]) && lower[e.head + 1] === 'that' && e.recipients.some((r) => (r.first === e.head + 2 || (r.first === e.head + 3 && DETERMINERS.has(lower[e.head + 2]))) && r.rule !== 'pronoun' && !e.actors.some((a) => a.country && a.country === r.country && a.entity === r.entity)))
      events[i] = { ...e, type: 'ACCUSE', mode: 'disapprove', context: null, rule: `${e.rule} warning-about` };
    // "Rioters torched cars", "protesters stormed parliament, setting it ablaze": violence by protesters is a riot (PLOVER PROTEST) ...
    else if (e.type === 'ASSAULT' && e.actors.some((a) => a.first >= 0 && RIOTERS.test(lower[a.last] ?? ''))) events[i] = { ...e, type: 'PROTEST', mode: 'riot', context: null, rule: `${e.rule} riot` };
    // ... and soldiers or police hurling stones are no rioters.
    else if (e.type === 'PROTEST' && e.mode === 'riot' && e.actors.length > 0 && e.actors.every((a) => a.sector === 'MIL' || a.sector === 'COP')) events[i] = { ...e, type: 'ASSAULT', mode: null, context: null, rule: `${e.rule} armed-riot` };
    // "carried out a joint drill with Oman": PLOVER codes single-country exercises MOBILIZE, joint ones COOPERATE.
    else if (e.type === 'MOBILIZE' && lower.slice(e.head + 1, e.head + 7).includes('joint')) events[i] = { ...e, type: 'COOPERATE', mode: null, context: 'military', rule: `${e.rule} joint` };
  }
  // Refiner 8c: PLOVER codes a promised or planned cooperative act as AGREE ("will sign", "plans to visit"),
  // and a refusal to yield or cooperate, said as what one will never or will not do, as REJECT ("says it
  // will never cede any part of the city", "won't negotiate"); a plain "did not sign" stays a negated act.
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (REFUSABLE.has(e.type) && e.flags.negated && e.flags.cues.some((c) => REFUSAL.has(c))) {
      events[i] = { ...e, type: 'REJECT', mode: null, context: null, flags: { ...e.flags, negated: false, cues: [...e.flags.cues, 'refusal'] }, rule: `${e.rule} refusal:${e.type}` };
    } else if (PROMISABLE.has(e.type) && e.flags.future && !e.flags.negated && e.flags.cues.some((c) => c !== 'to')) {
      events[i] = { ...e, type: 'AGREE', rule: `${e.rule} intent:${e.type}` };
    } else if (e.type === 'RETREAT' && announced(e.flags)) {
      // ... while an announced withdrawal or release is a concession (PLOVER manual, RETREAT).
      events[i] = { ...e, type: 'CONCEDE', rule: `${e.rule} intent:RETREAT` };
    } else if (CONFLICTUAL.has(e.type) && (e.flags.future || e.flags.hypothetical) && !e.flags.negated && spokenBefore(lower, e.head)) {
      // "Pakistan said Islamabad could strike militant hideouts if ...", "vowed to arrest anyone ...": a conflictual
      // act one side says it will or may do is a threat (PLOVER: THREATEN rather than the act plus a mode).
      events[i] = { ...e, type: 'THREATEN', mode: threatMode(e.type, e.mode), context: null, rule: `${e.rule} threat:${e.type}` };
    } else if (e.type === 'PROTEST' && announced(e.flags)) {
      // ... and an announced strike or boycott is a threat to restrict (PLOVER manual, THREATEN 'restrict').
      events[i] = { ...e, type: 'THREATEN', mode: 'restrict', context: null, rule: `${e.rule} intent:PROTEST` };
    }
  }
}
