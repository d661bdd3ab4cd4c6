/**
 * The grammatical subject of a trigger's verb, read from the chunker's
 * phrases (src/language/syntax): what the word-window argument finder gets
 * wrong when a name stands between the subject and the verb.
 *   "the German airforce under Hermann Goering began its bombing": the noun
 *     phrase before the verb and the prepositional phrases after it form the
 *     subject, whose head is the first noun phrase;
 *   "KDP fighters were outgunned ... and had quickly withdrawn": a verb phrase
 *     after "and" shares the subject of the verb phrase it is joined to;
 *   "encouraged other inmates to attack them": an infinitive after a verb and
 *     its object takes that object as subject; after a verb alone ("tried to
 *     break"), that verb's subject;
 *   "Military aircraft from Sudan crossed the border and dropped bombs": a
 *     trigger noun that is the object of a support verb takes that verb's subject;
 *   "soldiers stole cattle before burning shacks", ", killing two": a gerund
 *     after a subordinating preposition or a comma shares the subject of the
 *     verb before it;
 *   "extradited to Germany, which has requested their deportation": the subject
 *     of a relative clause is the noun phrase its pronoun stands for;
 *   "Emerging from a meeting with Obama, Sanders said": a participle phrase
 *     opening the sentence has the main clause's subject.
 * Returns null when the phrases do not show a subject.
 */
import { phrasesOf, type Phrase } from '../language/syntax/features.js';
import { loadSyntaxTagger, type SyntaxTags } from '../language/syntax/tagger.js';
import type { ActorMention } from '../actors/mentions.js';
import type { EventArguments } from './arguments.js';
import { inflections } from './inflect.js';

export interface ClauseSubject {
  /** Word indices (inclusive) of the whole subject, prepositional phrases included. */
  readonly first: number;
  readonly last: number;
  /** The head noun phrase: the subject's first noun phrase. */
  readonly head: { readonly first: number; readonly last: number };
  /** How it was read: `np`, `coordinated`, `gerund`, `infinitive-object`, `infinitive`, `object-of-verb` (joined with '+'). */
  readonly rule: string;
}

const COORDINATOR = new Set(['and', 'or', 'but']);
const RELATIVE_PRONOUN = new Set(['who', 'which']);
/** Prepositions and subordinators before a gerund whose subject is the main clause's ("before destroying"). */
const GERUND_LINK = new Set(['before', 'after', 'while', 'by', 'without', 'since', 'when', 'upon', 'on', 'in']);
/** Words that open a subordinate clause. */
const SUBORDINATOR = new Set(['if', 'when', 'whenever', 'where', 'while', 'because', 'although', 'though', 'unless', 'until', 'after', 'before', 'since', 'as', 'that', 'whether', 'once', 'who', 'which']);
/** How many verb phrases back a coordination or an infinitive may look. */
const MAX_DEPTH = 3;

function phraseAt(phrases: readonly Phrase[], i: number): number {
  return phrases.findIndex((p) => p.first <= i && i <= p.last);
}

/** Index of the phrase ending right before word `i`, skipping adverb phrases; -1 when a word outside any phrase comes first. */
function phraseBefore(phrases: readonly Phrase[], words: readonly string[], i: number): { index: number; gapWord: string | null; gapAt: number } {
  let k = i - 1;
  for (;;) {
    if (k < 0) return { index: -1, gapWord: null, gapAt: -1 };
    const at = phraseAt(phrases, k);
    if (at < 0) return { index: -1, gapWord: words[k], gapAt: k };
    // An adverb phrase ("also", "quickly") stands between a subject and its verb; "when", "where" open a clause of their own.
    if (phrases[at].type === 'ADVP' && !SUBORDINATOR.has(words[phrases[at].first].toLowerCase())) {
      k = phrases[at].first - 1;
      continue;
    }
    return { index: at, gapWord: null, gapAt: -1 };
  }
}

const isCoordination = (between: readonly string[]): boolean => between.length > 0 && between.length <= 2 && between.every((w) => w === ',' || COORDINATOR.has(w.toLowerCase())) && between.some((w) => w === 'and' || w === 'or' || w === ',');

