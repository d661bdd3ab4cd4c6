/** Domestic sides filled from the other side (sentences written for these tests). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codePlainText } from './plain-text.js';

async function event(text: string, type: string) {
  const { events } = await codePlainText('t', text, '2021-03-10');
  const e = events.find((x) => x.type === type);
  assert.ok(e, `no ${type} in: ${text}`);
  return { actors: e.actors.map((a) => ({ country: a.country, rule: a.rule, text: text.slice(a.start, a.end) })), recipients: e.recipients.map((a) => ({ country: a.country, text: text.slice(a.start, a.end) })) };
}

test('an actor of unknown country takes the recipient\'s in a domestic event', async () => {
  const e = await event('Riot police detained forty supporters of Kenya \'s main opposition party on Tuesday.', 'COERCE');
  assert.deepEqual(e.actors.map((a) => a.country), ['KEN']);
  assert.match(e.actors[0].rule, /recipient-country/);
});

test('a meeting lends the other side\'s country to a party of unknown country, but not to an envoy', async () => {
  const e = await event('The envoy met Peruvian officials on Tuesday.', 'CONSULT');
  assert.ok(!e.actors.some((a) => a.rule.includes('recipient-country')));
  const f = await event('Union leaders met Peruvian ministers on Tuesday.', 'CONSULT');
  assert.deepEqual(f.actors.map((a) => a.country), ['PER']);
  assert.match(f.actors[0].rule, /recipient-country/);
});

test('an agentless passive killing gets an implied actor of the victims\' country', async () => {
  const e = await event('Four Chadian soldiers were killed on Sunday.', 'ASSAULT');
  assert.deepEqual(e.actors.map((a) => [a.country, a.rule, a.text]), [['TCD', 'implied-domestic', '']]);
});

test('a stated agent is kept, no implied one added', async () => {
  const e = await event('Four Chadian soldiers were killed by Libyan gunmen on Sunday.', 'ASSAULT');
  assert.ok(!e.actors.some((a) => a.rule === 'implied-domestic'));
});

test('the unnamed victims of an attack are of the attacker\'s country; a named one keeps its own', async () => {
  const e = await event('Ghana has executed three convicted men.', 'ASSAULT');
  assert.deepEqual(e.recipients.map((r) => r.country), ['GHA']);
  const f = await event('Ghana has attacked Togolese border posts.', 'ASSAULT');
  assert.deepEqual(f.recipients.map((r) => r.country), ['TGO']);
});

test('a participle after a comma and a coordinated verb share the clause subject, not the object before them', async () => {
  const e = await event('Malian soldiers stormed the camp of a Nigerien militia , seizing rifles and ammunition.', 'COERCE');
  assert.deepEqual(e.actors.map((a) => a.country), ['MLI']);
  const f = await event('Kenyan troops entered a Somali border town and detained the local chief.', 'COERCE');
  assert.deepEqual(f.actors.map((a) => a.country), ['KEN']);
});

test('the unnamed victims of an attack are of the place attacked', async () => {
  const e = await event('Malian gunmen crossed the border and killed two teenagers in Niger.', 'ASSAULT');
  assert.deepEqual(e.recipients.map((r) => r.country), ['NER']);
});

test('in an article, a victim given the dateline country implies an actor of that country', async () => {
  const text = 'NAIROBI (Reuters) - Two students were shot dead on Monday.';
  const { events } = await codePlainText('t', text, '2021-03-10');
  const e = events.find((x) => x.type === 'ASSAULT');
  assert.deepEqual(e?.recipients.map((r) => r.country), ['KEN']);
  assert.deepEqual(e?.actors.map((a) => [a.country, a.rule]), [['KEN', 'implied-domestic']]);
});

test('an actor inside the matched phrase after its trigger is the recipient ("seized a Greek supertanker")', async () => {
  const e = await event('Pirates have recently seized a Greek supertanker loaded with crude oil.', 'ASSAULT');
  assert.deepEqual(e.recipients.map((r) => [r.text, r.country]), [['Greek', 'GRC']]);
});

test('a place of unknown country taken in a domestic event is of the actor\'s country', async () => {
  const e = await event('Peruvian rebels overran Huaynacoto on Friday.', 'ASSAULT');
  assert.deepEqual(e.recipients.map((r) => [r.text, r.country]), [['Huaynacoto', 'PER']]);
});

test('troops sent into a country target it; the phrase\'s own words are not its recipient', async () => {
  const e = await event('Ruritania has sent troops into northern Chad this week.', 'MOBILIZE');
  assert.deepEqual(e.recipients.map((r) => [r.text, r.country]), [['Chad', 'TCD']]);
  const f = await event('Guerrillas have waged a guerrilla war to drive Chad out of the area.', 'ASSAULT');
  assert.ok(!f.recipients.some((r) => r.text === 'guerrilla'));
});

test('forces mobilised, of unknown country, are the mobiliser\'s own', async () => {
  const e = await event('Chadian police chiefs mobilised all their forces on Friday.', 'MOBILIZE');
  assert.deepEqual(e.recipients.map((r) => r.country), ['TCD']);
});

test('a demand or a regret with no one named is aimed at the actor\'s own country; a donation is not', async () => {
  const demand = await event('Chadian students were demanding four months of unpaid grants.', 'REQUEST');
  assert.deepEqual(demand.recipients, [{ country: 'TCD', text: '' }]);
  const regret = await event('Iran said it regretted the incident.', 'CONCEDE');
  assert.deepEqual(regret.recipients, [{ country: 'IRN', text: '' }]);
  const gift = await event('Canada donated $30 million to the centre.', 'AID');
  assert.deepEqual(gift.recipients, []);
});
