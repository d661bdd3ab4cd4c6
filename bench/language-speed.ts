/**
 * Throughput of the whole language stage (npm run bench:language):
 * sentences + tokens, named entities, times and values, on the PolNeAR dev
 * articles (news text), side by side with wink-nlp's English lite model
 * (tokenize, sentences, POS and its entities) on the same texts in the same
 * run. Each engine runs in its own child process (peak RSS per engine);
 * speed is tokens (Dateline's count, the same for both) per second, median
 * of three passes after one warm-up pass. Writes bench/results/language.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractText } from '../src/extract/text/index.js';
import type { Article } from '../src/model/article.js';
import { makeSourceDocument } from '../src/model/document.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import { tokenize } from '../src/language/tokens/tokenize.js';
import { PROJECT_ROOT, requireShared } from './shared-data.js';

type Engine = 'dateline' | 'wink';
interface EngineResult { engine: Engine; passes: number[]; tokensPerSec: number; peakRssMb: number; entities: number }

const dir = requireShared('bench', 'quotes', 'polnear', 'data', 'dev', 'text');
const texts = readdirSync(dir).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
const tokenCount = texts.reduce((n, t) => n + tokenize(t).length, 0);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function runDateline(): { seconds: number; entities: number } {
  // The language stage only (sentences, entities, times, values): later stages (quotes, events) build on it and are timed elsewhere.
  const stages = defaultPipeline().stages.filter((s) => s.name.startsWith('language.'));
  // Extraction is not part of the language stage: articles are made before the clock starts.
  const articles: Article[] = texts.map((t, i) => extractText(makeSourceDocument('text', t, { path: `${i}.txt` })));
  const t0 = performance.now();
  for (const a of articles) for (const s of stages) s.run(a, {});
  const seconds = (performance.now() - t0) / 1000;
  return { seconds, entities: articles.reduce((n, a) => n + a.layer('entities').length, 0) };
}

function runWink(): { seconds: number; entities: number } {
  const require = createRequire(import.meta.url);
  const winkNLP = require('wink-nlp');
  const model = require('wink-eng-lite-web-model');
  const nlp = winkNLP(model);
  const its = nlp.its;
  const t0 = performance.now();
  let entities = 0;
  for (const t of texts) {
    const doc = nlp.readDoc(t);
    doc.tokens().out(its.pos);
    doc.sentences().out();
    entities += doc.entities().out().length;
  }
  return { seconds: (performance.now() - t0) / 1000, entities };
}

function child(engine: Engine): void {
  const run = engine === 'dateline' ? runDateline : runWink;
  run(); // warm-up
  const passes: number[] = [];
  let entities = 0;
  for (let i = 0; i < 3; i++) {
    const r = run();
    passes.push(tokenCount / r.seconds);
    entities = r.entities;
  }
  const result: EngineResult = { engine, passes, tokensPerSec: median(passes), peakRssMb: process.resourceUsage().maxRSS / 1024, entities };
  process.stdout.write(JSON.stringify(result));
}

function parent(): void {
  const self = fileURLToPath(import.meta.url);
  const spawn = (engine: Engine): EngineResult => JSON.parse(execFileSync(process.execPath, [self, '--engine', engine], { encoding: 'utf8', maxBuffer: 1 << 26 })) as EngineResult;
  const dateline = spawn('dateline');
  const wink = spawn('wink');
  const ratio = dateline.tokensPerSec / wink.tokensPerSec;
  console.log(`language stage on PolNeAR dev: ${texts.length} articles, ${tokenCount} tokens`);
  for (const r of [dateline, wink]) {
    console.log(`${r.engine.padEnd(9)} ${Math.round(r.tokensPerSec).toLocaleString('en')} tokens/s (passes ${r.passes.map((p) => Math.round(p)).join(', ')}), peak RSS ${r.peakRssMb.toFixed(0)} MB, ${r.entities} entities`);
  }
  console.log(`ratio dateline / wink-nlp: ${ratio.toFixed(2)}x (goal >= 0.5x)`);
  mkdirSync(join(PROJECT_ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(join(PROJECT_ROOT, 'bench', 'results', 'language.json'), `${JSON.stringify({ tokens: tokenCount, dateline, wink, ratio }, null, 2)}\n`);
}

const at = process.argv.indexOf('--engine');
if (at > 0) child(process.argv[at + 1] as Engine);
else parent();
