/**
 * Builds `models/actors/countries.json`, the country part of the actor
 * knowledge base: ISO 3166 alpha-3 codes, names, adjectives/demonyms and
 * capitals from the `world-countries` package, dependencies folded into the
 * state that controls them as PLOVER asks, plus the hand-written additions in
 * `data/actors/country-names.tsv` (short forms, seats of government).
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
  writeFileSync(new URL('../../models/actors/countries.json', import.meta.url), JSON.stringify(out, null, 0).replace(/\},\{/g, '},\n{') + '\n');
  console.log(`countries: ${out.length}, names: ${out.reduce((n, e) => n + e.names.length + e.adjectives.length + e.capitals.length, 0)}`);
}

main();
