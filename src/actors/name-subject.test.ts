import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameShapedSubject } from './name-subject.js';

const words = (s: string) => s.split(' ');
const free = () => true;

test('a capitalised unknown word before a verb opening the sentence is a name', () => {
  assert.equal(nameShapedSubject(words('Viljoen has hailed the clauses .'), 0, free), 0);
  assert.equal(nameShapedSubject(words('On Tuesday , Jeffs refused to sign .'), 3, free), 3);
  assert.equal(nameShapedSubject(words('Kengo Dondo said on Friday .'), 0, free), 1);
  assert.equal(nameShapedSubject(words('Bernardin steadfastly denied the charges .'), 0, free), 0);
  assert.equal(nameShapedSubject(words('Bernardin steadfastly the charges .'), 0, free), -1);
});

test('ordinary words, words taken by the tagger, and names away from the subject place are not', () => {
  assert.equal(nameShapedSubject(words('Angry students cut the telephone .'), 0, free), -1);
  assert.equal(nameShapedSubject(words('Police said on Friday .'), 0, free), -1);
  assert.equal(nameShapedSubject(words('Viljoen has hailed the clauses .'), 0, () => false), -1);
  assert.equal(nameShapedSubject(words('He said Viljoen has hailed it .'), 2, free), -1);
  assert.equal(nameShapedSubject(words('Viljoen of the party .'), 0, free), -1);
});

test('the actor finder turns a name-shaped subject the tagger left out into a person mention', async () => {
  const { findActorMentions } = await import('./mentions.js');
  const { loadKnowledgeBase } = await import('./kb.js');
  const text = 'Viljoen has hailed the new constitution .';
  let at = 0;
  const ws = text.split(' ').map((w) => {
    const start = text.indexOf(w, at);
    at = start + w.length;
    return { start, end: at, text: w };
  });
  const [m] = findActorMentions(ws, [], loadKnowledgeBase(), null);
  assert.equal(m?.first, 0);
  assert.equal(m?.entityType, 'PERSON');
  assert.equal(m?.rule, 'name-subject');
});