/**
 * Verbs whose object noun names an act the subject does ("launched an attack", "dropped bombs",
 * "held talks"); after other verbs the noun is someone else's act ("condemned the attack").
 */
const SUPPORT_VERBS = new Set(['launch', 'carry', 'stage', 'wage', 'drop', 'fire', 'hold', 'conduct', 'mount', 'begin', 'start', 'continue', 'resume', 'intensify', 'escalate', 'step', 'make', 'sign', 'open', 'impose', 'issue', 'lodge', 'file', 'deliver', 'send', 'deploy', 'unleash', 'revive', 'restart', 'renew', 'reopen', 'join', 'enter', 'pursue', 'announce', 'order', 'authorize', 'authorise', 'organize', 'organise', 'lead'].flatMap((v) => inflections(v)));

/** The verb phrases before phrase `from`, nearest first, up to a clause boundary (";", ":", "."). */
function* verbsBefore(phrases: readonly Phrase[], words: readonly string[], from: number): Generator<number> {
  for (let p = from - 1; p >= 0; p--) {
    if (words.slice(phrases[p].last + 1, phrases[p + 1].first).some((w) => w === ';' || w === ':' || w === '.')) return;
    if (phrases[p].type === 'VP') yield p;
  }
}

/** The subject of the verb phrase `vp` (a phrase index). */
function subjectOfVerb(phrases: readonly Phrase[], words: readonly string[], pos: readonly string[], vp: number, depth: number): ClauseSubject | null {
  if (depth > MAX_DEPTH) return null;
  const verb = phrases[vp];
  const before = phraseBefore(phrases, words, verb.first);
  // "stole a necklace ... before destroying shacks", "surrounded the village, killing two": a gerund
  // after a subordinating preposition or a comma shares the subject of the verb before it.
  if (pos[verb.first] === 'VBG' && ((before.index >= 0 && GERUND_LINK.has(words[phrases[before.index].first].toLowerCase()) && (phrases[before.index].type === 'PP' || phrases[before.index].type === 'SBAR')) || before.gapWord === ',')) {
    for (const p of verbsBefore(phrases, words, before.index >= 0 ? before.index : vp)) {
      const s = subjectOfVerb(phrases, words, pos, p, depth + 1);
      return s ? { ...s, rule: `gerund+${s.rule}` } : null;
    }
    return null;
  }
  if (before.index < 0) {
    // "... and had quickly withdrawn": the subject of the verb phrase before the coordinator.
    if (!before.gapWord || !COORDINATOR.has(before.gapWord.toLowerCase())) return null;
    for (const p of verbsBefore(phrases, words, vp)) {
      // "a partisan seized ... and jailed": participles without an auxiliary describe a noun, they have no subject.
      if (phrases[p].first === phrases[p].last && pos[phrases[p].first] === 'VBN') return null;
      const s = subjectOfVerb(phrases, words, pos, p, depth + 1);
      // "... if Armenian forces pull out, but will not accept": after a comma, a verb in a subordinate clause is not the one
      // coordinated with ("while cops began spraying and arresting" keeps its clause).
      if (s && s.first > 0 && SUBORDINATOR.has(words[s.first - 1].toLowerCase()) && words[before.gapAt - 1] === ',') continue;
      return s ? { ...s, rule: `coordinated+${s.rule}` } : null;
    }
    return null;
  }
  const prev = phrases[before.index];
  const infinitive = words[verb.first].toLowerCase() === 'to';
  if (infinitive) {
    // "tried to break": the subject of the verb it completes.
    if (prev.type === 'VP') {
      const s = subjectOfVerb(phrases, words, pos, before.index, depth + 1);
      return s ? { ...s, rule: `infinitive+${s.rule}` } : null;
    }
    // "encouraged other inmates to attack": the object of the verb before.
    if (prev.type === 'NP') {
      const verbBefore = phraseBefore(phrases, words, prev.first);
      if (verbBefore.index >= 0 && phrases[verbBefore.index].type === 'VP') return { first: prev.first, last: prev.last, head: { first: prev.first, last: prev.last }, rule: 'infinitive-object' };
    }
    return null;
  }
  if (prev.type !== 'NP') return null;
  // "extradited to Germany, which has requested their deportation": a relative pronoun stands for the noun phrase before it.
  if (prev.first === prev.last && RELATIVE_PRONOUN.has(words[prev.first].toLowerCase())) {
    const antecedent = phrases[before.index - 1];
    if (!antecedent || antecedent.type !== 'NP' || !words.slice(antecedent.last + 1, prev.first).every((w) => w === ',')) return null;
    return { first: antecedent.first, last: antecedent.last, head: { first: antecedent.first, last: antecedent.last }, rule: 'relative' };
  }
  // "the German airforce under Hermann Goering began": an NP (PP NP)* chain before the verb.
  let headIndex = before.index;
  // Walk back over "NP PP NP" links: the first noun phrase heads the subject.
  while (headIndex >= 2 && phrases[headIndex - 1].type === 'PP' && phrases[headIndex - 2].type === 'NP' && phrases[headIndex - 1].first === phrases[headIndex - 2].last + 1 && phrases[headIndex].first === phrases[headIndex - 1].last + 1) headIndex -= 2;
  // "the Zairean and Rwandan governments", "India , China and Russia": coordinated noun phrases are one subject.
  while (headIndex >= 1 && phrases[headIndex - 1].type === 'NP' && isCoordination(words.slice(phrases[headIndex - 1].last + 1, phrases[headIndex].first))) headIndex--;
  const head = phrases[headIndex];
  // A subject opened by a preposition is no subject ("In the end, ...", "After the talks ..."): PP right before the chain.
  if (headIndex > 0 && phrases[headIndex - 1].type === 'PP' && phrases[headIndex - 1].last === head.first - 1) return null;
  return { first: head.first, last: prev.last, head: { first: head.first, last: head.last }, rule: 'np' };
}

