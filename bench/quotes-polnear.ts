/**
 * PolNeAR attributions (npm run bench:quotes): for Source, Cue and Content,
 * exact-span precision/recall/F1 and token-overlap precision/recall/F1 (each
 * token of a gold span found inside a predicted span of the same role counts),
 * on dev (default) or train (`--split train`), with the trained tagger
 * (QUOTES_RULES=1: the rules alone; QUOTES_TAGGER_ONLY=1: the tagger alone). Articles per second for the
 * quote stage. Writes bench/results/quotes.json. `--verbose` prints misses.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../src/language/tokens/sentences.js';
import { tokenize } from '../src/language/tokens/tokenize.js';
import { findAttributions, type Attribution } from '../src/quotes/attributions.js';
import { findQuotes } from '../src/quotes/marks.js';
import { combineAttributions, findTaggedAttributions, type OrphanCue } from '../src/quotes/tagged.js';
import { loadAttributionModel } from '../src/quotes/tagger/model.js';
import { PROJECT_ROOT, requireShared } from './shared-data.js';

type Role = 'Source' | 'Cue' | 'Content';
const ROLES: Role[] = ['Source', 'Cue', 'Content'];
interface Tally { goldSpans: number; predSpans: number; exact: number; goldTokens: number; predTokens: number; goldTokensHit: number; predTokensHit: number }

const split = process.argv.includes('--split') ? process.argv[process.argv.indexOf('--split') + 1] : 'dev';
const verbose = process.argv.includes('--verbose');
const root = requireShared('bench', 'quotes', 'polnear', 'data', split);

function goldSpans(ann: string): Record<Role, { start: number; end: number }[]> {
  const out: Record<Role, { start: number; end: number }[]> = { Source: [], Cue: [], Content: [] };
  for (const line of ann.split('\n')) {
    const [id, info] = line.split('\t');
    if (!id?.startsWith('T') || !info) continue;
    const [role, ...ranges] = info.split(' ');
    if (!(ROLES as string[]).includes(role)) continue;
    // Discontinuous spans are written "a b;c d".
    for (const r of ranges.join(' ').split(';')) {
      const [a, b] = r.trim().split(' ').map(Number);
      if (Number.isFinite(a) && Number.isFinite(b)) out[role as Role].push({ start: a, end: b });
    }
  }
  return out;
}

/** Token (\S+ run) start offsets covered by spans. */
function tokenStarts(text: string, spans: readonly { start: number; end: number }[]): Set<number> {
  const out = new Set<number>();
  for (const s of spans) for (const m of text.slice(s.start, s.end).matchAll(/[\p{L}\p{N}]+/gu)) out.add(s.start + m.index!);
  return out;
}

export function predictAttributions(text: string): Attribution[] {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens).map((s) => ({ start: s.start, end: s.end, tokens: tokens.slice(s.firstToken, s.endToken) }));
  const quotes = findQuotes(text);
  const model = process.env.QUOTES_RULES === '1' ? null : loadAttributionModel();
  const rules = findAttributions(text, sentences, quotes);
  if (process.env.QUOTES_TAGGER_ONLY === '1' && model) return findTaggedAttributions(text, sentences, quotes, model);
  const orphans: OrphanCue[] = [];
  return model ? combineAttributions(text, rules, findTaggedAttributions(text, sentences, quotes, model, orphans), orphans, quotes) : rules;
}

const tallies = Object.fromEntries(ROLES.map((r) => [r, { goldSpans: 0, predSpans: 0, exact: 0, goldTokens: 0, predTokens: 0, goldTokensHit: 0, predTokensHit: 0 }])) as Record<Role, Tally>;
const hash = createHash('sha256');
let seconds = 0;
// Models load before the clock starts: the speed is the stage's on articles, not the one-off load.
const loadStarted = performance.now();
if (process.env.QUOTES_RULES !== '1') loadAttributionModel();
const loadSeconds = (performance.now() - loadStarted) / 1000;
const files = readdirSync(join(root, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
for (const f of files) {
  const base = f.replace(/_[0-9a-f]{4}\.ann$/, '').replace(/\.ann$/, '');
  const text = readFileSync(join(root, 'text', `${base}.txt`), 'utf8');
  const ann = readFileSync(join(root, 'attributions', f), 'utf8');
  hash.update(f).update(ann);
  const gold = goldSpans(ann);
  const t0 = performance.now();
  const found = predictAttributions(text);
  seconds += (performance.now() - t0) / 1000;
  const pred: Record<Role, { start: number; end: number }[]> = { Source: found.flatMap((a) => (a.source ? [a.source] : [])), Cue: found.map((a) => a.cue), Content: found.flatMap((a) => a.contentParts ?? [a.content]) };
  for (const role of ROLES) {
    const t = tallies[role];
    t.goldSpans += gold[role].length;
    t.predSpans += pred[role].length;
    t.exact += pred[role].filter((p) => gold[role].some((g) => g.start === p.start && g.end === p.end)).length;
    const g = tokenStarts(text, gold[role]);
    const p = tokenStarts(text, pred[role]);
    t.goldTokens += g.size;
    t.predTokens += p.size;
    for (const x of g) if (p.has(x)) t.goldTokensHit++;
    for (const x of p) if (g.has(x)) t.predTokensHit++;
    if (verbose && role === 'Content') for (const x of pred[role]) if (!gold[role].some((y) => y.start < x.end && x.start < y.end)) console.log(`fp  ${f}: ${text.slice(x.start, x.end).slice(0, 120)}`);
  }
}
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const summary = Object.fromEntries(ROLES.map((role) => {
  const t = tallies[role];
  const ep = t.predSpans ? t.exact / t.predSpans : 0;
  const er = t.goldSpans ? t.exact / t.goldSpans : 0;
  const op = t.predTokens ? t.predTokensHit / t.predTokens : 0;
  const or = t.goldTokens ? t.goldTokensHit / t.goldTokens : 0;
  return [role, { exactP: ep, exactR: er, exactF1: f1(ep, er), overlapP: op, overlapR: or, overlapF1: f1(op, or), gold: t.goldSpans, predicted: t.predSpans }];
}));
const corpusHash = hash.digest('hex').slice(0, 16);
console.log(`PolNeAR ${split}: ${files.length} articles (corpus ${corpusHash}); ${(files.length / seconds).toFixed(0)} articles/s (models loaded first, in ${loadSeconds.toFixed(1)} s)`);
for (const role of ROLES) {
  const s = summary[role];
  console.log(`${role.padEnd(8)} exact P ${s.exactP.toFixed(3)} R ${s.exactR.toFixed(3)} F1 ${s.exactF1.toFixed(3)} | overlap P ${s.overlapP.toFixed(3)} R ${s.overlapR.toFixed(3)} F1 ${s.overlapF1.toFixed(3)} (gold ${s.gold}, found ${s.predicted})`);
}
mkdirSync(join(PROJECT_ROOT, 'bench', 'results'), { recursive: true });
writeFileSync(join(PROJECT_ROOT, 'bench', 'results', `quotes-${split}.json`), `${JSON.stringify({ corpusHash, articles: files.length, articlesPerSec: files.length / seconds, ...summary }, null, 2)}\n`);
