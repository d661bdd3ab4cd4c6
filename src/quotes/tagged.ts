/**
 * Attributions from the trained tagger's spans: each cue takes the nearest
 * source in its sentence (left first) and the content spans nearest to it
 * (in its sentence, or the sentence before when its own has none: the quote
 * that ends in "…," he said; or the next sentence's: "Dr. Ward stated:").
 * Content in a sentence with no cue continues the last attribution when
 * only that attribution's source, cue and punctuation lie between them
 * ("“X,” he said. “Y.”"), unless it is a quotation of its own ending in a
 * comma, which waits for the cue after it. Refiners then widen a content that fills a
 * quotation to its marks, and read nested reports ("the statement quoted
 * Borisov as saying": Borisov speaks, the statement reports).
 */
import type { Token } from '../language/tokens/tokenize.js';
import type { Attribution, SentenceInput, Span } from './attributions.js';
import { isSpeechWord, kindOf } from './attributions.js';
import type { QuoteSpan } from './marks.js';
import { tagSentences, type RoleSpan } from './tagger/index.js';
import type { AttributionModel } from './tagger/model.js';

const NESTED = /\bquot(?:ed|ing|es)\s+(.{2,80}?)\s+as\s+(?:saying|telling|writing|stating)\b/;

/** A content lying inside a quotation, or the quotation minus its marks and comma: the whole quotation. */
function widenToQuote(content: Span, quotes: readonly QuoteSpan[]): Span {
  const q = quotes.find((x) => x.start <= content.start && content.end <= x.end && content.start - x.innerStart <= 1 && x.innerEnd - content.end <= 2);
  return q ? { start: q.start, end: q.end } : content;
}

/** Parts separated only by spaces and punctuation are one part. */
function mergeParts(text: string, parts: Span[]): Span[] {
  const sorted = [...parts].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && /^[\s"“”‘’'.,;:—–-]*$/.test(text.slice(last.end, p.start))) last.end = Math.max(last.end, p.end);
    else out.push({ ...p });
  }
  return out;
}

