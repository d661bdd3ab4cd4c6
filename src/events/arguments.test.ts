/** Who does the act when a pronoun stands between names and the verb (sentences written for these tests). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codePlainText } from './plain-text.js';

async function actorOf(text: string, type: string): Promise<string[]> {
  const { events } = await codePlainText('t', text, '2021-03-10');
  const e = events.find((x) => x.type === type);
  assert.ok(e, `no ${type} in: ${text}`);
  return e.actors.map((a) => text.slice(a.start, a.end));
}

test('"X told reporters he would resign": the teller resigns, not the reporters', async () => {
  assert.deepEqual(await actorOf('Ondrasek told reporters he would resign.', 'CONCEDE'), ['Ondrasek']);
  assert.deepEqual(await actorOf('Ondrasek told reporters on Monday that he would resign.', 'CONCEDE'), ['Ondrasek']);
});

test('a verb of saying a few words before the pronoun still gives it its subject', async () => {
  assert.deepEqual(await actorOf('Police said on Wednesday they had arrested three men.', 'COERCE'), ['Police']);
});

test('a pronoun finds its antecedent earlier in its own sentence', async () => {
  const { events } = await codePlainText('t', 'As the protesters tried to break through a police line, they hurled stones at officers.', '2021-03-10');
  const e = events.find((x) => x.type === 'PROTEST');
  assert.ok(e);
  assert.match(e.actors[0].rule, /\+pronoun$/);
  assert.equal(e.actors[0].sector, 'CVL');
});
