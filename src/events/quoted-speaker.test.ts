import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codePlainText } from './plain-text.js';

test('"we" in a quotation is the quoted speaker\'s side', async () => {
  const text = '"We condemn the attack on the Saudi oil facilities," the Iranian foreign minister said on Monday.';
  const withQuotes = (await codePlainText('t', text, '2019-05-06', { clusters: true })).events.find((e) => e.type === 'ACCUSE');
  assert.ok(withQuotes, 'an ACCUSE event');
  assert.deepEqual(withQuotes.actors.map((a) => [a.country, a.sector]), [['IRN', 'GOV']]);
  assert.match(withQuotes.rule, /quoted-speaker/);
});

test('without the quote stage, or outside quotations, nothing changes', async () => {
  const text = '"We condemn the attack on the Saudi oil facilities," the Iranian foreign minister said on Monday.';
  const plain = (await codePlainText('t', text, '2019-05-06')).events.find((e) => e.type === 'ACCUSE');
  assert.doesNotMatch(plain?.rule ?? '', /quoted-speaker/);
  const outside = (await codePlainText('t', 'Iran rejected the sanctions, the minister said.', '2019-05-06', { clusters: true })).events.find((e) => e.type === 'REJECT');
  assert.deepEqual(outside?.actors.map((a) => a.country), ['IRN']);
  assert.doesNotMatch(outside?.rule ?? '', /quoted-speaker/);
});
