/** The story's country lent to actors the knowledge base cannot place (texts written for these tests). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codePlainText } from './plain-text.js';

async function actorsOf(text: string, type: string) {
  const { events } = await codePlainText('t', text, '2021-03-10');
  const e = events.find((x) => x.type === type);
  assert.ok(e, `no ${type} in: ${text}`);
  return e.actors.map((a) => ({ country: a.country, rule: a.rule, text: text.slice(a.start, a.end) }));
}

test('a person unknown to the knowledge base takes the country the story names', async () => {
  const actors = await actorsOf('Ondrasek rejected the offer of talks. Slovakia has been in crisis since March.', 'REJECT');
  assert.deepEqual(actors.map((a) => a.country), ['SVK']);
  assert.match(actors[0].rule, /article-country:dominant/);
});

test('of two states named as often, the one named first is the story\'s country', async () => {
  const actors = await actorsOf('Ondrasek rejected the offer of talks. Hungary and Slovakia have been in crisis since March.', 'REJECT');
  assert.deepEqual(actors.map((a) => [a.country, a.rule.includes('article-country:dominant')]), [['HUN', true]]);
});

test('an international body is not given the story\'s country', async () => {
  const actors = await actorsOf('The United Nations condemned the shelling of Slovak villages.', 'ACCUSE');
  assert.ok(actors.every((a) => a.country !== 'SVK'), JSON.stringify(actors));
});

test('with no state named, an unknown person stays without a country', async () => {
  const actors = await actorsOf('Ondrasek rejected the offer of talks on Tuesday.', 'REJECT');
  assert.deepEqual(actors.map((a) => a.country), [null]);
});
