/**
 * The trigger lexicon (`data/events/triggers.tsv`): phrases that state a
 * PLOVER event, compiled once into patterns over word forms. Matching is
 * candidates-first: every pattern that fits is returned with its weight;
 * choosing among overlapping ones is a refiner's job (coder.ts).
 */
import { readFileSync } from 'node:fs';
import { inflections } from './inflect.js';

export const TRIGGERS_URL = new URL('../../../data/events/triggers.tsv', import.meta.url);

export const PLOVER_TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

/** One pattern element: the word forms it accepts, or a gap of up to four words. */
type Element = { kind: 'words'; forms: ReadonlySet<string> } | { kind: 'gap' };

export interface TriggerPattern {
  readonly pattern: string;
  readonly elements: readonly Element[];
  /** Index among the `words` elements of the one that is the trigger. */
  readonly head: number;
  /** NONE: a phrase that looks like a trigger and is not one ("assault rifles"); it claims its words and codes nothing. */
  readonly type: PloverType | 'NONE';
  readonly mode: string | null;
  readonly context: string | null;
  readonly weight: number;
  readonly line: number;
}

export interface TriggerMatch {
  readonly rule: TriggerPattern;
  /** Token indices (within the token list given) of the first and last matched words, inclusive. */
  readonly first: number;
  readonly last: number;
  readonly head: number;
}

export class LexiconError extends Error {
  override name = 'LexiconError';
}

const MAX_GAP = 5;
/** Words a gap does not skip: clause punctuation and relative pronouns (a comma may open an apposition: "took control of Robles, a small village"). */
const GAP_STOPS = new Set([';', ':', '(', ')', 'who', 'which', 'whom', 'whose']);

export function parseLexicon(source: string): TriggerPattern[] {
  const out: TriggerPattern[] = [];
  source.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#')) return;
    const [pattern, type, mode, context, weight] = line.split('\t');
    if (!(PLOVER_TYPES as readonly string[]).includes(type) && type !== 'NONE') throw new LexiconError(`triggers line ${i + 1}: unknown event type "${type}"`);
    const w = Number(weight);
    if (!(w > 0 && w <= 1)) throw new LexiconError(`triggers line ${i + 1}: weight must be in (0, 1], got "${weight}"`);
    const elements: Element[] = [];
    let head = -1;
    let words = 0;
    for (const part of pattern.trim().split(/\s+/)) {
      if (part === '...') {
        elements.push({ kind: 'gap' });
        continue;
      }
      const marked = part.startsWith('^');
      if (marked) head = words;
      const forms = new Set(part.replace(/^\^/, '').split('|').flatMap((alt) => inflections(alt)));
      elements.push({ kind: 'words', forms });
      words++;
    }
    if (words === 0) throw new LexiconError(`triggers line ${i + 1}: empty pattern`);
    out.push({ pattern: pattern.trim(), elements, head: head < 0 ? 0 : head, type: type as PloverType | 'NONE', mode: mode || null, context: context || null, weight: w, line: i + 1 });
  });
  return out;
}

export class Lexicon {
  /** Patterns by the forms their first element accepts: matching starts there. */
  private readonly byFirst = new Map<string, TriggerPattern[]>();

  constructor(readonly patterns: readonly TriggerPattern[]) {
    for (const p of patterns) {
      const first = p.elements[0];
      if (first.kind !== 'words') continue;
      for (const f of first.forms) {
        const list = this.byFirst.get(f) ?? [];
        list.push(p);
        this.byFirst.set(f, list);
      }
    }
  }

  /** Every pattern matching at every position; `words` are lower-cased token texts. */
  match(words: readonly string[]): TriggerMatch[] {
    const out: TriggerMatch[] = [];
    for (let i = 0; i < words.length; i++) {
      for (const rule of this.byFirst.get(words[i]) ?? []) {
        const m = matchAt(rule, words, i);
        if (m) out.push(m);
      }
    }
    return out;
  }
}

function matchAt(rule: TriggerPattern, words: readonly string[], start: number): TriggerMatch | null {
  const heads: number[] = [];
  // Greedy left to right; a gap takes the fewest words that let the next element match.
  let pos = start;
  for (let e = 0; e < rule.elements.length; e++) {
    const el = rule.elements[e];
    if (el.kind === 'gap') {
      const next = rule.elements[e + 1];
      if (!next || next.kind !== 'words') return null;
      let found = -1;
      for (let k = pos; k < Math.min(words.length, pos + MAX_GAP + 1); k++) {
        if (next.forms.has(words[k])) {
          found = k;
          break;
        }
        // A gap stays inside its clause: "met Kabila, who demanded ..." is no "meet ... demands".
        if (GAP_STOPS.has(words[k])) break;
      }
      if (found < 0) return null;
      pos = found;
      continue;
    }
    if (pos >= words.length || !el.forms.has(words[pos])) return null;
    heads.push(pos);
    pos++;
  }
  return { rule, first: start, last: pos - 1, head: heads[rule.head] ?? start };
}

let cached: Lexicon | null = null;

export function loadLexicon(): Lexicon {
  if (!cached) cached = new Lexicon(parseLexicon(readFileSync(TRIGGERS_URL, 'utf8')));
  return cached;
}
