import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Store } from '../store/index.js';
import { makeArticle } from '../store/test-fixtures.js';
import { commands } from './main.js';
import { newsText, runCli, scratch } from './test-helpers.js';

const s = scratch();
const db = join(s.dir, 'fixed.db');
const first = makeArticle({ title: 'Ministers meet in New Delhi', paragraphs: ['Shoigu met Sitharaman on Thursday, "as planned".', 'They discussed five S-400 systems, helicopters and frigates.'] });
const second = makeArticle({ title: 'Helicopter plant, opens', paragraphs: ['Kamov-226 helicopters will be built jointly.', 'Production starts next year.'] });

before(() => {
  const store = Store.open(db);
  store.saveBatch([first, second]);
  store.close();
});
after(() => s.cleanup());

test('show --latest prints the readable view: metadata, body, removed spans, diagnostics', async () => {
  const run = await runCli(['show', '--latest', '--db', db]);
  assert.equal(run.code, 0, run.stderr);
  const out = run.stdout;
  assert.match(out, /^Helicopter plant, opens\n═+\n/);
  assert.match(out, /^Date +2019-11-07 07:16 UTC\+04:00 \(stated\)$/m);
  assert.match(out, /^Site +Example News$/m);
  assert.match(out, /^Agencies +TASS$/m);
  assert.match(out, /^Authors +—$/m);
  assert.match(out, /^Body \(2 paragraphs\)\n─+\nKamov-226 helicopters will be built jointly\.\n\nProduction starts next year\.$/m);
  assert.match(out, /^Removed \(1 span\)\n─+\n {2}social +Follow us on Telegram$/m);
  assert.match(out, /warning DL-EXTRACT-DATE-ESTIMATED: test warning/);
});

test('show by short id, as JSON, and the not-found / bad-id / ambiguous-usage paths', async () => {
  const byPrefix = await runCli(['show', first.id.slice(0, 8), '--db', db]);
  assert.equal(byPrefix.code, 0);
  assert.match(byPrefix.stdout, /^Ministers meet in New Delhi/);
  const json = await runCli(['show', first.id, '--json', '--db', db]);
  const parsed = JSON.parse(json.stdout);
  assert.equal(parsed.id, first.id);
  assert.equal(parsed.rowid, undefined, 'the row id is internal');
  assert.equal(parsed.body, first.bodyText());
  assert.equal(parsed.annotations.length, first.annotations.length);
  const other = first.id.startsWith('000000') ? 'ffffff' : '000000';
  const missing = await runCli(['show', other, '--db', db]);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /no article with id 000000|no article with id ffffff/);
  assert.equal((await runCli(['show', 'xyz', '--db', db])).code, 2);
  assert.equal((await runCli(['show', '--db', db])).code, 2, 'neither id nor --latest');
  assert.equal((await runCli(['show', first.id, '--latest', '--db', db])).code, 2, 'both');
  const noDb = await runCli(['show', '--latest', '--db', join(s.dir, 'absent.db')]);
  assert.equal(noDb.code, 1);
  assert.match(noDb.stderr, /absent\.db: no database here/);
  assert.equal(existsSync(join(s.dir, 'absent.db')), false, 'show never creates a database');
});

test('search prints one line per hit: short id, date, title, snippet', async () => {
  const run = await runCli(['search', 'helicopters', '--db', db]);
  assert.equal(run.code, 0, run.stderr);
  const lines = run.stdout.trim().split('\n');
  assert.equal(lines.length, 2);
  for (const line of lines) assert.match(line, /^[0-9a-f]{12} {2}2019-11-07 {2}.+ {2}.*helicopters/);
  const limited = await runCli(['search', 'helicopters', '--limit', '1', '--json', '--db', db]);
  assert.equal(JSON.parse(limited.stdout).length, 1);
  const none = await runCli(['search', 'zeppelin', '--db', db]);
  assert.equal(none.code, 1);
  assert.match(none.stderr, /no article matches "zeppelin"/);
  const punct = await runCli(['search', '"(', '*', '-', '--db', db]);
  assert.equal(punct.code, 1, 'punctuation is ignored, not an error');
  assert.equal((await runCli(['search', 'S-400', 'sitharaman', '--db', db])).code, 0);
});

