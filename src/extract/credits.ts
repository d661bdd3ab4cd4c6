/**
 * Who published and who is credited: the site ("Trend reports citing TASS"),
 * wire agencies ("(Reuters)", "citing TASS", "— AFP", "with inputs from PTI")
 * and reporters ("Reporting by A and B"). Agencies are recognised by the
 * credit construction, and also by a table of well-known wire services.
 */

export interface CreditMatch {
  readonly kind: 'site' | 'agency' | 'author';
  readonly name: string;
  /** Offsets of the name in the scanned string. */
  readonly start: number;
  readonly end: number;
  readonly rule: string;
  readonly confidence: number;
}

/** Wire services and state news agencies that articles credit. */
export const WIRE_AGENCIES = [
  'Reuters', 'AP', 'Associated Press', 'AFP', 'Agence France-Presse', 'TASS', 'RIA Novosti', 'Interfax', 'Sputnik',
  'Xinhua', 'PTI', 'IANS', 'ANI', 'UNI', 'Kyodo', 'Yonhap', 'Anadolu', 'Anadolu Agency', 'IRNA', 'dpa', 'DPA', 'EFE',
  'ANSA', 'Bernama', 'Antara', 'APA', 'Trend', 'AzerTac', 'Kazinform', 'BelTA', 'Ukrinform', 'MENA', 'WAFA', 'QNA',
  'WAM', 'SPA', 'KUNA', 'Petra', 'SANA', 'KCNA', 'CNA', 'Jiji', 'PAP', 'CTK', 'BTA', 'MTI', 'Agerpres', 'Tanjug',
  'HINA', 'STA', 'Lusa', 'NTB', 'TT', 'STT', 'Belga', 'APS', 'MAP', 'TAP', 'Bloomberg', 'UPI', 'NAN', 'KNA', 'ISNA',
  'Fars', 'Tasnim', 'Mehr', 'Xinhua News Agency', 'IRNA News Agency',
];
const AGENCY_SET = new Set(WIRE_AGENCIES);

const NAME = "\\p{Lu}[\\p{L}\\d.&'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\d.&'’-]*|News|news|of|the)){0,4}";

interface Rule {
  readonly rule: string;
  readonly re: RegExp;
  /** Which group is what. */
  readonly groups: Array<[number, CreditMatch['kind']]>;
  readonly confidence: number;
}

const RULES: Rule[] = [
  // "Trend reports citing TASS", "Azernews reported, referring to IRNA"
  { rule: 'reports-citing', re: new RegExp(`(${NAME})\\s+(?:reports?|reported|writes|informs?)\\s*,?\\s+(?:citing|quoting|referring to|with reference to)\\s+(?:the\\s+)?(${NAME})`, 'gud'), groups: [[1, 'site'], [2, 'agency']], confidence: 0.85 },
  // "MOSCOW (Reuters) -" and "(AFP) —" anywhere at a paragraph start
  { rule: 'parenthesised-wire', re: /\((\p{Lu}[\p{L}.&/ -]{1,30}?)\)\s*(?:-{1,2}|–|—|:)/gud, groups: [[1, 'agency']], confidence: 0.8 },
  // "(With inputs from PTI)", "Source: Xinhua"
  { rule: 'inputs-from', re: new RegExp(`(?:with (?:inputs|input|agency inputs|reporting|reports) from|(?:additional )?reporting from|source\\s*:)\\s+(?:the\\s+)?(${NAME}(?:\\s*(?:,|and)\\s+(?:the\\s+)?${NAME})*)`, 'giud'), groups: [[1, 'agency']], confidence: 0.8 },
  // "citing TASS", "according to Reuters", "told Interfax" — only for known wire services
  { rule: 'cited-wire', re: new RegExp(`(?:citing|according to|quoted by|told|cited by|reported by)\\s+(?:the\\s+)?(${NAME})`, 'gud'), groups: [[1, 'agency']], confidence: 0.7 },
  // "Reporting by A and B; Editing by C"
  { rule: 'reporting-by', re: /\(?(?:[Rr]eporting|[Rr]eported|[Aa]dditional reporting|[Ww]riting) by\s+(\p{Lu}[\p{L}.'’ -]*?(?:(?:,| and | & )\s*\p{Lu}[\p{L}.'’ -]*?)*)(?=\s*(?:;|\)|$|\bin\b|\.\s|editing))/gmud, groups: [[1, 'author']], confidence: 0.8 },
];

