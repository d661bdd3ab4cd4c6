import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Store } from '../store/index.js';
import { newsHtml, newsText, runCli, scratch } from './test-helpers.js';

function corpus(): ReturnType<typeof scratch> {
  const s = scratch();
  s.write('in/alpha.txt', newsText('Alpha talks open in the capital', 'helicopters'));
  s.write('in/nested/beta.txt', newsText('Beta agreement reached on frigates', 'frigates'));
  s.write('in/gamma.html', newsHtml('Gamma plant opens', 'turbines'));
  s.write('in/notes.docx', 'not an article');
  return s;
}

test('ingesting a folder twice: the second run finds everything already stored', async () => {
  const s = corpus();
  try {
    const db = join(s.dir, 'test.db');
    const first = await runCli(['ingest', join(s.dir, 'in'), '--db', db, '--batch', '2']);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /^ingested 3, already stored 0, failed 0, skipped files 1 \(1 unknown extension\) in \d+\.\d s$/m);
    assert.doesNotMatch(first.stderr, /\r/, 'no progress line when stderr is not a terminal');
    const second = await runCli(['ingest', join(s.dir, 'in'), '--db', db]);
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stderr, /^ingested 0, already stored 3, failed 0, skipped files 1/m);
    const store = Store.open(db);
    assert.equal(store.count(), 3);
    store.close();
  } finally {
    s.cleanup();
  }
});

test('a failing file gives exit 1 and is listed, while the good files are stored', async () => {
  const s = corpus();
  try {
    const db = join(s.dir, 'test.db');
    const empty = s.write('in/empty.txt', '');
    const run = await runCli(['ingest', join(s.dir, 'in'), '--db', db]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /ingested 3, already stored 0, failed 1,/);
    assert.ok(run.stderr.includes(`${empty}: error DL-INGEST-EMPTY:`), run.stderr);
    const store = Store.open(db);
    assert.equal(store.count(), 3);
    store.close();
    const quiet = await runCli(['ingest', join(s.dir, 'in'), '--db', db, '--quiet']);
    assert.equal(quiet.code, 1);
    assert.equal(quiet.stderr.trim().split('\n').length, 1, 'quiet still lists the failure, and only it');
  } finally {
    s.cleanup();
  }
});

test('a missing path fails with its own line; stdin is read for -', async () => {
  const s = scratch();
  try {
    const db = join(s.dir, 'test.db');
    const missing = await runCli(['ingest', join(s.dir, 'nope.txt'), '--db', db]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /nope\.txt: error DL-INGEST-NOT-FOUND/);
    const piped = await runCli(['ingest', '-', '--db', db], { stdin: newsText('Piped story arrives', 'satellites') });
    assert.equal(piped.code, 0, piped.stderr);
    assert.match(piped.stderr, /ingested 1,/);
  } finally {
    s.cleanup();
  }
});

test('on a terminal a progress line is drawn; Ctrl-C commits what was processed and exits 130', async () => {
  const s = scratch();
  try {
    for (let i = 0; i < 6; i++) s.write(`in/doc${i}.txt`, newsText(`Story number ${i} about talks`, `topic${i}`));
    const db = join(s.dir, 'test.db');
    const controller = new AbortController();
    const run = await runCli(['ingest', join(s.dir, 'in'), '--db', db], {
      isTTY: true,
      signal: controller.signal,
      onStderr: (chunk) => {
        if (chunk.startsWith('\ringest:')) controller.abort();
      },
    });
    assert.equal(run.code, 130, run.stderr);
    assert.match(run.stderr, /\ringest: 1 docs, 0 failed, .*docs\/s/);
    assert.match(run.stderr, /interrupted/);
    const store = Store.open(db);
    const stored = store.count();
    store.close();
    assert.ok(stored >= 1 && stored < 6, `stored ${stored}`);
    const rest = await runCli(['ingest', join(s.dir, 'in'), '--db', db]);
    assert.equal(rest.code, 0);
    assert.match(rest.stderr, new RegExp(`ingested ${6 - stored}, already stored ${stored},`));
  } finally {
    s.cleanup();
  }
});
