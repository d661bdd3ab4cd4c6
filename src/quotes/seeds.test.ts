/** The quotes EXPECTED.md lists for the seed articles, with their speakers. Skips when ../shared is absent. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseSeed, skipWithoutSeeds as skip } from '../testing/seeds.js';

async function quotes(name: string) {
  const a = await analyseSeed(name);
  const all = a.layer('quotes').map((q) => ({ text: a.text.slice(q.start, q.end), speaker: q.attrs.speaker, reportedBy: (q.attrs.reportedBy as { speaker: string } | undefined)?.speaker }));
  // The innermost attribution holding the passage (a statement may contain a reported one).
  const matching = (start: string) => all.filter((q) => q.text.includes(start)).sort((a, b) => a.text.length - b.text.length);
  return Object.assign((start: string) => matching(start)[0], { all: matching });
}

test('seed 000: the statement, Borisov\'s three quotes, and Singh reported by the government', { skip }, async () => {
  const q = await quotes('000_b33086c6bf678d54.txt');
  const all = q.all;
  assert.equal(q('Rajnath Singh confirmed')?.speaker, 'Russian government');
  assert.equal(q('India is set to further develop')?.speaker, 'Rajnath Singh');
  for (const start of ['despite external pressure', 'Besides, work is underway', 'In 2018, trade turnover']) assert.equal(q(start)?.speaker, 'Yuri Borisov', start);
  assert.equal(q('In 2018, trade turnover')?.reportedBy, 'Russian government');
  // The lead's reported speech is also "Trend reports" it; the attribution that matters is Singh's, through the government.
  assert.ok(all('India is set to develop').some((x) => x.speaker === 'Rajnath Singh' && x.reportedBy === 'Russian government'));
});

test('seed 002: the ministry statement, Shoigu\'s three quotes (two through "he") and Cowshish', { skip }, async () => {
  const q = await quotes('002_5e2a7a06ba9dce6f.txt');
  assert.equal(q('Intensive discussions were held')?.speaker, 'Russian Defense Ministry');
  for (const start of ['The intensity and the depth', 'no other state cooperates', 'Our cooperation spreads', 'We are ready']) assert.equal(q(start)?.speaker, 'Sergei Shoigu', start);
  assert.equal(q('there is no reason for India')?.speaker, 'Amit Cowshish');
});