/** Trailing agency sign-off on its own: "— AFP", "-Reuters". */
const SIGN_OFF = /(?:^|\n)\s*[-–—]\s*(\p{Lu}[\p{L}.&]{1,20})\s*$/u;

function stripTrailingWords(name: string): string {
  return name.replace(/\s+(?:News|news|of|the)$/u, '').replace(/[.,]+$/u, '');
}

export function findCredits(text: string): CreditMatch[] {
  const out: CreditMatch[] = [];
  for (const r of RULES) {
    r.re.lastIndex = 0;
    for (let m = r.re.exec(text); m; m = r.re.exec(text)) {
      for (const [g, kind] of r.groups) {
        const raw = m[g];
        if (!raw) continue;
        // "Reuters and the Associated Press": one credit per name.
        if (r.rule === 'inputs-from' && /\s(?:and|,)\s/u.test(raw)) {
          let from = 0;
          for (const part of raw.split(/\s*(?:,|\band\b)\s*(?:the\s+)?/u)) {
            const at = raw.indexOf(part, from);
            from = at + part.length;
            const name = stripTrailingWords(part.trim());
            if (!name) continue;
            const start = (m.indices?.[g]?.[0] ?? m.index) + at;
            out.push({ kind, name, start, end: start + name.length, rule: r.rule, confidence: r.confidence });
          }
          continue;
        }
        const name = stripTrailingWords(raw.trim());
        const isWire = AGENCY_SET.has(name) || /\b(?:news agency|press agency|agency)$/iu.test(name);
        if (kind === 'agency' && (r.rule === 'cited-wire' || r.rule === 'parenthesised-wire') && !isWire && !/^\p{Lu}{2,6}$/u.test(name)) continue;
        if (kind === 'agency' && r.rule === 'cited-wire' && !isWire) continue;
        const start = (m.indices?.[g]?.[0] ?? m.index + m[0].indexOf(raw)) + (raw.length - raw.trimStart().length);
        out.push({ kind, name, start, end: start + name.length, rule: r.rule, confidence: r.confidence });
      }
    }
  }
  const tail = SIGN_OFF.exec(text);
  if (tail && AGENCY_SET.has(tail[1])) {
    const start = text.lastIndexOf(tail[1]);
    out.push({ kind: 'agency', name: tail[1], start, end: start + tail[1].length, rule: 'sign-off', confidence: 0.75 });
  }
  return out;
}

/** Site names revealed by furniture: "Follow X on Telegram", "© 2021 X", "views of X". */
const SITE_IN_FURNITURE: RegExp[] = [
  /\bfollow\s+(?:the\s+)?(\p{Lu}[\p{L}\d&'’.-]*(?:\s+\p{Lu}[\p{L}\d&'’.-]*){0,3})\s+on\s+\p{L}+/u,
  /(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(\p{Lu}[\p{L}\d&'’.-]*(?:\s+(?:\p{Lu}[\p{L}\d&'’.-]*|&|de|la|del|of|the|du|di|da)){0,5})/u,
  /\b(?:views?|opinions?|positions?|polic(?:y|ies))\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}\d&'’.-]*(?:\s+\p{Lu}[\p{L}\d&'’.-]*){0,3})\s*\.?$/u,
];

export function findSiteInFurniture(text: string): { name: string; start: number; end: number; rule: string } | null {
  for (const [i, re] of SITE_IN_FURNITURE.entries()) {
    const m = re.exec(text);
    if (!m) continue;
    const name = m[1].split(/[.,]\s/u)[0].replace(/[.,]+$/u, '').replace(/\s+(?:All|Ltd|Inc|LLC)$/u, '');
    if (/^(?:us|all|rights|our)$/iu.test(name) || isWireAgency(name)) continue;
    const start = m.index + m[0].indexOf(m[1]);
    return { name, start, end: start + name.length, rule: ['follow-us', 'copyright', 'disclaimer-views'][i] };
  }
  return null;
}

export function isWireAgency(name: string): boolean {
  return AGENCY_SET.has(name) || /\b(?:news agency|press agency|agence|associated press)\b/iu.test(name);
}

/** An author's note after the story: "Ana Ruiz is a correspondent covering...", "X covers defence. Send tips to...". */
export const AUTHOR_BIO = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s+(?:is|was|covers|reports|writes|has (?:covered|reported|written))\b(?=.{0,200}\b(?:correspondent|reporter|editor|writer|journalist|columnist|contributor|covers|covering|bureau|[Ss]end (?:tips|news)|[Ff]ollow (?:him|her|them) on)\b).{0,250}$/u;
