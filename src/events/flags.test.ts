/** Auxiliary flags: what the sentence around a clause says of its event (sentences written for these tests). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codePlainText } from './plain-text.js';
import { embeddedFlags, eventFlags } from './flags.js';

async function flagsOf(text: string, trigger: string) {
  const { events } = await codePlainText('t', text, '2021-03-10');
  const e = events.find((x) => text.slice(x.trigger.start, x.trigger.end) === trigger);
  assert.ok(e, `no event on "${trigger}"`);
  return e.flags;
}

test('what an actor denies or refuses is negated by its account; what is not ruled out is only possible', async () => {
  assert.equal((await flagsOf('Ruritania denied that it had attacked Freedonia.', 'attacked')).negated, true);
  const open = await flagsOf('Police had not ruled out a possible attack on the palace.', 'attack');
  assert.equal(open.negated, false);
  assert.equal(open.hypothetical, true);
});

test('what is demanded or threatened has not happened', async () => {
  assert.equal((await flagsOf('Freedonia urged Ruritania to release the prisoners.', 'release')).hypothetical, true);
});

test('an outcome under an if-clause is hypothetical; a plain "would" after a verb of saying stays future only', async () => {
  const outcome = await flagsOf('If Ruritania buys the missiles, Freedonia would impose sanctions on it.', 'impose');
  assert.equal(outcome.hypothetical, true);
  assert.ok(outcome.cues.includes('if-clause'));
  const plain = await flagsOf('Freedonia said it would impose sanctions on Ruritania.', 'impose');
  assert.equal(plain.hypothetical, false);
  assert.equal(plain.future, true);
});

test('the if-clause holding the event itself is not a second condition', () => {
  const words = 'if ruritania will attack , freedonia would respond'.split(' ');
  const own = eventFlags(words, 3);
  assert.deepEqual(embeddedFlags(own, null, words, 3).cues.filter((c) => c === 'if-clause'), []);
});

test('"about", "set", "going" and "ready" mark the future only before "to"', () => {
  const words = (s: string) => s.toLowerCase().split(' ');
  const w1 = words('About 200 activists protested on Thursday');
  assert.equal(eventFlags(w1, w1.indexOf('protested')).future, false);
  const w2 = words('The unions are about to strike');
  assert.equal(eventFlags(w2, w2.indexOf('strike')).future, true);
});
