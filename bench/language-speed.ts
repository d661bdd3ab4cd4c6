/**
 * Throughput of the whole language stage (npm run bench:language):
 * sentences + tokens, named entities, times and values, on the PolNeAR dev
 * articles (news text), side by side with wink-nlp's English lite model
 * (tokenize, sentences, POS and its entities) on the same texts in the same
 * run. Each engine runs in its own child process (peak RSS per engine);
 * speed is tokens (Dateline's count, the same for both) per second, median
 * of five passes after two warm-up passes, and per CPU second; the engines
 * run in alternating order over several rounds and the median ratio is kept. Writes bench/results/language.json.
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
interface EngineResult { engine: Engine; passes: number[]; tokensPerSec: number; tokensPerCpuSec: number; peakRssMb: number; entities: number }

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

/** Warm-up passes (JIT, caches) and timed passes per child process. */
const WARM_UP = 2;
const PASSES = 5;
/** Rounds of one child per engine, in alternating order, so drifts in the machine's load hit both alike. */
const ROUNDS = Number(process.env.LANGUAGE_ROUNDS ?? 3);

function child(engine: Engine): void {
  const run = engine === 'dateline' ? runDateline : runWink;
  for (let i = 0; i < WARM_UP; i++) run();
  const passes: number[] = [];
  let entities = 0;
  const cpu0 = process.cpuUsage();
  let wall = 0;
  for (let i = 0; i < PASSES; i++) {
    const r = run();
    passes.push(tokenCount / r.seconds);
    wall += r.seconds;
    entities = r.entities;
  }
  const cpu = process.cpuUsage(cpu0);
  // CPU time of the whole process over the timed passes: less sensitive than wall time to other jobs on the machine.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const result: EngineResult = { engine, passes, tokensPerSec: median(passes), tokensPerCpuSec: (tokenCount * PASSES) / Math.max(cpuSeconds, wall * 0.01), peakRssMb: process.resourceUsage().maxRSS / 1024, entities };
  process.stdout.write(JSON.stringify(result));
}

function parent(): void {
  const self = fileURLToPath(import.meta.url);
  const spawn = (engine: Engine): EngineResult => JSON.parse(execFileSync(process.execPath, [self, '--engine', engine], { encoding: 'utf8', maxBuffer: 1 << 26 })) as EngineResult;
  const rounds: { dateline: EngineResult; wink: EngineResult; ratio: number; cpuRatio: number }[] = [];
  for (let k = 0; k < ROUNDS; k++) {
    const order: Engine[] = k % 2 === 0 ? ['dateline', 'wink'] : ['wink', 'dateline'];
    const got = Object.fromEntries(order.map((e) => [e, spawn(e)])) as Record<Engine, EngineResult>;
    rounds.push({ dateline: got.dateline, wink: got.wink, ratio: got.dateline.tokensPerSec / got.wink.tokensPerSec, cpuRatio: got.dateline.tokensPerCpuSec / got.wink.tokensPerCpuSec });
  }
  const ratio = median(rounds.map((r) => r.ratio));
  const cpuRatio = median(rounds.map((r) => r.cpuRatio));
  const typical = rounds.find((r) => r.ratio === ratio) ?? rounds[0];
  console.log(`language stage on PolNeAR dev: ${texts.length} articles, ${tokenCount} tokens; ${ROUNDS} rounds, each engine ${WARM_UP} warm-up + ${PASSES} timed passes per round`);
  rounds.forEach((r, k) => {
    for (const e of [r.dateline, r.wink]) console.log(`round ${k + 1} ${e.engine.padEnd(9)} ${Math.round(e.tokensPerSec).toLocaleString('en')} tokens/s (median of ${e.passes.map((p) => Math.round(p)).join(', ')}), ${Math.round(e.tokensPerCpuSec).toLocaleString('en')} tokens per CPU second, peak RSS ${e.peakRssMb.toFixed(0)} MB, ${e.entities} entities`);
    console.log(`round ${k + 1} ratio ${r.ratio.toFixed(2)}x (CPU time ${r.cpuRatio.toFixed(2)}x)`);
  });
  console.log(`ratio dateline / wink-nlp, median of ${ROUNDS} rounds: ${ratio.toFixed(2)}x wall, ${cpuRatio.toFixed(2)}x CPU time (goal >= 0.5x)`);
  mkdirSync(join(PROJECT_ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(join(PROJECT_ROOT, 'bench', 'results', 'language.json'), `${JSON.stringify({ tokens: tokenCount, dateline: typical.dateline, wink: typical.wink, ratio, cpuRatio, rounds }, null, 2)}\n`);
}

const at = process.argv.indexOf('--engine');
if (at > 0) child(process.argv[at + 1] as Engine);
else parent();
