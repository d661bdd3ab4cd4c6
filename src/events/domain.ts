/**
 * Refiner: news from domains PLOVER does not code (sport, markets and
 * business, accidents and disasters) is where most false events come from
 * ("Belgium beat Turkey", "an explosion leveled the motel"). A sentence whose
 * words mark such a domain (data/events/no-event-domains.tsv) keeps an event
 * at full confidence only when a political actor takes part in it.
 */
import { readFileSync } from 'node:fs';

export const DOMAINS_URL = new URL('../../../data/events/no-event-domains.tsv', import.meta.url);

/** Sectors that make an actor political: with one of them, the event stands whatever the domain. */
const POLITICAL_SECTORS = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'REB', 'OPP', 'PTY', 'SPY', 'UAF', 'CRM', 'IGO', 'NGO', 'ELI', 'PRM']);
/** Confidence kept by an event in a non-political domain with no political actor. */
export const DOMAIN_FACTOR = 0.4;

let table: Map<string, { domain: string; strength: number }> | null = null;

function load(): Map<string, { domain: string; strength: number }> {
  if (table) return table;
  table = new Map();
  for (const line of readFileSync(DOMAINS_URL, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [word, domain, strength] = line.split('\t');
    table.set(word, { domain, strength: Number(strength) });
  }
  return table;
}

/** The domain a sentence's lower-cased words mark (strength ≥ 2 summed over distinct words), or null. */
export function sentenceDomain(lower: readonly string[]): string | null {
  const t = load();
  const sums = new Map<string, number>();
  for (const w of new Set(lower)) {
    const hit = t.get(w);
    if (hit) sums.set(hit.domain, (sums.get(hit.domain) ?? 0) + hit.strength);
  }
  let best: string | null = null;
  for (const [d, s] of sums) if (s >= 2 && (!best || s > (sums.get(best) ?? 0))) best = d;
  return best;
}

/** A political actor; a country counts as one except in sport, where teams carry country names. */
export function isPolitical(actor: { sector: string | null; otherSectors?: readonly string[]; country?: string | null; entityType?: string | null }, domain: string): boolean {
  if ((actor.sector !== null && POLITICAL_SECTORS.has(actor.sector)) || (actor.otherSectors ?? []).some((s) => POLITICAL_SECTORS.has(s))) return true;
  return domain !== 'sport' && Boolean(actor.country) && actor.entityType === 'GPE';
}
