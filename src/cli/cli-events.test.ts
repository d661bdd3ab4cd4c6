import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runCli, scratch } from './test-helpers.js';

const s = scratch();
after(() => s.cleanup());

const STORY = `Ministers meet in Ankara
Published: March 4, 2021

ANKARA, March 4 (Reuters) - Turkish Foreign Minister Mevlut Cavusoglu met his Greek counterpart on Tuesday.

Police in Istanbul arrested twelve protesters on Monday.

Greece could expel two Turkish diplomats, officials said.
`;

test('events lists stored events by date with filters, negated and hypothetical ones only with --all', async () => {
  const db = join(s.dir, 'e.db');
  s.write('story.txt', STORY);
  assert.equal((await runCli(['ingest', join(s.dir, 'story.txt'), '--db', db, '--quiet'])).code, 0);
  const all = await runCli(['events', '--db', db]);
  assert.equal(all.code, 0, all.stderr);
  assert.match(all.stdout, /2021-03-02 +CONSULT {2}Mevl.t .avu.o.lu \[TUR GOV\] → .*\[GRC GOV\]/);
  assert.match(all.stdout, /2021-03-01 +COERCE\/arrest/);
  assert.doesNotMatch(all.stdout, /SANCTION/, '"could expel" is not listed by default');
  assert.match((await runCli(['events', '--all', '--db', db])).stdout, /SANCTION\/expel .*\(hypothetical\)/);
  const json = JSON.parse((await runCli(['events', '--actor', 'tur', '--recipient', 'grc', '--type', 'consult', '--json', '--db', db])).stdout) as Array<{ type: string; recipients: Array<{ country: string }> }>;
  assert.deepEqual(json.map((e) => [e.type, e.recipients[0]?.country]), [['CONSULT', 'GRC']]);
  assert.equal((await runCli(['events', '--from', '2021-03-02', '--to', '2021-03-03', '--db', db])).stdout.match(/^\d/gm)?.length, 1);
  const none = await runCli(['events', '--recipient', 'BRA', '--db', db]);
  assert.equal(none.code, 1);
  assert.match(none.stderr, /no events match/);
  assert.equal((await runCli(['events', '--from', 'yesterday', '--db', db])).code, 2);
});

test('events --jsonl codes each line, keeps ids, and reports bad lines without stopping', async () => {
  const input = [
    JSON.stringify({ id: 'a', text: 'Rebels attacked an army base near Goma on Sunday.', date: '2022-05-10' }),
    'not json',
    JSON.stringify({ id: 7, text: 'Exports rose 3 percent.', date: '2022-05-10' }),
    JSON.stringify({ id: 'c', text: 'India did not sign the treaty.', date: '2022-05-10' }),
  ].join('\n');
  s.write('in.jsonl', input);
  const r = await runCli(['events', '--jsonl', join(s.dir, 'in.jsonl')]);
  assert.equal(r.code, 1, 'a bad line makes the run fail');
  assert.match(r.stderr, /in\.jsonl:2: not a JSON object/);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string | number; events: Array<{ type: string; date: string; negated: boolean; actor: Array<{ sector: string }>; recipient: Array<{ country: string; sector: string }> }> });
  assert.deepEqual(lines.map((l) => l.id), ['a', 7, 'c']);
  const attack = lines[0].events[0];
  assert.equal(attack.type, 'ASSAULT');
  assert.equal(attack.actor[0].sector, 'REB');
  assert.equal(attack.recipient[0].sector, 'MIL');
  assert.equal(attack.date, '2022-05-08');
  assert.deepEqual(lines[1].events, []);
  assert.equal(lines[2].events[0]?.negated, true);
});
