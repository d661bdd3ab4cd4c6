/**
 * The actor knowledge base: countries (built by `npm run build:actors` from
 * the world-countries package plus hand-written names), international
 * organisations, office holders with their dates, and role words giving
 * PLOVER sectors. All tables live in `data/actors` and `models/actors`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { inflections } from '../events/inflect.js';

const ROOT = new URL('../../../', import.meta.url);
export const COUNTRIES_URL = new URL('models/actors/countries.json', ROOT);
export const DATA_URL = new URL('data/actors/', ROOT);
export const PLACES_URL = new URL('models/actors/places.tsv', ROOT);

/** PLOVER's codes for actors that are not states: an actor's country cannot be lent from them. */
const NON_STATE_CODES: ReadonlySet<string> = new Set(['UNO', 'EUR', 'IGO', 'NGO', 'IMG', 'MNC']);

/** A country code of a state (ISO alpha-3), as against an international body or a company. */
export function isStateCode(code: string | null | undefined): code is string {
  return Boolean(code) && !NON_STATE_CODES.has(code as string);
}

/** Countries whose names put the family name first, as English-language news keeps them. */
const FAMILY_NAME_FIRST = new Set(['CHN', 'TWN', 'HKG', 'KOR', 'PRK', 'VNM', 'KHM', 'MNG']);

export type EntryKind = 'country' | 'adjective' | 'capital' | 'place' | 'organization' | 'person' | 'role';

/** What one dictionary phrase says about an actor. */
export interface KbEntry {
  readonly kind: EntryKind;
  /** ISO alpha-3 or PLOVER's international codes (UNO, EUR, IGO, NGO, IMG, MNC). */
  readonly country: string | null;
  readonly sector: string | null;
  readonly otherSectors: readonly string[];
  /** Canonical name: the country, organisation or person. */
  readonly name: string | null;
  /** Office terms, for people. */
  readonly terms?: readonly OfficeTerm[];
}

export interface OfficeTerm {
  readonly country: string;
  readonly role: string;
  readonly from: string;
  readonly to: string | null;
}

export class KnowledgeBaseError extends Error {
  override name = 'KnowledgeBaseError';
}

interface CountryRow {
  code: string;
  name: string;
  names: string[];
  adjectives: string[];
  capitals: string[];
}

const MAX_WORDS = 6;

