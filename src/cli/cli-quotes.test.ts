import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runCli, scratch } from './test-helpers.js';

const s = scratch();
after(() => s.cleanup());

const STORY = `Ministers meet in Ankara

ANKARA, March 4 (Reuters) - Turkish Foreign Minister Mevlut Cavusoglu met his Greek counterpart on Tuesday.

"We will open two new crossings," Cavusoglu told reporters.

Analysts think the plan could work.
`;

test('quotes lists stored statements with speaker, filters by speaker, and reports none', async () => {
  const db = join(s.dir, 'q.db');
  s.write('story.txt', STORY);
  assert.equal((await runCli(['ingest', join(s.dir, 'story.txt'), '--db', db, '--quiet'])).code, 0);
  const all = await runCli(['quotes', '--db', db]);
  assert.equal(all.code, 0, all.stderr);
  assert.match(all.stdout, /Mevlut Cavusoglu {2}[0-9a-f]{12}\n {4}"We will open two new crossings,"/);
  assert.doesNotMatch(all.stdout, /could work/, 'beliefs are listed only with --all');
  assert.match((await runCli(['quotes', '--all', '--db', db])).stdout, /could work/);
  const json = JSON.parse((await runCli(['quotes', '--speaker', 'cavusoglu', '--json', '--db', db])).stdout) as Array<{ speaker: string; cue: string }>;
  assert.deepEqual(json.map((q) => [q.speaker, q.cue]), [['Mevlut Cavusoglu', 'told']]);
  const none = await runCli(['quotes', '--speaker', 'Nobody', '--db', db]);
  assert.equal(none.code, 1);
  assert.match(none.stderr, /no quotes by a speaker matching "Nobody"/);
});
