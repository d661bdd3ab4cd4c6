/**
 * Words news text writes in lower case (models/actors/common-words.txt, made
 * by tools/build-common-words.ts). A capitalised word not among them is
 * name-shaped.
 */
import { existsSync, readFileSync } from 'node:fs';

export const COMMON_WORDS_URL = new URL('../../../models/actors/common-words.txt', import.meta.url);

let cached: ReadonlySet<string> | null = null;

export function commonWords(): ReadonlySet<string> {
  if (!cached) cached = new Set(existsSync(COMMON_WORDS_URL) ? readFileSync(COMMON_WORDS_URL, 'utf8').split('\n').filter(Boolean) : []);
  return cached;
}
