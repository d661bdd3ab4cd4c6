/**
 * Recursive directory walk in sorted order, one directory listing at a time.
 * Skips hidden entries, non-files and unknown extensions (reported through
 * the skip hook), follows symbolic links but never into a loop.
 */
import type { Dirent, Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from '../model/diagnostics.js';
import type { FileFormat } from './formats.js';
import { formatOfPath } from './formats.js';
import type { SkipReason } from './options.js';
import { ioFailure } from './options.js';

export type WalkEntry =
  | { kind: 'file'; path: string; format: FileFormat; size: number }
  | { kind: 'failure'; diagnostic: Diagnostic };

type OnSkip = (path: string, reason: SkipReason) => void;

function identity(st: Stats): string {
  return `${st.dev}:${st.ino}`;
}

/** Code-unit order: the same on every machine and locale. */
function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function brokenLink(err: unknown, path: string): Diagnostic {
  const diagnostic = ioFailure(err, path);
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT' ? { ...diagnostic, message: 'broken symbolic link (its target does not exist)' } : diagnostic;
}

/** Files under `root` with accepted extensions, depth-first in sorted order. */
export async function* walkDirectory(root: string, onSkip: OnSkip): AsyncGenerator<WalkEntry> {
  let rootStat: Stats;
  try {
    rootStat = await stat(root);
  } catch (err) {
    yield { kind: 'failure', diagnostic: ioFailure(err, root) };
    return;
  }
  yield* walkInto(root, [identity(rootStat)], onSkip);
}

async function* walkInto(dir: string, ancestors: readonly string[], onSkip: OnSkip): AsyncGenerator<WalkEntry> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield { kind: 'failure', diagnostic: ioFailure(err, dir) };
    return;
  }
  entries.sort(byName);
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.name.startsWith('.')) {
      onSkip(path, 'hidden');
      continue;
    }
    let st: Stats;
    try {
      st = await stat(path); // follows symbolic links
    } catch (err) {
      yield { kind: 'failure', diagnostic: entry.isSymbolicLink() ? brokenLink(err, path) : ioFailure(err, path) };
      continue;
    }
    if (st.isDirectory()) {
      const id = identity(st);
      if (ancestors.includes(id)) {
        onSkip(path, 'symlink-loop');
        continue;
      }
      yield* walkInto(path, [...ancestors, id], onSkip);
      continue;
    }
    if (!st.isFile()) {
      onSkip(path, 'not-a-file');
      continue;
    }
    const format = formatOfPath(entry.name);
    if (!format) {
      onSkip(path, 'unknown-extension');
      continue;
    }
    yield { kind: 'file', path, format, size: st.size };
  }
}