/** Splits a phrase into the words the tokenizer would give (letters/digits runs and single marks). */
export function phraseWords(phrase: string): string[] {
  return phrase.match(/[\p{L}\p{M}\p{N}]+(?:[.'’-][\p{L}\p{M}\p{N}]+)*\.?|[^\s\p{L}\p{M}\p{N}]/gu) ?? [];
}

export class ActorKnowledgeBase {
  /** Case-sensitive phrases (names) and lower-cased ones (role words), keyed by their first word. */
  private readonly exact = new Map<string, Array<{ words: string[]; entry: KbEntry }>>();
  private readonly folded = new Map<string, Array<{ words: string[]; entry: KbEntry }>>();
  readonly countryNames = new Map<string, string>();
  /** Office holders by surname ("Shoigu"), for names given in part. */
  readonly surnames = new Map<string, KbEntry[]>();

  /** The office holder a bare surname names on `date`: the one in office then, or the only one known. */
  personBySurname(surname: string, date: string | null): KbEntry | null {
    const list = this.surnames.get(surname);
    if (!list) return null;
    const inOffice = date ? list.filter((e) => termOn(e.terms ?? [], date)) : [];
    if (inOffice.length === 1) return inOffice[0];
    return list.length === 1 && (!date || inOffice.length === 0) ? list[0] : null;
  }

  /** The country every known office holder of a surname served ("Clinton", "Bush"), when they all share one; else null. */
  countryBySurname(surname: string): string | null {
    const countries = new Set((this.surnames.get(surname) ?? []).map((e) => e.country));
    return countries.size === 1 ? ([...countries][0] ?? null) : null;
  }

  addPhrase(phrase: string, entry: KbEntry, caseSensitive: boolean): void {
    const words = phraseWords(phrase).map((w) => (caseSensitive ? w : w.toLowerCase()));
    if (words.length === 0 || words.length > MAX_WORDS) return;
    const index = caseSensitive ? this.exact : this.folded;
    const list = index.get(words[0]) ?? [];
    if (list.some((x) => x.words.join(' ') === words.join(' ') && x.entry.kind === entry.kind)) return;
    list.push({ words, entry });
    list.sort((a, b) => b.words.length - a.words.length);
    index.set(words[0], list);
  }

  /** The longest entry starting at word `i` (original case in `words`), or null. */
  longestAt(words: readonly string[], i: number): { length: number; entry: KbEntry } | null {
    let best: { length: number; entry: KbEntry } | null = null;
    const consider = (list: Array<{ words: string[]; entry: KbEntry }> | undefined, fold: boolean): void => {
      for (const cand of list ?? []) {
        if (best && cand.words.length <= best.length) break;
        if (cand.words.every((w, k) => i + k < words.length && (fold ? words[i + k].toLowerCase() : words[i + k]) === w)) {
          best = { length: cand.words.length, entry: cand.entry };
          break;
        }
      }
    };
    consider(this.exact.get(words[i]), false);
    consider(this.folded.get(words[i].toLowerCase()), true);
    return best;
  }
}

function readTsv(name: string, columns: number): string[][] {
  const url = new URL(name, DATA_URL);
  if (!existsSync(url)) return [];
  const rows: string[][] = [];
  readFileSync(url, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const cells = line.replace(/\r$/, '').split('\t');
    if (cells.length < columns - 1) throw new KnowledgeBaseError(`${name} line ${i + 1}: expected ${columns} columns, got ${cells.length}`);
    rows.push(cells.map((c) => c.trim()));
  });
  return rows;
}

const plural = (w: string): string[] => inflections(w).filter((f) => f === w || f === `${w}s` || f === `${w}es` || f.endsWith('ies') || f.endsWith('men'));

export function buildKnowledgeBase(): ActorKnowledgeBase {
  const kb = new ActorKnowledgeBase();
  if (!existsSync(COUNTRIES_URL)) throw new KnowledgeBaseError(`missing ${COUNTRIES_URL.pathname}: run npm run build:actors`);
  const countries = JSON.parse(readFileSync(COUNTRIES_URL, 'utf8')) as CountryRow[];
  for (const c of countries) {
    kb.countryNames.set(c.code, c.name);
    for (const n of c.names) kb.addPhrase(n, { kind: 'country', country: c.code, sector: null, otherSectors: [], name: c.name }, true);
    for (const cap of c.capitals) kb.addPhrase(cap, { kind: 'capital', country: c.code, sector: 'GOV', otherSectors: [], name: c.name }, true);
    for (const adj of c.adjectives) {
      for (const form of [adj, `${adj}s`]) kb.addPhrase(form, { kind: 'adjective', country: c.code, sector: null, otherSectors: [], name: c.name }, true);
    }
  }
  // Cities and provinces: only where the entity tagger saw a place (mentions.ts), since many are also words or surnames.
  if (existsSync(PLACES_URL)) {
    for (const line of readFileSync(PLACES_URL, 'utf8').split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const [place, code] = line.split('\t');
      kb.addPhrase(place, { kind: 'place', country: code, sector: null, otherSectors: [], name: place }, true);
    }
  }
  for (const [code, sector, name, aliases] of readTsv('organizations.tsv', 5)) {
    const entry: KbEntry = { kind: 'organization', country: code, sector: sector || null, otherSectors: [], name };
    for (const alias of [name, ...(aliases ? aliases.split('|') : [])]) {
      const a = alias.trim();
      kb.addPhrase(a, entry, true);
      if (/^the /i.test(a)) kb.addPhrase(a.replace(/^the /i, ''), entry, true);
    }
  }
  const people = new Map<string, { name: string; terms: OfficeTerm[]; aliases: Set<string> }>();
  for (const [country, role, name, aliases, from, to] of readTsv('leaders.tsv', 6)) {
    const p = people.get(name) ?? { name, terms: [], aliases: new Set<string>() };
    p.terms.push({ country, role, from, to: to || null });
    for (const a of aliases ? aliases.split('|') : []) if (a.trim()) p.aliases.add(a.trim());
    people.set(name, p);
  }
  for (const p of people.values()) {
    const first = p.terms[0];
    const entry: KbEntry = { kind: 'person', country: first.country, sector: 'GOV', otherSectors: first.role === 'DEFENSE_MINISTER' ? ['MIL'] : [], name: p.name, terms: p.terms };
    for (const alias of [p.name, ...p.aliases]) kb.addPhrase(alias, entry, true);
    for (const alias of [p.name, ...p.aliases]) {
      const parts = alias.split(' ');
      // Chinese, Korean, Vietnamese and Cambodian names put the family name first ("Xi Jinping" → "Xi").
      // A spaced alias ("Moon Jae In") ends in a syllable of the given name, never the family name: only the
      // written name's last word counts as one ("Carrie Lam" is written in Western order).
      const familyFirst = FAMILY_NAME_FIRST.has(first.country) && parts.length > 1;
      const surnames = familyFirst ? (alias === p.name ? [parts[0], parts[parts.length - 1]] : [parts[0]]) : [parts[parts.length - 1]];
      for (const surname of surnames) {
        const list = kb.surnames.get(surname) ?? [];
        if (!list.includes(entry)) list.push(entry);
        kb.surnames.set(surname, list);
      }
    }
  }
  for (const [phrase, sector, others] of readTsv('roles.tsv', 3)) {
    const words = phrase.split(' ');
    const last = words.pop() as string;
    const entry: KbEntry = { kind: 'role', country: null, sector, otherSectors: others ? others.split(',').map((s) => s.trim()).filter(Boolean) : [], name: null };
    for (const form of plural(last)) kb.addPhrase([...words, form].join(' '), entry, phrase.toUpperCase() === phrase);
  }
  return kb;
}

let cached: ActorKnowledgeBase | null = null;

export function loadKnowledgeBase(): ActorKnowledgeBase {
  if (!cached) cached = buildKnowledgeBase();
  return cached;
}

/** The office a person held on `date` (YYYY-MM-DD or shorter), or null. */
export function termOn(terms: readonly OfficeTerm[], date: string | null): OfficeTerm | null {
  if (!date) return null;
  for (const t of terms) if (t.from.slice(0, date.length) <= date && (!t.to || date <= t.to.padEnd(date.length, '9'))) return t;
  return null;
}