function nearest<T extends RoleSpan>(spans: T[], cue: RoleSpan, preferLeft: boolean): T | undefined {
  let best: T | undefined;
  let bestScore = Infinity;
  for (const s of spans) {
    const distance = s.last < cue.first ? cue.first - s.last : s.first - cue.last;
    const score = distance + (preferLeft && s.first > cue.last ? 0.5 : 0);
    if (score < bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}

/** Whether only the attribution's own source and cue, spaces and punctuation lie between its content and `at`. */
function runsOn(text: string, a: Attribution, at: number): boolean {
  if (at < a.content.end) return false;
  let gap = text.slice(a.content.end, at);
  for (const x of [a.cue, a.source]) if (x && x.start >= a.content.end && x.end <= at) gap = gap.slice(0, x.start - a.content.end) + ' '.repeat(x.end - x.start) + gap.slice(x.end - a.content.end);
  return /^[\s"“”‘’'.,;:—–-]*$/.test(gap);
}

/** Adds content spans to an attribution, as parts when they are not contiguous. */
function extend(text: string, a: Attribution, more: readonly Span[], quotes: readonly QuoteSpan[]): void {
  const parts = mergeParts(text, [...(a.contentParts ?? [a.content]), ...more.map((p) => widenToQuote({ start: p.start, end: p.end }, quotes))]);
  a.content = { start: parts[0].start, end: parts[parts.length - 1].end };
  if (parts.length > 1) a.contentParts = parts;
  else delete a.contentParts;
}

/** A cue the tagger found, with its source, but no content for. */
export interface OrphanCue {
  cue: Span;
  source: Span | null;
  /** The rest of the sentence after the cue, or (at the sentence's end) what comes before the source: the clause the cue reports. */
  clause?: Span;
}

const WORDS = /\p{L}+/gu;
/** What a source and cue with no tagged content report: the sentence after the cue, or, when they close it, the sentence before them. */
function clauseOf(text: string, sentence: Span, cue: Span, source: Span | null): Span | undefined {
  const words = (a: number, b: number): number => text.slice(a, b).match(WORDS)?.length ?? 0;
  const after = text.slice(cue.end, sentence.end);
  const lead = after.length - after.trimStart().length;
  const body = after.replace(/[\s.!?]*$/, '');
  if (words(cue.end, cue.end + body.length) >= 3 && !(source && source.start > cue.end)) return { start: cue.end + lead, end: cue.end + body.length };
  const first = Math.min(cue.start, source?.start ?? cue.start);
  const before = text.slice(sentence.start, first).replace(/[\s,;:—–-]*$/, '');
  if (source && words(cue.end, sentence.end) === 0 && words(sentence.start, sentence.start + before.length) >= 3) return { start: sentence.start, end: sentence.start + before.length };
  return undefined;
}

const APPOSITIVE_NAME = /^,\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?=,?\s*(?:\p{Ll}+,\s*)?$)/u;
/** A source that stops before the name set off after it ("A former adviser to the ministry, Amit Cowshish, said") takes the name. */
export function withAppositiveName(text: string, source: Span, cue: Span): Span {
  if (cue.start <= source.end) return source;
  const m = APPOSITIVE_NAME.exec(text.slice(source.end, cue.start));
  return m ? { start: source.start, end: source.end + m[0].length } : source;
}

/** `orphans`, when given, receives the cues left without content (combineAttributions can complete them from the rules). */
export function findTaggedAttributions(text: string, sentences: readonly SentenceInput[], quotes: readonly QuoteSpan[], model: AttributionModel, orphans?: OrphanCue[]): Attribution[] {
  const out: Attribution[] = [];
  let previousContents: RoleSpan[] = [];
  const tagged = tagSentences(model, text, sentences.map((s) => s.tokens as Token[]), quotes);
  for (const [k, s] of sentences.entries()) {
    const spans = tagged[k];
    const cues = spans.filter((x) => x.role === 'CUE');
    const sources = spans.filter((x) => x.role === 'SRC');
    let contents = spans.filter((x) => x.role === 'CON');
    if (cues.length === 0) {
      // Content running on from the last attribution ("He said X. Y, too.", "“X,” he said. “Y.”") extends it; otherwise it waits for a cue.
      const last = out[out.length - 1];
      const first = contents[0];
      // A quotation of its own that ends in a comma ("“Y. Z,” she said") waits for the cue after it.
      const q = quotes.find((x) => x.start <= first?.start && first.start < x.end);
      const awaitsCue = q !== undefined && q.start >= (last?.content.end ?? 0) && /,\s*$/.test(text.slice(q.innerStart, q.innerEnd));
      if (last && first && first.first === 0 && previousContents.length === 0 && !awaitsCue && runsOn(text, last, first.start)) {
        extend(text, last, contents, quotes);
        contents = [];
      }
      previousContents = [...previousContents, ...contents];
      continue;
    }
    // Contents go to their nearest cue; a cue whose sentence has none takes the previous sentence's.
    const byCue = new Map<RoleSpan, RoleSpan[]>(cues.map((c) => [c, []]));
    for (const c of contents) byCue.get(nearest(cues, c, false)!)!.push(c);
    for (const cue of cues) {
      let parts = byCue.get(cue)!;
      // Content from the sentences before (a quotation running up to "…," she said) belongs to the first cue.
      if (cue === cues[0] && previousContents.length > 0) {
        parts = [...previousContents, ...parts];
      }
      // A cue with no content of its own ("Dr. Ward stated:") takes the next sentence's when that has no cue.
      if (parts.length === 0) {
        const next = tagged[k + 1] ?? [];
        if (cue === cues[cues.length - 1] && !next.some((x) => x.role === 'CUE') && next.some((x) => x.role === 'CON' && x.first === 0)) {
          parts = next.filter((x) => x.role === 'CON');
          tagged[k + 1] = next.filter((x) => x.role !== 'CON');
        }
      }
      const source = nearest(sources, cue, true);
      if (parts.length === 0) {
        const sourceSpan = source ? { start: source.start, end: source.end } : null;
        const clause = sourceSpan ? clauseOf(text, s, cue, sourceSpan) : undefined;
        orphans?.push({ cue: { start: cue.start, end: cue.end }, source: sourceSpan, ...(clause ? { clause } : {}) });
        continue;
      }
      if (source) sources.splice(sources.indexOf(source), 1);
      let content: Span = widenToQuote({ start: Math.min(...parts.map((p) => p.start)), end: Math.max(...parts.map((p) => p.end)) }, quotes);
      const contentParts = parts.length > 1 ? mergeParts(text, parts.map((p) => widenToQuote({ start: p.start, end: p.end }, quotes))) : undefined;
      const cueSpan: Span = { start: cue.start, end: cue.end };
      let sourceSpan: Span | null = source ? withAppositiveName(text, { start: source.start, end: source.end }, cueSpan) : null;
      let reportedBy: Span | undefined;
      const clause = text.slice(s.start, s.end);
      const nested = NESTED.exec(clause);
      if (nested && sourceSpan) {
        const innerStart = s.start + nested.index + nested[0].indexOf(nested[1], 5);
        reportedBy = sourceSpan;
        sourceSpan = { start: innerStart, end: innerStart + nested[1].length };
      }
      if (content.end <= content.start) continue;
      content = { start: Math.max(content.start, 0), end: content.end };
      const cueWords = text.slice(cue.start, cue.end).toLowerCase().split(/\s+/);
      const speech = cueWords.some((w) => isSpeechWord(w)) || kindOf(content, quotes) !== 'indirect';
      out.push({ source: sourceSpan, cue: cueSpan, content, ...(contentParts && contentParts.length > 1 ? { contentParts } : {}), kind: kindOf(content, quotes), cueClass: speech ? 'speech' : 'other', ...(reportedBy ? { reportedBy } : {}), rule: 'tagger' });
    }
    previousContents = [];
  }
  continueLast(text, out, previousContents, quotes);
  return out;
}

/**
 * Content that no later cue claimed (a quotation or transcript running to the article's end) continues
 * the last attribution before it, as content that runs on does; PolNeAR gives every content a cue.
 */
export function continueLast(text: string, attributions: Attribution[], unclaimed: readonly Span[], quotes: readonly QuoteSpan[]): void {
  if (unclaimed.length === 0) return;
  const first = Math.min(...unclaimed.map((c) => c.start));
  const last = attributions.filter((a) => a.content.end <= first).pop();
  if (last) extend(text, last, unclaimed, quotes);
}

const PLAIN_SAYING = new Set(['said', 'told', 'says', 'asked', 'responded', 'wrote', 'announced']);
const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const trimEnd = (text: string, start: number, end: number): number => start + text.slice(start, end).trimEnd().length;

/**
 * The tagger's attributions, which follow PolNeAR's span conventions, with
 * what the rules read better or the annotation leaves out: a nested report
 * ("the statement quoted Borisov as saying") keeps the rules' inner source and
 * outer reporter; a quotation that closes right before its cue ("…," the
 * government said) is that cue's content, taken from any attribution the
 * tagger ran into it; and the rules' "according to" attributions, nested
 * reports and named sources reported inside a quotation ("Rajnath Singh
 * confirmed that …") are added where the tagger has none.
 */
export function combineAttributions(text: string, rules: readonly Attribution[], tagged: readonly Attribution[], orphans: readonly OrphanCue[] = [], quotes: readonly QuoteSpan[] = []): Attribution[] {
  const claimed: Attribution[] = [];
  const out = tagged.map((t) => {
    const r = rules.find((x) => overlaps(x.cue, t.cue));
    if (!r) return t;
    if (r.reportedBy) return { ...t, source: r.source, reportedBy: r.reportedBy, rule: `${t.rule}+${r.rule}` };
    if (r.rule === 'quote-before-cue' && r.source && !(t.content.start <= r.content.start && r.content.end <= t.content.end)) {
      const parts = mergeParts(text, [r.content, ...(t.contentParts ?? [t.content])]);
      const { contentParts: _, ...rest } = t;
      const a: Attribution = { ...rest, content: { start: parts[0].start, end: parts[parts.length - 1].end }, ...(parts.length > 1 ? { contentParts: parts } : {}), rule: `${t.rule}+${r.rule}` };
      claimed.push(a);
      return a;
    }
    return t;
  });
  // A quotation claimed by the cue right after it leaves the other attributions that ran into it.
  for (const a of claimed) {
    const q = a.contentParts?.[0] ?? a.content;
    for (const [k, o] of out.entries()) {
      if (o === a || !overlaps(o.content, q) || (o.content.start >= q.start && o.content.end <= q.end)) continue;
      if (o.content.start < q.start && o.content.end <= q.end) out[k] = { ...o, content: { start: o.content.start, end: trimEnd(text, o.content.start, q.start) } };
      else if (o.content.start >= q.start && o.content.end > q.end) out[k] = { ...o, content: { start: q.end, end: o.content.end } };
    }
  }
  // A cue the tagger left without content takes the content the rules read for it; attributions lying wholly inside that content are reports nested in it, which the annotation folds into it.
  for (const o of orphans) {
    const clause: Attribution | undefined = o.clause ? { source: o.source, cue: o.cue, content: o.clause, kind: 'indirect', cueClass: 'other', rule: 'clause' } : undefined;
    const r = rules.find((x) => overlaps(x.cue, o.cue) && x.content.end > x.content.start && !x.reportedBy) ?? clause;
    if (!r) continue;
    const inside = (t: Attribution): boolean => r.content.start <= Math.min(t.content.start, t.cue.start) && Math.max(t.content.end, t.cue.end) <= r.content.end;
    if (out.some((t) => overlaps(t.cue, o.cue) || (overlaps(t.content, r.content) && !inside(t)))) continue;
    for (let k = out.length - 1; k >= 0; k--) if (inside(out[k])) out.splice(k, 1);
    out.push({ ...r, source: o.source ?? r.source, cue: o.cue, rule: `tagger-cue+${r.rule}` });
  }
  // A plain verb of saying (or "according to") with its source that the tagger missed, outside every content and quotation ("Kerry said that ..."); on train these verbs' cues are gold at least half the time.
  for (const r of rules) {
    if (!r.source || r.reportedBy || !(r.rule === 'according-to' || PLAIN_SAYING.has(text.slice(r.cue.start, r.cue.end).toLowerCase().split(/\s+/).pop() ?? ''))) continue;
    if (out.some((t) => overlaps(t.cue, r.cue) || (t.source && overlaps(t.source, r.cue)) || (t.contentParts ?? [t.content]).some((c) => c.start <= r.cue.start && r.cue.end <= c.end))) continue;
    if (quotes.some((q) => q.start <= r.cue.start && r.cue.end <= q.end)) continue;
    out.push(r.rule === 'according-to' ? r : { ...r, rule: `${r.rule}+missed-saying` });
  }
  for (const r of rules) {
    if (r.cueClass !== 'speech' || !r.source) continue;
    const named = /^\p{Lu}\p{Ll}+ \p{Lu}/u.test(text.slice(r.source.start, r.source.end));
    const inner = named && out.some((t) => t.kind === 'direct' && t.content.start < r.cue.start && r.content.end <= t.content.end);
    if (!(r.reportedBy || r.rule === 'according-to' || inner)) continue;
    if (out.some((t) => overlaps(t.cue, r.cue) || (!inner && !r.reportedBy && overlaps(t.content, r.content)))) continue;
    out.push(r);
  }
  return out.sort((a, b) => a.cue.start - b.cue.start);
}
