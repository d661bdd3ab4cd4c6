/**
 * Actor mentions in one sentence: runs of knowledge-base phrases and named
 * entities ("Indian Defense Minister Rajnath Singh", "the Russian Defence
 * Ministry", "Washington", "rebels") merged into one actor with a country, a
 * PLOVER sector and a canonical name. Appositions ("Yuri Borisov, the
 * Russian deputy prime minister,") lend their country and sector to the name.
 */
import type { ActorKnowledgeBase, KbEntry } from './kb.js';
import { termOn } from './kb.js';
import { nameShapedSubject } from './name-subject.js';
import { commonWords } from './common-words.js';

export interface SentenceWord {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface NamedSpan {
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

export interface ActorMention {
  readonly start: number;
  readonly end: number;
  /** Word indices, inclusive. */
  readonly first: number;
  readonly last: number;
  country: string | null;
  sector: string | null;
  otherSectors: string[];
  /** The person, organisation or country it names, when known. */
  entity: string | null;
  entityType: string | null;
  /** Preceded by a locative preposition: a place where something happened, not who did it. */
  readonly locative: boolean;
  /** What supplied each part, e.g. `kb-adjective+kb-role+ner-person`. */
  rule: string;
}

interface Piece {
  first: number;
  last: number;
  entry: KbEntry | null;
  /** Named-entity type when the piece lies in an entity of the entity layer. */
  ner: string | null;
  nerSpan: NamedSpan | null;
  /** Never merged with its neighbours (the parts of "Russian-Indian"). */
  alone?: boolean;
  /** A name guessed from its shape and place, not found by the tagger (name-subject.ts). */
  guessed?: boolean;
}

const CONNECTORS = new Set(['of', "'s", '’s', 'the']);
/** Nouns of rank that may stand between a description and a name. */
const TITLE_NOUNS = new Set(['leader', 'head', 'chief', 'member', 'boss', 'founder', 'chairman', 'chairwoman', 'secretary', 'general', 'lawyer', 'activist', 'dissident', 'figure', 'strongman', 'warlord']);
/** Title words that sit between a country and a role ("U.S. Assistant Secretary of State"). */
const TITLE_WORDS = new Set(['assistant', 'deputy', 'acting', 'vice', 'senior', 'chief', 'top', 'under', 'special', 'junior', 'first', 'former', 'caretaker', 'interim', 'outgoing', 'incoming', 'new']);
/** Adjectives that may stand between a country and a role without starting a new actor ("Bosnia's ruling party"). */
const ACTOR_MODIFIERS = new Set(['ruling', 'governing', 'main', 'largest', 'biggest', 'leading', 'powerful', 'hardline', 'moderate', 'radical', 'conservative', 'liberal', 'socialist', 'communist', 'islamist', 'ethnic', 'elite', 'regular', 'federal', 'national', 'state', 'local', 'provincial', 'regional', 'transitional', 'central', 'breakaway', 'rival', 'exiled', 'outlawed', 'banned', 'armed', 'pro-government', 'anti-government', 'secular', 'religious', 'right-wing', 'left-wing', 'far-right', 'far-left', 'nationalist', 'separatist', 'islamic', 'moslem', 'muslim', 'christian', 'catholic', 'protestant', 'orthodox', 'hindu', 'buddhist', 'jewish', 'arab', 'kurdish', "shi'ite", 'shiite', 'sunni', 'hutu', 'tutsi', 'tamil', 'sikh']);
const LOCATIVE = new Set(['in', 'at', 'near', 'inside', 'outside', 'across', 'throughout', 'through', 'around', 'from', 'into', 'to', 'toward', 'towards', 'via', 'within']);
const PLACE_MODIFIER = /^(the|a|an|of|city|town|village|province|state|region|district|capital|port|area|suburb|island|county|outskirts|centre|center|resort|border|enclave|settlement|(north|south|east|west)(ern)?|(north|south)-?(east|west)(ern)?|central|northeastern|northwestern|southeastern|southwestern|upper|lower|eastern|western)$/;
/** Capitalised nouns of seas and landforms: "Indian Ocean", "Arabian Peninsula". */
const GEOGRAPHIC_FEATURE = /^(?:Ocean|Sea|Gulf|Bay|Strait|Straits|Peninsula|Basin|Plateau|Desert|Highlands|Lowlands|Mountains|Alps|Riviera|Subcontinent)$/;
const ACTOR_NER = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);
const PLACE_NER = new Set(['GPE', 'LOC', 'FAC']);
const PLACE_KINDS = new Set(['country', 'capital', 'place']);

function pieces(words: readonly SentenceWord[], entities: readonly NamedSpan[], kb: ActorKnowledgeBase): Piece[] {
  const texts = words.map((w) => w.text);
  const out: Piece[] = [];
  for (let i = 0; i < words.length; ) {
    // "Russian-Indian": each part that names a country is an actor of its own on the same word.
    const parts = texts[i].includes('-') ? texts[i].split('-').map((part) => kb.longestAt([part], 0)).filter((h) => h && (h.entry.kind === 'adjective' || h.entry.kind === 'country')) : [];
    if (parts.length >= 2) {
      for (const h of parts) if (h) out.push({ first: i, last: i, entry: h.entry, ner: null, nerSpan: null, alone: true });
      i++;
      continue;
    }
    let hit = kb.longestAt(texts, i);
    // "the Indian Ocean", "the Persian Gulf": a country adjective naming a sea or a landform is no actor.
    if (hit?.entry.kind === 'adjective' && GEOGRAPHIC_FEATURE.test(texts[i + hit.length] ?? '')) hit = null;
    const ent = entities.find((e) => e.start <= words[i].start && words[i].start < e.end && ACTOR_NER.has(e.type));
    // A city or province counts only where the tagger saw a place.
    if (hit?.entry.kind === 'place' && !entities.some((e) => e.start <= words[i].start && words[i].start < e.end && PLACE_NER.has(e.type))) hit = null;
    let entLast = -1;
    if (ent) for (let k = i; k < words.length && words[k].end <= ent.end; k++) entLast = k;
    const hitLast = hit ? i + hit.length - 1 : -1;
    if (hit && hitLast >= entLast) {
      out.push({ first: i, last: hitLast, entry: hit.entry, ner: ent?.type ?? null, nerSpan: ent ?? null });
      i = hitLast + 1;
    } else if (ent && entLast >= i) {
      // Inside a longer entity, known phrases still count ("Russian" and "Defense Ministry"
      // in "Russian Defense Ministry"); the other words are the entity's own name.
      for (let k = i; k <= entLast; ) {
        let inner = kb.longestAt(texts, k);
        if (inner?.entry.kind === 'place' && !PLACE_NER.has(ent.type)) inner = null;
        if (inner && k + inner.length - 1 <= entLast) {
          out.push({ first: k, last: k + inner.length - 1, entry: inner.entry, ner: ent.type, nerSpan: ent });
          k += inner.length;
        } else {
          const prev = out[out.length - 1];
          if (prev && prev.entry === null && prev.nerSpan === ent && prev.last === k - 1) prev.last = k;
          else out.push({ first: k, last: k, entry: null, ner: ent.type, nerSpan: ent });
          k++;
        }
      }
      i = entLast + 1;
    } else if (/^\p{Lu}\p{Ll}+$/u.test(texts[i]) && kb.surnames.has(texts[i]) && !commonWords().has(texts[i].toLowerCase())) {
      // A known office holder's surname the entity tagger missed ("Putin visited ..."); not a word news writes
      // in lower case ("In", "To" and "Park" are also family names).
      out.push({ first: i, last: i, entry: null, ner: 'PERSON', nerSpan: { start: words[i].start, end: words[i].end, type: 'PERSON' } });
      i++;
    } else {
      const last = hit || ent ? -1 : nameShapedSubject(texts, i, (k) => !kb.longestAt(texts, k) && !entities.some((e) => e.start < words[k].end && words[k].start < e.end));
      if (last >= i) {
        out.push({ first: i, last, entry: null, ner: 'PERSON', nerSpan: { start: words[i].start, end: words[last].end, type: 'PERSON' }, guessed: true });
        i = last + 1;
      } else i++;
    }
  }
  return out;
}

function mention(words: readonly SentenceWord[], group: Piece[], date: string | null, locative: boolean, kb: ActorKnowledgeBase): ActorMention {
  // A one-word person name may be the surname of a known office holder.
  const single = group.find((p) => p.ner !== null && !p.entry && p.first === p.last && p.nerSpan && words[p.first].end >= p.nerSpan.end && words[p.first].start <= p.nerSpan.start);
  if (single && !group.some((p) => p.entry?.kind === 'person')) {
    const person = kb.personBySurname(words[single.first].text, date);
    if (person) single.entry = person;
  }
  // "Clinton" in 2016: which Clinton the office-holder table cannot say, but both served the United States.
  const sharedCountry = single && !single.entry && !group.some((p) => p.entry) ? kb.countryBySurname(words[single.first].text) : null;
  const first = group[0].first;
  const last = group[group.length - 1].last;
  const m: ActorMention = { start: words[first].start, end: words[last].end, first, last, country: null, sector: null, otherSectors: [], entity: null, entityType: null, locative, rule: '' };
  const rules: string[] = [];
  const text = (p: Piece): string => words.slice(p.first, p.last + 1).map((w) => w.text).join(' ');
  for (const p of group) {
    const e = p.entry;
    if (e) {
      rules.push(`kb-${e.kind}`);
      if (e.kind === 'person') {
        const term = termOn(e.terms ?? [], date) ?? (e.terms?.length ? e.terms[e.terms.length - 1] : null);
        m.country ??= term?.country ?? e.country;
        m.entity = e.name;
        m.entityType = 'PERSON';
        if (!m.sector || m.sector === 'GOV') {
          m.sector = 'GOV';
          if (term?.role === 'DEFENSE_MINISTER' && !m.otherSectors.includes('MIL')) m.otherSectors.push('MIL');
        }
        continue;
      }
      if (e.country && (!m.country || e.kind === 'organization')) m.country = e.country;
      if (e.sector) {
        // The head noun (last role word) gives the sector: "Indian Defence Ministry spokesman" is GOV.
        m.sector = e.sector;
        m.otherSectors = [...e.otherSectors];
      }
      if (e.kind === 'organization' || e.kind === 'country' || ((e.kind === 'capital' || e.kind === 'place') && !m.entity)) {
        m.entity = e.name;
        m.entityType = e.kind === 'organization' ? 'ORG' : 'GPE';
      }
    } else if (p.ner) {
      rules.push(p.guessed ? 'name-subject' : `ner-${p.ner.toLowerCase()}`);
      m.entity = text(p);
      m.entityType = p.ner;
    }
  }
  // An organisation or person the knowledge base only describes ("Russian Defense Ministry") is named by its entity span.
  const named = group.find((p) => p.nerSpan && (p.ner === 'ORG' || p.ner === 'PERSON'));
  if (named?.nerSpan && (!m.entity || m.entityType === 'GPE') && !group.some((p) => p.entry?.kind === 'person' || p.entry?.kind === 'organization')) {
    const span = named.nerSpan;
    m.entity = words.filter((w) => w.start >= span.start && w.end <= span.end).map((w) => w.text).join(' ');
    m.entityType = named.ner;
  }
  if (sharedCountry && !m.country) {
    m.country = sharedCountry;
    rules.push('kb-surname-country');
  }
  // A capital standing alone names the state's government (metonymy); after "in" it is a place.
  if (group.length === 1 && group[0].entry?.kind === 'capital' && locative) m.sector = null;
  m.rule = rules.join('+');
  return m;
}

/** Actor mentions of one sentence, in text order. `date` picks the office a named person held. */
export function findActorMentions(words: readonly SentenceWord[], entities: readonly NamedSpan[], kb: ActorKnowledgeBase, date: string | null): ActorMention[] {
  const ps = pieces(words, entities, kb);
  const groups: Piece[][] = [];
  for (const p of ps) {
    const prev = groups[groups.length - 1];
    const prevLast = prev ? prev[prev.length - 1].last : -10;
    const between = words.slice(prevLast + 1, p.first).map((w) => w.text.toLowerCase());
    // Pieces touch, or are joined by "of", "'s", "the": one actor ("Ministry of Defence of Russia").
    const last = prev?.[prev.length - 1];
    // "Rwandan Hutu refugees": one capitalised word between a country adjective and a role.
    const qualifier = between.length === 1 && last?.entry?.kind === 'adjective' && p.entry?.kind === 'role' && /^\p{Lu}/u.test(words[p.first - 1].text);
    // "Iran banned the opposition party": a participle right after a name is its verb, not a modifier ("Iran's banned party").
    // ... nor is a verb in -s ("Tunisia arrests prominent lawyer Sonia Dahmani").
    const verbAfterName = /(?:ed|[^s'’]s)$/.test(between[0] ?? '') && last?.entry?.kind !== 'adjective' && last?.ner !== 'NORP';
    const titled =
      between.length > 0 &&
      between.length <= 3 &&
      !verbAfterName &&
      ((between.every((w) => TITLE_WORDS.has(w) || CONNECTORS.has(w) || ACTOR_MODIFIERS.has(w) || /^(anti|pro)-\p{L}+$/u.test(w)) && (p.entry?.kind === 'role' || (p.ner === 'NORP' && !p.entry))) ||
        // "Surinamese guerrilla leader Ronny Brunswijk": a title noun between a description and a name.
        (between.every((w) => TITLE_WORDS.has(w) || TITLE_NOUNS.has(w)) && p.ner === 'PERSON' && !p.entry && (last?.entry?.kind === 'role' || last?.entry?.kind === 'adjective')) ||
        // "Russian security chief Alexander Lebed": lower-case words that end in a title noun.
        (TITLE_NOUNS.has(between[between.length - 1]) && words.slice(prevLast + 1, p.first).every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w.text)) && p.ner === 'PERSON' && !p.entry && (last?.entry?.kind === 'adjective' || last?.entry?.kind === 'country')));
    if (prev && last && !p.alone && !last.alone && (between.length === 0 || qualifier || titled || (between.length <= 2 && between.every((w) => CONNECTORS.has(w))))) prev.push(p);
    else groups.push([p]);
  }
  const out: ActorMention[] = [];
  for (const g of groups) {
    let k = g[0].first - 1;
    // Skip "the", "northern", "eastern" ... back to a preposition.
    while (k >= 0 && g[0].first - k <= 6 && PLACE_MODIFIER.test(words[k].text.toLowerCase())) k--;
    // Only places are locations: "to Islamic State" names an organisation, "in Istanbul" a place.
    const placeLike = g.every((p) => (p.entry ? PLACE_KINDS.has(p.entry.kind) : p.ner !== null && PLACE_NER.has(p.ner)));
    const locative = k >= 0 && LOCATIVE.has(words[k].text.toLowerCase()) && placeLike;
    out.push(mention(words, g, date, locative, kb));
  }
  return partyStateTags(words, lendPossessor(words, mergeAppositions(words, dropAbbreviations(words, out))));
}

const NOT_IN_NOUN_PHRASE = new Set(['of', 'on', 'in', 'to', 'for', 'with', 'by', 'and', 'or', 'at', 'against', 'from', ',', ';', ':', '"', 'that', 'who', 'which', 'said', 'says']);

/**
 * "India's Home (Interior) Minister", "Nepal's centre-right coalition government": an actor of
 * no country in a noun phrase owned by a country takes the owner's country.
 */
function lendPossessor(words: readonly SentenceWord[], ms: ActorMention[]): ActorMention[] {
  for (let i = 1; i < ms.length; i++) {
    const a = ms[i];
    const owner = ms[i - 1];
    if (a.country || !owner.country || owner.entityType !== 'GPE' || !["'s", '’s'].includes(words[owner.last + 1]?.text)) continue;
    const between = words.slice(owner.last + 2, a.first).map((w) => w.text.toLowerCase());
    const bare = between.filter((w, k) => !(w === '(' || w === ')' || between.slice(0, k).includes('(') && !between.slice(0, k).includes(')')));
    if (bare.length > 3 || between.some((w) => NOT_IN_NOUN_PHRASE.has(w))) continue;
    a.country = owner.country;
    a.rule += '+possessor';
  }
  return ms;
}

/** "(D-Nev.)", "(R-Texas)", "(I-Vt.)": the party-and-state tag US news puts after a member of Congress. */
const US_PARTY_STATE = /^[DRI]-(?:\p{Lu}[\p{L}.]*)$/u;

/** A person followed by a US party-and-state tag is a US legislator. */
function partyStateTags(words: readonly SentenceWord[], ms: ActorMention[]): ActorMention[] {
  for (const m of ms) {
    if (m.entityType !== 'PERSON' || words[m.last + 1]?.text !== '(' || !US_PARTY_STATE.test(words[m.last + 2]?.text ?? '')) continue;
    if (!m.country) {
      m.country = 'USA';
      m.sector ??= 'LEG';
      m.rule += '+us-party-state';
    }
  }
  return ms;
}

/**
 * "the European Union (EU)", "the Sudan Armed Forces, or SAF": the short form is the same actor, not a
 * second one. A role right after the brackets belongs to the named actor: "Hizbollah (Party of God) gunmen".
 */
function dropAbbreviations(words: readonly SentenceWord[], ms: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  for (let i = 0; i < ms.length; i++) {
    const b = ms[i];
    const a = out[out.length - 1];
    const bracketed = a && b.first === a.last + 2 && words[a.last + 1]?.text === '(' && words[b.last + 1]?.text === ')';
    const alias = a && b.first === a.last + 3 && words[a.last + 1]?.text === ',' && words[a.last + 2]?.text.toLowerCase() === 'or' && b.first === b.last && /^\p{Lu}{2,}$/u.test(words[b.first].text);
    if (!bracketed && !alias) {
      out.push(b);
      continue;
    }
    const role = ms[i + 1];
    if (bracketed && role && role.first === b.last + 2 && role.sector && !role.entity && !role.country) {
      out[out.length - 1] = { ...a, end: role.end, last: role.last, sector: role.sector, otherSectors: role.otherSectors, rule: `${a.rule}+bracketed-role` };
      i++;
    }
  }
  return out;
}

/** "NAME, the ADJ ROLE," — the description lends its country and sector to the name and is not a second actor. */
function mergeAppositions(words: readonly SentenceWord[], ms: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  for (let i = 0; i < ms.length; i++) {
    const a = ms[i];
    const b = ms[i + 1];
    if (b && a.entityType === 'PERSON' && (!a.country || !a.sector)) {
      const between = words.slice(a.last + 1, b.first).map((w) => w.text.toLowerCase());
      if (between[0] === ',' && between.slice(1).every((w) => ['the', 'a', 'an', "'s"].includes(w)) && b.entityType !== 'PERSON' && b.sector) {
        a.country ??= b.country;
        a.sector ??= b.sector;
        if (!a.otherSectors.length) a.otherSectors = b.otherSectors;
        a.rule += '+apposition';
        out.push(a);
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
