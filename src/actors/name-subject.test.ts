import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameShapedSubject } from './name-subject.js';

const words = (s: string) => s.split(' ');
const free = () => true;

test('a capitalised unknown word before a verb opening the sentence is a name', () => {
  assert.equal(nameShapedSubject(words('Viljoen has hailed the clauses .'), 0, free), 0);
  assert.equal(nameShapedSubject(words('On Tuesday , Jeffs refused to sign .'), 3, free), 3);
  assert.equal(nameShapedSubject(words('Kengo Dondo said on Friday .'), 0, free), 1);
});

test('ordinary words, words taken by the tagger, and names away from the subject place are not', () => {
  assert.equal(nameShapedSubject(words('Angry students cut the telephone .'), 0, free), -1);
  assert.equal(nameShapedSubject(words('Police said on Friday .'), 0, free), -1);
  assert.equal(nameShapedSubject(words('Viljoen has hailed the clauses .'), 0, () => false), -1);
  assert.equal(nameShapedSubject(words('He said Viljoen has hailed it .'), 2, free), -1);
  assert.equal(nameShapedSubject(words('Viljoen of the party .'), 0, free), -1);
});
