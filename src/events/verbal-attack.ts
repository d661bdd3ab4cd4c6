/**
 * Refiner: an "attack" on a person with nothing violent around it is words,
 * not arms. Political news writes "Cruz stepped up his attacks on Trump",
 * "brutally attacking him" for criticism; PLOVER codes that ACCUSE
 * (disapprove). The lexicon's "attack" is ASSAULT; this refiner retypes it
 * when its target is a person (a named one, or him/her/them) and the
 * sentence has no word of violence.
 */
import type { ActorMention } from '../actors/mentions.js';

const ATTACK = new Set(['attack', 'attacks', 'attacked', 'attacking']);
const PERSON_PRONOUN = new Set(['him', 'her', 'them', 'me', 'us', 'himself', 'herself']);
/** Any of these in the sentence keeps an attack physical. */
const VIOLENCE = /^(?:gun|guns|gunman|gunmen|gunfire|shot|shots|shoot|shooting|shelling|killed|kill|killing|dead|died|wounded|injured|injuring|bomb|bombs|bombing|explosive|explosives|knife|stabbed|stabbing|beat|beaten|punched|troops|soldiers|army|military|militants|rebels|insurgents|forces|police|airstrike|airstrikes|missile|missiles|rocket|rockets|grenade|weapon|weapons|armed|assailant|assailants|attacker|attackers|terrorist|terrorists|terror|suicide|raid|mob|dog|dogs|shark|bear|heart|crowd|gang|thugs|youths|rioters|stick|sticks|stones|rocks|bat|bats|hospital|hospitalised|hospitalized|injuries|beating|assaulted|kicked|axe|machete|acid)$/;

/** True when the attack at `head` reads as criticism of a person. */
export function isVerbalAttack(words: readonly string[], head: number, recipients: readonly ActorMention[]): boolean {
  if (!ATTACK.has(words[head])) return false;
  if (words.some((w) => VIOLENCE.test(w))) return false;
  // "attacking him", "attacks on Sanders", "attacked Romney": the target right after the trigger (or "on").
  let at = head + 1;
  if (words[at] === 'on' || words[at] === 'against') at++;
  if (PERSON_PRONOUN.has(words[at])) return true;
  return recipients.some((r) => r.entityType === 'PERSON' && r.first >= head + 1 && r.first <= at + 3);
}
