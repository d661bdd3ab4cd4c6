/**
 * Attributions in one article: who (source) said (cue) what (content).
 * Candidates come from cue words in each sentence ("said", "told",
 * "according to"...); refiners find the source next to the cue (before it,
 * or after it in inverted order: `," said the minister`), and the content: a
 * quote that ends just before or starts just after the cue, the clause after
 * the cue ("X said that ..."), or the clause before it ("..., X said.").
 * Nested reports ("the statement quoted Borisov as saying") keep the outer
 * source as `reportedBy`.
 */
import type { Token } from '../language/tokens/tokenize.js';
import type { QuoteSpan } from './marks.js';

export interface Span {
  start: number;
  end: number;
}

export interface Attribution {
  source: Span | null;
  cue: Span;
  content: Span;
  /** When the content is discontinuous (sentences between its parts), the parts; `content` is their hull. */
  contentParts?: Span[];
  kind: 'direct' | 'indirect' | 'mixed';
  /** `speech` for verbs of saying and "according to"; `other` for beliefs, findings and stances PolNeAR also counts. */
  cueClass: 'speech' | 'other';
  /** The outer source of a nested report ("the statement" in "the statement quoted X as saying"). */
  reportedBy?: Span;
  rule: string;
}

export interface SentenceInput {
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly Token[];
}

const CUES = new Set(
  'said says say saying told tells tell added adds adding stressed stresses noted notes noting warned warns warning argued argues arguing claimed claims claiming insisted insists explained explains stated states declared declares announced announces reported reports confirmed confirms denied denies wrote writes asked asks acknowledged acknowledges admitted admits conceded concedes suggested suggests predicted predicts promised promises vowed vows urged urges recalled recalls complained complains observed emphasized emphasised emphasizes maintained contended testified revealed tweeted posted replied responded countered cautioned pledged pledges believes believed thinks thought estimated estimates concluded concludes alleged alleges announced indicated indicates quipped echoed continued accused accuses accusing acknowledge acknowledging agree agreed answered argue asserted assured blamed boasted call called calling calls charged cited cites citing claim conceded condemned criticized criticizing decried defended dismissed emailed endorsed expect expected expects explaining expressed fear fears feel feels felt finds found hope hoped hopes insist insisting joked knew know knows lamented learned mentioned mocked note pointed praised questioned recounted reiterated rejected remarked reminded repeated replied revealed see sees seems show showed shows slammed suggest think threatened touted tweets wonder wondered worried worries want wants wanted'.split(' '),
);
/** Words that join the cue on its left ("has said", "will not say", "also told", "publicly stated"). */
/** Cue forms that are as often plural nouns. */
const NOUN_TOO = new Set('states reports notes claims calls promises pledges vows warnings answers shows finds posts tweets'.split(' '));
const SPEECH = new Set(
  'said says say saying told tells tell added adds adding stressed stresses noted notes noting warned warns warning argued argues arguing claimed claims claiming insisted insists explained explains stated states declared declares announced announces reported reports confirmed confirms denied denies wrote writes asked asks acknowledged acknowledges admitted admits conceded concedes suggested suggests predicted predicts promised promises vowed vows urged urges recalled recalls complained complains emphasized emphasised emphasizes maintained contended testified revealed tweeted tweets posted replied responded countered cautioned pledged pledges quipped echoed answered asserted assured boasted charged accused accuses accusing according'.split(' '),
);
const AUXILIARY = new Set("has have had is are was were will would can could may might must should shall does do did be been being not n't never also previously later again earlier reportedly then once repeatedly now just still already even".split(' '));
const isAuxiliary = (w: string): boolean => AUXILIARY.has(w) || (/^\p{Ll}{4,}ly$/u.test(w) && w !== 'only');
const CLAUSE_STOP = new Set('that which who whom whose when where while because although though if as and but or so after before since until unless whether with to on at by about from into than during like having'.split(' '));
const MAX_SOURCE_TOKENS = 9;

const word = (text: string, t: Token): string => text.slice(t.start, t.end);

/** Whether a lower-cased word is in the cue lexicon / among the verbs of saying. */
export const isCueWord = (w: string): boolean => CUES.has(w);
export const isSpeechWord = (w: string): boolean => SPEECH.has(w);
const isPunct = (text: string, t: Token): boolean => t.kind === 'punct' || /^[—–―-]+$/.test(word(text, t));

/** Tokens before `k` that form the source: back to punctuation, a clause word or the sentence start. */
function sourceBefore(text: string, tokens: readonly Token[], k: number): [number, number] | null {
  if (k > 0 && word(text, tokens[k - 1]) === ',') k--;
  let first = k;
  while (first > 0 && k - first < MAX_SOURCE_TOKENS) {
    const t = tokens[first - 1];
    if (isPunct(text, t) || CLAUSE_STOP.has(word(text, t).toLowerCase())) break;
    first--;
  }
  return first < k ? [first, k] : null;
}

