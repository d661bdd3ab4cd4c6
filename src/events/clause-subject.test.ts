/** The clause subject reader over chunk tags (hand-written tags, so the rules are tested apart from the chunker). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyClauseSubject, clauseSubject } from './clause-subject.js';
import type { ActorMention } from '../actors/mentions.js';
import type { EventArguments } from './arguments.js';

/** "word/POS/CHUNK ..." → words and tags. */
function parse(tagged: string): { words: string[]; syntax: { pos: string[]; chunks: string[] } } {
  const parts = tagged.split(' ').map((t) => t.split('/'));
  return { words: parts.map((p) => p[0]), syntax: { pos: parts.map((p) => p[1]), chunks: parts.map((p) => p[2]) } };
}
const subjectText = (tagged: string, trigger: string): string | null => {
  const { words, syntax } = parse(tagged);
  const s = clauseSubject(words, syntax, words.indexOf(trigger));
  return s ? `${words.slice(s.first, s.last + 1).join(' ')} | ${words.slice(s.head.first, s.head.last + 1).join(' ')} | ${s.rule}` : null;
};

test('a noun phrase with prepositional phrases before the verb is the subject, headed by its first noun phrase', () => {
  assert.equal(subjectText('the/DT/B-NP Freedonian/JJ/I-NP navy/NN/I-NP under/IN/B-PP Admiral/NNP/B-NP Brown/NNP/I-NP began/VBD/B-VP shelling/VBG/I-VP the/DT/B-NP port/NN/I-NP', 'shelling'), 'the Freedonian navy under Admiral Brown | the Freedonian navy | np');
});

test('a verb after "and" shares the subject of the verb it is joined to; an adverb between changes nothing', () => {
  const s = 'Rebels/NNS/B-NP crossed/VBD/B-VP the/DT/B-NP river/NN/I-NP and/CC/O quickly/RB/B-ADVP seized/VBD/B-VP the/DT/B-NP town/NN/I-NP';
  assert.equal(subjectText(s, 'seized'), 'Rebels | Rebels | coordinated+np');
});

test('participles without an auxiliary describe a noun: no subject across their coordination', () => {
  const s = 'a/DT/B-NP partisan/NN/I-NP seized/VBN/B-VP by/IN/B-PP troops/NNS/B-NP and/CC/O jailed/VBN/B-VP for/IN/B-PP years/NNS/B-NP';
  assert.equal(subjectText(s, 'jailed'), null);
});

test('after a comma, a verb in a subordinate clause is not the one coordinated with', () => {
  const s = 'Ruritania/NNP/B-NP said/VBD/B-VP it/PRP/B-NP would/MD/B-VP agree/VB/I-VP if/IN/B-SBAR rebels/NNS/B-NP withdraw/VBP/B-VP ,/,/O but/CC/O will/MD/B-VP reject/VB/I-VP talks/NNS/B-NP';
  assert.equal(subjectText(s, 'reject'), 'it | it | coordinated+np');
});

test('an infinitive takes the object of the verb before it, or that verb\'s subject', () => {
  assert.equal(subjectText('Guards/NNS/B-NP urged/VBD/B-VP other/JJ/B-NP inmates/NNS/I-NP to/TO/B-VP attack/VB/I-VP them/PRP/B-NP', 'attack'), 'other inmates | other inmates | infinitive-object');
  assert.equal(subjectText('Protesters/NNS/B-NP tried/VBD/B-VP to/TO/B-VP break/VB/I-VP the/DT/B-NP line/NN/I-NP', 'break'), 'Protesters | Protesters | infinitive+np');
});

test('a trigger noun is the act of the subject of a support verb only ("dropped bombs", not "condemned the attack")', () => {
  assert.equal(subjectText('Jets/NNS/B-NP dropped/VBD/B-VP bombs/NNS/B-NP', 'bombs'), 'Jets | Jets | object-of-verb+np');
  assert.equal(subjectText('Ruritania/NNP/B-NP condemned/VBD/B-VP the/DT/B-NP attack/NN/I-NP', 'attack'), null);
});

test('"when" opens a clause of its own: no subject read across it', () => {
  assert.equal(subjectText('she/PRP/B-NP told/VBD/B-VP reporters/NNS/B-NP when/WRB/B-ADVP asked/VBN/B-VP', 'asked'), null);
});

const mention = (first: number, last: number, country: string | null, locative = false): ActorMention => ({ start: first, end: last + 1, first, last, country, sector: null, otherSectors: [], entity: country, entityType: country ? 'GPE' : null, locative, rule: 'test' });