/**
 * "Emerging from a meeting with Obama, Sanders said ...", "After meeting the envoy, the minister ...":
 * a participle phrase opening the sentence has the main clause's subject, the noun phrases right
 * after its comma. Null when the trigger is not inside such an opening phrase.
 */
function openingParticipleSubject(phrases: readonly Phrase[], words: readonly string[], pos: readonly string[], head: number): ClauseSubject | null {
  let start = 0;
  while (start < words.length && QUOTE_MARK.test(words[start])) start++;
  const participle = /^VB[GN]$/.test(pos[start] ?? '') || (GERUND_LINK.has(words[start]?.toLowerCase() ?? '') && pos[start + 1] === 'VBG');
  if (!participle) return null;
  const comma = words.indexOf(',', start);
  if (comma < 0 || head >= comma) return null;
  const first = phraseAt(phrases, comma + 1);
  if (first < 0 || phrases[first].type !== 'NP') return null;
  let last = first;
  while (last + 2 < phrases.length && phrases[last + 1].type === 'PP' && phrases[last + 2].type === 'NP' && phrases[last + 1].first === phrases[last].last + 1 && phrases[last + 2].first === phrases[last + 1].last + 1) last += 2;
  if (!phrases[last + 1] || phrases[last + 1].type !== 'VP') return null;
  return { first: phrases[first].first, last: phrases[last].last, head: { first: phrases[first].first, last: phrases[first].last }, rule: 'opening-participle' };
}

/** A sentence's phrases, read once for all its triggers (the tags are shared and never changed). */
const phrasesByChunks = new WeakMap<readonly string[], Phrase[]>();

