/**
 * Article Extraction Benchmark (scrapinghub/article-extraction-benchmark)
 * for the HTML extractor, with Mozilla Readability on linkedom run as a peer
 * in the same run, on the same decoded pages, scored by the same scorer
 * (bench/aeb/score.ts). Each engine runs in its own child process so its
 * peak RSS is its own; each goes over all pages twice and reports the median
 * pages/s. The published outputs of other extractors are scored alongside.
 * Writes bench/results/aeb.json.
 *
 * Usage: npx tsc -p tsconfig.json; node dist/bench/extract-aeb.js [--worst N] [--show ID]
 *        node dist/bench/extract-aeb.js --engine dateline|readability --json   (one engine; used by the parent)
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EngineName, EngineRun } from './aeb/engines.js';
import { ENGINE_NAMES, loadPages, runEngine } from './aeb/engines.js';
import type { PageScore, Summary } from './aeb/score.js';
import { scorePage, summarise } from './aeb/score.js';
import { PROJECT_ROOT, SHARED } from './shared-data.js';

const AEB = join(SHARED, 'bench', 'extraction', 'aeb');

type Truth = Record<string, { articleBody: string; url: string }>;
type Bodies = Record<string, { articleBody?: string | null }>;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function readTruth(): { truth: Truth; ids: string[] } {
  const truth = JSON.parse(readFileSync(join(AEB, 'ground-truth.json'), 'utf8')) as Truth;
  return { truth, ids: Object.keys(truth).sort() };
}

/** Child mode: one engine over every page, its run as JSON on stdout. */
function runChild(engine: EngineName): void {
  const { ids } = readTruth();
  const run = runEngine(engine, loadPages(AEB, ids));
  process.stdout.write(JSON.stringify(run));
}

function spawnEngine(engine: EngineName): EngineRun {
  const script = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, [script, '--engine', engine, '--json'], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] });
  if (child.status !== 0) throw new Error(`engine ${engine} exited with ${child.status ?? child.signal}`);
  return JSON.parse(child.stdout) as EngineRun;
}

function row(name: string, s: Summary, extra = ''): string {
  const f = (x: number): string => x.toFixed(3);
  return `${name.padEnd(24)} F1 ${f(s.f1)}  P ${f(s.precision)}  R ${f(s.recall)}  exact ${f(s.exact)}${extra}`;
}

function speed(run: EngineRun): string {
  const passes = run.passes.map((p) => p.toFixed(1)).join(', ');
  const errors = run.errors > 0 ? `, ${run.errors} errors` : '';
  return `  ${run.pagesPerSec.toFixed(1)} pages/s warm (cold first pass ${run.coldPagesPerSec.toFixed(1)}; passes ${passes}), peak RSS ${run.peakRssMb.toFixed(0)} MB${errors}`;
}

function corpusHash(truth: Truth, ids: readonly string[]): string {
  const hash = createHash('sha256');
  for (const id of ids) hash.update(id).update('\0').update(truth[id].articleBody ?? '').update('\0');
  return hash.digest('hex').slice(0, 16);
}

function peerOutputs(): Array<{ name: string; bodies: Bodies }> {
  const dir = join(AEB, 'peer-output');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((file) => {
    const raw = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Bodies | { output: Bodies };
    const bodies = 'output' in raw && typeof raw.output === 'object' ? (raw.output as Bodies) : (raw as Bodies);
    return { name: file.replace(/\.json$/, ''), bodies };
  });
}

function runParent(args: string[]): void {
  const { truth, ids } = readTruth();
  const runs = Object.fromEntries(ENGINE_NAMES.map((e) => [e, spawnEngine(e)])) as Record<EngineName, EngineRun>;
  const scoreAll = (body: (id: string) => string): PageScore[] => ids.map((id) => scorePage(truth[id].articleBody ?? '', body(id)));
  const mine = scoreAll((id) => runs.dateline.bodies[id] ?? '');
  const ours = summarise(mine);
  const peer = summarise(scoreAll((id) => runs.readability.bodies[id] ?? ''));
  const ratio = runs.dateline.pagesPerSec / runs.readability.pagesPerSec;
  const hash = corpusHash(truth, ids);

  console.log(`AEB: ${ids.length} pages (corpus ${hash}); exact = token sequence equal to the ground truth`);
  console.log(row('dateline', ours, speed(runs.dateline)));
  console.log(row('readability+linkedom', peer, speed(runs.readability)));
  const coldRatio = runs.dateline.coldPagesPerSec / runs.readability.coldPagesPerSec;
  console.log(`speed ratio dateline / readability: ${ratio.toFixed(2)}x warm, ${coldRatio.toFixed(2)}x on the cold first pass (target >= 3x)`);
  console.log('published peer outputs, same scorer:');
  for (const { name, bodies } of peerOutputs()) console.log(row(`  ${name}`, summarise(scoreAll((id) => bodies[id]?.articleBody ?? ''))));

  const show = option(args, '--show');
  if (show) {
    for (const id of ids.filter((i) => i.startsWith(show))) {
      console.log(`--- ${id} ${truth[id].url}\n--- ours:\n${runs.dateline.bodies[id]}\n--- truth:\n${truth[id].articleBody}\n`);
    }
  }
  const worst = Number(option(args, '--worst') ?? (args.includes('--worst') ? 15 : 0));
  if (worst > 0) {
    const ranked = ids.map((id, i) => ({ id, s: mine[i] })).sort((a, b) => a.s.tp - b.s.tp).slice(0, worst);
    console.log(`\nworst ${worst} pages (tp / fp / fn, normalised):`);
    for (const { id, s } of ranked) console.log(`${id.slice(0, 12)} tp ${s.tp.toFixed(2)} fp ${s.fp.toFixed(2)} fn ${s.fn.toFixed(2)}  ${truth[id].url.slice(0, 90)}`);
  }

  const engineFigures = (run: EngineRun, s: Summary): Record<string, number> => ({ ...s, pagesPerSec: run.pagesPerSec, peakRssMb: run.peakRssMb, errors: run.errors });
  const result = { pages: ids.length, corpusHash: hash, ...engineFigures(runs.dateline, ours), readability: engineFigures(runs.readability, peer), ratio, coldRatio };
  mkdirSync(join(PROJECT_ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(join(PROJECT_ROOT, 'bench', 'results', 'aeb.json'), `${JSON.stringify(result, null, 2)}\n`);
}

function main(): void {
  if (!existsSync(join(AEB, 'ground-truth.json'))) {
    console.log(`skipped: benchmark data not found at ${AEB} (../shared is absent)`);
    return;
  }
  const args = process.argv.slice(2);
  const engine = option(args, '--engine');
  if (engine === undefined) return runParent(args);
  if (!(ENGINE_NAMES as readonly string[]).includes(engine)) throw new Error(`--engine must be one of ${ENGINE_NAMES.join(', ')}`);
  runChild(engine as EngineName);
}

main();
