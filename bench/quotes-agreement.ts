/**
 * How far annotators of PolNeAR agree with each other, measured the way
 * `bench:quotes` measures Dateline (npm run bench:quotes-agreement). PolNeAR
 * had a few articles annotated by five or six annotators each (16 in train,
 * 2 in dev) to check agreement. For each such article, every annotator's
 * spans are scored against every other's (token overlap and exact spans per
 * role, micro-averaged over all ordered pairs), and the quote stage's spans
 * against each annotator's. The human figure is the ceiling a system can be
 * expected to reach on one annotator's gold. The tagger was trained on PolNeAR
 * train, these train articles included, so its train figure is optimistic.
 * Writes bench/results/quotes-agreement.json.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAttributionModel } from '../src/quotes/tagger/model.js';
import { articleOf, goldSpans, newTallies, predictAttributions, predictedSpans, ROLES, summarize, tallyArticle, type RoleScore, type Role } from './polnear.js';
import { PROJECT_ROOT, requireShared } from './shared-data.js';

interface SplitAgreement { corpusHash: string; articles: number; annotations: number; humanPairs: number; human: Record<Role, RoleScore>; system: Record<Role, RoleScore> }

function agreement(split: string): SplitAgreement {
  const root = requireShared('bench', 'quotes', 'polnear', 'data', split);
  const byArticle = new Map<string, string[]>();
  for (const f of readdirSync(join(root, 'attributions')).filter((x) => x.endsWith('.ann')).sort()) byArticle.set(articleOf(f), [...(byArticle.get(articleOf(f)) ?? []), f]);
  const human = newTallies();
  const system = newTallies();
  const hash = createHash('sha256');
  let articles = 0;
  let annotations = 0;
  let pairs = 0;
  for (const [article, files] of byArticle) {
    if (files.length < 2) continue;
    articles++;
    annotations += files.length;
    const text = readFileSync(join(root, 'text', `${article}.txt`), 'utf8');
    const spans = files.map((f) => {
      const ann = readFileSync(join(root, 'attributions', f), 'utf8');
      hash.update(f).update(ann);
      return goldSpans(ann);
    });
    for (let a = 0; a < spans.length; a++) {
      for (let b = 0; b < spans.length; b++) {
        if (a === b) continue;
        tallyArticle(human, text, spans[a], spans[b]);
        pairs++;
      }
    }
    const pred = predictedSpans(predictAttributions(text));
    for (const gold of spans) tallyArticle(system, text, gold, pred);
  }
  return { corpusHash: hash.digest('hex').slice(0, 16), articles, annotations, humanPairs: pairs, human: summarize(human), system: summarize(system) };
}

loadAttributionModel();
const results: Record<string, SplitAgreement> = {};
for (const split of ['dev', 'train']) {
  const r = agreement(split);
  results[split] = r;
  console.log(`PolNeAR ${split}: ${r.articles} articles annotated ${r.annotations} times (corpus ${r.corpusHash}), ${r.humanPairs} ordered annotator pairs`);
  for (const role of ROLES) {
    const h = r.human[role];
    const s = r.system[role];
    console.log(`  ${role.padEnd(8)} overlap F1 annotator vs annotator ${h.overlapF1.toFixed(3)} | Dateline vs annotator ${s.overlapF1.toFixed(3)} (P ${s.overlapP.toFixed(3)} R ${s.overlapR.toFixed(3)}) · exact F1 ${h.exactF1.toFixed(3)} | ${s.exactF1.toFixed(3)}`);
  }
}
mkdirSync(join(PROJECT_ROOT, 'bench', 'results'), { recursive: true });
writeFileSync(join(PROJECT_ROOT, 'bench', 'results', 'quotes-agreement.json'), `${JSON.stringify(results, null, 2)}\n`);
