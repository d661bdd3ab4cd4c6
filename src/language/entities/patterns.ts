/**
 * Rule candidates for entity kinds the CoNLL-trained model does not know or
 * types coarsely: equipment designations (PRODUCT: "S-400 Triumph",
 * "Kamov-226 helicopters", "Project 11356 frigates") and state bodies
 * named by a country or its adjective ("the Russian government", "India's defence
 * ministry", "the Indian Air Force" → ORG). Each rule reads one sentence's tokens and returns null
 * or a span (chrono-style); the entity stage merges them with the model's.
 */

export interface PatternSpan {
  /** Token indices: first, and one past the last. */
  readonly first: number;
  readonly end: number;
  readonly type: 'PRODUCT' | 'ORG';
  readonly rule: string;
}

export interface PlaceLexicon {
  /** "Russian", "Indian", "US", "Russia", "India" (a country or its adjective). */
  isCountryOrAdjective(word: string): boolean;
}

/** Letters then a number, hyphenated: S-400, Kamov-226, MiG-29, Su-30MKI, F-35A, AK-47. */
const CODE = /^[A-Z][A-Za-z]{0,6}-\d{1,4}[A-Z]{0,4}$/;
/** Codes that name diseases, groupings or meetings rather than equipment. */
const NOT_EQUIPMENT = /^(?:covid|sars|mers|g|p|h\d+n|ebola|mp|a|b)-/i;
const DESIGNATOR = /^(?:Project|Type|Class|Model|Block|Mark|Mk|Series)$/;
const NUMBER = /^\d{2,6}[A-Z]?$/;
const EQUIPMENT_NOUN =
  /^(?:missiles?|systems?|helicopters?|frigates?|destroyers?|corvettes?|submarines?|jets?|fighters?|aircraft|planes?|bombers?|tanks?|drones?|rifles?|rockets?|launchers?|vessels?|ships?|carriers?|howitzers?|satellites?|engines?|reactors?|vehicles?)$/;
const FUNCTION_WORD = /^(?:The|A|An|And|Or|But|In|On|At|For|To|Of|With|By|From|As|That|This|It|He|She|They|We|I)$/;

function equipment(words: readonly string[], i: number): PatternSpan | null {
  let end: number;
  let rule: string;
  if (CODE.test(words[i]) && !NOT_EQUIPMENT.test(words[i])) {
    end = i + 1;
    rule = 'equipment-code';
    // A capitalised name after the code: "S-400 Triumph".
    if (end < words.length && /^\p{Lu}\p{Ll}+$/u.test(words[end]) && !FUNCTION_WORD.test(words[end]) && !EQUIPMENT_NOUN.test(words[end].toLowerCase())) end++;
  } else if (DESIGNATOR.test(words[i]) && i + 1 < words.length && NUMBER.test(words[i + 1])) {
    end = i + 2;
    rule = 'equipment-designation';
  } else return null;
  if (end < words.length && EQUIPMENT_NOUN.test(words[end])) end++;
  return { first: i, end, type: 'PRODUCT', rule };
}

/** Bodies of a state named by its country or adjective. */
const BODY_HEAD = /^(?:government|administration|cabinet|ministry|army|navy|military|parliament|senate|legislature|judiciary|police|embassy|consulate|coast guard|armed forces|air force|foreign ministry|defen[cs]e ministry|interior ministry|finance ministry|health ministry|security services?|intelligence services?|central bank|authorities|forces|troops|regime|junta|president's office)$/i;
const BODY_MODIFIER = /^(?:defen[cs]e|foreign|interior|finance|health|justice|trade|economy|energy|home|foreign affairs|external affairs|state|federal|national|central|armed)$/i;

function stateBody(words: readonly string[], i: number, lexicon: PlaceLexicon): PatternSpan | null {
  if (!lexicon.isCountryOrAdjective(words[i])) return null;
  let j = i + 1;
  if (j < words.length && /^['’]s$/.test(words[j])) j++; // India 's government
  const head = j;
  while (j < words.length && j - head < 2 && BODY_MODIFIER.test(words[j])) j++;
  for (const width of [2, 1]) {
    const phrase = words.slice(j, j + width).join(' ');
    if (j + width <= words.length && BODY_HEAD.test(phrase)) {
      return { first: i, end: j + width, type: 'ORG', rule: /^\p{Ll}/u.test(words[head]) ? 'state-body' : 'state-body-name' };
    }
  }
  return null;
}

/** Every rule span in a sentence, left to right, not overlapping. */
export function patternSpans(words: readonly string[], lexicon: PlaceLexicon): PatternSpan[] {
  const out: PatternSpan[] = [];
  for (let i = 0; i < words.length; i++) {
    const span = equipment(words, i) ?? stateBody(words, i, lexicon);
    if (span) {
      out.push(span);
      i = span.end - 1;
    }
  }
  return out;
}
