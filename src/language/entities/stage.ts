/**
 * Stage `language.entities`: named entities over the sentences. The
 * trained tagger reads each article's sentences as one document (so a name
 * seen capitalised mid-sentence helps elsewhere); its spans get fine types;
 * rule spans (equipment, lower-case state bodies) replace the model's where
 * they overlap, since they are more specific.
 */
import type { Article } from '../../model/article.js';
import type { Stage } from '../../pipeline/stage.js';
import { sentenceTokens } from '../spans.js';
import { entitySpans, tagDocument } from '../tagger/index.js';
import { tokenTexts } from '../tokens/tokenize.js';
import { fineType, type CoarseType } from './fine-types.js';
import { patternSpans, type PlaceLexicon } from './patterns.js';

const SOURCE = 'language.entities';
const DEMONYM_OR_COUNTRY = /^(?:\p{Lu}\p{Ll}+(?:an|ian|ean|ese|ish|i)|US|U\.S\.|UK|U\.K\.|EU|French|Dutch|Greek|Swiss|Thai)$/u;

/** Country names as ICU knows them, plus demonym shapes: enough to recognise "the Russian government". */
const countryNames = ((): Set<string> => {
  const names = new Set<string>();
  const display = new Intl.DisplayNames(['en'], { type: 'region' });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = display.of(code);
      if (name && name !== code && !/Unknown/.test(name)) names.add(name);
    }
  }
  return names;
})();

/** Short forms news uses for states, beside the full names. */
const COUNTRY_SHORT_FORMS = new Set(['US', 'U.S.', 'USA', 'U.S.A.', 'UK', 'U.K.', 'UAE', 'U.A.E.', 'DRC', 'PRC', 'ROK', 'DPRK']);

/** A span that is exactly a country's name is a state (GPE) whatever the tagger's type: "US pressure", "with both the US and Russia". */
export function isCountryName(text: string): boolean {
  return countryNames.has(text) || COUNTRY_SHORT_FORMS.has(text);
}

export const placeLexicon: PlaceLexicon = {
  isCountryOrAdjective: (word) => countryNames.has(word) || DEMONYM_OR_COUNTRY.test(word),
};

interface Found {
  start: number;
  end: number;
  type: string;
  coarse: string | null;
  rule: string;
  confidence: number;
}

export function findEntities(article: Article): Found[] {
  const sentences = article.layer('sentences', 'sentence');
  const tokens = sentences.map((s) => sentenceTokens(article, s));
  const words = tokens.map((t) => tokenTexts(article.text, t));
  const tags = tagDocument(words);
  const found: Found[] = [];
  sentences.forEach((_, k) => {
    const t = tokens[k];
    const rules = patternSpans(words[k], placeLexicon).map((p) => ({ start: t[p.first].start, end: t[p.end - 1].end, type: p.type, coarse: null, rule: p.rule, confidence: 0.7 }));
    for (const span of entitySpans(tags[k])) {
      const start = t[span.first].start;
      const end = t[span.end - 1].end;
      if (rules.some((r) => r.start < end && start < r.end)) continue;
      const coarse = span.type as CoarseType;
      const text = article.text.slice(start, end);
      if (coarse !== 'PER' && isCountryName(text)) found.push({ start, end, type: 'GPE', coarse, rule: 'perceptron+country-name', confidence: 0.85 });
      else found.push({ start, end, type: fineType(text, coarse), coarse, rule: 'perceptron', confidence: 0.85 });
    }
    found.push(...rules);
  });
  return mergeNames(article.text, found.sort((a, b) => a.start - b.start));
}

const BODY_END = /(?:Commission|Committee|Council|Agency|Organi[sz]ation|Ministry|Department|Office|Institute|Cent(?:er|re)|Board|Bureau|Authority|Union|Association|Federation|Court|Tribunal|Forum)$/;

/**
 * Refiners over neighbouring spans: "Russian" + "Defense Ministry" is one
 * organisation, as is "Commission" + "on" + "Military Cooperation"; an
 * acronym in brackets right after an organisation names it too.
 */
export function mergeNames(text: string, found: Found[]): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    const prev = out[out.length - 1];
    const gap = prev ? text.slice(prev.end, f.start) : '';
    if (prev && f.type === 'ORG' && (prev.type === 'NORP' || prev.type === 'GPE' || (prev.type === 'MISC' && /^\p{Lu}+$/u.test(text.slice(prev.start, prev.end)))) && /^(?: |['’]s )$/.test(gap)) {
      out[out.length - 1] = { ...f, start: prev.start, rule: `${f.rule}+modifier`, coarse: 'ORG' };
      continue;
    }
    if (prev && prev.type === 'ORG' && f.type === 'ORG' && / (?:on|of|for) $/.test(gap) && BODY_END.test(text.slice(prev.start, prev.end))) {
      out[out.length - 1] = { ...prev, end: f.end, rule: `${prev.rule}+of-phrase` };
      continue;
    }
    if (prev && prev.type === 'ORG' && gap === ' (' && text[f.end] === ')' && /^[\p{Lu}\d-]+$/u.test(text.slice(f.start, f.end))) {
      out.push({ ...f, type: 'ORG', rule: `${f.rule}+acronym` });
      continue;
    }
    out.push(f);
  }
  return out;
}

export const entitiesStage: Stage = {
  name: 'language.entities',
  requires: ['sentences'],
  provides: ['entities'],
  run(article) {
    for (const e of findEntities(article)) {
      article.add({ layer: 'entities', type: e.type, start: e.start, end: e.end, attrs: e.coarse ? { coarse: e.coarse } : {}, source: `${SOURCE}/${e.rule}`, confidence: e.confidence });
    }
  },
};
