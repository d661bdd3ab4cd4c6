/**
 * The engines the AEB benchmark runs on identical decoded pages: Dateline's
 * HTML extractor, and Mozilla Readability on a linkedom DOM (the peer the
 * speed target is set against). Each returns the article body as text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractHtml } from '../../src/extract/html/index.js';
import { decodeBytes } from '../../src/ingest/index.js';
import type { SourceDocument } from '../../src/model/document.js';
import { makeSourceDocument } from '../../src/model/document.js';

export type EngineName = 'dateline' | 'readability';
export const ENGINE_NAMES: readonly EngineName[] = ['dateline', 'readability'];

export interface Page {
  readonly id: string;
  /** Decoded HTML, the same string for every engine. */
  readonly html: string;
  readonly doc: SourceDocument;
}

export const ENGINES: Readonly<Record<EngineName, (page: Page) => string>> = {
  dateline: (page) => extractHtml(page.doc).bodyText({ withDateline: true }),
  readability: (page) => {
    const { document } = parseHTML(page.html);
    const result = new Readability(document as unknown as Document).parse();
    return result?.textContent ?? ''; // null: Readability found no article
  },
};

/** Every page of the benchmark, decoded by the ingest layer as `dateline extract` would. */
export function loadPages(aeb: string, ids: readonly string[]): Page[] {
  return ids.map((id) => {
    const bytes = gunzipSync(readFileSync(join(aeb, 'html', `${id}.html.gz`)));
    const { content } = decodeBytes(bytes, 'html', { file: `${id}.html` });
    return { id, html: content, doc: makeSourceDocument('html', content, { path: `${id}.html` }) };
  });
}

export interface EngineRun {
  engine: EngineName;
  /** Pages per second of each pass over all pages. */
  passes: number[];
  /** First pass over the pages, JIT still warming up. */
  coldPagesPerSec: number;
  /** Median of the passes after the first. */
  pagesPerSec: number;
  /** Peak resident set of the whole process (pages held in memory included), MiB. */
  peakRssMb: number;
  errors: number;
  bodies: Record<string, string>;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Runs one engine over all pages `passes` times; bodies come from the first pass.
 * The first (cold, JIT-warming) pass is kept apart: the speed is the median of the others.
 */
export function runEngine(engine: EngineName, pages: readonly Page[], passes = 4): EngineRun {
  const extract = ENGINES[engine];
  const bodies: Record<string, string> = {};
  const rates: number[] = [];
  let errors = 0;
  for (let pass = 0; pass < passes; pass++) {
    const started = process.hrtime.bigint();
    for (const page of pages) {
      let body = '';
      try {
        body = extract(page);
      } catch {
        if (pass === 0) errors++;
      }
      if (pass === 0) bodies[page.id] = body;
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    rates.push(pages.length / seconds);
  }
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  return { engine, passes: rates, pagesPerSec: median(rates.slice(1)), coldPagesPerSec: rates[0], peakRssMb, errors, bodies };
}
