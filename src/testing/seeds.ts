/** The seed articles in ../shared/seeds for tests: run through the default pipeline; tests skip when absent. */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../model/article.js';
import { makeSourceDocument } from '../model/document.js';
import { defaultPipeline } from '../pipeline/default.js';
import { processDocument } from '../pipeline/runner.js';

/** dist/src/testing → the checkout's sibling shared/seeds. */
export const SEEDS = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'shared', 'seeds');
export const skipWithoutSeeds: string | false = existsSync(SEEDS) ? false : `../shared/seeds not found at ${SEEDS}`;

export async function analyseSeed(name: string): Promise<Article> {
  const path = join(SEEDS, name);
  const result = await processDocument(defaultPipeline(), makeSourceDocument('text', readFileSync(path, 'utf8'), { path }));
  assert.ok(result.ok, `${name} did not go through the pipeline`);
  return result.article;
}
