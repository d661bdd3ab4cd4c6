/** The events EXPECTED.md lists for the seed articles. Skips when ../shared is absent. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseSeed, skipWithoutSeeds as skip } from '../testing/seeds.js';

interface Actor { country: string | null; sector: string | null; entity: string | null }

async function events(name: string) {
  const a = await analyseSeed(name);
  return a.layer('events').map((e) => ({
    type: e.type,
    mode: e.attrs.mode,
    actors: e.attrs.actors as unknown as Actor[],
    recipients: e.attrs.recipients as unknown as Actor[],
    date: (e.attrs.date as { value: string; certainty: string } | null) ?? null,
    hypothetical: e.attrs.hypothetical,
    rule: String(e.attrs.rule),
    sentence: a.text.slice((e.attrs.sentence as { start: number }).start, (e.attrs.sentence as { end: number }).end),
  }));
}

const has = (list: Actor[], country: string, entity?: string) => list.some((a) => a.country === country && (!entity || a.entity === entity));

test('seed 000: Rajnath Singh (IND, GOV) met Yuri Borisov (RUS, GOV) on 2019-11-06; India and Russia cooperate', { skip }, async () => {
  const ev = await events('000_b33086c6bf678d54.txt');
  const meeting = ev.find((e) => e.type === 'CONSULT' && has(e.actors, 'IND', 'Rajnath Singh') && has(e.recipients, 'RUS', 'Yuri Borisov'));
  assert.ok(meeting, 'the Singh–Borisov meeting');
  assert.equal(meeting.actors[0].sector, 'GOV');
  assert.deepEqual(meeting.date, { value: '2019-11-06', certainty: 'stated', start: meeting.date?.['start' as keyof typeof meeting.date], end: meeting.date?.['end' as keyof typeof meeting.date] });
  // Cooperation under way is COOPERATE; cooperation India "is set to develop" is, in PLOVER, AGREE (intent to cooperate).
  const cooperation = (e: (typeof ev)[number]) => e.type === 'COOPERATE' || (e.type === 'AGREE' && e.rule.includes('intent:COOPERATE'));
  assert.ok(ev.some((e) => cooperation(e) && (has(e.actors, 'IND') || has(e.actors, 'RUS')) && (has(e.recipients, 'RUS') || has(e.recipients, 'IND'))), 'India–Russia cooperation');
  // "despite US pressure": the US presses India (a demand, REQUEST, as CAMEO codes stepped-up pressure).
  assert.ok(ev.some((e) => e.type === 'REQUEST' && has(e.actors, 'USA') && has(e.recipients, 'IND')), 'US pressure on India');
});

test('seed 002: Shoigu met Sitharaman; Putin visited India and signed with Modi; the US could impose sanctions; joint exercises', { skip }, async () => {
  const ev = await events('002_5e2a7a06ba9dce6f.txt');
  assert.ok(ev.some((e) => e.type === 'CONSULT' && has(e.actors, 'RUS', 'Sergei Shoigu') && has(e.recipients, 'IND', 'Nirmala Sitharaman')), 'Shoigu–Sitharaman talks');
  assert.ok(ev.some((e) => e.type === 'CONSULT' && e.mode === 'visit' && has(e.actors, 'RUS', 'Vladimir Putin') && e.sentence.includes('October')), 'Putin visit in October');
  assert.ok(ev.some((e) => e.type === 'SUPPORT' && has(e.actors, 'RUS', 'Vladimir Putin') && has(e.recipients, 'IND', 'Narendra Modi')), 'the deal signed with Modi');
  const sanction = ev.find((e) => e.type === 'SANCTION' && has(e.actors, 'USA'));
  assert.ok(sanction, 'US sanctions');
  assert.equal(sanction.hypothetical, true, '"could impose" is not an event that happened');
  assert.ok(ev.some((e) => e.type === 'COOPERATE' && has(e.actors, 'IND') && e.sentence.includes('Jodhpur')), 'joint exercise at Jodhpur');
  // No publication date in the text: events are not dated by an invented one.
  assert.ok(ev.every((e) => e.date === null || e.date.certainty === 'stated'));
});
