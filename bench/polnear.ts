/**
 * PolNeAR scoring shared by the attribution benches: brat standoff spans per
 * role, token-overlap and exact-span tallies, and the pipeline's prediction.
 * A token is a run of letters or digits; a gold token counts as found when a
 * predicted span of the same role covers it (and the other way round for
 * precision).
 */
import { splitSentences } from '../src/language/tokens/sentences.js';
import { tokenize } from '../src/language/tokens/tokenize.js';
import { findAttributions, type Attribution } from '../src/quotes/attributions.js';
import { findQuotes } from '../src/quotes/marks.js';
import { combineAttributions, findTaggedAttributions, type OrphanCue } from '../src/quotes/tagged.js';
import { loadAttributionModel } from '../src/quotes/tagger/model.js';

export type Role = 'Source' | 'Cue' | 'Content';
export const ROLES: Role[] = ['Source', 'Cue', 'Content'];
export type RoleSpans = Record<Role, { start: number; end: number }[]>;
export interface Tally { goldSpans: number; predSpans: number; exact: number; goldTokens: number; predTokens: number; goldTokensHit: number; predTokensHit: number }
export interface RoleScore { exactP: number; exactR: number; exactF1: number; overlapP: number; overlapR: number; overlapF1: number; gold: number; predicted: number }

/** The Source, Cue and Content spans of a brat .ann file (discontinuous spans split into parts). */
export function goldSpans(ann: string): RoleSpans {
  const out: RoleSpans = { Source: [], Cue: [], Content: [] };
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

/** Token (letter/digit run) start offsets covered by spans. */
export function tokenStarts(text: string, spans: readonly { start: number; end: number }[]): Set<number> {
  const out = new Set<number>();
  for (const s of spans) for (const m of text.slice(s.start, s.end).matchAll(/[\p{L}\p{N}]+/gu)) out.add(s.start + m.index!);
  return out;
}

export function newTallies(): Record<Role, Tally> {
  return Object.fromEntries(ROLES.map((r) => [r, { goldSpans: 0, predSpans: 0, exact: 0, goldTokens: 0, predTokens: 0, goldTokensHit: 0, predTokensHit: 0 }])) as Record<Role, Tally>;
}

/** Adds one article's comparison of `pred` against `gold` to the tallies. */
export function tallyArticle(tallies: Record<Role, Tally>, text: string, gold: RoleSpans, pred: RoleSpans): void {
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
  }
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function summarize(tallies: Record<Role, Tally>): Record<Role, RoleScore> {
  return Object.fromEntries(ROLES.map((role) => {
    const t = tallies[role];
    const ep = t.predSpans ? t.exact / t.predSpans : 0;
    const er = t.goldSpans ? t.exact / t.goldSpans : 0;
    const op = t.predTokens ? t.predTokensHit / t.predTokens : 0;
    const or = t.goldTokens ? t.goldTokensHit / t.goldTokens : 0;
    return [role, { exactP: ep, exactR: er, exactF1: f1(ep, er), overlapP: op, overlapR: or, overlapF1: f1(op, or), gold: t.goldSpans, predicted: t.predSpans }];
  })) as Record<Role, RoleScore>;
}

/** The shipped combination of rules and tagger (QUOTES_RULES=1: rules alone; QUOTES_TAGGER_ONLY=1: tagger alone). */
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

/** The role spans of predicted attributions, as the scorer reads them. */
export function predictedSpans(found: readonly Attribution[]): RoleSpans {
  return { Source: found.flatMap((a) => (a.source ? [a.source] : [])), Cue: found.map((a) => a.cue), Content: found.flatMap((a) => a.contentParts ?? [a.content]) };
}

/** The article text file an annotation file belongs to (several annotators' files share one text). */
export function articleOf(annotationFile: string): string {
  return annotationFile.replace(/_[0-9a-f]{4}\.ann$/, '').replace(/\.ann$/, '');
}
