/**
 * Refiner for a whole article: the country a story happens in. "Police
 * arrested two students" in a story datelined NDJAMENA is about Chad's police
 * and students; the sentence alone does not say so. The home country is the
 * dateline's place, else the state the article's actors and places name
 * most (at least half of all state mentions; of states named equally often,
 * the first). Actors with no country of their own take it, marked
 * `+article-country`: those of a domestic sector (police, courts, students,
 * ...) and those the knowledge base cannot place at all (an unknown name),
 * but not international bodies, companies or pronouns.
 */
import type { Article } from '../model/article.js';
import type { ActorMention } from '../actors/mentions.js';
import { isStateCode, phraseWords, type ActorKnowledgeBase } from '../actors/kb.js';

/** Sectors that are nearly always of the country a story happens in. */
const DOMESTIC_SECTORS = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'EDU', 'CVL', 'OPP', 'PTY', 'LAB', 'AGR', 'MED', 'CRM', 'REB', 'UAF', 'BUS', 'JRN', 'SPY', 'PRM', 'ELI']);
const MIN_SHARE = 0.5;

export function homeCountry(article: Article, mentions: readonly ActorMention[], kb: ActorKnowledgeBase): { country: string; rule: string } | null {
  const dateline = article.layer('meta', 'dateline')[0];
  const place = dateline ? String(dateline.attrs.place ?? article.text.slice(dateline.start, dateline.end)) : null;
  if (place) {
    const words = phraseWords(place);
    const hit = kb.longestAt(words, 0);
    if (hit?.entry.country && hit.length === words.length) return { country: hit.entry.country, rule: 'dateline' };
  }
  const counts = new Map<string, number>();
  let total = 0;
  for (const m of mentions) {
    // A story happens in a state: a company or international body named often is not a home country.
    if (!isStateCode(m.country)) continue;
    counts.set(m.country, (counts.get(m.country) ?? 0) + 1);
    total++;
  }
  // The sort is stable: of states named equally often, the one named first wins, as a story opens where it happens.
  const [top] = [...counts].sort((a, b) => b[1] - a[1]);
  if (top && top[1] / total >= MIN_SHARE) return { country: top[0], rule: 'dominant' };
  return null;
}

/** Gives the home country to actors of a domestic sector that have none. */
export function lendHomeCountry(actors: readonly ActorMention[], home: { country: string; rule: string } | null): void {
  if (!home) return;
  for (const a of actors) {
    if (a.country || a.locative || a.entityType === 'GPE' || a.rule === 'pronoun') continue;
    // A person or group the knowledge base does not place at all is most often of the story's country too.
    if (a.sector && !DOMESTIC_SECTORS.has(a.sector)) continue;
    a.country = home.country;
    a.rule += `+article-country:${home.rule}`;
  }
}