test('the subject\'s actors replace actors the word window found outside it, and leave the recipients they claim', () => {
  const { words, syntax } = parse('Military/JJ/B-NP aircraft/NN/I-NP from/IN/B-PP Ruritania/NNP/B-NP crossed/VBD/B-VP the/DT/B-NP border/NN/I-NP with/IN/B-PP Freedonia/NNP/B-NP and/CC/O dropped/VBD/B-VP bombs/NNS/B-NP');
  const ruritania = mention(3, 3, 'RUR', true);
  const freedonia = mention(8, 8, 'FRE');
  const args: EventArguments = { actors: [freedonia], recipients: [], location: null, passive: false };
  const rule = applyClauseSubject(clauseSubject(words, syntax, words.indexOf('bombs')), words, [ruritania, freedonia], args);
  assert.equal(rule, 'object-of-verb+coordinated+np');
  assert.deepEqual(args.actors.map((a) => a.country), ['RUR']);
  // Already inside the subject: nothing changes.
  const kept: EventArguments = { actors: [ruritania], recipients: [], location: null, passive: false };
  assert.equal(applyClauseSubject(clauseSubject(words, syntax, words.indexOf('bombs')), words, [ruritania, freedonia], kept), null);
});

test('a gerund after "before"/"while" or a comma shares the subject of the verb before it', () => {
  assert.equal(subjectText('Soldiers/NNS/B-NP stole/VBD/B-VP cattle/NNS/B-NP while/IN/B-SBAR searching/VBG/B-VP homes/NNS/B-NP before/IN/B-PP burning/VBG/B-VP shacks/NNS/B-NP', 'burning'), 'Soldiers | Soldiers | gerund+gerund+np');
  assert.equal(subjectText('Troops/NNS/B-NP surrounded/VBD/B-VP the/DT/B-NP village/NN/I-NP ,/,/O killing/VBG/B-VP two/CD/B-NP', 'killing'), 'Troops | Troops | gerund+np');
});

test('an actor in a phrase after the subject\'s head gives way to the actor the head names', () => {
  const { words, syntax } = parse('the/DT/B-NP Freedonian/JJ/I-NP navy/NN/I-NP under/IN/B-PP Admiral/NNP/B-NP Brown/NNP/I-NP began/VBD/B-VP shelling/VBG/I-VP the/DT/B-NP port/NN/I-NP');
  const navy = mention(1, 2, 'FRD');
  const admiral = mention(4, 5, null);
  const args: EventArguments = { actors: [admiral], recipients: [], location: null, passive: false };
  assert.equal(applyClauseSubject(clauseSubject(words, syntax, words.indexOf('shelling')), words, [navy, admiral], args), 'np');
  assert.deepEqual(args.actors.map((a) => a.country), ['FRD']);
});

test('the subject of a relative clause is the noun phrase its pronoun stands for, even a place', () => {
  assert.equal(subjectText('Aid/NN/B-NP was/VBD/B-VP flown/VBN/I-VP to/TO/B-PP Freedonia/NNP/B-NP ,/,/O which/WDT/B-NP has/VBZ/B-VP accused/VBN/I-VP Sylvania/NNP/B-NP', 'accused'), 'Freedonia | Freedonia | relative');
  const { words, syntax } = parse('Aid/NN/B-NP was/VBD/B-VP flown/VBN/I-VP to/TO/B-PP Freedonia/NNP/B-NP ,/,/O which/WDT/B-NP has/VBZ/B-VP accused/VBN/I-VP Sylvania/NNP/B-NP');
  const place = { ...mention(4, 4, 'FRD'), locative: true };
  const args: EventArguments = { actors: [], recipients: [mention(9, 9, 'SYL')], location: null, passive: false };
  assert.equal(applyClauseSubject(clauseSubject(words, syntax, words.indexOf('accused')), words, [place], args), 'relative');
  assert.deepEqual(args.actors.map((a) => a.country), ['FRD']);
});

test('a participle phrase opening the sentence has the main clause\'s subject', () => {
  assert.equal(subjectText('Emerging/VBG/B-VP from/IN/B-PP a/DT/B-NP meeting/NN/I-NP with/IN/B-PP Obama/NNP/B-NP ,/,/O Sanders/NNP/B-NP said/VBD/B-VP', 'meeting'), 'Sanders | Sanders | opening-participle');
  assert.equal(subjectText('After/IN/B-SBAR meeting/VBG/B-VP the/DT/B-NP envoy/NN/I-NP ,/,/O the/DT/B-NP minister/NN/I-NP said/VBD/B-VP', 'meeting'), 'the minister | the minister | opening-participle');
  // A trigger after the opening phrase's comma is read as before.
  assert.notEqual(subjectText('Emerging/VBG/B-VP from/IN/B-PP talks/NNS/B-NP ,/,/O Sanders/NNP/B-NP attacked/VBD/B-VP Trump/NNP/B-NP', 'attacked'), 'Sanders | Sanders | opening-participle');
});