test('export streams JSONL and RFC 4180 CSV, to stdout or atomically to a file', async () => {
  const jsonl = await runCli(['export', '--db', db]);
  assert.equal(jsonl.code, 0);
  const records = jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(records.map((r) => r.id), [first.id, second.id]);
  assert.equal(records[0].body, first.bodyText());

  const out = join(s.dir, 'out', 'articles.csv');
  const dir = join(s.dir, 'out');
  (await import('node:fs')).mkdirSync(dir, { recursive: true });
  const csv = await runCli(['export', '--format', 'csv', '--out', out, '--db', db]);
  assert.equal(csv.code, 0, csv.stderr);
  assert.match(csv.stderr, /exported 2 articles to/);
  assert.deepEqual(readdirSync(dir), ['articles.csv'], 'no partial file left behind');
  const text = readFileSync(out, 'utf8');
  assert.ok(text.startsWith('id,published,title,site,agencies,authors,dateline,url,body\r\n'));
  assert.ok(text.includes(`${second.id},2019-11-07T07:16+04:00,"Helicopter plant, opens",Example News,TASS,,,,"Kamov-226`));
  assert.ok(text.includes('"Shoigu met Sitharaman on Thursday, ""as planned"".\n\nThey discussed'));
  assert.equal((await runCli(['export', '--format', 'xml', '--db', db])).code, 2);
});

test('analyze prints one document as JSON without storing it', async () => {
  const file = s.write('story.txt', newsText('Analysed story about talks', 'radars'));
  const run = await runCli(['analyze', file, '--published', '2018-12-14', '--db', db]);
  assert.equal(run.code, 0, run.stderr);
  const json = JSON.parse(run.stdout);
  assert.equal(json.text.includes('radars'), true);
  assert.equal(json.format, 'text');
  assert.equal(typeof json.body, 'string');
  assert.ok(Array.isArray(json.annotations));
  const store = Store.open(db);
  assert.equal(store.count(), 2, 'nothing stored');
  store.close();

  const piped = await runCli(['analyze', '-', '--format', 'text'], { stdin: newsText('Piped analysis', 'sonar') });
  assert.equal(piped.code, 0, piped.stderr);
  assert.match(JSON.parse(piped.stdout).text, /sonar/);

  const empty = await runCli(['analyze', s.write('empty.txt', '')]);
  assert.equal(empty.code, 1);
  assert.match(empty.stderr, /empty\.txt: error DL-INGEST-EMPTY/);
  assert.equal(empty.stdout, '');
  assert.equal((await runCli(['analyze', file, '--published', '2018-02-30'])).code, 2);
  assert.equal((await runCli(['analyze', file, '--format', 'pdf'])).code, 2);
  assert.equal((await runCli(['analyze'])).code, 2);
});

test('--help works at top level and for every command; --version prints the version', async () => {
  for (const argv of [['--help'], ['-h'], ['help']]) {
    const run = await runCli(argv);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^Usage: dateline COMMAND/);
    for (const c of commands) assert.ok(run.stdout.includes(`  ${c.name}`), c.name);
  }
  for (const c of commands) {
    for (const argv of [[c.name, '--help'], [c.name, '-h'], ['help', c.name], [c.name, 'x', '--nope', '--help']]) {
      const run = await runCli(argv);
      if (argv.includes('--nope')) {
        assert.equal(run.code, 2, 'an unknown flag wins over --help');
        continue;
      }
      assert.equal(run.code, 0, `${argv.join(' ')}: ${run.stderr}`);
      assert.match(run.stdout, new RegExp(`^Usage: dateline ${c.name}`));
      assert.match(run.stdout, /Examples:/);
    }
  }
  const version = await runCli(['--version']);
  assert.match(version.stdout, /^dateline \d+\.\d+\.\d+\n$/);
});

test('unknown commands and flags are usage errors (exit 2) with a hint', async () => {
  const flag = await runCli(['search', 'x', '--colour', '--db', db]);
  assert.equal(flag.code, 2);
  assert.equal(flag.stderr, "dateline search: unknown option --colour\nRun 'dateline search --help' for usage.\n");
  const command = await runCli(['frobnicate']);
  assert.equal(command.code, 2);
  assert.match(command.stderr, /unknown command "frobnicate"/);
  assert.equal((await runCli(['--frob'])).code, 2);
  assert.equal((await runCli([])).code, 2);
  assert.equal((await runCli(['ingest', '--batch', '0', 'x'])).code, 2);
  assert.equal((await runCli(['ingest'])).code, 2, 'no path');
  const globalDb = await runCli(['--db', db, 'show', '--latest']);
  assert.equal(globalDb.code, 0, 'global --db before the command');
});
