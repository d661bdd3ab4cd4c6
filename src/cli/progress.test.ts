import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BufferStream } from './io.js';
import { ProgressLine } from './progress.js';

test('the progress line redraws in place at most every 100 ms and clears itself', () => {
  let now = 0;
  const out = new BufferStream();
  const line = new ProgressLine(out, true, 60, () => now);
  line.update({ processed: 1, failed: 0, current: 'a.txt' });
  now = 50;
  line.update({ processed: 2, failed: 0, current: 'b.txt' }); // throttled
  now = 2000;
  line.update({ processed: 40, failed: 1, current: `${'deep/'.repeat(20)}c.txt` });
  line.clear();
  const frames = out.text().split('\r').filter((f) => f.length > 0);
  assert.equal(frames.length, 3, 'two frames and the clearing sequence');
  assert.match(frames[0], /^ingest: 1 docs, 0 failed, .* docs\/s · a\.txt\x1b\[K$/);
  assert.match(frames[1], /^ingest: 40 docs, 1 failed, 20 docs\/s · ….*c\.txt\x1b\[K$/);
  assert.ok(frames[1].replace('\x1b[K', '').length <= 59, 'fits the terminal width');
  assert.equal(frames[2], '\x1b[K');
});

test('nothing is drawn when stderr is not a terminal', () => {
  const out = new BufferStream();
  const line = new ProgressLine(out, false);
  line.update({ processed: 1, failed: 0 });
  line.clear();
  assert.equal(out.text(), '');
});
