/** Actor mentions: possessors and modifiers between a country and a role (made-up sentences). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildKnowledgeBase, loadKnowledgeBase } from './kb.js';
import { findActorMentions } from './mentions.js';

const kb = loadKnowledgeBase();
const words = (text: string) => [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0] }));
const mentionsOf = (text: string) => findActorMentions(words(text), [], kb, '2020-01-01').map((m) => ({ text: text.slice(m.start, m.end), country: m.country, rule: m.rule }));

test('a role in a noun phrase owned by a country takes its country', () => {
  const ms = mentionsOf("Chile 's Home ( interior ) Minister accused Peru of spying");
  const minister = ms.find((m) => m.text.endsWith('Minister'));
  assert.equal(minister?.country, 'CHL');
  assert.match(minister?.rule ?? '', /possessor/);
});

test('an owner across a preposition lends nothing', () => {
  const ms = mentionsOf("Chile 's attack on rebels");
  assert.equal(ms.find((m) => m.text === 'rebels')?.country ?? null, null);
});

test('an anti-/pro- modifier between a country adjective and a role keeps one actor', () => {
  const ms = mentionsOf('About 300 Chilean anti-mining activists marched on Monday');
  assert.deepEqual(ms.map((m) => [m.text, m.country]), [['Chilean anti-mining activists', 'CHL']]);
});

test('a description in lower case ending in a title noun joins a country adjective to the name after it', () => {
  const text = 'Freedonian security chief Rufus Firefly said on Friday';
  const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const named = [{ ...span('Rufus Firefly'), type: 'PERSON' }];
  const freedonia = { kind: 'adjective' as const, country: 'FRD', sector: null, otherSectors: [], name: 'Freedonia' };
  const local = buildKnowledgeBase();
  local.addPhrase('Freedonian', freedonia, true);
  const ms = findActorMentions(words(text), named, local, null);
  assert.deepEqual(ms.map((m) => [text.slice(m.start, m.end), m.country, m.entity]), [['Freedonian security chief Rufus Firefly', 'FRD', 'Rufus Firefly']]);
  // Capitalised words between are a name of their own, not a description.
  const other = 'Freedonian Security Chief Rufus Firefly said';
  const ms2 = findActorMentions(words(other), [{ start: other.indexOf('Rufus'), end: other.indexOf('Rufus') + 13, type: 'PERSON' }], local, null);
  assert.equal(ms2.find((m) => m.entity === 'Rufus Firefly')?.country ?? null, null);
});

test('a participle right after a country name is its verb, not a modifier of the next actor', () => {
  const text = 'Iran banned the opposition party .';
  assert.deepEqual(mentionsOf(text).map((m) => m.text), ['Iran', 'opposition party']);
  assert.deepEqual(mentionsOf("Iran 's banned opposition party met .").map((m) => m.text), ["Iran 's banned opposition party"]);
});

test('a verb in -s after a country name ends its noun phrase ("Tunisia arrests prominent lawyer ...")', () => {
  const ms = findActorMentions(words('Tunisia arrests prominent lawyer Sonia Dahmani .'), [{ start: 33, end: 46, type: 'PERSON' }], kb, '2024-01-01').map((m) => m.start);
  assert.deepEqual(ms, [0, 33]);
});
