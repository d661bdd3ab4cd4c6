/** Locates ../shared for benchmarks; exits 0 with a message when it is absent. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED = process.env.DATELINE_SHARED ?? resolve(PROJECT_ROOT, '..', 'shared');

export function sharedPath(...parts: string[]): string | null {
  const p = join(SHARED, ...parts);
  return existsSync(p) ? p : null;
}

export function requireShared(...parts: string[]): string {
  const p = sharedPath(...parts);
  if (!p) {
    console.log(`skipped: ${join(SHARED, ...parts)} not found (the shared data set is not beside this checkout)`);
    process.exit(0);
  }
  return p;
}

/** Small deterministic PRNG (mulberry32) so generated corpora are reproducible. */
export { seededRandom } from '../src/language/tagger/random.js';
