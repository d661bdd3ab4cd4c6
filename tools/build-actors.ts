/**
 * Builds `models/actors/countries.json`, the country part of the actor
 * knowledge base: ISO 3166 alpha-3 codes, names, adjectives/demonyms and
 * capitals from the `world-countries` package, dependencies folded into the
 * state that controls them as PLOVER asks, plus the hand-written additions in
 * `data/actors/country-names.tsv` (short forms, seats of government), and
 * `models/actors/places.json`: cities of 15,000+ people and provinces from the
 * `city-timezones` package, each with the country it is in (the most
 * populous one when a name is shared), so that "Vancouver police" and
 * "a restaurant near Algiers" tell the country.
 * Run: npm run build:actors
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface WorldCountry {
  cca3: string;
  independent: boolean | null;
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { m: string; f: string } };
}

export interface CountryEntry {
  code: string;
  name: string;
  names: string[];
  adjectives: string[];
  capitals: string[];
}

// PLOVER: dependencies count as their controlling state; a few keep their own code.
const FOLD: Record<string, string> = {
  PRI: 'USA', GUM: 'USA', VIR: 'USA', ASM: 'USA', MNP: 'USA', UMI: 'USA',
  FLK: 'GBR', GIB: 'GBR', BMU: 'GBR', CYM: 'GBR', VGB: 'GBR', TCA: 'GBR', MSR: 'GBR', AIA: 'GBR', SHN: 'GBR', PCN: 'GBR', IOT: 'GBR', SGS: 'GBR', GGY: 'GBR', JEY: 'GBR', IMN: 'GBR',
  GUF: 'FRA', GLP: 'FRA', MTQ: 'FRA', REU: 'FRA', MYT: 'FRA', NCL: 'FRA', PYF: 'FRA', SPM: 'FRA', WLF: 'FRA', BLM: 'FRA', MAF: 'FRA', ATF: 'FRA',
  GRL: 'DNK', FRO: 'DNK', ABW: 'NLD', CUW: 'NLD', SXM: 'NLD', BES: 'NLD', COK: 'NZL', NIU: 'NZL', TKL: 'NZL',
  CCK: 'AUS', CXR: 'AUS', NFK: 'AUS', HMD: 'AUS', SJM: 'NOR', BVT: 'NOR', ALA: 'FIN', MAC: 'CHN', ESH: 'MAR', UNK: 'KOS',
};

const latinName = (s: string): boolean => /^[\p{Script=Latin}\s.'’()-]+$/u.test(s) && s.length > 3 && !/^[A-Z]{2,3}$/.test(s);

function main(): void {
  const require = createRequire(import.meta.url);
  const world = require('world-countries/countries.json') as WorldCountry[];
  const byCode = new Map<string, CountryEntry>();
  const entry = (code: string, name: string): CountryEntry => {
    let e = byCode.get(code);
    if (!e) byCode.set(code, (e = { code, name, names: [], adjectives: [], capitals: [] }));
    return e;
  };
  const push = (list: string[], v: string | undefined): void => {
    if (v && !list.includes(v)) list.push(v);
  };
  for (const c of world) {
    const folded = FOLD[c.cca3];
    const e = entry(folded ?? c.cca3, c.name.common);
    if (!folded) e.name = c.name.common;
    // A folded dependency adds its names as places of the controlling state, not as the state's name.
    const names = folded ? e.capitals : e.names;
    push(names, c.name.common);
    if (!folded) push(names, c.name.official);
    for (const alt of c.altSpellings) if (latinName(alt)) push(names, alt);
    for (const cap of c.capital ?? []) push(e.capitals, cap);
    if (!folded) {
      push(e.adjectives, c.demonyms?.eng?.m);
      push(e.adjectives, c.demonyms?.eng?.f);
    }
  }
  // Hand-written additions: code, kind (name|adjective|capital), form.
  for (const line of readFileSync(new URL('../../data/actors/country-names.tsv', import.meta.url), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [code, kind, form] = line.split('\t');
    const e = entry(code, form);
    if (kind === 'name') push(e.names, form);
    else if (kind === 'adjective') push(e.adjectives, form);
    else if (kind === 'capital') push(e.capitals, form);
    else throw new Error(`country-names.tsv: unknown kind "${kind}" in: ${line}`);
  }
  const out = [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
  writePlaces(require, out);
  writeFileSync(new URL('../../models/actors/countries.json', import.meta.url), JSON.stringify(out, null, 0).replace(/\},\{/g, '},\n{') + '\n');
  console.log(`countries: ${out.length}, names: ${out.reduce((n, e) => n + e.names.length + e.adjectives.length + e.capitals.length, 0)}`);
}

interface CityRow { city: string; city_ascii: string; pop: number; iso3: string; province: string }

const MIN_POPULATION = 15000;
/** Province names that are also plain geographic words ("Gulf", "Central"): never a place by themselves. */
const GENERIC = new Set(['Gulf', 'Central', 'Capital', 'Coast', 'North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Highlands', 'Islands', 'Lakes', 'Mountain', 'Mountains', 'River', 'Valley', 'Delta', 'Lagoon', 'Plateau', 'Border', 'Centre', 'Center', 'Upper', 'Lower', 'Interior', 'Littoral', 'Lake', 'Sea', 'Coastal', 'Federal', 'National', 'Capital District', 'Midlands', 'Islands Region']);

function writePlaces(require: NodeRequire, countries: readonly CountryEntry[]): void {
  const rows = (require('city-timezones') as { cityMapping: CityRow[] }).cityMapping;
  const taken = new Set(countries.flatMap((c) => [...c.names, ...c.adjectives, ...c.capitals]));
  const best = new Map<string, { code: string; pop: number }>();
  const consider = (name: string, code: string, pop: number): void => {
    if (!name || name.length < 3 || taken.has(name) || GENERIC.has(name) || !/^\p{Lu}/u.test(name)) return;
    const cur = best.get(name);
    if (!cur || pop > cur.pop) best.set(name, { code, pop });
  };
  const provinces = new Map<string, { code: string; pop: number }>();
  for (const r of rows) {
    const code = FOLD[r.iso3] ?? r.iso3;
    if (!code) continue;
    if (r.pop >= MIN_POPULATION) {
      consider(r.city, code, r.pop);
      consider(r.city_ascii, code, r.pop);
    }
    const key = `${r.province}\t${code}`;
    provinces.set(key, { code, pop: (provinces.get(key)?.pop ?? 0) + r.pop });
  }
  for (const [key, v] of provinces) consider(key.split('\t')[0], v.code, v.pop);
  const places = [...best].sort((a, b) => a[0].localeCompare(b[0])).map(([name, v]) => `${name}\t${v.code}`);
  writeFileSync(new URL('../../models/actors/places.tsv', import.meta.url), `# place<TAB>country, built by npm run build:actors from city-timezones (cities of ${MIN_POPULATION}+ and provinces)\n${places.join('\n')}\n`);
  console.log(`places: ${places.length}`);
}

main();
