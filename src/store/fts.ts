/**
 * User query → safe FTS5 MATCH expression, and snippets built from the stored
 * text (the FTS table is contentless, so FTS5's own snippet() cannot be used).
 */

export interface QueryTerm {
  /** Word sequence as typed, punctuation removed (`S-400` → `S 400`). */
  readonly words: string[];
  /** Trailing `*` asks for a prefix match. */
  readonly prefix: boolean;
}

export interface ParsedQuery {
  /** FTS5 expression, or null when the query has no searchable word. */
  readonly match: string | null;
  readonly terms: QueryTerm[];
}

const WORD = /[\p{L}\p{N}]+/gu;

function wordsOf(raw: string): string[] {
  return raw.match(WORD) ?? [];
}

function quote(term: QueryTerm): string {
  // Only letters and digits survive, so the quoted string cannot break the FTS5 syntax.
  return `"${term.words.join(' ')}"${term.prefix ? '*' : ''}`;
}

/**
 * Every term is quoted, so `"`, `(`, `*`, `-`, `:` and FTS5 keywords typed by
 * a user never raise a syntax error. Double-quoted sections become phrases, a
 * trailing `*` a prefix search, and a bare `OR` between terms an alternative;
 * everything else must all match.
 */
export function parseQuery(query: string): ParsedQuery {
  const terms: QueryTerm[] = [];
  const parts: string[] = [];
  let pendingOr = false;
  const tokens = query.match(/"[^"]*"?\*?|[^\s"]+/g) ?? [];
  for (const token of tokens) {
    if (token === 'OR') {
      pendingOr = parts.length > 0;
      continue;
    }
    const prefix = token.endsWith('*');
    const words = wordsOf(token);
    if (words.length === 0) continue;
    const term: QueryTerm = { words, prefix };
    terms.push(term);
    if (pendingOr) parts.push('OR');
    parts.push(quote(term));
    pendingOr = false;
  }
  return { match: parts.length === 0 ? null : parts.join(' '), terms };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Pattern for a term at a word start; words of a phrase may be separated by any non-word run. */
function termPattern(words: string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escapeRegExp).join('[^\\p{L}\\p{N}]+')}`, 'iu');
}

function findTerm(body: string, terms: QueryTerm[]): { index: number; length: number } | null {
  for (const term of terms) {
    const m = termPattern(term.words).exec(body);
    if (m) return { index: m.index, length: m[0].length };
  }
  // The index stems words ("sanctions" matches "sanctioned"): retry with a shortened stem.
  for (const term of terms) {
    const last = term.words[term.words.length - 1];
    if (term.words.length !== 1 || last.length < 5) continue;
    const stem = last.slice(0, Math.max(4, last.length - 3));
    const m = termPattern([stem]).exec(body);
    if (m) return { index: m.index, length: m[0].length };
  }
  return null;
}

/** About `radius` characters of body on each side of the first query term, on one line. */
export function makeSnippet(body: string, terms: QueryTerm[], radius = 80): string {
  const hit = findTerm(body, terms) ?? { index: 0, length: 0 };
  let start = Math.max(0, hit.index - radius);
  let end = Math.min(body.length, hit.index + hit.length + radius);
  // Widen to whole words so the snippet does not start or end mid-word.
  while (start > 0 && /[\p{L}\p{N}]/u.test(body[start - 1]) && hit.index - start < radius + 20) start--;
  while (end < body.length && /[\p{L}\p{N}]/u.test(body[end]) && end - hit.index < radius + hit.length + 20) end++;
  const text = body.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${text}${end < body.length ? '…' : ''}`;
}
