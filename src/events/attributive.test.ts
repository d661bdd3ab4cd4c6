import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAttributive } from './attributive.js';

const at = (s: string, word: string) => {
  const w = s.toLowerCase().split(' ');
  return isAttributive(w, w.indexOf(word));
};

test('a participle opening a noun phrase is background, a verb is not', () => {
  assert.equal(at('Jailed opposition leader Nano made a call', 'jailed'), true);
  assert.equal(at('officials took the detained activists to hospital', 'detained'), true);
  assert.equal(at('Police detained the activists on Monday', 'detained'), false);
  assert.equal(at('the activists were detained by police', 'detained'), false);
  assert.equal(at('the detained .', 'detained'), false);
});

test('adjectives and verbs in -en are no participles: "the green light", "threaten"', () => {
  assert.equal(isAttributive(['gave', 'the', 'green', 'light'], 2), false);
  assert.equal(isAttributive(['the', 'stolen', 'cars'], 1), true);
});
