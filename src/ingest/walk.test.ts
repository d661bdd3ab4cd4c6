import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { execFileSync } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SkipReason } from './options.js';
import { walkDirectory } from './walk.js';
import type { WalkEntry } from './walk.js';
import { makeTempDir } from './testing.js';

describe('walkDirectory', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  before(async () => {
    ({ dir, cleanup } = await makeTempDir());
    await mkdir(join(dir, 'B'));
    await mkdir(join(dir, 'a'));
    await writeFile(join(dir, 'B', 'x.txt'), 'x');
    await writeFile(join(dir, 'a', 'y.txt'), 'y');
    await writeFile(join(dir, 'z.HTML'), '<p>z</p>');
    await symlink(join(dir, 'nowhere.txt'), join(dir, 'dangling.txt'));
    await symlink(join(dir, 'a'), join(dir, 'link-to-a')); // not a loop: walked under its own name
    await symlink(dir, join(dir, 'a', 'up')); // a loop
  });
  after(() => cleanup());

  it('walks depth-first in code-unit order, following links but not loops', async () => {
    const skipped: [string, SkipReason][] = [];
    const entries: WalkEntry[] = [];
    for await (const entry of walkDirectory(dir, (p, r) => skipped.push([p.slice(dir.length + 1), r]))) entries.push(entry);
    const shown = entries.map((e) => (e.kind === 'file' ? e.path.slice(dir.length + 1) : `${e.diagnostic.code}: ${e.diagnostic.message}`));
    assert.deepEqual(shown, [
      'B/x.txt',
      'a/y.txt',
      'DL-INGEST-NOT-FOUND: broken symbolic link (its target does not exist)',
      'link-to-a/y.txt',
      'z.HTML',
    ]);
    assert.deepEqual(skipped, [
      ['a/up', 'symlink-loop'],
      ['link-to-a/up', 'symlink-loop'],
    ]);
  });

  it('skips FIFOs instead of blocking on them', async (t) => {
    const fifo = join(dir, 'pipe.txt');
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      t.skip('mkfifo is not available here');
      return;
    }
    const skipped: [string, SkipReason][] = [];
    for await (const entry of walkDirectory(dir, (p, r) => skipped.push([p, r]))) void entry;
    assert.ok(skipped.some(([p, r]) => p === fifo && r === 'not-a-file'));
  });
});
