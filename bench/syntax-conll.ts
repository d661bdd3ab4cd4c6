/**
 * Part-of-speech accuracy and chunk F1 (exact spans, predicted part of speech)
 * on CoNLL-2003 valid, and tagging speed in tokens/second (median of 3 warm
 * passes). `npm run bench:syntax`.
 */
import { join } from 'node:path';
import { readSyntaxConll } from '../src/language/syntax/conll-columns.js';
import { loadSyntaxTagger } from '../src/language/syntax/tagger.js';
import { f1, scoreSpans } from '../src/language/tagger/conll-data.js';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { PROJECT_ROOT, requireShared } from './shared-data.js';

export interface SyntaxFigures { corpusHash: string; posAccuracy: number; chunkF1: number; tokensPerSecond: number }

export function runSyntaxBench(): SyntaxFigures {
  const path = join(requireShared('bench', 'ner', 'conll2003'), 'valid.txt');
  const valid = readSyntaxConll(path);
  const tagger = loadSyntaxTagger();
  let right = 0;
  let all = 0;
  const gold: string[][] = [];
  const pred: string[][] = [];
  for (const s of valid) {
    const t = tagger.tag(s.words);
    t.pos.forEach((p, i) => { all++; if (p === s.pos[i]) right++; });
    gold.push(s.chunks);
    pred.push(t.chunks);
  }
  const times: number[] = [];
  for (let pass = 0; pass < 4; pass++) {
    const t0 = performance.now();
    for (const s of valid) tagger.tag(s.words);
    times.push(performance.now() - t0);
  }
  const warm = times.slice(1).sort((a, b) => a - b)[1];
  return { corpusHash: createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16), posAccuracy: right / all, chunkF1: f1(scoreSpans(gold, pred)), tokensPerSecond: all / (warm / 1000) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = runSyntaxBench();
  mkdirSync(join(PROJECT_ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(join(PROJECT_ROOT, 'bench', 'results', 'syntax.json'), `${JSON.stringify(r, null, 2)}\n`);
  console.log(`CoNLL-2003 valid (corpus ${r.corpusHash}): part-of-speech accuracy ${(100 * r.posAccuracy).toFixed(2)}%, chunk F1 ${(100 * r.chunkF1).toFixed(2)}; ${Math.round(r.tokensPerSecond).toLocaleString('en')} tokens/s (POS + chunks, warm)`);
}
