/**
 * Dateline prefixes at the start of a news body: "MOSCOW (Reuters) -",
 * "New Delhi:-", "ANKARA, March 3 (AFP) —", "Jakarta –". The place must look
 * like a proper name (capitalised words, few of them) and the separator must
 * be a dateline separator; labels such as "Breaking:" are excluded.
 */

export interface DatelineMatch {
  /** Offsets relative to the paragraph start. */
  readonly placeStart: number;
  readonly placeEnd: number;
  /** Where the body text proper begins after the prefix. */
  readonly prefixEnd: number;
  readonly place: string;
  readonly agency: string | null;
  readonly confidence: number;
}

const NOT_PLACES = new Set(
  'breaking update updated exclusive watch opinion analysis editorial note photo photos video live read also advertisement comment commentary explainer factbox review interview correction clarification summary highlights warning alert q&a faq sponsored listen podcast timeline fact check meanwhile however also but and today yesterday earlier later first finally'.split(' '),
);

const UPPER_PLACE = "\\p{Lu}[\\p{Lu}.'’-]+(?:[ ,]+\\p{Lu}[\\p{Lu}.'’-]+){0,3}";
const TITLE_PLACE = "\\p{Lu}[\\p{Ll}.'’-]+(?:[ -](?:\\p{Lu}[\\p{Ll}.'’-]+|de|el|al|es|du)){0,3}";
const DATE_PART = "(?:,\\s*(?:\\p{L}{3,9}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+\\p{L}{3,9}\\.?)(?:,?\\s*\\d{4})?)?";
const AGENCY_PART = "(?:\\s*\\(([\\p{L}][\\p{L}\\s.&/-]{1,30})\\))?";
const STRONG_SEP = '\\s*(?::-|:–|:—|—|–|-{1,2}\\s)\\s*';
const COLON_SEP = '\\s*:\\s+';

const REGION_PART = "(?:,\\s*\\p{Lu}[\\p{Ll}.'’-]+(?:\\s+\\p{Lu}[\\p{Ll}.'’-]+){0,2})?";
const UPPER = new RegExp(`^(${UPPER_PLACE})${REGION_PART}${DATE_PART}${AGENCY_PART}(?:${STRONG_SEP}|${COLON_SEP})`, 'u');
/** "BAKU, Azerbaijan, November 14. Azerbaijan expects...": a dated dateline closed by a period. */
const UPPER_DATED = new RegExp(`^(${UPPER_PLACE})${REGION_PART},\\s*(?:\\p{L}{3,9}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+\\p{L}{3,9})${AGENCY_PART}\\.\\s+`, 'u');
const TITLE = new RegExp(`^(${TITLE_PLACE})${REGION_PART}${DATE_PART}${AGENCY_PART}${STRONG_SEP}`, 'u');
/** "New Delhi: India and ..." — common, but weaker evidence than a dash or an agency. */
const TITLE_COLON = new RegExp(`^(${TITLE_PLACE})${REGION_PART}${COLON_SEP}`, 'u');
const TITLE_WITH_AGENCY_COLON = new RegExp(`^(${TITLE_PLACE})${REGION_PART}${DATE_PART}\\s*\\(([\\p{L}][\\p{L}\\s.&/-]{1,30})\\)${COLON_SEP}`, 'u');

function titleCase(s: string): string {
  return s
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

export function findDateline(paragraph: string): DatelineMatch | null {
  const attempts: Array<[RegExp, number]> = [
    [UPPER, 0.9],
    [UPPER_DATED, 0.85],
    [TITLE_WITH_AGENCY_COLON, 0.85],
    [TITLE, 0.75],
    [TITLE_COLON, 0.6],
  ];
  for (const [re, confidence] of attempts) {
    const m = re.exec(paragraph);
    if (!m) continue;
    const raw = m[1].replace(/[\s,]+$/u, '');
    const words = raw.split(/[\s,]+/u);
    if (NOT_PLACES.has(raw.toLowerCase()) || words.some((w) => NOT_PLACES.has(w.toLowerCase()))) continue;
    // An all-caps single short token ("AI", "US:") at a colon is more often a label than a place.
    if (re !== TITLE && re !== TITLE_COLON && re !== TITLE_WITH_AGENCY_COLON && raw.length < 3) continue;
    const rest = paragraph.slice(m[0].length);
    if (!/^["“‘'(\p{Lu}\d]/u.test(rest)) continue; // the body must start like a sentence
    const isUpper = raw === raw.toUpperCase();
    const place = isUpper ? titleCase(raw) : raw;
    return { placeStart: 0, placeEnd: raw.length, prefixEnd: m[0].length, place, agency: m[2]?.trim() ?? null, confidence };
  }
  return null;
}
