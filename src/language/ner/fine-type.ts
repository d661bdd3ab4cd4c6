/**
 * Refines a coarse CoNLL type into OntoNotes-style fine types with the
 * gazetteers: countries, states and cities are GPE; demonyms, languages
 * and -ist/-ian groups NORP; names of equipment with model numbers
 * PRODUCT; wars, summits, cups, elections EVENT; airports, bases, bridges
 * and the like FAC.
 */
import type { CoarseType } from './spans.js';
import { loadResources, type Resources } from './resources.js';

export type FineType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'FAC' | 'PRODUCT' | 'EVENT' | 'MISC';

const GPE_LISTS = ['country', 'state', 'city', 'bigcity', 'capital'];
/** "S-400 Triumph", "Kamov-226", "F-16", "Boeing 747", "MiG-29K", "Su-35S". */
const MODEL_NUMBER = /(^|[\s-])(\p{Lu}{1,4}-?\d{1,5}\p{L}{0,2}|\p{L}+-\d{1,5}\p{L}{0,2}|\d{3,4}\p{Lu}{0,2})($|[\s-])/u;
const GROUP_WORD = /^\p{Lu}\p{Ll}+(ists?|ians?|ans?|ese|ites?|is)$/u;

function words(text: string): string[] {
  return text.toLowerCase().replace(/([,;:()])/g, ' $1 ').split(/\s+/).filter(Boolean);
}

export function fineType(text: string, coarse: CoarseType, res: Resources = loadResources()): FineType {
  const gaz = res.gazetteer;
  const ws = words(text);
  const phrase = ws.join(' ');
  const last = ws[ws.length - 1] ?? '';
  const lastTwo = ws.slice(-2).join(' ');
  const inList = (lists: string[], p: string): boolean => lists.some((l) => gaz.has(l, p));
  const headIs = (list: string): boolean => gaz.has(list, last) || (ws.length > 2 && gaz.has(list, lastTwo));
  switch (coarse) {
    case 'PER':
      return 'PERSON';
    case 'LOC':
      if (inList(GPE_LISTS, phrase)) return 'GPE';
      if (ws.length > 1 && headIs('facilityhead')) return 'FAC';
      return 'LOC';
    case 'ORG':
      if (ws.length > 1 && /^(airport|airbase|base|bridge|stadium|arena)$/.test(last)) return 'FAC';
      return 'ORG';
    case 'MISC':
      if (inList(['demonym', 'language'], phrase) || (ws.length === 1 && GROUP_WORD.test(text.trim()))) return 'NORP';
      if (MODEL_NUMBER.test(text)) return 'PRODUCT';
      if (ws.length > 1 && headIs('eventhead')) return 'EVENT';
      if (/\b(war|summit|olympics|games|cup|championships?|election|conference)\b/i.test(text)) return 'EVENT';
      return 'MISC';
  }
}
