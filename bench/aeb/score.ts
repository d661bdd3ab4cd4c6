/**
 * The Article Extraction Benchmark's scoring (its evaluate.py): `\w+` tokens
 * (Unicode), 4-token shingles compared as multisets; per page tp/fp/fn are
 * normalised to sum 1; precision is averaged over pages with a prediction,
 * recall over pages with a ground truth; F1 is the harmonic mean of the two
 * averages. "Exact" is the benchmark's accuracy: the token sequences are equal.
 */

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
