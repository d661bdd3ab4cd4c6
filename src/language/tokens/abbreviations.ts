/**
 * Abbreviations news text writes with a period: titles, ranks, months,
 * company suffixes, Latin and measure abbreviations. The tokenizer keeps
 * their period; the sentence splitter knows which of them may also end a
 * sentence ("... a deal with Acme Inc. The shares ...").
 */

const TITLES = 'mr mrs ms dr prof gen lt col maj capt cmdr adm sgt cpl pvt rep sen gov pres rev fr sr jr st hon amb brig supt insp det cpl lieut';
const MONTHS = 'jan feb mar apr jun jul aug sep sept oct nov dec';
const WEEKDAYS = 'mon tue tues wed thu thur thurs fri sat sun';
const COMPANY = 'inc corp co ltd plc llc bros cie ag sa nv bv gmbh';
const OTHER = 'no nos vol vols fig figs approx est dept univ assn ave blvd rd mt ft vs etc cf al ie eg ca op pp ed eds govt intl natl';
const US_STATES = 'ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo';

const ABBREVIATIONS = new Set(`${TITLES} ${MONTHS} ${WEEKDAYS} ${COMPANY} ${OTHER} ${US_STATES}`.split(/\s+/));

/** Abbreviations that often end a sentence too (company suffixes, etc., a.m./p.m. and dotted country names). */
const MAY_END_SENTENCE = new Set(`${COMPANY} etc al ave blvd rd`.split(/\s+/));

/** True for "Gen", "Dec", "Inc" (without the period), case-insensitive; not for ordinary words. */
export function isAbbreviation(word: string): boolean {
  if (word.length > 5) return false;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Whether a token ending in a period may close a sentence when the next
 * word is capitalised: dotted initialisms (U.S., a.m.) and company
 * suffixes may; titles ("Gen.", "Mr.") and single initials ("J.") never do.
 */
export function abbreviationMayEndSentence(token: string): boolean {
  const bare = token.replace(/\.$/, '');
  if (/^(?:\p{L}\.)+\p{L}$/u.test(bare)) return true; // U.S / a.m / U.N (last period stripped)
  return MAY_END_SENTENCE.has(bare.toLowerCase());
}
