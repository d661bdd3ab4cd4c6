/**
 * Who did it and to whom: the actor is the nearest actor mention before the
 * trigger in its clause (with any mentions coordinated with it), the
 * recipient the nearest one after it; passives ("was attacked by X") swap
 * them. Places after "in"/"at" are locations, never actors.
 */
import type { ActorMention } from '../actors/mentions.js';
import { isParticiple } from './inflect.js';
import { isNumberWord } from '../language/values/number-words.js';

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s"]);
const BREAK = new Set([';', '.', '?', '!', 'but', 'while', 'although', 'whereas', 'because', 'after', 'before', 'since', 'when', 'as', 'said', 'says', 'told', 'according', 'despite', 'amid']);
const RECEIVE = new Set(['received', 'receives', 'receive', 'faced', 'faces', 'face', 'got', 'drew', 'draws']);
const RECIPIENT_WINDOW = 12;
const ACTOR_WINDOW = 20;

export interface EventArguments {
  actors: ActorMention[];
  recipients: ActorMention[];
  location: ActorMention | null;
  /** Passive voice detected. */
  passive: boolean;
  /** Word index of a pronoun subject ("He met ...") left for the article to resolve; -1 when none. */
  pronoun?: number;
}


const PASSIVE_GAP = new Set(['being', 'not', 'also', 'later', 'then', 'again', 'on', 'today', 'yesterday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const SUBORDINATOR = new Set(['after', 'before', 'while', 'by', 'since', 'when', 'without']);
const SPEECH_AFTER = new Set(['said', 'says', 'told', 'reported', 'added', 'stated']);
const RELATIVE = new Set(['who', 'which', 'whose']);
const PRONOUN = new Set(['it', 'they', 'he', 'she', 'we']);
const PERSONAL_SUBJECT = new Set(['they', 'he', 'she', 'we']);
/** Verbs whose object is the one told: "told reporters he would". */
const TELLING = new Set(['told', 'assured', 'informed', 'warned', 'reminded']);
const SAYING = new Set(['said', 'says', 'announced', 'stated', 'added', 'warned', 'declared', 'insisted', 'confirmed', 'told', 'that']);

function lastIndexBefore(words: readonly string[], before: number, test: (w: string) => boolean, window: number): number {
  for (let k = before - 1; k >= Math.max(0, before - window); k--) {
    if (BREAK.has(words[k]) && !SAYING.has(words[k])) return -1;
    if (test(words[k])) return k;
  }
  return -1;
}

const PREPOSITION = new Set(['at', 'in', 'during', 'after', 'on', 'before', 'following']);

/**
 * A clause boundary between words [from, to). "said" is one unless it only
 * introduces a setting ("Shoigu said at a meeting with ..."); "as" is not in
 * "quoted X as saying".
 */
function breaksBetween(words: readonly string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = words[k];
    // A short aside in brackets ("Sanders (I-Vt.) said", "Reid (D-Nev.)") breaks nothing, its full stops included.
    if (w === '(') {
      const close = words.indexOf(')', k + 1);
      if (close > k && close - k <= 8 && close < to) {
        k = close;
        continue;
      }
    }
    if (!BREAK.has(w)) continue;
    if ((w === 'said' || w === 'says' || w === 'told') && PREPOSITION.has(words[k + 1])) continue;
    if (w === 'as' && words[k + 1] === 'saying') continue;
    return true;
  }
  return false;
}

/** "fired shells at Seoul", "sent troops into northern Iraq": a place after these is a target. */
const TARGET_PREPOSITION = new Set(['at', 'against', 'on', 'into']);
const JOIN = new Set(['and', ',', 'the', 'or']);

/** The first actor of the trigger's clause, when a verb phrase (not a list) separates it from `near`. */
function clauseSubject(words: readonly string[], head: number, near: ActorMention, actors: readonly ActorMention[]): ActorMention | null {
  let from = 0;
  for (let k = near.first - 1; k >= 0; k--) {
    if (breaksBetween(words, k, k + 1)) {
      from = k + 1;
      break;
    }
  }
  const subject = actors.find((m) => m.first >= from && m.last < near.first && head - m.last <= ACTOR_WINDOW);
  if (!subject) return null;
  const between = words.slice(subject.last + 1, near.first);
  return between.some((w) => !JOIN.has(w)) && between.length >= 2 ? subject : null;
}

/** Words that may stand between a verb and its object's noun: "killing two people", "injuring a dozen more". */
const QUANTIFIER = new Set(['a', 'an', 'the', 'several', 'many', 'some']);

/** The mention stands right after a participle or -ing verb ("killing two people"), as its object. */
function objectOfVerb(words: readonly string[], m: ActorMention): boolean {
  for (let k = m.first - 1; k >= Math.max(0, m.first - 3); k--) {
    if (/^\d[\d,.]*$/.test(words[k]) || QUANTIFIER.has(words[k]) || isNumberWord(words[k])) continue;
    return words[k].endsWith('ing') || isParticiple(words[k]);
  }
  return false;
}

/** Index of the comma opening ", <participle> ... ," that ends right before `head`, or -1. */
function participleAside(words: readonly string[], head: number): number {
  if (words[head - 1] !== ',') return -1;
  for (let k = head - 2; k >= Math.max(0, head - 16); k--) {
    if (words[k] !== ',') continue;
    return /^\p{Ll}+ing$/u.test(words[k + 1] ?? '') ? k : -1;
  }
  return -1;
}

export function findArguments(words: readonly string[], head: number, last: number, mentions: readonly ActorMention[], symmetric: boolean, targeted = false): EventArguments {
  const actorsAll = mentions.filter((m) => !m.locative);
  const location = mentions.find((m) => m.locative) ?? null;
  // "Algeria, fighting a war against guerrillas, attacked Britain": a participle phrase set off by
  // commas right before the trigger is an aside; its names are not the subject.
  const aside = participleAside(words, head);
  // Nearest mention ending before the trigger, without a clause break between.
  let left: ActorMention | null = null;
  for (const m of actorsAll) {
    if (m.last >= head || head - m.last > ACTOR_WINDOW) continue;
    if (aside >= 0 && m.first > aside) continue;
    if (breaksBetween(words, m.last + 1, head)) continue;
    left = m;
  }
  // "Seven Iraqis who seized a Sudanese airliner ... were charged": names inside a relative
  // clause opened after an earlier mention do not displace it as the subject.
  if (left) {
    for (const m of actorsAll) {
      if (m.last >= left.first) break;
      const next = words[m.last + 1] === ',' ? m.last + 2 : m.last + 1;
      if (RELATIVE.has(words[next]) && next < left.first && !breaksBetween(words, m.last + 1, next) && head - m.last <= ACTOR_WINDOW) {
        left = m;
        break;
      }
    }
  }
  // "commandos boarded the boat, seizing ...", "troops entered the village and burned ...": a
  // participle after a comma, or a verb coordinated by "and", shares its clause's subject, not
  // the object of the verb before it.
  if (left && ((words[head - 1] === ',' && words[head].endsWith('ing')) || (words[head - 1] === 'and' && (isParticiple(words[head]) || words[head].endsWith('ing'))))) {
    // "killing two people and injuring a dozen more": with no subject of its own, the object of the verb before is not one either.
    left = clauseSubject(words, head, left, actorsAll) ?? (words[head - 1] === 'and' && objectOfVerb(words, left) ? null : left);
  }
  // "troops ... after driving out rebels": a gerund after a subordinator shares the main clause's subject.
  if (!left && words[head].endsWith('ing') && SUBORDINATOR.has(words[head - 1])) {
    // The clause's subject: its first actor after the last boundary before the subordinator.
    let from = 0;
    for (let k = head - 2; k >= 0; k--) {
      if (breaksBetween(words, k, k + 1)) {
        from = k + 1;
        break;
      }
    }
    left = actorsAll.find((m) => m.first >= from && m.last < head - 1 && head - m.last <= ACTOR_WINDOW) ?? null;
  }
  // "Johnson told reporters he would resign": a subject pronoun between the nearest name and the verb is the
  // verb's subject ("it" may be an object, so only the personal ones).
  if (left && lastIndexBefore(words, head, (w) => PERSONAL_SUBJECT.has(w), 4) > left.last) left = null;
  // "China said it would impose ...": a pronoun subject after a verb of saying is that verb's subject.
  if (!left) {
    const pronoun = lastIndexBefore(words, head, (w) => PRONOUN.has(w), 6);
    // "said on Wednesday they", "said in a statement it": the verb of saying may stand a few words back.
    let saying = -1;
    for (let k = pronoun - 1; pronoun > 0 && k >= Math.max(0, pronoun - 4); k--) {
      if (SAYING.has(words[k])) {
        saying = k;
        break;
      }
    }
    const subjectBefore = (k: number) => {
      let found: ActorMention | null = null;
      for (const m of actorsAll) if (m.last < k && k - m.last <= 3) found = m;
      return found;
    };
    if (saying >= 0) left = subjectBefore(saying);
    // "told reporters (on Monday) that he would": the one told is passed over for the one telling.
    const teller = left ? left.first - (words[left.first - 1] === 'the' ? 2 : 1) : -1;
    if (teller >= 0 && TELLING.has(words[teller])) left = subjectBefore(teller);
  }
  const leftGroup: ActorMention[] = [];
  if (left) {
    leftGroup.push(left);
    // "India and Russia held talks": walk back over "and" / "," coordination.
    // A comma joins only in a list that ends in "and" ("Mordor, Rohan and Bree"), not "Under X, Y ...".
    let cur = left;
    let sawAnd = false;
    for (let i = actorsAll.indexOf(left) - 1; i >= 0; i--) {
      const between = words.slice(actorsAll[i].last + 1, cur.first);
      const joined = (between.length === 0 && actorsAll[i].first === cur.first) || (between.length >= 1 && between.length <= 2 && between.every((w) => w === 'and' || w === ',' || w === 'the'));
      if (!joined) break;
      if (between.includes('and')) sawAnd = true;
      else if (between.length > 0 && !sawAnd) break;
      leftGroup.unshift(actorsAll[i]);
      cur = actorsAll[i];
    }
  }
  const rightGroup: ActorMention[] = [];
  // "seized a Saudi supertanker": an actor inside the matched phrase, after its trigger, is its object too.
  // Inside the phrase only a named or national actor counts: not its own last word ("sent troops":
  // the troops are the sender's) nor a bare role word ("waged a guerrilla war").
  const after = actorsAll.filter((m) => m.first > head && (m.first > last || (m.last < last && (m.country !== null || m.entity !== null))) && m.first - last <= RECIPIENT_WINDOW);
  const joinWords = (a: ActorMention, b: ActorMention) => words.slice(a.last + 1, b.first);
  const joins = (w: string[]) => w.length > 0 && w.length <= 2 && w.every((x) => x === 'and' || x === ',' || x === 'the');
  for (let i = 0; i < after.length; i++) {
    const m = after[i];
    const prev = rightGroup[rightGroup.length - 1];
    if (breaksBetween(words, (prev ? prev.last : Math.min(last, m.first - 1)) + 1, m.first)) break;
    // ", fire officials said": the speaker of the sentence is no recipient.
    if (SPEECH_AFTER.has(words[m.last + 1]) && words.slice(last + 1, m.first).includes(',')) break;
    if (prev) {
      const between = joinWords(prev, m);
      if (!joins(between)) break;
      // A bare comma joins only inside a list that goes on to "and" ("X, Y and Z"), not "X, officials said".
      if (!between.includes('and')) {
        let k = i + 1;
        while (k < after.length && joins(joinWords(after[k - 1], after[k])) && !joinWords(after[k - 1], after[k]).includes('and')) k++;
        if (!(k < after.length && joinWords(after[k - 1], after[k]).includes('and'))) break;
      }
    }
    rightGroup.push(m);
  }
  const beforeHead = words.slice(Math.max(0, head - 3), head);
  // "X received warnings from Y": the subject is on the receiving end, like a passive.
  const received = beforeHead.some((w) => RECEIVE.has(w)) && words.slice(last + 1, last + 3).includes('from');
  // A form of "be" right before the participle, with at most an adverb or "being" between.
  const beBefore = (() => {
    for (let k = head - 1; k >= Math.max(0, head - 3); k--) {
      if (BE.has(words[k])) return true;
      if (!(words[k].endsWith('ly') || PASSIVE_GAP.has(words[k]))) return false;
    }
    return false;
  })();
  const passive = received || (isParticiple(words[head]) && beBefore);
  if (passive) {
    const byIndex = words.indexOf(received ? 'from' : 'by', last + 1);
    const agent = byIndex >= 0 && byIndex - last <= 6 ? mentions.filter((m) => m.first > byIndex && m.first - byIndex <= 3).slice(0, 1) : [];
    return { actors: agent, recipients: leftGroup, location, passive };
  }
  // "fired shells at Seoul": a place attacked or targeted is the recipient.
  if (rightGroup.length === 0 && targeted) {
    const target = mentions.find((m) => m.locative && m.first > last && m.first - last <= RECIPIENT_WINDOW && TARGET_PREPOSITION.has(words[/^(the|\w+ern)$/.test(words[m.first - 1]) ? m.first - 2 : m.first - 1]));
    if (target) rightGroup.push(target);
  }
  // "talks between X and Y", "clashes between X and Y": both sides after the trigger.
  if (leftGroup.length === 0 && rightGroup.length > 1 && words.slice(last + 1, rightGroup[0].first).includes('between')) {
    return { actors: [rightGroup[0]], recipients: rightGroup.slice(1), location, passive };
  }
  if (symmetric && leftGroup.length > 1 && rightGroup.length === 0) {
    return { actors: [leftGroup[0]], recipients: leftGroup.slice(1), location, passive };
  }
  // "He met ...": a pronoun subject in the clause, for the article to resolve from earlier sentences.
  // "They rammed our shacks and destroyed ...": a coordinated verb looks further back for its subject.
  const pronoun = leftGroup.length === 0 ? lastIndexBefore(words, head, (w) => PRONOUN.has(w), words[head - 1] === 'and' ? 10 : 4) : -1;
  return { actors: leftGroup, recipients: rightGroup, location, passive, pronoun };
}