/** The subject of the clause whose verb governs the trigger at word `head`, from part-of-speech and BIO chunk tags. */
export function clauseSubject(words: readonly string[], syntax: SyntaxTags, head: number): ClauseSubject | null {
  const { pos, chunks } = syntax;
  let phrases = phrasesByChunks.get(chunks);
  if (!phrases) phrasesByChunks.set(chunks, (phrases = phrasesOf(chunks)));
  const at = phraseAt(phrases, head);
  if (at < 0) return null;
  const opening = openingParticipleSubject(phrases, words, pos, head);
  if (opening) return opening;
  if (phrases[at].type === 'VP') return subjectOfVerb(phrases, words, pos, at, 0);
  // "dropped bombs", "began its \" Blitz \" bombing campaign": a trigger noun in the noun phrases right after a verb phrase is its object.
  if (phrases[at].type === 'NP') {
    let p = at;
    while (p > 0 && phrases[p - 1].type === 'NP' && words.slice(phrases[p - 1].last + 1, phrases[p].first).every((w) => QUOTE_MARK.test(w))) p--;
    if (p > 0 && phrases[p - 1].type === 'VP' && phrases[p - 1].last === phrases[p].first - 1 && SUPPORT_VERBS.has(words[phrases[p - 1].last].toLowerCase())) {
      const s = subjectOfVerb(phrases, words, pos, p - 1, 0);
      return s ? { ...s, rule: `object-of-verb+${s.rule}` } : null;
    }
  }
  return null;
}

const PRONOUN_SUBJECT = new Set(['he', 'she', 'they', 'we', 'it']);
const QUOTE_MARK = /^["'“”‘’]$/;
/** Prepositions inside a subject whose place is the actor's origin ("aircraft from Sudan"), not where the act happened. */
const ORIGIN = new Set(['from', 'of']);

/**
 * Refiner: when the subject the phrases show names an actor and none of the actors the word
 * window found lies in it, the subject's actors take their place (those of its head noun phrase
 * first). Returns the rule applied, or null when nothing changed.
 */
export function applyClauseSubject(subject: ClauseSubject | null, words: readonly string[], mentions: readonly ActorMention[], args: EventArguments): string | null {
  if (!subject || args.passive) return null;
  const within = (a: ActorMention, from: number, to: number) => a.first >= from && a.last <= to;
  // A place is no subject, except as the origin of one ("aircraft from Sudan") or the antecedent of a relative pronoun ("to Germany, which has requested").
  const usable = (a: ActorMention) => !a.locative || subject.rule === 'relative' || (a.first > 0 && ORIGIN.has(words[a.first - 1].toLowerCase()));
  const inHead = mentions.filter((a) => usable(a) && within(a, subject.head.first, subject.head.last));
  // An actor the window found inside the subject stays, unless it sits in a phrase after a head that names one
  // ("the German airforce under Hermann Goering": the airforce, not Goering).
  if (args.actors.some((a) => within(a, subject.first, subject.last)) && (inHead.length === 0 || args.actors.some((a) => within(a, subject.head.first, subject.head.last)))) return null;
  const inChain = mentions.filter((a) => usable(a) && within(a, subject.first, subject.last) && !inHead.includes(a));
  // "Military aircraft from Sudan": when the head names no one, the place it comes from does.
  const chosen = inHead.some((a) => a.country || a.entity) || inChain.length === 0 ? inHead : inChain;
  if (chosen.length === 0) {
    // "they opened fire on police and killed a pedestrian": a pronoun subject, for the article to resolve, rather than the nearest name
    // Only across a coordination or from a verb to its object: a plain "X said it would ..." keeps the reading the word window gives.
    if (subject.rule !== 'np' && subject.head.first === subject.head.last && PRONOUN_SUBJECT.has(words[subject.head.first]) && args.actors.length > 0) {
      args.actors.splice(0, args.actors.length);
      args.pronoun = subject.head.first;
      return `${subject.rule}+pronoun`;
    }
    return null;
  }
  args.actors.splice(0, args.actors.length, ...chosen.map((a) => ({ ...a, rule: `${a.rule}+subject` })));
  // A recipient the subject now claims is no recipient.
  for (let k = args.recipients.length - 1; k >= 0; k--) if (chosen.some((a) => a.first === args.recipients[k].first)) args.recipients.splice(k, 1);
  return subject.rule;
}

/**
 * Part-of-speech and chunk tags of a sentence's words from the shipped syntax model (those the
 * quote stage made for the same article text `scope`, when it ran); null when
 * DATELINE_EVENT_SYNTAX=0 (for measuring without).
 */
export function sentenceSyntax(words: readonly string[], scope?: string): SyntaxTags | null {
  if (process.env.DATELINE_EVENT_SYNTAX === '0') return null;
  return loadSyntaxTagger().tag(words, scope);
}
