/**
 * Article Extraction Benchmark (scrapinghub/article-extraction-benchmark) for
 * the HTML extractor, scored like the benchmark's evaluate.py: `\w+` tokens
 * (Unicode), 4-token shingles compared as multisets; per page tp/fp/fn are
 * normalised to sum 1; precision is averaged over pages with a prediction,
 * recall over pages with a ground truth; F1 is the harmonic mean of the two
 * averages. "Exact" is the benchmark's accuracy: the token sequences are equal.
 *
 * Usage: npx tsc -p tsconfig.json; node dist/bench/extract-aeb.js [--worst N] [--show ID]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { makeSourceDocument } from '../src/model/document.js';
import { extractHtml } from '../src/extract/html/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const AEB = resolve(ROOT, '..', 'shared', 'bench', 'extraction', 'aeb');

type Bodies = Record<string, { articleBody?: string | null }>;

/** Python's `\w` with re.UNICODE: letters, numbers (all N categories) and underscore. */
const TOKEN_RE = /[\p{L}\p{N}_]+/gu;

function tokenize(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

function shingles(tokens: string[], n = 4): Map<string, number> {
  const out = new Map<string, number>();
  const count = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < count; i++) {
    const s = tokens.slice(i, i + n);
    if (s.length === 0) continue;
    const key = s.join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
  exact: boolean;
}

export function scorePage(truth: string, pred: string): PageScore {
  const tt = tokenize(truth);
  const pt = tokenize(pred);
  const a = shingles(tt);
  const b = shingles(pt);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, x] of a) {
    const y = b.get(k) ?? 0;
    tp += Math.min(x, y);
    fn += Math.max(0, x - y);
  }
  for (const [k, y] of b) fp += Math.max(0, y - (a.get(k) ?? 0));
  const s = tp + fp + fn;
  const exact = tt.length === pt.length && tt.every((t, i) => t === pt[i]);
  return s > 0 ? { tp: tp / s, fp: fp / s, fn: fn / s, exact } : { tp, fp, fn, exact };
}

export interface Summary {
  f1: number;
  precision: number;
  recall: number;
  exact: number;
}

export function summarise(scores: PageScore[]): Summary {
  const mean = (xs: number[]): number => (xs.length ? xs.reduce((p, x) => p + x, 0) / xs.length : 0);
  const precision = mean(scores.filter((s) => s.tp + s.fp > 0).map((s) => s.tp / (s.tp + s.fp)));
  const recall = mean(scores.filter((s) => s.tp + s.fn > 0).map((s) => s.tp / (s.tp + s.fn)));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1, precision, recall, exact: mean(scores.map((s) => (s.exact ? 1 : 0))) };
}

function decodeHtml(buf: Buffer): string {
  // Pages are stored as fetched; honour a declared charset, default UTF-8.
  const head = buf.subarray(0, 4096).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  const charset = m ? m[1].toLowerCase() : 'utf-8';
  try {
    return new TextDecoder(charset).decode(buf);
  } catch {
    return buf.toString('utf8');
  }
}

function format(name: string, s: Summary, extra = ''): string {
  const f = (x: number): string => x.toFixed(3);
  return `${name.padEnd(22)} F1 ${f(s.f1)}  P ${f(s.precision)}  R ${f(s.recall)}  exact ${f(s.exact)}${extra}`;
}

function main(): void {
  if (!existsSync(join(AEB, 'ground-truth.json'))) {
    console.log(`skipped: benchmark data not found at ${AEB} (../shared is absent)`);
    return;
  }
  const args = process.argv.slice(2);
  const worstIdx = args.indexOf('--worst');
  const worst = worstIdx >= 0 ? Number(args[worstIdx + 1] ?? 15) : 0;
  const showIdx = args.indexOf('--show');
  const show = showIdx >= 0 ? args[showIdx + 1] : null;

  const truth = JSON.parse(readFileSync(join(AEB, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const ids = Object.keys(truth).sort();

  const ours: Bodies = {};
  let elapsed = 0;
  let bytes = 0;
  for (const id of ids) {
    const html = decodeHtml(gunzipSync(readFileSync(join(AEB, 'html', `${id}.html.gz`))));
    bytes += html.length;
    const doc = makeSourceDocument('html', html, { path: `${id}.html` });
    const t0 = process.hrtime.bigint();
    const article = extractHtml(doc);
    elapsed += Number(process.hrtime.bigint() - t0) / 1e9;
    ours[id] = { articleBody: article.bodyText({ withDateline: true }) };
    if (show && id.startsWith(show)) {
      console.log(`--- ${id} ${truth[id].url}\n--- ours:\n${article.bodyText({ withDateline: true })}\n--- truth:\n${truth[id].articleBody}\n`);
    }
  }

  const scoreAll = (pred: Bodies): PageScore[] => ids.map((id) => scorePage(truth[id].articleBody ?? '', pred[id]?.articleBody ?? ''));
  const mine = scoreAll(ours);
  console.log(`AEB: ${ids.length} pages; exact = token sequence equal to the ground truth`);
  console.log(format('dateline', summarise(mine), `  (${(ids.length / elapsed).toFixed(1)} pages/s, ${(bytes / 1e6 / elapsed).toFixed(1)} MB/s)`));

  const peerDir = join(AEB, 'peer-output');
  for (const file of existsSync(peerDir) ? readdirSync(peerDir).filter((f) => f.endsWith('.json')).sort() : []) {
    const raw = JSON.parse(readFileSync(join(peerDir, file), 'utf8')) as Bodies | { output: Bodies };
    const peer = 'output' in raw && typeof raw.output === 'object' ? (raw.output as Bodies) : (raw as Bodies);
    console.log(format(file.replace(/\.json$/, ''), summarise(scoreAll(peer))));
  }

  if (worst > 0) {
    const ranked = ids.map((id, i) => ({ id, s: mine[i] })).sort((a, b) => a.s.tp - b.s.tp).slice(0, worst);
    console.log(`\nworst ${worst} pages (tp / fp / fn, normalised):`);
    for (const { id, s } of ranked) console.log(`${id.slice(0, 12)} tp ${s.tp.toFixed(2)} fp ${s.fp.toFixed(2)} fn ${s.fn.toFixed(2)}  ${truth[id].url.slice(0, 90)}`);
  }
}

main();
