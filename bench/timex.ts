/**
 * TempEval-3 time expressions (npm run bench:time) on TBAQ-cleaned
 * (../shared/bench/time/tempeval3): TIMEX3 spans in each document's TEXT
 * (the creation time excluded), found by Dateline with the document's
 * creation time as reference. Reports strict and relaxed span F1, type
 * accuracy, value accuracy on matches and value F1 (a hit needs overlap
 * and the same value), per part (TimeBank, AQUAINT) and overall.
 * Writes bench/results/time.json. VERBOSE=1 lists value mistakes.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findTimes } from '../src/language/timex/index.js';
import { PROJECT_ROOT, requireShared } from './shared-data.js';

interface Gold { start: number; end: number; type: string; value: string }

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

/** The TEXT element with tags removed, and the TIMEX3 spans in it. */
export function readTimeml(xml: string): { text: string; dct: string | null; gold: Gold[] } {
  const dct = /<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml)?.[0].match(/value="([^"]+)"/)?.[1] ?? null;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const gold: Gold[] = [];
  let open: { start: number; type: string; value: string } | null = null;
  for (const part of body.split(/(<[^>]+>)/)) {
    if (part.startsWith('<')) {
      if (part.startsWith('<TIMEX3')) open = { start: text.length, type: /type="([^"]+)"/.exec(part)?.[1] ?? '', value: /value="([^"]+)"/.exec(part)?.[1] ?? '' };
      else if (part.startsWith('</TIMEX3') && open) {
        gold.push({ ...open, end: text.length });
        open = null;
      }
      continue;
    }
    text += part.replace(/&\w+;/g, (e) => ENTITIES[e] ?? e);
  }
  return { text, dct, gold };
}

interface Tally { gold: number; pred: number; strict: number; relaxed: number; typeRight: number; valueRight: number }
const empty = (): Tally => ({ gold: 0, pred: 0, strict: 0, relaxed: 0, typeRight: 0, valueRight: 0 });
const f = (tp: number, pred: number, gold: number): number => (tp === 0 ? 0 : (2 * tp) / (pred + gold));

const root = requireShared('bench', 'time', 'tempeval3', 'TBAQ-cleaned');
const verbose = process.env.VERBOSE === '1';
const hash = createHash('sha256');
const parts: Record<string, Tally> = { TimeBank: empty(), AQUAINT: empty() };
const started = performance.now();
let chars = 0;
for (const part of Object.keys(parts)) {
  for (const file of readdirSync(join(root, part)).filter((x) => x.endsWith('.tml')).sort()) {
    const xml = readFileSync(join(root, part, file), 'utf8');
    hash.update(file).update(xml);
    const { text, dct, gold } = readTimeml(xml);
    chars += text.length;
    const found = findTimes(text, { reference: dct });
    const t = parts[part];
    t.gold += gold.length;
    t.pred += found.length;
    for (const p of found) {
      const g = gold.find((x) => x.start < p.end && p.start < x.end);
      if (!g) {
        if (verbose) console.log(`fp   ${file}: "${text.slice(p.start, p.end)}" ${p.value} (${p.rule})`);
        continue;
      }
      t.relaxed++;
      if (g.start === p.start && g.end === p.end) t.strict++;
      if (g.type === p.type) t.typeRight++;
      if (g.value === p.value) t.valueRight++;
      else if (verbose) console.log(`val  ${file}: "${text.slice(p.start, p.end)}" got ${p.value} want ${g.value} (${p.rule}; dct ${dct})`);
    }
    if (verbose) for (const g of gold) if (!found.some((p) => g.start < p.end && p.start < g.end)) console.log(`fn   ${file}: "${text.slice(g.start, g.end)}" ${g.value}`);
  }
}
const seconds = (performance.now() - started) / 1000;
const all = Object.values(parts).reduce((a, b) => Object.fromEntries(Object.keys(a).map((k) => [k, a[k as keyof Tally] + b[k as keyof Tally]])) as unknown as Tally, empty());
const summary = (t: Tally) => ({
  gold: t.gold,
  predicted: t.pred,
  strictF1: f(t.strict, t.pred, t.gold),
  relaxedF1: f(t.relaxed, t.pred, t.gold),
  relaxedP: t.pred ? t.relaxed / t.pred : 0,
  relaxedR: t.gold ? t.relaxed / t.gold : 0,
  typeAccuracy: t.relaxed ? t.typeRight / t.relaxed : 0,
  valueAccuracy: t.relaxed ? t.valueRight / t.relaxed : 0,
  valueF1: f(t.valueRight, t.pred, t.gold),
});
const corpusHash = hash.digest('hex').slice(0, 16);
const result = { corpusHash, ...summary(all), parts: Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, summary(v)])), charsPerSec: chars / seconds };
console.log(`TempEval-3 TBAQ-cleaned (corpus ${corpusHash}); ${(chars / seconds / 1000).toFixed(0)}k chars/s`);
for (const [name, s] of [['all', summary(all)], ...Object.entries(result.parts)] as const) {
  console.log(`${String(name).padEnd(9)} strict F1 ${s.strictF1.toFixed(3)}  relaxed F1 ${s.relaxedF1.toFixed(3)} (P ${s.relaxedP.toFixed(3)} R ${s.relaxedR.toFixed(3)})  type acc ${s.typeAccuracy.toFixed(3)}  value acc ${s.valueAccuracy.toFixed(3)}  value F1 ${s.valueF1.toFixed(3)}  (gold ${s.gold}, found ${s.predicted})`);
}
console.log('published value F1 on the TempEval-3 platinum test: HeidelTime ~0.78, SUTime ~0.67');
mkdirSync(join(PROJECT_ROOT, 'bench', 'results'), { recursive: true });
writeFileSync(join(PROJECT_ROOT, 'bench', 'results', 'time.json'), `${JSON.stringify(result, null, 2)}\n`);