/** Tokens after `k` that form an inverted source ("said the minister."), up to punctuation. */
function sourceAfter(text: string, tokens: readonly Token[], k: number): [number, number] | null {
  let end = k;
  while (end < tokens.length && end - k < MAX_SOURCE_TOKENS && !isPunct(text, tokens[end]) && !CLAUSE_STOP.has(word(text, tokens[end]).toLowerCase())) end++;
  return end > k ? [k, end] : null;
}

const span = (tokens: readonly Token[], a: number, b: number): Span => ({ start: tokens[a].start, end: tokens[b - 1].end });

/** The sentence's content end: before the closing punctuation (and closing quote). */
function contentEnd(text: string, tokens: readonly Token[]): number {
  let e = tokens.length;
  while (e > 0 && /^[.!?"”’'»)]+$/.test(word(text, tokens[e - 1]))) e--;
  return e;
}

function quoteEndingAt(quotes: readonly QuoteSpan[], pos: number, slack: string): QuoteSpan | undefined {
  return quotes.find((q) => q.end <= pos && /^[\s,;:—–-]*$/.test(slack.slice(q.end - (pos - slack.length), slack.length)) && pos - q.end < 6);
}

export function findAttributions(text: string, sentences: readonly SentenceInput[], quotes: readonly QuoteSpan[]): Attribution[] {
  const out: Attribution[] = [];
  for (const s of sentences) {
    const tokens = s.tokens;
    for (let k = 0; k < tokens.length; k++) {
      const w = word(text, tokens[k]).toLowerCase();
      const according = w === 'according' && word(text, tokens[k + 1] ?? tokens[k]).toLowerCase() === 'to';
      if (!CUES.has(w) && !according) continue;
      // "member states", "news reports": a plural noun, not a verb, unless a name or pronoun precedes it.
      if (NOUN_TOO.has(w) && !(k > 0 && /^(?:\p{Lu}|he$|she$|it$|who$)/u.test(word(text, tokens[k - 1])))) continue;
      let found = according ? accordingTo(text, s, k, quotes) : fromCue(text, s, k, quotes);
      // "..., Shoigu said, citing contracts": a participle cue after a comma shares the clause's source.
      if (found && /ing$/.test(w) && k > 0 && word(text, tokens[k - 1]) === ',') {
        const previous = [...out].reverse().find((o) => o.cue.start >= s.start && o.cue.end <= tokens[k].start);
        found = previous ? { ...found, source: previous.source, rule: `${found.rule}+shared-source` } : null;
      }
      // A source holding another cue ("Trend reports citing", "the government said in a statement, posted") is a misreading.
      if (found?.source && out.some((o) => found!.source!.start <= o.cue.start && o.cue.end <= found!.source!.end)) found = null;
      if (found && !out.some((o) => o.cue.start === found!.cue.start)) out.push(found);
    }
  }
  return out;
}

/** direct: the content is a quotation; mixed: it holds one; indirect: no quotation marks. */
export function kindOf(content: Span, quotes: readonly QuoteSpan[]): Attribution['kind'] {
  const inside = quotes.filter((q) => q.start < content.end && content.start < q.end);
  if (inside.length === 0) return 'indirect';
  const covered = inside.some((q) => q.start <= content.start + 1 && q.end >= content.end - 1);
  return covered ? 'direct' : 'mixed';
}

function fromCue(text: string, s: SentenceInput, k: number, quotes: readonly QuoteSpan[]): Attribution | null {
  const tokens = s.tokens;
  let cueFirst = k;
  while (cueFirst > 0 && isAuxiliary(word(text, tokens[cueFirst - 1]).toLowerCase())) cueFirst--;
  const cue = span(tokens, cueFirst, k + 1);
  let source = sourceBefore(text, tokens, skipParentheticals(text, tokens, cueFirst));
  let inverted = false;
  // Participles ("citing", "saying") never take their source after them.
  if (!source && !/ing$/i.test(word(text, tokens[k]))) {
    source = sourceAfter(text, tokens, k + 1);
    inverted = source !== null;
  }
  // Nested report: "<outer> quoted <X> as saying" — the cue is "saying"; X is the source.
  let reportedBy: Span | undefined;
  if (word(text, tokens[k]).toLowerCase() === 'saying' && k >= 2 && word(text, tokens[k - 1]).toLowerCase() === 'as') {
    const quotedAt = findBack(text, tokens, k - 2, 'quoted');
    if (quotedAt >= 0) {
      const inner = quotedAt + 1 < k - 1 ? ([quotedAt + 1, k - 1] as [number, number]) : null;
      const outer = sourceBefore(text, tokens, quotedAt);
      if (outer) reportedBy = span(tokens, outer[0], outer[1]);
      source = inner;
    }
  }
  const before = text.slice(Math.max(s.start - 400, 0), tokens[source && !inverted ? source[0] : cueFirst].start);
  const pos = tokens[source && !inverted ? source[0] : cueFirst].start;
  const q = quoteEndingAt(quotes, pos, before);
  let content: Span | null = null;
  let rule = 'cue';
  if (q) {
    content = { start: q.start, end: q.end };
    rule = 'quote-before-cue';
  } else {
    let after = contentEnd(text, tokens);
    // A cue inside a quote reports only up to the quote's end.
    const around = quotes.find((x) => x.innerStart <= tokens[k].start && tokens[k].end <= x.innerEnd);
    if (around) while (after > k + 1 && tokens[after - 1].end > around.innerEnd) after--;
    let from = (inverted && source ? source[1] : k + 1);
    // "said at the time that ...": the content starts after "that".
    for (let j = from; j < Math.min(after, from + 6); j++) if (word(text, tokens[j]).toLowerCase() === 'that') from = j + 1;
    while (from < after && /^(?::|,|that)$/i.test(word(text, tokens[from]))) from++;
    if (reportedBy && source) {
      // "CONTENT, the statement quoted X as saying ...": the content is the clause before.
      const outerFirst = tokens.findIndex((t) => t.start === reportedBy!.start);
      if (outerFirst > 1 && word(text, tokens[outerFirst - 1]) === ',') from = after;
      if (from >= after && outerFirst > 1) {
        return { source: span(tokens, source[0], source[1]), cue, content: { start: tokens[0].start, end: tokens[outerFirst - 2].end }, kind: 'indirect', cueClass: 'speech', reportedBy, rule: 'nested-clause-before' };
      }
    }
    if (after - from >= 3) {
      content = { start: tokens[from].start, end: tokens[after - 1].end };
      const opening = quotes.find((x) => x.start >= tokens[from].start - 2 && x.start <= tokens[from].start);
      if (opening && opening.innerEnd >= content.end - 1) content = { start: opening.start, end: opening.end };
      rule = 'clause-after-cue';
    } else if (source && !inverted && source[0] > 1 && word(text, tokens[source[0] - 1]) === ',') {
      content = { start: tokens[0].start, end: tokens[source[0] - 2].end };
      rule = 'clause-before-cue';
    } else if (inverted && cueFirst > 1 && word(text, tokens[cueFirst - 1]) === ',') {
      content = { start: tokens[0].start, end: tokens[cueFirst - 2].end };
      rule = 'clause-before-inverted-cue';
    }
  }
  if (!content || content.end <= content.start) return null;
  const cueClass = SPEECH.has(word(text, tokens[k]).toLowerCase()) || kindOf(content, quotes) !== 'indirect' ? 'speech' : 'other';
  return { source: source ? span(tokens, source[0], source[1]) : null, cue, content, kind: kindOf(content, quotes), cueClass, ...(reportedBy ? { reportedBy } : {}), rule };
}

/** ", in turn,", ", however,", ", Amit Cowshish," between the subject and the cue: step over them. */
function skipParentheticals(text: string, tokens: readonly Token[], at: number): number {
  let k = at;
  for (let hops = 0; hops < 3 && k > 0 && word(text, tokens[k - 1]) === ','; hops++) {
    let j = k - 2;
    while (j >= 0 && k - 2 - j < 8 && word(text, tokens[j]) !== ',' && !/^["“”«»]$/.test(word(text, tokens[j]))) j--;
    if (j < 0 || word(text, tokens[j]) !== ',') return k;
    // An appositive name right before the cue is the source itself: ", Amit Cowshish, said".
    if (hops === 0 && /^\p{Lu}/u.test(word(text, tokens[j + 1])) && !/^(?:however|in|meanwhile|though|too|also)$/i.test(word(text, tokens[j + 1]))) return k - 1;
    k = j;
  }
  return k;
}

function findBack(text: string, tokens: readonly Token[], from: number, target: string): number {
  for (let i = from; i >= 0 && from - i < 8; i--) if (word(text, tokens[i]).toLowerCase() === target) return i;
  return -1;
}

/** "according to X, CONTENT" or "CONTENT, according to X". */
function accordingTo(text: string, s: SentenceInput, k: number, quotes: readonly QuoteSpan[]): Attribution | null {
  const tokens = s.tokens;
  const cue = span(tokens, k, k + 2);
  const source = sourceAfter(text, tokens, k + 2);
  if (!source) return null;
  let content: Span | null = null;
  const after = contentEnd(text, tokens);
  if (k === 0 || (k === 1 && isPunct(text, tokens[0]))) {
    let from = source[1];
    while (from < after && isPunct(text, tokens[from])) from++;
    if (after > from) content = { start: tokens[from].start, end: tokens[after - 1].end };
  } else if (k > 1) {
    const end = isPunct(text, tokens[k - 1]) ? k - 1 : k;
    content = { start: tokens[0].start, end: tokens[end - 1].end };
  }
  if (!content) return null;
  return { source: span(tokens, source[0], source[1]), cue, content, kind: kindOf(content, quotes), cueClass: 'speech', rule: 'according-to' };
}
