import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codePlainText } from './plain-text.js';

const accuse = async (text: string) => (await codePlainText('t', text, '2016-06-01')).events.find((e) => e.type === 'ACCUSE');

test('a judgement in someone\'s words: the judge acts, the judged receives', async () => {
  const e = await accuse('German Chancellor Angela Merkel believes that the Russian government is incompetent.');
  assert.ok(e, 'an ACCUSE event');
  assert.deepEqual(e.actors.map((a) => a.country), ['DEU']);
  assert.deepEqual(e.recipients.map((a) => a.country), ['RUS']);
  const after = await accuse('The Iranian government is dishonest, the French foreign minister said on Monday.');
  assert.ok(after);
  assert.deepEqual(after.actors.map((a) => a.country), ['FRA']);
  assert.deepEqual(after.recipients.map((a) => a.country), ['IRN']);
});

test('evaluative words in a "be" frame are judgements too', async () => {
  const e = await accuse('The Chinese government said the Japanese decision was outrageous.');
  assert.ok(e);
  assert.deepEqual(e.actors.map((a) => a.country), ['CHN']);
  assert.deepEqual(e.recipients.map((a) => a.country), ['JPN']);
});

test('without a speaker the judgement keeps the arguments the finder gave', async () => {
  const e = await accuse('The Russian government is incompetent.');
  assert.ok(e);
  assert.deepEqual(e.actors.map((a) => a.country), ['RUS']);
});
