/**
 * Error classes of the quote stage on PolNeAR dev (npm run bench:quotes-errors):
 * per role, gold spans found exactly, covered, partly found, missed (and
 * missed though the tagger's raw spans had them: lost in linking), predicted
 * spans right, overlong or spurious, which gold role the wrongly predicted
 * words have, and examples of each class (N=25 per class).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../src/language/tokens/sentences.js';
import { tokenize } from '../src/language/tokens/tokenize.js';
import { findQuotes } from '../src/quotes/marks.js';
import { loadAttributionModel } from '../src/quotes/tagger/model.js';
import { tagSentences } from '../src/quotes/tagger/index.js';
import { articleOf, goldSpans, predictAttributions, predictedSpans, tokenStarts } from './polnear.js';
import { requireShared } from './shared-data.js';
type S = { start: number; end: number };
const root = requireShared('bench', 'quotes', 'polnear', 'data', 'dev');
const ROLES = ['Source', 'Cue', 'Content'] as const;
const R2 = { Source: 'SRC', Cue: 'CUE', Content: 'CON' } as const;
const toks = (text: string, s: S): number[] => [...tokenStarts(text, [s])];
const stats: Record<string, Record<string, number>> = {};
const inc = (r: string, k: string, n = 1) => { (stats[r] ??= {}); stats[r][k] = (stats[r][k] ?? 0) + n; };
const examples: Record<string, string[]> = {};
const ex = (k: string, s: string) => { (examples[k] ??= []).push(s); };
const model = loadAttributionModel()!;
for (const f of readdirSync(join(root, 'attributions')).filter((x) => x.endsWith('.ann')).sort()) {
  const text = readFileSync(join(root, 'text', `${articleOf(f)}.txt`), 'utf8');
  const gold: Record<string, S[]> = goldSpans(readFileSync(join(root, 'attributions', f), 'utf8'));
  const found = predictAttributions(text);
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens).map((s) => tokens.slice(s.firstToken, s.endToken));
  const raw = tagSentences(model, text, sentences, findQuotes(text)).flat();
  const pred: Record<string, S[]> = predictedSpans(found);
  for (const role of ROLES) {
    const rawR = raw.filter((x) => x.role === R2[role]);
    const rawT = new Set(rawR.flatMap((s) => toks(text, s)));
    const pT = new Set(pred[role].flatMap((s) => toks(text, s)));
    for (const g of gold[role]) {
      const gt = toks(text, g);
      const hit = gt.filter((t) => pT.has(t)).length;
      const rawHit = gt.filter((t) => rawT.has(t)).length;
      const exact = pred[role].some((p) => p.start === g.start && p.end === g.end);
      const cls = exact ? 'exact' : hit === gt.length ? 'covered' : hit > 0 ? 'partial' : rawHit > 0 ? 'missed-but-raw' : 'missed';
      inc(role, `gold:${cls}`); inc(role, `goldTok:${cls}:missedTok`, gt.length - hit); inc(role, 'goldTok', gt.length);
      if (cls === 'missed' && role !== 'Content') ex(`${role}:missed`, `${f} | ${text.slice(g.start, g.end)} | ${text.slice(Math.max(0, g.start - 60), g.end + 60).replace(/\n/g, ' ')}`);
      if (cls === 'partial' || (cls === 'covered' && !exact)) ex(`${role}:boundary`, `${text.slice(g.start, g.end)}  ==>  ${pred[role].filter((p) => p.start < g.end && g.start < p.end).map((p) => text.slice(p.start, p.end)).join(' / ')}`);
      if (cls === 'missed-but-raw') ex(`${role}:missed-but-raw`, `${f} | ${text.slice(g.start, g.end)} | ${text.slice(Math.max(0, g.start - 60), g.end + 60).replace(/\n/g, ' ')}`);
    }
    const gT = new Set(gold[role].flatMap((s) => toks(text, s)));
    const otherG = new Map<number, string>();
    for (const r of ROLES) if (r !== role) for (const s of gold[r]) for (const t of toks(text, s)) otherG.set(t, r);
    for (const p of pred[role]) {
      const pt = toks(text, p);
      const hit = pt.filter((t) => gT.has(t)).length;
      const cls = hit === pt.length ? 'ok' : hit > 0 ? 'overlong' : 'spurious';
      inc(role, `pred:${cls}`); inc(role, `predTok:${cls}:wrongTok`, pt.length - hit);
      for (const t of pt) if (!gT.has(t)) inc(role, `wrongTokIsGold:${otherG.get(t) ?? 'none'}`);
      if (cls === 'spurious' && role !== 'Content') ex(`${role}:spurious`, `${f} | ${text.slice(p.start, p.end)} | ${text.slice(Math.max(0, p.start - 60), p.end + 60).replace(/\n/g, ' ')}`);
    }
  }
}
console.log(JSON.stringify(stats, null, 1));
const n = Number(process.env.N ?? 25);
for (const [k, v] of Object.entries(examples)) { console.log(`\n## ${k} (${v.length})`); for (const s of v.filter((_, i) => i % Math.max(1, Math.floor(v.length / n)) === 0).slice(0, n)) console.log('  ' + s); }
